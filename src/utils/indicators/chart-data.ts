import { RATING_SCALE } from '../../schemas/indicator.ts';
import { ui } from '../../i18n/ui.ts';
import type { IndicatorModel } from './model.ts';
import { formatTarget } from './sentences.ts';

/**
 * What the client chart needs, computed at build time and embedded as JSON: years on the x axis, one
 * series per part, the targets as lines (atLeast, rating) or a band (range). Ratings become scores
 * (best level = highest) with the level names as axis labels, drawn as a step chart.
 */
export interface ChartSpec {
	unit: 'percent' | 'count' | 'rating';
	years: number[];
	series: { label: string; values: (number | null)[] }[];
	targets: (
		| { kind: 'line'; label: string; value: number; series: number }
		| { kind: 'band'; label: string; topLabel: string; min: number; max: number }
	)[];
	/** Axis labels of rating scores, index = score. */
	ratingLabels?: string[];
	/** Vietnamese labels the client shows. */
	text: { illustrative?: string; yAxis: string; rangeBand: string };
}

/** Score of a rating level: "không hoàn thành" 0 … "hoàn thành xuất sắc" 3. */
export function ratingScore(level: string): number {
	return RATING_SCALE.length - 1 - (RATING_SCALE as readonly string[]).indexOf(level.normalize('NFC'));
}

export function chartSpec(model: IndicatorModel, years: number[]): ChartSpec {
	const { indicator } = model;
	const toNumber = (v: number | string) => (typeof v === 'string' ? ratingScore(v) : v);
	const series = model.series.map((s) => ({
		label: s.label,
		values: years.map((y) => {
			const p = s.points.find((pt) => pt.year === y);
			return p ? toNumber(p.value) : null;
		}),
	}));
	const targets: ChartSpec['targets'] = model.series.map((s, i) => {
		const t = s.target;
		const label = ui.indicators.targetSeries(
			model.series.length > 1 ? `${s.label} ${formatTarget(indicator.unit, t)}` : formatTarget(indicator.unit, t),
		);
		if (t.kind === 'range') return { kind: 'band', label, topLabel: ui.indicators.rangeTop(label), min: t.min, max: t.max };
		return { kind: 'line', label, value: t.kind === 'atLeast' ? t.value : ratingScore(t.level), series: i };
	});
	return {
		unit: indicator.unit,
		years,
		series,
		targets,
		...(indicator.unit === 'rating' ? { ratingLabels: [...RATING_SCALE].reverse() } : {}),
		text: {
			...(model.illustrative ? { illustrative: ui.indicators.illustrative } : {}),
			yAxis: ui.indicators.unit[indicator.unit],
			rangeBand: ui.indicators.rangeBand,
		},
	};
}
