import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/dist.ts';

/**
 * The formatter and the linter are part of the suite: code (TS/JS/CSS/JSON configuration) stays as Prettier
 * writes it, and ESLint finds nothing. .prettierignore says what is not the formatter's (editor-owned content
 * and data, Astro components) and why.
 */
const bin = (pkg: string, path: string) => join(root, 'node_modules', pkg, path);
const run = (script: string, args: string[]) => spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8' });

describe('code style', () => {
	it('every file the formatter owns is formatted (npm run format)', { timeout: 120_000 }, () => {
		const result = run(bin('prettier', 'bin/prettier.cjs'), ['--check', '--log-level=warn', '.']);
		expect(result.stdout + result.stderr).toBe('');
		expect(result.status).toBe(0);
	});

	it('ESLint reports nothing (npm run lint)', { timeout: 180_000 }, () => {
		const result = run(bin('eslint', 'bin/eslint.js'), ['.']);
		expect(result.stdout + result.stderr).toBe('');
		expect(result.status).toBe(0);
	});
});
