import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTree } from '../../src/checker/check-tree.ts';
import { formatProblem } from '../../src/validation/problem.ts';
import { toolOnContentCopy } from './site-copy.ts';

const { dir, run } = toolOnContentCopy('new-period');

describe('npm run new-period', () => {
	it('writes one file per sub-task with empty fields, which the checker lists until filled in or deleted', () => {
		const result = run('2026-H1');
		expect(result.status, result.stderr).toBe(0);
		const folder = join(dir, 'content/progress/2026-H1');
		const names = readdirSync(folder).sort();
		expect(names).toHaveLength(44);
		expect(names).toContain('3-10.md');
		const text = readFileSync(join(folder, '3-6.md'), 'utf8');
		expect(text).toContain('subtask: "3.6"\nperiod: "2026-H1"\nasOf: ""\nstatus: ""  # kỳ 2025: "thực hiện thường xuyên"\n');

		const problems = checkTree(dir).filter((p) => p.file === 'content/progress/2026-H1/3-6.md');
		expect(problems.map((p) => `${p.line} ${p.field}`)).toEqual(['4 asOf', '5 status', '12 body']);
		expect(problems.map(formatProblem)[1]).toBe(
			'content/progress/2026-H1/3-6.md:5  trường "status": cần một trạng thái trong thang: "chưa triển khai", "đang triển khai", "hoàn thành", "thực hiện thường xuyên"; tìm thấy "" (chưa điền)',
		);

		// Filled in, or deleted for sub-tasks without a report: the tree is clean again.
		for (const name of names) {
			if (name !== '3-6.md') {
				rmSync(join(folder, name));
				continue;
			}
			writeFileSync(
				join(folder, name),
				text
					.replace('asOf: ""', 'asOf: "2026-06-30"')
					.replace(/status: "".*/, 'status: "thực hiện thường xuyên"')
					.replace('units: []', 'units: ["ldld-thanh-pho"]')
					.replace(/<!--.*-->/, 'Đã thăm hỏi đoàn viên có hoàn cảnh khó khăn.'),
			);
		}
		expect(checkTree(dir).map(formatProblem)).toEqual([]);
	});

	it('refuses to overwrite a period or to create a malformed or out-of-range one', () => {
		const again = run('2026-H1');
		expect(again.status).toBe(1);
		expect(again.stderr).toContain('không ghi đè');
		for (const bad of ['2026-Q1', '2031', '2019-H2', '']) {
			const refused = run(bad);
			expect(refused.status, bad).toBe(1);
			expect(refused.stderr).toContain('Kỳ báo cáo dạng "2026"');
		}
	});
});
