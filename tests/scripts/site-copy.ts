import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { root } from '../helpers/dist.ts';

/**
 * A throw-away copy of the project (sources, content, data; node_modules linked) so a test can build,
 * watch or edit files without touching the worktree or racing the main build's caches.
 */
export function siteCopy(prefix: string): { dir: string; remove: () => void } {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	for (const name of ['src', 'content', 'data', 'public', 'scripts']) cpSync(join(root, name), join(dir, name), { recursive: true });
	for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, name), join(dir, name));
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
	return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * For one test file of a content tool (new-year, new-period): a copy of content/ and data/, removed after
 * the file's tests, and `run(…args)` = `npm run -s <tool> -- …args --root=<copy>` from the worktree.
 */
export function toolOnContentCopy(tool: string): { dir: string; run: (...args: string[]) => SpawnSyncReturns<string> } {
	const dir = mkdtempSync(join(tmpdir(), `${tool}-`));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	for (const name of ['content', 'data']) cpSync(join(root, name), join(dir, name), { recursive: true });
	const run = (...args: string[]) => spawnSync('npm', ['run', '-s', tool, '--', ...args, `--root=${dir}`], { cwd: root, encoding: 'utf8' });
	return { dir, run };
}

/**
 * The environment for a child build: vitest sets BASE_URL, MODE, NODE_ENV=test … in process.env, which
 * a child Vite/Astro would pick up (BASE_URL overrides the base path). Drop them.
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*|ASTRO.*|PUBLIC_.*)$/.test(key)) continue;
		env[key] = value;
	}
	return { ...env, ...extra };
}
