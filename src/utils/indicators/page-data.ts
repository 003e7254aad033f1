import type { IndicatorModel, Point } from './model.ts';

/** A figure of an indicator page's sources list, with the part it belongs to when the indicator has several. */
export type SourcedPoint = Point & { part?: string };

/**
 * The sources and notes of an indicator page: every figure in year order (parts in series order), one
 * source line per year and source (parts sharing a source are listed once; the line carries the last such
 * part's figure), and the figures with a note.
 */
export function indicatorSources(model: IndicatorModel, years: readonly number[]): { lines: SourcedPoint[]; notes: SourcedPoint[] } {
	const many = model.series.length > 1;
	const figures = years.flatMap((year) =>
		model.series.flatMap((s) => {
			const p = s.points.find((pt) => pt.year === year);
			return p ? [{ ...p, part: many ? s.label : undefined }] : [];
		}),
	);
	const lines = [...new Map(figures.map((s) => [`${s.year}|${s.source.name}|${s.source.date}`, s])).values()];
	return { lines, notes: figures.filter((s) => s.note) };
}

/** "Chỉ tiêu A, 2021–2025": the chart title of an indicator page. */
export function chartTitle(shortTitle: string, years: readonly number[]): string {
	return `${shortTitle}, ${years[0]}–${years.at(-1)}`;
}
