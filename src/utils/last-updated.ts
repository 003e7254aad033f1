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
