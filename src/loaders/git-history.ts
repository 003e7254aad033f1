import { execFileSync } from 'node:child_process';
import { pickLastUpdated } from '../utils/last-updated.ts';

/**
 * What git knows of the clone's files, read with three git commands for the whole build instead of two per
 * page: starting a process from the build's large Node process costs tens of milliseconds, and the progress
 * pages name up to thousands of source files (issue 9 measured 88 of 113 s of the 10× build in these calls).
 */
export interface GitHistory {
	/** Partial history (CI checkouts default to depth 1): every file would look changed "today". */
	shallow: boolean;
	/** Newest committer date (ISO 8601) of each path ever committed, relative to `cwd`. */
	dates: Map<string, string>;
	/** Paths relative to `cwd` with uncommitted changes, untracked files included. */
	dirty: Set<string>;
}

/** Output of a git command in `cwd` (paths unquoted), or undefined without git or outside a repository. */
export function git(args: string[], cwd: string): string | undefined {
	try {
		return execFileSync('git', ['-c', 'core.quotePath=false', ...args], {
			cwd,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
			maxBuffer: 256 * 1024 * 1024,
		});
	} catch {
		return undefined;
	}
}

/**
 * Newest date per path from `git log --format=%x00%cI --name-only -c` output ("\0date\n\npath\npath\n…"):
 * the newest commit reachable from HEAD that changed the file, a merge counting when its result differs from
 * every parent (`-c`), as `git log -1 -- <file>` shows it in a history without criss-cross merges. Paths are
 * relative to the repository root; those under `prefix` (`git rev-parse --show-prefix`) are kept, relative to
 * it (`--relative` would do this, but git 2.39 ignores it for the paths of merges).
 */
export function parseLog(log: string, prefix = ''): Map<string, string> {
	const dates = new Map<string, string>();
	for (const commit of log.split('\0').slice(1)) {
		const [date = '', ...paths] = commit.split('\n');
		for (const full of paths) {
			if (!full || !full.startsWith(prefix)) continue;
			const path = full.slice(prefix.length);
			const known = dates.get(path);
			if (known === undefined || Date.parse(date) > Date.parse(known)) dates.set(path, date);
		}
	}
	return dates;
}

/**
 * Paths from `git status --porcelain=v1 -z --no-renames` (relative to the repository root), made relative
 * to the folder at `prefix` (`git rev-parse --show-prefix`, e.g. "site/" or ""); paths outside it are dropped.
 */
export function parseStatus(status: string, prefix: string): Set<string> {
	const dirty = new Set<string>();
	for (const entry of status.split('\0')) {
		const path = entry.slice(3);
		if (path && path.startsWith(prefix)) dirty.add(path.slice(prefix.length));
	}
	return dirty;
}

/** Read the history of the clone at `cwd`; undefined outside a git repository or without git. */
export function readGitHistory(cwd: string): GitHistory | undefined {
	const prefix = git(['rev-parse', '--show-prefix'], cwd);
	if (prefix === undefined) return undefined;
	const log = git(['log', '--format=%x00%cI', '--name-only', '-c', '--no-renames', '--', '.'], cwd) ?? '';
	const status = git(['status', '--porcelain=v1', '-z', '--no-renames', '--untracked-files=all', '--', '.'], cwd) ?? '';
	return {
		shallow: git(['rev-parse', '--is-shallow-repository'], cwd)?.trim() !== 'false',
		dates: parseLog(log, prefix.trim()),
		dirty: parseStatus(status, prefix.trim()),
	};
}

/** Newest date of a file, or of any file under a folder; undefined when git has never seen it. */
export function pathDate(history: GitHistory, path: string): string | undefined {
	const exact = history.dates.get(path);
	if (exact !== undefined) return exact;
	const folder = `${path.replace(/\/+$/, '')}/`;
	let newest: string | undefined;
	for (const [file, date] of history.dates) {
		if (file.startsWith(folder) && (newest === undefined || Date.parse(date) > Date.parse(newest))) newest = date;
	}
	return newest;
}

/** True when the file, or any file under the folder, has uncommitted changes. */
export function pathDirty(history: GitHistory, path: string): boolean {
	if (history.dirty.has(path)) return true;
	const folder = `${path.replace(/\/+$/, '')}/`;
	for (const file of history.dirty) if (file.startsWith(folder)) return true;
	return false;
}

const histories = new Map<string, GitHistory | undefined>();

/**
 * The date to show as "Cập nhật lần cuối" for a page built from `files` (YYYY-MM-DD), or undefined: see
 * pickLastUpdated. A build reads git once per folder and process (`npm run watch` starts one process per
 * rebuild); the dev server (`reread`) reads it again for each page, so edits and commits made while it runs show.
 */
export function lastUpdated(files: string[], frontMatter?: string, cwd = process.cwd(), reread = import.meta.env.DEV): string | undefined {
	if (reread || !histories.has(cwd)) histories.set(cwd, readGitHistory(cwd));
	const history = histories.get(cwd);
	if (!history) return pickLastUpdated({ gitDates: files.map(() => undefined), shallow: true, dirty: false, frontMatter });
	return pickLastUpdated({
		gitDates: files.map((file) => pathDate(history, file)),
		shallow: history.shallow,
		dirty: files.some((file) => pathDirty(history, file)),
		frontMatter,
	});
}
