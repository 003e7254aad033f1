import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTree } from '../../src/checker/check-tree.ts';
import { toolOnContentCopy } from './site-copy.ts';

const { dir, run } = toolOnContentCopy('new-year');

describe('npm run new-year', () => {
	it('writes every indicator and breakdown with empty values, which the checker lists until filled in', () => {
		const result = run('2026');
		expect(result.status, result.stderr).toBe(0);
		const file = JSON.parse(readFileSync(join(dir, 'data/observations/2026.json'), 'utf8'));
		expect(file.year).toBe(2026);
		const expected: string[] = [];
		for (const name of readdirSync(join(dir, 'data/indicators'))) {
			const indicator = JSON.parse(readFileSync(join(dir, 'data/indicators', name), 'utf8'));
			for (const b of indicator.breakdowns ?? [{ id: undefined }]) expected.push(`${indicator.id}/${b.id ?? ''}`);
		}
		const listed = file.observations.map((o: { indicator: string; breakdown?: string }) => `${o.indicator}/${o.breakdown ?? ''}`);
		expect([...listed].sort()).toEqual(expected.sort());

		const empty = checkTree(dir).filter((p) => p.file === 'data/observations/2026.json');
		expect(empty.length).toBeGreaterThanOrEqual(listed.length);
		expect(empty.every((p) => p.line! > 2 && p.found.includes('chưa điền'))).toBe(true);

		// Filled in: the tree is clean again.
		for (const o of file.observations) {
			if ('numerator' in o) Object.assign(o, { numerator: 1, denominator: 2 });
			else {
				const indicator = JSON.parse(readFileSync(join(dir, 'data/indicators', `${o.indicator}.json`), 'utf8'));
				o.value = indicator.unit === 'rating' ? 'hoàn thành tốt' : 3;
			}
			o.source = { name: 'Báo cáo tổng kết năm 2026', date: '2027-01-15' };
		}
		writeFileSync(join(dir, 'data/observations/2026.json'), JSON.stringify(file, null, '\t'));
		expect(checkTree(dir)).toEqual([]);
	});

	it('refuses to overwrite a year or to create one outside the reporting period', () => {
		const again = run('2026');
		expect(again.status).toBe(1);
		expect(again.stderr).toContain('không ghi đè');
		const far = run('2040');
		expect(far.status).toBe(1);
		expect(far.stderr).toContain('từ 2021 đến 2030');
		expect(() => execFileSync('ls', [join(dir, 'data/observations/2040.json')], { stdio: 'pipe' })).toThrow();
	});
});
