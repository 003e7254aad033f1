import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkTree } from '../../src/checker/check-tree.ts';

/** Build phases timed by the benchmark, in order. */
export type Phase = 'check' | 'astro build' | 'search index';

export interface PhaseTimes {
	/** Seconds per phase; null = phase absent in this tree. */
	phases: Record<Phase, number | null>;
	/** How the search index is produced here. */
	searchIndex: 'separate step' | 'inside astro build' | 'absent';
	total: number;
	/** HTML files the build wrote. */
	pages: number;
}

function run(cmd: string, args: string[], cwd: string): number {
	const start = performance.now();
	const result = spawnSync(cmd, args, {
		cwd,
		stdio: ['ignore', 'pipe', 'pipe'],
		env: { ...process.env, BASE_PATH: '', ASTRO_TELEMETRY_DISABLED: '1' },
	});
	if (result.status !== 0) {
		throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`.slice(0, 4000));
	}
	return (performance.now() - start) / 1000;
}

/**
 * One timed build of the tree at `dir`, phase by phase, as `npm run build` would do it: the checker
 * (`npm run check`), `astro build`, and Pagefind when the build script runs it as its own step. When an
 * Astro integration indexes inside `astro build`, that time is part of the astro build phase.
 */
export function timeBuild(dir: string): PhaseTimes {
	const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
	const buildScript: string = pkg.scripts?.build ?? '';
	rmSync(join(dir, 'dist'), { recursive: true, force: true });
	const check = pkg.scripts?.check ? run('npm', ['run', '-s', 'check'], dir) : null;
	const astro = run('npx', ['astro', 'build', '--silent'], dir);
	let search: number | null = null;
	let searchIndex: PhaseTimes['searchIndex'] = 'absent';
	if (/pagefind/.test(buildScript)) {
		search = run('npx', ['pagefind', '--site', 'dist', '--silent'], dir);
		searchIndex = 'separate step';
	} else if (existsSync(join(dir, 'dist', 'pagefind'))) {
		searchIndex = 'inside astro build';
	}
	const phases = { check, 'astro build': astro, 'search index': search };
	const pages = (readdirSync(join(dir, 'dist'), { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).length;
	return { phases, searchIndex, total: (check ?? 0) + astro + (search ?? 0), pages };
}

export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	const at = (i: number) => sorted[i] ?? Number.NaN;
	return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

/** Median of `runs` timed builds, per phase and in total, after `warmup` untimed builds (caches). */
export function medianBuild(dir: string, runs: number, warmup = 1): PhaseTimes & { runs: number; samples: number[] } {
	for (let i = 0; i < warmup; i++) timeBuild(dir);
	const results = Array.from({ length: runs }, () => timeBuild(dir));
	const first = results[0]!;
	const phase = (p: Phase) => (first.phases[p] === null ? null : median(results.map((r) => r.phases[p] ?? 0)));
	return {
		phases: { check: phase('check'), 'astro build': phase('astro build'), 'search index': phase('search index') },
		searchIndex: first.searchIndex,
		total: median(results.map((r) => r.total)),
		pages: first.pages,
		runs,
		samples: results.map((r) => r.total),
	};
}

/**
 * The checker's own time on the tree at `dir` (what `npm run check` prints, without starting Node): median of
 * `runs` in-process runs after one untimed run (warm caches), in milliseconds.
 */
export function checkMilliseconds(dir: string, runs = 7): number {
	checkTree(dir);
	return median(
		Array.from({ length: runs }, () => {
			const start = performance.now();
			checkTree(dir);
			return performance.now() - start;
		}),
	);
}
