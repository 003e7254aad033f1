/**
 * The release build (STRICT=1) leaves illustrative figures and progress entries out through one rule,
 * src/utils/release.ts (applied by the indicator and progress loaders), so a release report shows
 * "chưa có số liệu" where only an illustrative figure exists.
 */

/** A report is published by the release build only when no editor-written part is missing. */
export function isReportPublished(report: { complete: boolean }, strict: boolean): boolean {
	return !strict || report.complete;
}
