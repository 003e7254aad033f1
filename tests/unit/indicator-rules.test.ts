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
