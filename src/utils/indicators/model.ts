import type { Indicator, Target } from '../../schemas/indicator.ts';
import type { FigureStatus, ObservationFile } from '../../schemas/observation.ts';
import { roundTo } from '../format.ts';

/**
 * The indicator data joined into what pages, downloads and charts read: one series per indicator part
 * (a breakdown, or the whole indicator), one point per reporting year that has a figure.
 */

/** A reported figure. Percentages computed from a fraction keep the fraction for the table and downloads. */
export interface Point {
	year: number;
	/** Number (percent or count) or a rating level. Percentages are rounded to one decimal, as shown. */
	value: number | string;
	numerator?: number;
	denominator?: number;
	source: { name: string; date: string };
	note?: string;
	figureStatus: FigureStatus;
}

export interface Series {
	/** Breakdown id, or "" for an indicator without parts. */
	key: string;
	/** Breakdown label, or the indicator's short title. */
	label: string;
	target: Target;
	points: Point[];
}

export interface IndicatorModel {
	indicator: Indicator;
	series: Series[];
	/** True when any figure of the indicator is illustrative. */
	illustrative: boolean;
}

/** Percentage from a fraction, rounded to one decimal (the figure shown and judged). */
export function percentage(numerator: number, denominator: number): number {
	if (denominator <= 0) throw new Error('denominator must be positive');
	return roundTo((numerator / denominator) * 100, 1);
}

/** The figure of one observation: its value (rounded to one decimal, as shown), or the percentage computed from its fraction. */
export function observedValue(o: ObservationFile['observations'][number]): number | string {
	if (o.value !== undefined) return typeof o.value === 'string' ? o.value.normalize('NFC') : roundTo(o.value, 1);
	if (o.numerator !== undefined && o.denominator !== undefined) return percentage(o.numerator, o.denominator);
	throw new Error(`observation of ${o.indicator} has neither value nor fraction`);
}

/** Indicators sorted by their `order`, each with its series of yearly points. */
export function buildModels(indicators: Indicator[], files: ObservationFile[]): IndicatorModel[] {
	const sortedFiles = [...files].sort((a, b) => a.year - b.year);
	return [...indicators]
		.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
		.map((indicator) => {
			const parts = indicator.breakdowns
				? indicator.breakdowns.map((b) => ({ key: b.id, label: b.label, target: b.target }))
				: [{ key: '', label: indicator.shortTitle, target: indicator.target! }];
			const series: Series[] = parts.map((part) => ({
				...part,
				points: sortedFiles.flatMap((file) =>
					file.observations
						.filter((o) => o.indicator === indicator.id && (o.breakdown ?? '') === part.key)
						.map((o): Point => ({
							year: file.year,
							value: observedValue(o),
							...(o.numerator !== undefined ? { numerator: o.numerator, denominator: o.denominator } : {}),
							source: o.source,
							...(o.note ? { note: o.note } : {}),
							figureStatus: o.status,
						})),
				),
			}));
			const illustrative = series.some((s) => s.points.some((p) => p.figureStatus === 'illustrative'));
			return { indicator, series, illustrative };
		});
}

/** Every year that has an observation file, ascending. */
export function reportingYears(files: ObservationFile[]): number[] {
	return [...new Set(files.map((f) => f.year))].sort((a, b) => a - b);
}
