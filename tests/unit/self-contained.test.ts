import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/dist.ts';

/**
 * A user's clone has nothing beside it: no tracked code may reach outside the repository (the team's
 * shared folder next to the clone in particular). .ci/run proves it for real by running the suite in a lone
 * clone; this names the offending line early.
 */
describe('the repository is self-contained', () => {
	it('no tracked code or configuration refers to a folder beside the repository', () => {
		const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
			.split('\0')
			.filter((f) => /\.(ts|mjs|js|astro|json|ya?ml|sh)$|^\.ci\/run$/.test(f) && !f.startsWith('tests/fixtures/'));
		const outside = /\.\.\/shared|['"]\.\.['"],\s*['"]shared['"]|\.\.\/\.\.\/\.\.\//;
		const offending = files.flatMap((file) =>
			readFileSync(join(root, file), 'utf8')
				.split('\n')
				.flatMap((line, i) => (outside.test(line) && !file.endsWith('self-contained.test.ts') ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
		);
		expect(offending).toEqual([]);
	});

	it('.ci/run runs the suite in a clone with nothing beside it', () => {
		const run = readFileSync(join(root, '.ci/run'), 'utf8');
		expect(run).toMatch(/git clone -q "\$PWD" "\$isolated\/site"/);
		expect(run).toMatch(/\nnpm install && npm test\n/);
	});
});
