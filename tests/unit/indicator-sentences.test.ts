import { describe, expect, it } from 'vitest';
import type { Indicator, Target } from '../../src/schemas/indicator.ts';
import type { Point, Series } from '../../src/utils/indicators/model.ts';
import { judge } from '../../src/utils/indicators/status.ts';
import { formatDistance, formatFraction, indicatorSummary, inSentence, meanYears, ruleText } from '../../src/utils/indicators/sentences.ts';

/**
 * sentences.ts, value by value (issue 17, mutation testing): the boundaries of each wording rule. Everything is
 * built inside the tests so that each mutant is run by the test that can see it.
 */
const atLeast = (value: number, aggregation: Target['aggregation'] = 'eachYear'): Target => ({
	kind: 'atLeast',
	value,
	aggregation,
	minimum: 'stated',
	sourceText: 'x',
});
const range: Target = { kind: 'range', min: 500, max: 600, aggregation: 'eachYear', minimum: 'stated', sourceText: 'x' };
const point = (year: number, value: number | string, extra: Partial<Point> = {}): Point => ({
	year,
	value,
	source: { name: 'Báo cáo', date: `${year + 1}-01-15` },
	figureStatus: 'official',
	...extra,
});
const indicator: Indicator = {
	id: 'doi-thoai',
	order: 1,
	bullet: 2,
	title: 'Đối thoại',
	shortTitle: 'Đối thoại tại nơi làm việc',
	definition: 'd',
	definitionStatus: 'proposed',
	unit: 'percent',
	breakdowns: [
		{ id: 'nha-nuoc', label: 'Doanh nghiệp nhà nước', target: atLeast(100) },
		{ id: 'ngoai-nha-nuoc', label: 'Doanh nghiệp ngoài khu vực nhà nước', target: atLeast(75) },
	],
	relatedTasks: [],
};
const series = (key: string, label: string, target: Target, points: Point[]): Series => ({ key, label, target, points });

describe('inSentence', () => {
	it('lower-cases a one-letter first word: only words of two or more capitals are acronyms', () => {
		expect(inSentence('A và B')).toBe('a và B');
		expect(inSentence('Đ')).toBe('đ');
		expect(inSentence('CĐ cơ sở')).toBe('CĐ cơ sở');
		expect(inSentence('')).toBe('');
	});
});

describe('formatDistance', () => {
	it('says nothing without a distance (no data) or at exactly the target', () => {
		expect(formatDistance('percent', { status: 'no-data' })).toBe('');
		expect(formatDistance('percent', judge(atLeast(70), 70))).toBe('');
		expect(formatDistance('count', judge(range, 500), range)).toBe('');
	});
	it('without the target (as the report writes it), a range judged above its top is a plain distance', () => {
		expect(formatDistance('count', judge(range, 615))).toBe('cao hơn chỉ tiêu 115');
		expect(formatDistance('count', judge(range, 472))).toBe('thấp hơn chỉ tiêu 28');
		expect(formatDistance('count', judge(range, 615), range)).toBe('cao hơn mức tối thiểu 500 là 115, vượt cả mức trên 600');
	});
	it('says above or below by the sign of the distance, in the unit', () => {
		expect(formatDistance('percent', judge(atLeast(70), 70.1))).toBe('cao hơn chỉ tiêu 0,1 điểm phần trăm');
		expect(formatDistance('percent', judge(atLeast(70), 69.9))).toBe('thấp hơn chỉ tiêu 0,1 điểm phần trăm');
		expect(formatDistance('count', judge(range, 499), range)).toBe('thấp hơn mức tối thiểu 500 là 1');
		expect(formatDistance('count', judge(range, 501), range)).toBe('cao hơn mức tối thiểu 500 là 1');
	});
});

describe('meanYears', () => {
	it('names one year once and a span with a dash', () => {
		expect(meanYears({ value: 472, from: 2022, to: 2022, years: 1 })).toBe('2022');
		expect(meanYears({ value: 505, from: 2022, to: 2023, years: 2 })).toBe('2022–2023');
	});
});

