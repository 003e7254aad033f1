import type { Problem } from '../../validation/problem.ts';
import { schemaProblems } from '../../validation/zod-issues.ts';
import { unitsFileSchema } from '../../schemas/unit.ts';
import {
	NO_REPORT,
	PROGRESS_BODY_SECTIONS,
	PROGRESS_STATUSES,
	progressEntrySchema,
	type ProgressEntryData,
} from '../../schemas/progress.ts';
import { parsePeriod, splitEntryBody, subtaskSlug } from '../../utils/progress/model.ts';

/**
 * Rules for content/units.json and content/progress/<period>/<group>-<n>.md: the zod schemas, then the
 * rules that need other files: unknown sub-task, unit or indicator; two entries for one sub-task and
 * period; as-of date before the period; file not where its sub-task and period say; headings of the body.
 * Text rules (NFC, file-name characters, placeholders) run on these files like on every other
 * (src/checker/check.ts). Pure: the caller reads the files.
 */
export interface ProgressInput {
	/** Progress files after front-matter parsing (data undefined when the front matter is broken). */
	entries: { file: string; data: unknown; body: string; bodyLine: number }[];
	/** content/units.json, when present and valid JSON. */
	units?: { file: string; data: unknown };
	/** True when content/units.json does not exist (invalid JSON is reported by the JSON reader). */
	unitsMissing?: boolean;
	/** Folder of the entries as their paths start (default "content/progress"). */
	dir?: string;
	/** Every sub-task id of content/tasks ("3.6"). */
	subtaskIds: Set<string>;
	/** Every indicator id of data/indicators. */
	indicatorIds: Set<string>;
}

export const UNITS_FILE = 'content/units.json';
export const PROGRESS_DIR = 'content/progress';

/** An entry's schema problems; a status of "chưa có báo cáo" (which only the page sets) says what to do instead. */
function validateEntry(file: string, data: unknown): { problems: Problem[]; value?: ProgressEntryData } {
	const result = schemaProblems(progressEntrySchema, file, data);
	const status = (data as { status?: unknown } | null)?.status;
	for (const problem of result.problems) {
		if (problem.field === 'status' && typeof status === 'string' && status.normalize('NFC') === NO_REPORT) {
			problem.expected = `một trạng thái trong thang: ${PROGRESS_STATUSES.map((s) => `"${s}"`).join(', ')} ("${NO_REPORT}" do trang tự tính khi không có tệp: xóa tệp này nếu kỳ này chưa có báo cáo)`;
		}
	}
	return result;
}

const ALLOWED_HEADINGS = Object.values(PROGRESS_BODY_SECTIONS);

