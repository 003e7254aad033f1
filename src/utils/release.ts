/**
 * The one rule for what the release build publishes (STRICT=1, `npm run build:release`): nothing marked
 * illustrative. Illustrative entries are left out — not refused — so the site can go live with the
 * programme text and guidelines while real figures are still missing. Development, preview, watch and test
 * builds keep them, labelled. Every loader of data that can be illustrative (indicator observations,
 * progress entries) filters through `forRelease`, and prints what it left out. Whether the build is the
 * release build: `isStrict()` in src/config.ts.
 */

/** What marks an entry illustrative: `"status": "illustrative"` (observations) or `"illustrative": true`. */
export interface MaybeIllustrative {
	status?: unknown;
	illustrative?: unknown;
}

export function isIllustrative(entry: MaybeIllustrative): boolean {
	return entry.status === 'illustrative' || entry.illustrative === true;
}

export interface ReleaseSelection<T> {
	/** Entries the build publishes, in their original order. */
	kept: T[];
	/** Illustrative entries left out (always empty outside the release build). */
	omitted: T[];
}

/**
 * Split entries into what the build publishes and what the release build leaves out. Outside the release
 * build everything is kept. Pure: the caller reports `omitted`.
 */
export function forRelease<T extends MaybeIllustrative>(entries: readonly T[], release: boolean): ReleaseSelection<T> {
	if (!release) return { kept: [...entries], omitted: [] };
	const kept: T[] = [];
	const omitted: T[] = [];
	for (const entry of entries) (isIllustrative(entry) ? omitted : kept).push(entry);
	return { kept, omitted };
}

/** One line for the build log: "Bản phát hành bỏ ra 3 số liệu minh họa: a, b, c". Empty when nothing was left out. */
export function omittedReport(kind: string, labels: string[]): string {
	if (labels.length === 0) return '';
	return `Bản phát hành bỏ ra ${labels.length} ${kind} (không đăng): ${labels.join(', ')}.`;
}
