import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkIndicatorData } from '../../src/checker/rules/indicators.ts';
import { parseSubtasks } from '../../src/utils/subtasks.ts';
import { root } from '../helpers/dist.ts';

const fixtures = join(root, 'tests/fixtures/indicators');
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const subtaskIds = new Set(['1.4', '3.8']);

interface Case {
	rule: string;
	observation?: unknown;
	replace?: number;
	file?: string;
	year?: number;
	indicatorPatch?: Record<string, unknown>;
	/** Which base indicator the patch applies to (default 0). */
	indicator?: number;
	expect: { file?: string; field: string; expected: string; found: string };
}

function baseInput() {
	return {
		indicators: readJson(join(fixtures, 'base/indicators.json')) as { file: string; data: Record<string, unknown> }[],
		observations: readJson(join(fixtures, 'base/observations.json')) as {
			file: string;
			data: { year: number; observations: unknown[] };
		}[],
	};
}

describe('indicator data rules', () => {
	it('accepts the valid base fixture', () => {
		expect(checkIndicatorData({ ...baseInput(), subtaskIds })).toEqual([]);
	});

	it('accepts the real data/ files against the real sub-task ids', () => {
		const ids = new Set<string>();
		for (const name of readdirSync(join(root, 'content/tasks'))) {
			const body = readFileSync(join(root, 'content/tasks', name), 'utf8').replace(/^---[\s\S]*?---/, '');
			for (const s of parseSubtasks(body)) ids.add(s.id);
		}
		const read = (dir: string) =>
			readdirSync(join(root, dir)).map((name) => ({ file: `${dir}/${name}`, data: readJson(join(root, dir, name)) }));
		const input = { indicators: read('data/indicators'), observations: read('data/observations'), subtaskIds: ids };
		expect(input.indicators).toHaveLength(14);
		expect(checkIndicatorData(input)).toEqual([]);
	});

	for (const name of readdirSync(join(fixtures, 'cases')).sort()) {
		const c = readJson(join(fixtures, 'cases', name)) as Case;
		it(`${c.rule} (${name})`, () => {
			const input = baseInput();
			if (c.observation) input.observations[0]!.data.observations[c.replace ?? 1] = c.observation;
			if (c.year !== undefined) {
				input.observations[0]!.file = c.file!;
				input.observations[0]!.data.year = c.year;
			}
			if (c.indicatorPatch) Object.assign(input.indicators[c.indicator ?? 0]!.data, c.indicatorPatch);
			const problems = checkIndicatorData({ ...input, subtaskIds });
			const file = c.expect.file ?? c.file ?? 'data/observations/2024.json';
			const match = problems.find((p) => p.file === file && p.field === c.expect.field);
			expect(match, JSON.stringify(problems, null, 1)).toBeDefined();
			expect(match!.expected).toContain(c.expect.expected);
			expect(match!.found).toBe(c.expect.found);
			expect(match!.line).toBeUndefined();
		});
	}

	it('does not report observations again when their indicator file is broken', () => {
		const input = baseInput();
		input.indicators[0]!.data.unit = 'percentage';
		const problems = checkIndicatorData({ ...input, subtaskIds });
		expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual(['data/indicators/doi-thoai.json unit']);
	});
});

/**
 * Each rule's whole problem (file, field, expected, found), from the base fixture changed in memory: the
 * cases above check part of the wording, these pin every word a reader sees.
 */