export function checkProgressData(input: ProgressInput): Problem[] {
	const problems: Problem[] = [];

	// Units: schema, unique ids, places in the text that exist.
	const unitIds = new Set<string>();
	let unitsKnown = false;
	if (input.units) {
		const { file, data } = input.units;
		const parsed = schemaProblems(unitsFileSchema, file, data);
		problems.push(...parsed.problems);
		if (parsed.value) {
			unitsKnown = true;
			const first = new Map<string, number>();
			parsed.value.forEach((unit, i) => {
				const seen = first.get(unit.id);
				if (seen !== undefined)
					problems.push({ file, field: `[${i}].id`, expected: 'một mã đơn vị chưa dùng', found: `"${unit.id}" (trùng với mục [${seen}])` });
				else first.set(unit.id, i);
				unitIds.add(unit.id);
				unit.namedIn.forEach((ref, j) => {
					if (!ref.startsWith('IV.') && input.subtaskIds.size > 0 && !input.subtaskIds.has(ref)) {
						problems.push({
							file,
							field: `[${i}].namedIn[${j}]`,
							expected: 'mã một nhiệm vụ có trong content/tasks/, ví dụ "1.2"',
							found: `"${ref}"`,
						});
					}
				});
			});
		}
	} else if (input.unitsMissing) {
		problems.push({
			file: UNITS_FILE,
			line: 1,
			field: '(toàn tệp)',
			expected: 'danh sách đơn vị content/units.json (tệp tiến độ ghi mã đơn vị từ đó)',
			found: 'không có tệp',
		});
	}

	const dir = input.dir ?? PROGRESS_DIR;
	const seen = new Map<string, string>();
	for (const { file, data, body, bodyLine } of input.entries) {
		const relative = file.startsWith(`${dir}/`) ? file.slice(dir.length + 1) : file;
		const folder = relative.includes('/') ? relative.slice(0, relative.lastIndexOf('/')) : '';
		if (folder === '') {
			problems.push({
				file,
				line: 1,
				field: '(tên tệp)',
				expected: `tệp nằm trong thư mục của kỳ báo cáo, ví dụ "${PROGRESS_DIR}/2025-H1/3-6.md"`,
				found: `tệp ngay trong ${dir}/`,
			});
		}
		problems.push(...checkHeadings(file, body, bodyLine));
		if (splitEntryBody(body).done === '') {
			const firstText = body.split(/\r?\n/).findIndex((line) => line.trim() !== '');
			problems.push({
				file,
				line: bodyLine + Math.max(firstText, 0),
				field: 'body',
				expected: 'một đoạn ghi những việc đã làm trong kỳ (hoặc vì sao chưa triển khai), dưới dòng "---"',
				found: 'phần nội dung trống',
			});
		}
		if (data === undefined) continue;
		const { problems: found, value } = validateEntry(file, data);
		problems.push(...found);
		if (!value) continue;

		const knownSubtask = input.subtaskIds.size === 0 || input.subtaskIds.has(value.subtask);
		if (!knownSubtask) {
			problems.push({
				file,
				field: 'subtask',
				expected: 'mã một nhiệm vụ có trong mục II (content/tasks/), ví dụ "3.6"',
				found: `"${value.subtask}"`,
			});
		}
		const wanted = `${dir}/${value.period}/${subtaskSlug(value.subtask)}.md`;
		if (folder !== '' && file !== wanted && file.endsWith('.md')) {
			const name = relative.slice(folder.length + 1);
			const field = folder !== value.period ? 'period' : 'subtask';
			problems.push({
				file,
				field,
				expected: `tên tệp và thư mục khớp nhiệm vụ và kỳ báo cáo: "${wanted}"`,
				found:
					folder !== value.period
						? `kỳ "${value.period}" trong thư mục "${folder}"`
						: `nhiệm vụ "${value.subtask}" trong tệp "${name}" (cần "${subtaskSlug(value.subtask)}.md")`,
			});
		}
		const key = `${value.subtask}@${value.period}`;
		const other = seen.get(key);
		if (other) {
			problems.push({
				file,
				field: 'subtask',
				expected: 'mỗi nhiệm vụ chỉ một tệp trong một kỳ báo cáo (thêm nội dung vào tệp đã có)',
				found: `nhiệm vụ "${value.subtask}", kỳ "${value.period}" đã có trong ${other}`,
			});
		} else seen.set(key, file);

		const period = parsePeriod(value.period);
		if (period && value.asOf < period.start) {
			problems.push({
				file,
				field: 'asOf',
				expected: `ngày cập nhật trong hoặc sau kỳ "${value.period}" (từ ${period.start} trở đi)`,
				found: `"${value.asOf}"`,
			});
		}
		if (unitsKnown) {
			value.units.forEach((unit, i) => {
				if (!unitIds.has(unit)) {
					problems.push({
						file,
						field: `units[${i}]`,
						expected: `mã một đơn vị có trong ${UNITS_FILE}, ví dụ "ldld-thanh-pho"`,
						found: `"${unit}"`,
					});
				}
			});
		}
		value.indicators.forEach((indicator, i) => {
			if (input.indicatorIds.size > 0 && !input.indicatorIds.has(indicator)) {
				problems.push({
					file,
					field: `indicators[${i}]`,
					expected: 'mã một chỉ tiêu có trong data/indicators/ (tên tệp, không có .json)',
					found: `"${indicator}"`,
				});
			}
		});
	}
	return problems;
}

/** Second-level headings of a body must be the two optional sections (the periodic report reads them). */
function checkHeadings(file: string, body: string, bodyLine: number): Problem[] {
	const problems: Problem[] = [];
	body.split(/\r?\n/).forEach((line, i) => {
		// "###" never matches: the two hashes must be followed by a space.
		const match = /^##\s+(.+?)\s*#*\s*$/.exec(line);
		if (!match) return;
		const heading = match[1]!.normalize('NFC');
		if (!ALLOWED_HEADINGS.includes(heading as (typeof ALLOWED_HEADINGS)[number])) {
			problems.push({
				file,
				line: bodyLine + i,
				field: 'body',
				expected: `tiêu đề mục "## ${ALLOWED_HEADINGS.join('" hoặc "## ')}" (hoặc tiêu đề nhỏ "###")`,
				found: `"## ${heading}"`,
			});
		}
	});
	return problems;
}
