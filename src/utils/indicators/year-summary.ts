import { combine, judgeYear, pointIn, tallyStatuses, type Status } from './status.ts';
import type { IndicatorModel } from './model.ts';

/**
 * One reporting year in one line (home page, /chi-tieu/): the year is named and every indicator is judged
 * in that year only, never in its own latest year. Official figures and illustrative ones are counted
 * apart: an illustrative figure never counts as reported data, so a year with only illustrative figures
 * has no official tally at all ("Chưa có số liệu chính thức").
 */
export type Tally = Record<Status, number>;

export interface YearSummary {
	year: number;
	/** Indicators on the scorecard. */
	total: number;
	/** Tally from official and provisional figures only (illustrative figures count as missing). */
	reported: Tally;
	/** Number of figures of the year that are not illustrative. */
	reportedFigures: number;
	/** Tally counting illustrative figures too; undefined when the year has none. */
	illustrative?: Tally;
}

/** The reporting year: the latest year with an observation file, or undefined before any. */
export function reportingYear(years: number[]): number | undefined {
	return years.length ? Math.max(...years) : undefined;
}

export function yearSummary(models: IndicatorModel[], year: number): YearSummary {
	// judgeYear on the series (not on a lone figure): a rule that reads earlier years (a running average)
	// sees only the figures it is allowed to count.
	const official = models.map((m) =>
		combine(m.series.map((s) => judgeYear({ ...s, points: s.points.filter((p) => p.figureStatus !== 'illustrative') }, year).status)),
	);
	const all = models.map((m) => combine(m.series.map((s) => judgeYear(s, year).status)));
	const points = models.flatMap((m) => m.series.map((s) => pointIn(s, year)).filter((p) => p !== undefined));
	return {
		year,
		total: models.length,
		reported: tallyStatuses(official),
		reportedFigures: points.filter((p) => p.figureStatus !== 'illustrative').length,
		...(yearHasIllustrative(models, year) ? { illustrative: tallyStatuses(all) } : {}),
	};
}

/** Whether any figure of the year is illustrative: the year's tally and downloads then carry the label. */
export function yearHasIllustrative(models: IndicatorModel[], year: number): boolean {
	return models.some((m) => m.series.some((s) => pointIn(s, year)?.figureStatus === 'illustrative'));
}
