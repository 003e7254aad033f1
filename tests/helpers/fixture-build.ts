import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll } from 'vitest';
import { root } from './dist.ts';

const run = promisify(execFile);
const script = join(root, 'tests/fixtures/indicators/build-fixture.mjs');

export interface FixtureBuild {
	/** The temporary folder: the edited copies, dist/ and the build cache. */
	readonly dir: string;
	readonly dist: string;
	/** What the build printed (stdout, then stderr). */
	readonly log: string;
}

/**
 * For one describe block: build the site (tests/fixtures/indicators/build-fixture.mjs) from edited copies
 * of content or data, into a temporary folder removed after the block. `prepare(dir)` writes the copies
 * under `dir` and returns the build's environment (DATA_DIR, PROGRESS_DIR, STRICT …).
 */
export function fixtureBuild(prefix: string, prepare: (dir: string) => Record<string, string>, timeout = 240_000): FixtureBuild {
	let dir = '';
	let log = '';
	beforeAll(async () => {
		// Inside the project (.astro/, ignored by git and the tools): Astro writes its prerender bundle next to
		// the output folder when that is under the working directory, else into the shared .astro/.prerender/,
		// where two fixture builds running at once delete each other's chunks.
		mkdirSync(join(root, '.astro'), { recursive: true });
		dir = mkdtempSync(join(root, '.astro', `fixture-${prefix}`));
		const env = { ...process.env, OUT_DIR: join(dir, 'dist'), CACHE_DIR: join(dir, 'cache'), ...prepare(dir) };
		const result = await run(process.execPath, [script], { cwd: root, env, maxBuffer: 20 * 1024 * 1024 });
		log = `${result.stdout}${result.stderr}`;
	}, timeout);
	afterAll(() => {
		if (dir) rmSync(dir, { recursive: true, force: true });
	});
	return {
		get dir() {
			return dir;
		},
		get dist() {
			return join(dir, 'dist');
		},
		get log() {
			return log;
		},
	};
}