describe('ruleText', () => {
	const mean =
		'Chương trình ghi "bình quân mỗi năm", nên trang lấy bình quân các năm có số liệu, từ năm đầu đến năm đang xét, rồi so với mức';
	const stated = 'Câu chữ ghi rõ đây là mức tối thiểu ("trở lên", "ít nhất" hoặc "từ"): đạt khi bằng hoặc cao hơn.';
	const after = '; số của riêng năm đó được ghi bên cạnh.';
	it('names the floor each kind of averaged target is compared with', () => {
		expect(ruleText('percent', atLeast(70, 'runningMean'))).toBe(`${mean} 70%${after} ${stated}`);
		expect(ruleText('count', { ...range, aggregation: 'runningMean' })).toBe(`${mean} 500${after} ${stated}`);
		expect(
			ruleText('rating', {
				kind: 'ratingAtLeast',
				level: 'hoàn thành tốt',
				aggregation: 'runningMean',
				minimum: 'stated',
				sourceText: 'x',
			}),
		).toBe(`${mean} hoàn thành tốt${after} ${stated}`);
		expect(ruleText('percent', atLeast(70))).toBe(`So số liệu của từng năm với mức phấn đấu. ${stated}`);
	});
});

describe('indicatorSummary: the comparison line', () => {
	const model = (parts: Series[]) => ({ indicator, series: parts, illustrative: false });
	it('has no comparison with a single year of figures', () => {
		const one = model([series('', 'Đối thoại', atLeast(75), [point(2024, 80)])]);
		expect(indicatorSummary(one)).toEqual(['Năm 2024: 80% — đạt chỉ tiêu ≥ 75% (cao hơn chỉ tiêu 5 điểm phần trăm).']);
	});
	it('has no comparison when no part has figures in both years', () => {
		const apart = model([
			series('nha-nuoc', 'Doanh nghiệp nhà nước', atLeast(100), [point(2023, 90)]),
			series('ngoai-nha-nuoc', 'Doanh nghiệp ngoài khu vực nhà nước', atLeast(75), [point(2024, 80)]),
		]);
		expect(indicatorSummary(apart)).toEqual([
			'Năm 2024, doanh nghiệp nhà nước: chưa có số liệu (chỉ tiêu 100%).',
			'Năm 2024, doanh nghiệp ngoài khu vực nhà nước: 80% — đạt chỉ tiêu ≥ 75% (cao hơn chỉ tiêu 5 điểm phần trăm).',
		]);
	});
	it('compares only the parts that have figures in both years', () => {
		const partly = model([
			series('nha-nuoc', 'Doanh nghiệp nhà nước', atLeast(100), [point(2023, 90), point(2024, 100)]),
			series('ngoai-nha-nuoc', 'Doanh nghiệp ngoài khu vực nhà nước', atLeast(75), [point(2024, 80)]),
		]);
		expect(indicatorSummary(partly)).toEqual([
			'Năm 2024, doanh nghiệp nhà nước: 100% — đạt chỉ tiêu 100%.',
			'Năm 2024, doanh nghiệp ngoài khu vực nhà nước: 80% — đạt chỉ tiêu ≥ 75% (cao hơn chỉ tiêu 5 điểm phần trăm).',
			'So với năm 2023: doanh nghiệp nhà nước tăng.',
		]);
	});
});

describe('formatFraction', () => {
	it('writes a whole fraction with Vietnamese thousands, and nothing when either side is missing', () => {
		expect(formatFraction(point(2024, 68.5, { numerator: 5890, denominator: 8600 }))).toBe('5.890 / 8.600');
		expect(formatFraction(point(2024, 0, { numerator: 0, denominator: 12 }))).toBe('0 / 12');
		expect(formatFraction(point(2024, 68.5))).toBe('');
		expect(formatFraction(point(2024, 68.5, { numerator: 5890 }))).toBe('');
		expect(formatFraction(point(2024, 68.5, { denominator: 8600 }))).toBe('');
	});
});