describe('indicator data rules: exact problems', () => {
	const obs2024 = 'data/observations/2024.json';
	const source = { name: 'B', date: '2025-01-15' };
	const run = (input: ReturnType<typeof baseInput>) => checkIndicatorData({ ...input, subtaskIds });
	const withObservation = (observation: Record<string, unknown>) => {
		const input = baseInput();
		input.observations[0]!.data.observations.push({ source, status: 'official', ...observation });
		return run(input);
	};

	it('a second indicator file with a used id: one problem, and its other fields are not checked again', () => {
		const input = baseInput();
		const copy = structuredClone(input.indicators[0]!);
		copy.data.relatedTasks = ['9.9'];
		input.indicators.push(copy);
		expect(run(input)).toEqual([
			{
				file: 'data/indicators/doi-thoai.json',
				field: 'id',
				expected: 'một mã chưa dùng cho chỉ tiêu khác',
				found: '"doi-thoai" (đã dùng trong data/indicators/doi-thoai.json)',
			},
		]);
	});

	it('two observation files for the same year', () => {
		const input = baseInput();
		input.observations.push({ file: obs2024, data: { year: 2024, observations: [] } });
		input.observations.push({ file: obs2024, data: { year: 2024, observations: [] } });
		expect(run(input)).toEqual([
			{ file: obs2024, field: 'year', expected: 'mỗi năm chỉ một tệp số liệu', found: '2024 (đã có trong data/observations/2024.json)' },
			{ file: obs2024, field: 'year', expected: 'mỗi năm chỉ một tệp số liệu', found: '2024 (đã có trong data/observations/2024.json)' },
		]);
	});

	it('aggregation against the wording, both ways', () => {
		const input = baseInput();
		const target = input.indicators[1]!.data.target as Record<string, unknown>;
		target.aggregation = 'runningMean';
		expect(run(input)).toEqual([
			{
				file: 'data/indicators/doan-vien-moi.json',
				field: 'target.aggregation',
				expected: '"eachYear" (câu chữ không có "bình quân")',
				found: '"runningMean"',
			},
		]);
		target.aggregation = 'eachYear';
		target.sourceText = 'bình quân mỗi năm từ 500 đến 600 đoàn viên mới';
		expect(run(input)).toEqual([
			{
				file: 'data/indicators/doan-vien-moi.json',
				field: 'target.aggregation',
				expected: '"runningMean" (câu chữ có "bình quân")',
				found: '"eachYear"',
			},
		]);
	});

	it('minimum against the wording, both ways; a 100 % target marked "all" is left to the schema', () => {
		const input = baseInput();
		const breakdowns = input.indicators[0]!.data.breakdowns as { target: Record<string, unknown> }[];
		breakdowns[1]!.target.minimum = 'editorsReading';
		expect(run(input)).toEqual([
			{
				file: 'data/indicators/doi-thoai.json',
				field: 'breakdowns[1].target.minimum',
				expected: '"stated" (câu chữ có "trở lên", "ít nhất" hoặc "từ")',
				found: '"editorsReading"',
			},
		]);
		breakdowns[1]!.target.sourceText = '75% doanh nghiệp ngoài khu vực nhà nước';
		expect(run(input)).toEqual([]);
		breakdowns[1]!.target.minimum = 'stated';
		expect(run(input)).toEqual([
			{
				file: 'data/indicators/doi-thoai.json',
				field: 'breakdowns[1].target.minimum',
				expected: '"editorsReading" (câu chữ không có "trở lên", "ít nhất" hay "từ")',
				found: '"stated"',
			},
		]);
		// The 100 % target of the other breakdown says "all" in the wording and in the file: no problem from here.
		expect(breakdowns[0]!.target.minimum).toBe('all');
	});

	it('an unknown indicator lists the known ids in alphabetical order', () => {
		expect(withObservation({ indicator: 'khong-co', value: 1 })).toEqual([
			{
				file: obs2024,
				field: 'observations[4].indicator',
				expected: 'mã một chỉ tiêu có trong data/indicators/ (doan-vien-moi, doi-thoai, xep-loai)',
				found: '"khong-co"',
			},
		]);
	});

	it("a missing or unknown breakdown lists the indicator's breakdowns", () => {
		const expected = 'một khu vực của chỉ tiêu "doi-thoai": "nha-nuoc", "ngoai-nha-nuoc"';
		expect(withObservation({ indicator: 'doi-thoai', value: 50 })).toEqual([
			{ file: obs2024, field: 'observations[4].breakdown', expected, found: 'không có (thiếu trường này)' },
		]);
		expect(withObservation({ indicator: 'doi-thoai', breakdown: 'tu-nhan', value: 50 })).toEqual([
			{ file: obs2024, field: 'observations[4].breakdown', expected, found: '"tu-nhan"' },
		]);
	});

	it('a breakdown on an indicator that has none', () => {
		expect(withObservation({ indicator: 'doan-vien-moi', breakdown: 'nha-nuoc', value: 5 })).toEqual([
			{
				file: obs2024,
				field: 'observations[4].breakdown',
				expected: 'không có khu vực (chỉ tiêu "doan-vien-moi" không tách theo khu vực)',
				found: '"nha-nuoc"',
			},
		]);
	});

	it('a second figure for an indicator without breakdowns names only the indicator', () => {
		expect(withObservation({ indicator: 'doan-vien-moi', value: 550 })).toEqual([
			{
				file: obs2024,
				field: 'observations[4].indicator',
				expected: 'mỗi chỉ tiêu (và khu vực) chỉ một số liệu trong một năm',
				found: 'trùng với observations[2] ("doan-vien-moi")',
			},
		]);
	});

	it('a percent given as a fraction has no value to compare with 100', () => {
		const input = baseInput();
		input.observations[0]!.data.observations[1] = {
			indicator: 'doi-thoai',
			breakdown: 'ngoai-nha-nuoc',
			numerator: 101,
			denominator: 101,
			source,
			status: 'official',
		};
		expect(run(input)).toEqual([]);
	});
});
