import { describe, expect, it } from 'vitest';
import type { Target } from '../../src/schemas/indicator.ts';
import type { IndicatorModel, Series } from '../../src/utils/indicators/model.ts';
import { indicatorStatus, judge, ratingRank, runningMean, seriesDirection } from '../../src/utils/indicators/status.ts';
import { RATING_GOOD } from '../helpers/targets.ts';

/**
 * Direct tests of the status rules' edges that the page tests reach only through the real data: direction
 * between years (numbers and ratings, missing years), the latest and previous year when points are not in
 * year order, an indicator without figures, and the errors on a figure of the wrong kind.
 */
const source = { name: 'thử', date: '2026-01-01' };
const atLeast: Target = { kind: 'atLeast', value: 80, aggregation: 'eachYear', minimum: 'stated', sourceText: 'từ 80% trở lên' };
const rating = RATING_GOOD;
const running: Target = {
	kind: 'range',
	min: 500,
	max: 600,
	aggregation: 'runningMean',
	minimum: 'stated',
	sourceText: 'bình quân mỗi năm từ 500 đến 600',
};

function series(target: Target, values: Record<number, number | string>, key = ''): Series {
	// Points deliberately out of year order.
	const points = Object.entries(values)
		.map(([year, value]) => ({ year: Number(year), value, source, figureStatus: 'official' as const }))
		.reverse();
	return { key, label: key || 'Chỉ tiêu', target, points };
}
const model = (...parts: Series[]) => ({ indicator: {}, series: parts, illustrative: false }) as unknown as IndicatorModel;

describe('seriesDirection', () => {
	it('numbers: up, down, same', () => {
		const s = series(atLeast, { 2023: 70, 2024: 75, 2025: 75, 2026: 74.9 });
		expect(seriesDirection(s, 2023, 2024)).toBe('up');
		expect(seriesDirection(s, 2024, 2025)).toBe('same');
		expect(seriesDirection(s, 2025, 2026)).toBe('down');
	});
	it('ratings: a better level is up, a worse one down', () => {
		const s = series(rating, { 2023: 'hoàn thành', 2024: 'hoàn thành xuất sắc', 2025: 'hoàn thành tốt', 2026: 'hoàn thành tốt' });
		expect(seriesDirection(s, 2023, 2024)).toBe('up');
		expect(seriesDirection(s, 2024, 2025)).toBe('down');
		expect(seriesDirection(s, 2025, 2026)).toBe('same');
	});
	it('no direction when either year lacks a figure', () => {
		const s = series(atLeast, { 2024: 75 });
		expect(seriesDirection(s, 2023, 2024)).toBeUndefined();
		expect(seriesDirection(s, 2024, 2025)).toBeUndefined();
	});
});

describe('runningMean', () => {
	it('averages the figures from the first year up to the year judged, whatever the order of points', () => {
		const s = series(running, { 2022: 472, 2023: 538, 2024: 615, 2025: 585 });
		expect(runningMean(s, 2024)).toEqual({ value: 541.7, from: 2022, to: 2024, years: 3 });
		expect(runningMean(s, 2025)).toEqual({ value: 552.5, from: 2022, to: 2025, years: 4 });
	});
	it('has no mean for a year without its own figure, and skips years without figures', () => {
		const s = series(running, { 2022: 400, 2024: 600 });
		expect(runningMean(s, 2023)).toBeUndefined();
		expect(runningMean(s, 2024)).toEqual({ value: 500, from: 2022, to: 2024, years: 2 });
	});
});

describe('indicatorStatus', () => {
	it('takes the latest and previous years with a figure, whatever the order of points', () => {
		const result = indicatorStatus(model(series(atLeast, { 2022: 90, 2025: 79.4, 2023: 85 })));
		expect(result.latestYear).toBe(2025);
		expect(result.previousYear).toBe(2023);
		expect(result.status).toBe('not-met');
		expect(result.direction).toBe('down');
		expect(result.parts.map((p) => [p.judgement, p.direction])).toEqual([[{ status: 'not-met', distance: -0.6 }, 'down']]);
	});
	it('an indicator without figures: no data, each part without data, no year, no direction', () => {
		const a = series(atLeast, {}, 'a');
		const b = series(atLeast, {}, 'b');
		// Strict: no latestYear, previousYear or direction keys at all.
		expect(indicatorStatus(model(a, b))).toStrictEqual({
			status: 'no-data',
			parts: [
				{ series: a, judgement: { status: 'no-data' } },
				{ series: b, judgement: { status: 'no-data' } },
			],
		});
	});
	it('one year only: a status but no direction', () => {
		const result = indicatorStatus(model(series(atLeast, { 2025: 80 })));
		expect(result).toMatchObject({ latestYear: 2025, status: 'met', previousYear: undefined, direction: undefined });
		expect(result.parts[0]!.direction).toBeUndefined();
	});
	it('parts that moved differently are "mixed"; a part without the earlier figure does not count', () => {
		const up = series(atLeast, { 2024: 70, 2025: 90 }, 'up');
		const down = series(atLeast, { 2024: 95, 2025: 85 }, 'down');
		const late = series(atLeast, { 2025: 85 }, 'late');
		expect(indicatorStatus(model(up, down)).direction).toBe('mixed');
		expect(indicatorStatus(model(up, late)).direction).toBe('up');
		expect(indicatorStatus(model(up, late)).parts.map((p) => p.direction)).toEqual(['up', undefined]);
		expect(indicatorStatus(model(up, series(atLeast, { 2024: 10, 2025: 20 }, 'up2'))).direction).toBe('up');
	});
	it('a part without a figure in the latest year makes the indicator "no data" unless another part is not met', () => {
		const met = series(atLeast, { 2024: 90, 2025: 90 }, 'met');
		const gap = series(atLeast, { 2024: 90 }, 'gap');
		expect(indicatorStatus(model(met, gap)).status).toBe('no-data');
		expect(indicatorStatus(model(series(atLeast, { 2025: 10 }, 'low'), gap)).status).toBe('not-met');
	});
});

describe('figures of the wrong kind', () => {
	it('refuse with a message naming the problem', () => {
		expect(() => judge(rating, 3)).toThrow('a rating target needs a rating');
		expect(() => judge(atLeast, 'hoàn thành')).toThrow('a numeric target needs a number, got hoàn thành');
		expect(() => ratingRank('tốt')).toThrow('rating not on the scale: tốt');
		expect(ratingRank('hoa\u0300n thành')).toBe(2);
	});
});
