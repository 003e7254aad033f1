import type { ObservationFile } from '../../schemas/observation.ts';

/**
 * What the release build (STRICT=1) publishes of the figures: illustrative figures are left out, so a
 * release report shows "chưa có số liệu" where only an illustrative figure exists. Every other build
 * keeps them, and the report says it uses illustrative data on its first page and in its file name.
 */
export function publishedObservations(files: ObservationFile[], strict: boolean): ObservationFile[] {
	if (!strict) return files;
	return files.map((f) => ({ ...f, observations: f.observations.filter((o) => o.status !== 'illustrative') }));
}

/** A report is published by the release build only when no editor-written part is missing. */
export function isReportPublished(report: { complete: boolean }, strict: boolean): boolean {
	return !strict || report.complete;
}
