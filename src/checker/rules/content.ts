import type { z } from 'astro/zod';
import type { Problem } from '../../validation/problem.ts';
import { schemaProblems } from '../../validation/zod-issues.ts';
import { programmeSectionSchema } from '../../schemas/programme.ts';
import { taskGroupSchema, type TaskGroup } from '../../schemas/task.ts';
import { guidelineSchema } from '../../schemas/guideline.ts';
import { glossarySchema } from '../../schemas/glossary.ts';
import { errataSchema } from '../../schemas/errata.ts';
import { updateSchema } from '../../schemas/update.ts';
import { parseSubtasks } from '../../utils/subtasks.ts';
import { fileStem } from '../file-stem.ts';
import { usedElsewhere } from '../unique.ts';

/** A Markdown file after front-matter parsing (data undefined when it could not be parsed). */
export interface MarkdownInput {
	file: string;
	data: unknown;
	body: string;
	/** 1-based line of the file where the body starts. */
	bodyLine: number;
}

export interface JsonInput {
	file: string;
	data: unknown;
}

export interface ContentInput {
	programme: MarkdownInput[];
	tasks: MarkdownInput[];
	guidelines: MarkdownInput[];
	updates: MarkdownInput[];
	glossary?: JsonInput;
	errata?: JsonInput;
}

export interface ContentResult {
	problems: Problem[];
	/** Every sub-task id found in content/tasks ("3.6"), for the indicator rules. */
	subtaskIds: Set<string>;
}

export function checkContent(input: ContentInput): ContentResult {
	const problems: Problem[] = [];
	const subtaskIds = new Set<string>();

	// Programme sections: schema, unique order.
	const orders = new Map<number, string>();
	for (const { file, data } of input.programme) {
		const { problems: found, value } = schemaProblems(programmeSectionSchema, file, data);
		problems.push(...found);
		if (!value) continue;
		const other = orders.get(value.order);
		if (other) problems.push(usedElsewhere(file, 'order', 'một số thứ tự chưa dùng trong content/programme/', String(value.order), other));
		else orders.set(value.order, file);
	}

	// Task groups: schema, file name ↔ group, unique group numbers, sub-tasks numbered <group>.1 … <group>.n.
	const groups = new Map<number, string>();
	for (const { file, data, body, bodyLine } of input.tasks) {
		const { problems: found, value } = schemaProblems<TaskGroup>(taskGroupSchema, file, data);
		problems.push(...found);
		if (!value) continue;
		const name = fileStem(file);
		if (name !== `nhom-${value.group}`) {
			problems.push({ file, field: 'group', expected: `số nhóm khớp tên tệp (${name}.md ↔ "nhom-N.md")`, found: String(value.group) });
		}
		const other = groups.get(value.group);
		if (other) problems.push(usedElsewhere(file, 'group', 'một số nhóm chưa dùng cho tệp khác', String(value.group), other));
		else groups.set(value.group, file);
		const subtasks = parseSubtasks(body);
		if (subtasks.length === 0) {
			problems.push({
				file,
				line: bodyLine,
				field: 'body',
				expected: `ít nhất một nhiệm vụ, đoạn bắt đầu bằng "${value.group}.1. "`,
				found: 'không có đoạn nào đánh số',
			});
		}
		subtasks.forEach((subtask, i) => {
			const wanted = `${value.group}.${i + 1}`;
			if (subtask.id !== wanted) {
				problems.push({
					file,
					line: bodyLine + subtask.line - 1,
					field: `body.subtasks[${i}]`,
					expected: `nhiệm vụ số "${wanted}" (đánh số liên tục trong nhóm ${value.group})`,
					found: `"${subtask.id}"`,
				});
			}
			subtaskIds.add(subtask.id);
		});
	}

	// Guidelines: schema, related sub-tasks exist, one id per .md/.mdx pair.
	const guidelineIds = new Map<string, string>();
	for (const { file, data } of input.guidelines) {
		const { problems: found, value } = schemaProblems(guidelineSchema, file, data);
		problems.push(...found);
		const id = fileStem(file);
		const other = guidelineIds.get(id);
		if (other)
			problems.push({
				file,
				field: '(tên tệp)',
				expected: 'một tên tệp chưa dùng (không có cả .md và .mdx cùng tên)',
				found: `"${id}" (đã có ${other})`,
			});
		guidelineIds.set(id, file);
		if (!value || input.tasks.length === 0) continue;
		value.relatedTasks.forEach((task, i) => {
			if (!subtaskIds.has(task)) {
				problems.push({
					file,
					field: `relatedTasks[${i}]`,
					expected: 'mã một nhiệm vụ có trong content/tasks/, ví dụ "3.6"',
					found: `"${task}"`,
				});
			}
		});
	}

	for (const { file, data } of input.updates) problems.push(...schemaProblems(updateSchema, file, data).problems);

	if (input.glossary) {
		const glossary = checkList(input.glossary, glossarySchema, 'một mã thuật ngữ chưa dùng');
		problems.push(...glossary.problems);
		if (glossary.value) {
			const terms = glossary.value.map((t) => t.term.normalize('NFC'));
			problems.push(...duplicates(input.glossary.file, terms, 'term', 'một thuật ngữ chưa có trong danh sách'));
		}
	}

	if (input.errata) {
		const { file } = input.errata;
		const errata = checkList(input.errata, errataSchema, 'một mã đính chính chưa dùng');
		problems.push(...errata.problems);
		errata.value?.forEach((erratum, i) => {
			const anchor = /^nhiem-vu\/nhom-(\d+)\/#(\d+)-(\d+)$/.exec(erratum.href);
			if (anchor && input.tasks.length > 0 && !subtaskIds.has(`${anchor[2]}.${anchor[3]}`)) {
				problems.push({ file, field: `[${i}].href`, expected: 'đường dẫn tới một nhiệm vụ có thật', found: `"${erratum.href}"` });
			}
		});
	}

	return { problems, subtaskIds };
}

/** A root-level JSON list (glossary, errata): its schema, then no id used twice. */
function checkList<T extends { id: string }>(
	source: JsonInput,
	schema: z.ZodType<T[]>,
	idExpected: string,
): { problems: Problem[]; value?: T[] } {
	const { problems, value } = schemaProblems(schema, source.file, source.data);
	if (value)
		problems.push(
			...duplicates(
				source.file,
				value.map((item) => item.id),
				'id',
				idExpected,
			),
		);
	return { problems, value };
}

/** One problem for every repeat of a value in a root-level array of records. */
function duplicates(file: string, values: string[], key: string, expected: string): Problem[] {
	const first = new Map<string, number>();
	const problems: Problem[] = [];
	values.forEach((value, i) => {
		const seen = first.get(value);
		if (seen === undefined) first.set(value, i);
		else problems.push({ file, field: `[${i}].${key}`, expected, found: `"${value}" (trùng với mục [${seen}])` });
	});
	return problems;
}
