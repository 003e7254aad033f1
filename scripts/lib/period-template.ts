import { REPORTING_YEARS } from '../../src/schemas/indicator.ts';
import { PROGRESS_BODY_SECTIONS, type ProgressStatus } from '../../src/schemas/progress.ts';
import { compareSubtaskIds, parsePeriod, subtaskSlug } from '../../src/utils/progress/model.ts';

/** Why a period cannot get new files, in Vietnamese; undefined when it can. */
export function refusePeriod(period: string, existingPeriods: string[]): string | undefined {
	const parsed = parsePeriod(period);
	if (!parsed || parsed.year < REPORTING_YEARS.first || parsed.year > REPORTING_YEARS.last) {
		return `Kỳ báo cáo dạng "2026" (cả năm), "2026-H1" hoặc "2026-H2", năm từ ${REPORTING_YEARS.first} đến ${REPORTING_YEARS.last}, ví dụ: npm run new-period -- 2026-H1`;
	}
	if (existingPeriods.includes(period)) return `Đã có thư mục content/progress/${period}/; không ghi đè.`;
	return undefined;
}

/**
 * The file of one sub-task for a new period: the front matter with empty values to fill in (the status
 * of the sub-task's latest entry as a hint in a YAML comment), and the body's optional sections.
 * `npm run check` lists every empty field with its line until the file is filled in or deleted (a
 * deleted file shows "chưa có báo cáo" on the site).
 */
export function progressTemplate(subtask: string, period: string, previous?: { period: string; status: ProgressStatus }): string {
	const hint = previous ? `  # kỳ ${previous.period}: "${previous.status}"` : '';
	return [
		'---',
		`subtask: "${subtask}"`,
		`period: "${period}"`,
		'asOf: ""',
		`status: ""${hint}`,
		'units: []',
		'evidence: []',
		'indicators: []',
		'illustrative: false',
		'---',
		'',
		'<!-- Ghi những việc đã làm trong kỳ, rồi xóa dòng này. Nếu kỳ này không có báo cáo về nhiệm vụ, xóa cả tệp: trang sẽ ghi "chưa có báo cáo". -->',
		'',
		`## ${PROGRESS_BODY_SECTIONS.difficulties}`,
		'',
		`## ${PROGRESS_BODY_SECTIONS.nextSteps}`,
		'',
	].join('\n');
}

/** Every file of a new period: path relative to content/progress/ → text, in programme order. */
export function periodTemplates(
	period: string,
	subtaskIds: Iterable<string>,
	latest: Map<string, { period: string; status: ProgressStatus }> = new Map(),
): Map<string, string> {
	const files = new Map<string, string>();
	for (const id of [...subtaskIds].sort(compareSubtaskIds))
		files.set(`${period}/${subtaskSlug(id)}.md`, progressTemplate(id, period, latest.get(id)));
	return files;
}
