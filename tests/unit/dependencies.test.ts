import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/dist.ts';

/** The dependency rules of .dependency-cruiser.cjs (layers point one way; browser code stays pure). */
describe('dependency rules', () => {
	it('src/, scripts/ and astro.config.mjs break none of them', { timeout: 120_000 }, () => {
		let output: string;
		let status = 0;
		try {
			output = execFileSync(
				'npx',
				['depcruise', 'src', 'scripts', 'astro.config.mjs', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'],
				{
					cwd: root,
					encoding: 'utf8',
					stdio: ['ignore', 'pipe', 'pipe'],
				},
			);
		} catch (error) {
			const failed = error as { status: number; stdout: string; stderr: string };
			status = failed.status;
			output = `${failed.stdout}${failed.stderr}`;
		}
		expect(output).toContain('no dependency violations found');
		expect(status, output).toBe(0);
	});
});
