import { execFileSync } from 'node:child_process';

export interface LastUpdatedFacts {
	/** Committer dates (ISO 8601) of the last commit touching each file; undefined when git gave none. */
	gitDates: (string | undefined)[];
	/** The clone has partial history (CI checkouts default to depth 1): every file looks changed "today". */
	shallow: boolean;
	/** Some source file has uncommitted changes, so its last commit is older than what is shown. */
	dirty: boolean;
	/** The page's own "updated" front matter (YYYY-MM-DD), if any. */
	frontMatter?: string;
}

/**
 * The date to show as "Cập nhật lần cuối" (YYYY-MM-DD), or undefined to show none. Git history wins when it
 * is complete and clean; otherwise the front matter date; otherwise nothing — never a wrong date.
 */
export function pickLastUpdated(facts: LastUpdatedFacts): string | undefined {
	const dates = facts.gitDates.filter((d): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}/.test(d));
	if (!facts.shallow && !facts.dirty && dates.length === facts.gitDates.length && dates.length > 0) {
		return dates
			.map((d) => d.slice(0, 10))
			.sort()
			.at(-1);
	}
	return facts.frontMatter;
}

const git = (args: string[], cwd: string): string | undefined => {
	try {
		return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
	} catch {
		return undefined;
	}
};

let shallowCache: boolean | undefined;

/** Read the facts from git (build time). Missing git or not a repository counts as "no history". */
export function lastUpdated(files: string[], frontMatter?: string, cwd = process.cwd()): string | undefined {
	shallowCache ??= git(['rev-parse', '--is-shallow-repository'], cwd) !== 'false';
	const gitDates = files.map((file) => git(['log', '-1', '--format=%cI', '--', file], cwd) || undefined);
	const dirty = (git(['status', '--porcelain', '--', ...files], cwd) ?? '') !== '';
	return pickLastUpdated({ gitDates, shallow: shallowCache, dirty, frontMatter });
}
