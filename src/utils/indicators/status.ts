import { RATING_SCALE, type Target, type Unit } from '../../schemas/indicator.ts';
import { roundTo } from '../format.ts';
import type { IndicatorModel, Point, Series } from './model.ts';
import { ui } from '../../i18n/ui.ts';
import type { Direction, Status } from './status-kinds.ts';

/**
 * How progress is judged (explained in Vietnamese on /huong-dan/do-luong-tien-do/). Each target states
 * which figure is compared (`aggregation`, as its wording says; src/utils/indicators/wording.ts):
 *  - eachYear: the year's own figure; no base year, no trend projection;
 *  - runningMean ("bình quân mỗi năm"): the mean of the reported figures from the series' first reported
 *    year up to the year judged (rounded to one decimal); years without a figure are not counted, and a
 *    year without its own figure has no judgement. The year's own figure is shown beside the mean.
 * Then, by kind:
 *  - atLeast N: met when the figure (percentages rounded to one decimal, as shown) is ≥ N.
 *  - range min–max: met when the figure is ≥ min; above max is still met (the band only shows the range).
 *  - ratingAtLeast L: met when the rating is L or better on RATING_SCALE.
 * Distance to the target is in the indicator's unit: percentage points, a count, or rating levels.
 */
export { STATUSES, type Direction, type Status } from './status-kinds.ts';

export interface Judgement {
	status: Status;
	/** Figure minus the threshold (≥ 0 when met); levels for ratings. Undefined without data. */
	distance?: number;
	/** For range targets: where the figure falls. */
	band?: 'below' | 'within' | 'above';
	/** For running-mean targets: the mean that was judged and the reported years it covers. */
	mean?: RunningMean;
}

export interface RunningMean {
	value: number;
	/** First and last year counted (the last is the year judged). */
	from: number;
	to: number;
	/** Number of reported years counted. */
	years: number;
}

/** Position of a rating on the scale, 0 = best. */
export function ratingRank(level: string): number {
	const rank = (RATING_SCALE as readonly string[]).indexOf(level.normalize('NFC'));
	if (rank < 0) throw new Error(`rating not on the scale: ${level}`);
	return rank;
}

/** Judge one figure against a target. */
export function judge(target: Target, value: number | string | undefined): Judgement {
	if (value === undefined) return { status: 'no-data' };
	switch (target.kind) {
		case 'atLeast': {
			const v = asNumber(value);
			const distance = roundDistance(v - target.value);
			return { status: distance >= 0 ? 'met' : 'not-met', distance };
		}
		case 'range': {
			const v = asNumber(value);
			const distance = roundDistance(v - target.min);
			const band = v < target.min ? 'below' : v > target.max ? 'above' : 'within';
			return { status: distance >= 0 ? 'met' : 'not-met', distance, band };
		}
		case 'ratingAtLeast': {
			if (typeof value !== 'string') throw new Error('a rating target needs a rating');
			const distance = ratingRank(target.level) - ratingRank(value);
			return { status: distance >= 0 ? 'met' : 'not-met', distance };
		}
	}
}

function asNumber(value: number | string): number {
	if (typeof value !== 'number') throw new Error(`a numeric target needs a number, got ${value}`);
	return value;
}

/** Avoid 68.5 - 70 = -1.5000000000000000x. */
function roundDistance(d: number): number {
	return Math.round(d * 1000) / 1000;
}

export function pointIn(series: Series, year: number): Point | undefined {
	return series.points.find((p) => p.year === year);
}

/** Mean of a series' numeric figures from its first reported year up to `year`; undefined without a figure in `year`. */
export function runningMean(series: Series, year: number): RunningMean | undefined {
	if (!pointIn(series, year)) return undefined;
	const counted = series.points.filter((p) => p.year <= year).sort((a, b) => a.year - b.year);
	const sum = counted.reduce((total, p) => total + asNumber(p.value), 0);
	return { value: roundTo(sum / counted.length, 1), from: counted[0]!.year, to: year, years: counted.length };
}

/** Judge a series in a year, comparing the figure its target's wording names (own figure or running mean). */
export function judgeYear(series: Series, year: number): Judgement {
	const point = pointIn(series, year);
	if (series.target.aggregation === 'runningMean' && point) {
		const mean = runningMean(series, year)!;
		return { ...judge(series.target, mean.value), mean };
	}
	return judge(series.target, point?.value);
}

/** Whole indicator in a year: not met if any part is not met; no data if a part lacks a figure; else met. */
export function combine(statuses: Status[]): Status {
	if (statuses.includes('not-met')) return 'not-met';
	if (statuses.length === 0 || statuses.includes('no-data')) return 'no-data';
	return 'met';
}

/** Direction of one series between two years (higher is better for every target kind we have). */
export function seriesDirection(series: Series, from: number, to: number): Direction | undefined {
	const a = pointIn(series, from)?.value;
	const b = pointIn(series, to)?.value;
	if (a === undefined || b === undefined) return undefined;
	const score = (v: number | string) => (typeof v === 'string' ? -ratingRank(v) : v);
	const diff = score(b) - score(a);
	return diff > 0 ? 'up' : diff < 0 ? 'down' : 'same';
}

export interface IndicatorStatus {
	/** Latest year with a figure for this indicator; undefined when none. */
	latestYear?: number;
	status: Status;
	/** Since the previous year that has a figure: one direction, or "mixed" when parts moved differently. */
	direction?: Direction;
	previousYear?: number;
	/** Per series judgement in the latest year. */
	parts: { series: Series; judgement: Judgement; direction?: Direction }[];
}

/** Latest year's status and direction of an indicator. */
export function indicatorStatus(model: IndicatorModel): IndicatorStatus {
	const years = [...new Set(model.series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
	const latestYear = years.at(-1);
	if (latestYear === undefined) {
		return { status: 'no-data', parts: model.series.map((series) => ({ series, judgement: { status: 'no-data' } })) };
	}
	const previousYear = years.at(-2);
	const parts = model.series.map((series) => ({
		series,
		judgement: judgeYear(series, latestYear),
		// Stryker disable next-line ConditionalExpression: equivalent, seriesDirection finds no point in an undefined year.
		direction: previousYear === undefined ? undefined : seriesDirection(series, previousYear, latestYear),
	}));
	const directions = [...new Set(parts.map((p) => p.direction).filter((d) => d !== undefined))];
	const direction = directions.length === 0 ? undefined : directions.length === 1 ? directions[0] : 'mixed';
	return { latestYear, previousYear, status: combine(parts.map((p) => p.judgement.status)), direction, parts };
}

/** Unit of a distance, for text: "điểm phần trăm", "", "bậc". */
export function distanceUnit(unit: Unit): string {
	return ui.indicators.distanceUnit[unit];
}

/** How many of the statuses are met, not met and without data (every status present, zeros included). */
export function tallyStatuses(statuses: readonly Status[]): Record<Status, number> {
	const tally: Record<Status, number> = { met: 0, 'not-met': 0, 'no-data': 0 };
	for (const status of statuses) tally[status] += 1;
	return tally;
}
