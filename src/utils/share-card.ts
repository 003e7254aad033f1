import { shareUi, ui } from '../i18n/ui.ts';
import type { IndicatorModel } from './indicators/model.ts';
import { ratingScore } from './indicators/chart-data.ts';
import { indicatorStatus } from './indicators/status.ts';
import { formatTarget, formatValue } from './indicators/sentences.ts';

/**
 * What a share card (the 1200×630 image shown when a page is shared) says, by page type. Pure; drawn by
 * src/utils/share-card-render.ts. Indicator cards carry the latest figures, the status in words and a
 * symbol (never colour alone), the illustrative label when a figure is illustrative, and a small trend.
 */
export interface ShareCard {
	kicker: string;
	title: string;
	/** Latest figures, one per part: "Doanh nghiệp nhà nước: 91,7 %". */
	figures?: { label: string; value: string; target: string }[];
	year?: number;
	status?: { key: 'met' | 'not-met' | 'no-data'; label: string };
	/** "Chưa có số liệu chính thức" when the indicator has no published figure. */
	noData?: string;
	illustrative?: string;
	/** One line per part: values by year (null: no figure that year), ratings as scores. */
	trend?: (number | null)[][];
	/** Bottom line (the site's name); none on the programme's own card, whose title is that name. */
	footer?: string;
}

const t = ui.indicators;

export function indicatorCard(model: IndicatorModel): ShareCard {
	const { indicator } = model;
	const status = indicatorStatus(model);
	const base = { kicker: t.bullet(indicator.bullet), title: indicator.title, footer: ui.siteName };
	if (status.latestYear === undefined) {
		return { ...base, noData: t.noOfficialData };
	}
	const many = model.series.length > 1;
	const years = [...new Set(model.series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
	return {
		...base,
		year: status.latestYear,
		figures: model.series.map((s) => {
			const point = s.points.find((p) => p.year === status.latestYear);
			return {
				label: many ? s.label : '',
				value: point ? formatValue(indicator.unit, point.value) : '—',
				// The card's font has no "≥": "từ 75 % trở lên", as the programme writes it.
				target: formatTarget(indicator.unit, s.target).replace(/^≥ (.+)$/, 'từ $1 trở lên'),
			};
		}),
		status: { key: status.status, label: t.status[status.status] ?? '' },
		...(model.illustrative ? { illustrative: t.illustrative } : {}),
		trend: model.series.map((s) =>
			years.map((year) => {
				const p = s.points.find((pt) => pt.year === year);
				return p === undefined ? null : typeof p.value === 'string' ? ratingScore(p.value) : p.value;
			}),
		),
	};
}

export function taskGroupCard(group: number, title: string): ShareCard {
	return { kicker: ui.taskGroup(group), title, footer: ui.siteName };
}

export function programmeCard(): ShareCard {
	return { kicker: shareUi.programmeKicker, title: ui.siteName };
}

/** The card in words: the image's alt text (og:image:alt). */
export function cardText(card: ShareCard): string {
	const parts = [`${card.kicker}. ${card.title}.`];
	if (card.noData) parts.push(`${card.noData}.`);
	if (card.figures && card.year !== undefined) {
		const figures = card.figures.map((f) => `${f.label ? `${f.label}: ` : ''}${f.value} (chỉ tiêu ${f.target})`).join('; ');
		parts.push(`${t.latest} ${card.year}: ${figures}.`);
	}
	if (card.status) parts.push(`${card.status.label}.`);
	if (card.illustrative) parts.push(`${card.illustrative}.`);
	return parts.join(' ');
}
