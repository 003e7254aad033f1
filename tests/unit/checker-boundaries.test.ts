import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkIndicatorData } from '../../src/checker/rules/indicators.ts';
import { formatProblem } from '../../src/validation/problem.ts';
import { root } from '../helpers/dist.ts';

/**
 * Boundaries of every range rule the checker applies to figures and targets: the largest accepted value,
 * the smallest, and the first refused one. Each case runs the pure rule on one real indicator file and one
 * observation, so the only problem that can appear is the one under test.
 */
const real = (id: string) => JSON.parse(readFileSync(join(root, 'data/indicators', `${id}.json`), 'utf8')) as Record<string, unknown>;
const percent = real('hoc-tap-chinh-sach');
const count = real('doan-vien-moi');
const source = { name: 'Số liệu thử', date: '2026-01-15' };

function check(observation: Record<string, unknown>, indicator: Record<string, unknown> = percent) {
	return checkIndicatorData({
		indicators: [{ file: `data/indicators/${String(indicator.id)}.json`, data: indicator }],
		observations: [
			{
				file: 'data/observations/2025.json',
				data: { year: 2025, observations: [{ indicator: indicator.id, source, status: 'official', ...observation }] },
			},
		],
		subtaskIds: new Set(indicator.relatedTasks as string[]),
	}).map(formatProblem);
}

describe('percent value 0–100', () => {
	it('accepts exactly 100, exactly 0 and a fraction just under 100', () => {
		expect(check({ value: 100 })).toEqual([]);
		expect(check({ value: 0 })).toEqual([]);
		expect(check({ value: 99.9 })).toEqual([]);
	});
	it('refuses 100.1 and a negative value', () => {
		expect(check({ value: 100.1 })).toEqual([
			'data/observations/2025.json  trường "observations[0].value": cần một số từ 0 đến 100; tìm thấy 100.1',
		]);
		const negative = check({ value: -0.1 });
		expect(negative).toHaveLength(1);
		expect(negative[0]).toContain('trường "observations[0].value"');
	});
});

describe('numerator and denominator', () => {
	it('accepts numerator = denominator (100 %) and numerator 0', () => {
		expect(check({ numerator: 11, denominator: 11 })).toEqual([]);
		expect(check({ numerator: 0, denominator: 11 })).toEqual([]);
	});
	it('refuses numerator = denominator + 1', () => {
		const problems = check({ numerator: 12, denominator: 11 });
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain('trường "observations[0].numerator": cần tử số không lớn hơn mẫu số (11); tìm thấy 12');
	});
	it('refuses a denominator of 0 and a negative numerator', () => {
		const zero = check({ numerator: 0, denominator: 0 });
		expect(zero).toHaveLength(1);
		expect(zero[0]).toContain('trường "observations[0].denominator": cần một số nguyên dương');
		const negative = check({ numerator: -1, denominator: 11 });
		expect(negative).toHaveLength(1);
		expect(negative[0]).toContain('trường "observations[0].numerator": cần một số nguyên không âm');
	});
});

describe('count value: a whole number from 0', () => {
	it('accepts 0 and a large whole number', () => {
		expect(check({ value: 0 }, count)).toEqual([]);
		expect(check({ value: 100000 }, count)).toEqual([]);
	});
	it('refuses a fraction and a negative number', () => {
		expect(check({ value: 0.5 }, count)).toEqual([
			'data/observations/2025.json  trường "observations[0].value": cần một số nguyên không âm; tìm thấy 0.5',
		]);
		expect(check({ value: -1 }, count)).toHaveLength(1);
	});
});

describe('targets', () => {
	const withTarget = (target: Record<string, unknown>) => ({ ...percent, target: { ...(percent.target as object), ...target } });
	it('accepts a percent target of exactly 100 (minimum "all") and of 0', () => {
		expect(check({ value: 50 }, withTarget({ value: 100, minimum: 'all' }))).toEqual([]);
		expect(check({ value: 50 }, withTarget({ value: 0 }))).toEqual([]);
	});
	it('refuses a percent target above 100, and 100 without "all"', () => {
		const above = check({ value: 50 }, withTarget({ value: 100.5 }));
		expect(above.some((p) => p.includes('trường "target.value": cần một số từ 0 đến 100; tìm thấy 100.5'))).toBe(true);
		const whole = check({ value: 50 }, withTarget({ value: 100 }));
		expect(whole.some((p) => p.includes('trường "target.minimum": cần "all" cho chỉ tiêu 100%'))).toBe(true);
	});
	it('accepts a range with min = max and refuses min > max', () => {
		const range = (min: number, max: number) => ({ ...count, target: { ...(count.target as object), min, max } });
		expect(check({ value: 500 }, range(500, 500))).toEqual([]);
		const problems = check({ value: 500 }, range(501, 500));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain('trường "target.max": cần min không lớn hơn max');
	});
});

describe('a figure of the wrong kind for its unit', () => {
	const rating = real('xep-loai-ldld');
	it('percent: a text value', () => {
		expect(check({ value: 'cao' })).toEqual([
			'data/observations/2025.json  trường "observations[0].value": cần một số từ 0 đến 100; tìm thấy "cao"',
		]);
	});
	it('count: a fraction instead of a count', () => {
		expect(check({ numerator: 5, denominator: 10 }, count)).toEqual([
			'data/observations/2025.json  trường "observations[0].numerator": cần chỉ một số đếm "value" (chỉ tiêu đếm số lượng, không phải tỷ lệ); tìm thấy 5',
		]);
		expect(check({ value: 'năm trăm' }, count)).toEqual([
			'data/observations/2025.json  trường "observations[0].value": cần một số nguyên không âm; tìm thấy "năm trăm"',
		]);
	});
	it('rating: a fraction, a number, a level off the scale; a level in decomposed Unicode is accepted', () => {
		const scale = '"hoàn thành xuất sắc", "hoàn thành tốt", "hoàn thành", "không hoàn thành"';
		expect(check({ numerator: 1, denominator: 2 }, rating)).toEqual([
			`data/observations/2025.json  trường "observations[0].numerator": cần một mức xếp loại "value": ${scale}; tìm thấy 1`,
		]);
		expect(check({ value: 'tốt' }, rating)).toEqual([
			`data/observations/2025.json  trường "observations[0].value": cần một mức trong thang xếp loại: ${scale}; tìm thấy "tốt"`,
		]);
		expect(check({ value: 3 }, rating)).toHaveLength(1);
		expect(check({ value: 'hoa\u0300n thành tốt' }, rating)).toEqual([]);
	});
});
