import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { judge, BUDGETS } from '../../scripts/bench/budgets.ts';
import { generateProgress, generateTaskGroups, subtaskIdsOf, TARGET } from '../../scripts/bench/synthetic.ts';
import { checkTree } from '../../src/checker/check-tree.ts';
import { formatProblem } from '../../src/validation/problem.ts';
import { root } from '../helpers/dist.ts';

const dir = mkdtempSync(join(tmpdir(), 'bench-progress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the 10× synthetic site', () => {
	it('holds one valid progress entry per sub-task and each of 4 periods', () => {
		cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
		cpSync(join(root, 'data'), join(dir, 'data'), { recursive: true });
		generateTaskGroups(dir);
		const ids = subtaskIdsOf(dir);
		expect(ids).toHaveLength(TARGET.subtasks);
		expect(generateProgress(dir, ids)).toEqual({ entries: TARGET.subtasks * 4, periods: 4 });
		expect(readdirSync(join(dir, 'content/progress')).sort()).toEqual(['2024', '2024-H1', '2025', '2025-H1']);
		expect(readdirSync(join(dir, 'content/progress/2024-H1'))).toHaveLength(TARGET.subtasks);
		expect(
			checkTree(dir)
				.filter((p) => p.file.startsWith('content/progress/'))
				.map(formatProblem),
		).toEqual([]);
	}, 60_000);

	it('reports the dashboard HTML budget', () => {
		const verdict = (gz: number) =>
			judge({ pages: {}, htmlSizes: [{ path: 'tien-do/index.html', gz }], lighthouse: null, ratio: null }).find((r) =>
				r.budget.startsWith('progress dashboard'),
			)?.verdict;
		expect(verdict(BUDGETS.htmlGz)).toBe('PASS');
		expect(verdict(BUDGETS.htmlGz + 1)).toBe('FAIL');
	});
});
