import { describe, expect, it } from 'vitest';
import type { Indicator, Target } from '../../src/schemas/indicator.ts';
import type { ObservationFile } from '../../src/schemas/observation.ts';
import { buildModels } from '../../src/utils/indicators/model.ts';
import { reportingYear, yearHasIllustrative, yearSummary } from '../../src/utils/indicators/year-summary.ts';
import { formatDistance } from '../../src/utils/indicators/sentences.ts';
import { judge } from '../../src/utils/indicators/status.ts';
import { ui } from '../../src/i18n/ui.ts';

/** Issue 15 point 8 / issue 16: one named reporting year, counted alone; illustrative figures never count as reported. */
const atLeast = (value: number): Target => ({ kind: 'atLeast', value, aggregation: 'eachYear', minimum: 'stated', sourceText: 'x' });
const range: Target = { kind: 'range', min: 500, max: 600, aggregation: 'eachYear', minimum: 'stated', sourceText: 'từ 500 đến 600' };
const src = { name: 'Báo cáo', date: '2025-01-15' };
const indicator = (id: string, order: number, target: Target, unit: Indicator['unit'] = 'percent'): Indicator => ({
	id,
	order,
	bullet: 1,
	title: id,
	shortTitle: id,
	definition: 'd',
	definitionStatus: 'proposed',
	unit,
	target,
	relatedTasks: [],
});
const indicators = [indicator('a', 1, atLeast(70)), indicator('b', 2, atLeast(75)), indicator('c', 3, range, 'count')];

describe('reporting year', () => {
	it('is the latest year with an observation file', () => {
		expect(reportingYear([2023, 2025, 2024])).toBe(2025);
		expect(reportingYear([])).toBeUndefined();
	});
});

describe('illustrative figures in a year', () => {
	it('are found in the year asked only', () => {
		const files: ObservationFile[] = [
			{ year: 2024, observations: [{ indicator: 'c', value: 550, source: src, status: 'illustrative' }] },
			{ year: 2025, observations: [{ indicator: 'a', value: 72, source: src, status: 'official' }] },
		];
		const models = buildModels(indicators, files);
		expect(yearHasIllustrative(models, 2024)).toBe(true);
		expect(yearHasIllustrative(models, 2025)).toBe(false);
		expect(yearHasIllustrative(models, 2023)).toBe(false);
	});
});

describe('year summary', () => {
	it("counts the named year only, not each indicator's own latest year", () => {
		const files: ObservationFile[] = [
			{ year: 2024, observations: [{ indicator: 'c', value: 550, source: src, status: 'official' }] },
			{
				year: 2025,
				observations: [
					{ indicator: 'a', value: 72, source: src, status: 'official' },
					{ indicator: 'b', value: 60, source: src, status: 'provisional' },
				],
			},
		];
		const summary = yearSummary(buildModels(indicators, files), 2025);
		// "c" has a figure only in 2024: in 2025 it has no data, it is not "met" from its older figure.
		expect(summary).toEqual({ year: 2025, total: 3, reported: { met: 1, 'not-met': 1, 'no-data': 1 }, reportedFigures: 2 });
		expect(ui.progress.official(2025, 1, 3, 1, 1)).toBe('Năm 2025: 1/3 chỉ tiêu đạt, 1 chưa đạt, 1 chưa có số liệu.');
	});

	it('with only illustrative figures: no official tally, the illustrative one apart', () => {
		const files: ObservationFile[] = [
			{
				year: 2025,
				observations: [
					{ indicator: 'a', value: 72, source: src, status: 'illustrative' },
					{ indicator: 'b', value: 60, source: src, status: 'illustrative' },
					{ indicator: 'c', value: 585, source: src, status: 'illustrative' },
				],
			},
		];
		const summary = yearSummary(buildModels(indicators, files), 2025);
		expect(summary.reportedFigures).toBe(0);
		expect(summary.reported).toEqual({ met: 0, 'not-met': 0, 'no-data': 3 });
		expect(summary.illustrative).toEqual({ met: 2, 'not-met': 1, 'no-data': 0 });
		expect(ui.progress.noOfficial(2025)).toBe('Năm 2025: chưa có số liệu chính thức.');
	});

	it('mixed year: official figures counted, illustrative ones only in the secondary tally', () => {
		const files: ObservationFile[] = [
			{
				year: 2025,
				observations: [
					{ indicator: 'a', value: 72, source: src, status: 'official' },
					{ indicator: 'b', value: 80, source: src, status: 'illustrative' },
				],
			},
		];
		const summary = yearSummary(buildModels(indicators, files), 2025);
		expect(summary.reported).toEqual({ met: 1, 'not-met': 0, 'no-data': 2 });
		expect(summary.illustrative).toEqual({ met: 2, 'not-met': 0, 'no-data': 1 });
	});
});

describe('distance in words', () => {
	it('names the floor of a range: "cao hơn mức tối thiểu 500 là 85"', () => {
		expect(formatDistance('count', judge(range, 585), range)).toBe('cao hơn mức tối thiểu 500 là 85');
		expect(formatDistance('count', judge(range, 472), range)).toBe('thấp hơn mức tối thiểu 500 là 28');
		expect(formatDistance('count', judge(range, 615), range)).toBe('cao hơn mức tối thiểu 500 là 115, vượt cả mức trên 600');
		expect(formatDistance('percent', judge(atLeast(70), 72.2), atLeast(70))).toBe('cao hơn chỉ tiêu 2,2 điểm phần trăm');
		expect(formatDistance('percent', judge(atLeast(70), 70), atLeast(70))).toBe('');
	});
});
