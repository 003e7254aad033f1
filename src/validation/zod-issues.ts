import type { z } from 'astro/zod';
import { fieldLabel } from './field-path.ts';
import type { Problem } from './problem.ts';

/**
 * zod issues as Problems for editors: Vietnamese "expected" phrases for zod's generic issues, the value
 * found quoted as it stands in the file. Used by the checker's rules and, through them, by the loaders.
 */

/**
 * A value as an editor would recognise it in the file, in Vietnamese. YAML reads an unquoted date as a Date,
 * which no schema here accepts: say how to write it.
 */
export function describeFound(value: unknown): string {
	if (value === undefined) return 'không có (thiếu trường này)';
	if (value instanceof Date) {
		const day = value.toISOString().slice(0, 10);
		return `ngày viết không có dấu ngoặc kép (${day}); hãy viết "${day}"`;
	}
	if (value === null) return 'null';
	if (typeof value === 'string') return `"${value}"`;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	const json = JSON.stringify(value);
	return json.length > 80 ? `${json.slice(0, 77)}…` : json;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let current: unknown = data;
	for (const key of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<PropertyKey, unknown>)[key as string];
	}
	return current;
}

const TYPE_NAMES: Record<string, string> = {
	string: 'một đoạn chữ',
	number: 'một số',
	int: 'một số nguyên',
	array: 'một danh sách [ … ]',
	object: 'một đối tượng { … }',
	boolean: 'true hoặc false',
};

/** Vietnamese "expected" phrases for zod's generic issues (schema-level messages take precedence). */
const viErrorMap: z.core.$ZodErrorMap = (issue) => {
	switch (issue.code) {
		case 'invalid_type':
			return TYPE_NAMES[issue.expected] ?? `kiểu ${issue.expected}`;
		case 'too_small':
			return issue.origin === 'array' ? `ít nhất ${String(issue.minimum)} mục` : `giá trị từ ${String(issue.minimum)} trở lên`;
		case 'too_big':
			return issue.origin === 'array' ? `nhiều nhất ${String(issue.maximum)} mục` : `giá trị không quá ${String(issue.maximum)}`;
		case 'invalid_value':
			return `một trong: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
		case 'invalid_format':
			return 'đúng định dạng';
		case 'unrecognized_keys':
			return 'chỉ các trường được mô tả trong hướng dẫn';
		case 'invalid_union':
			return 'một giá trị đúng một trong các dạng cho phép';
		default:
			return 'một giá trị hợp lệ';
	}
};

/** Run a zod schema on one file's data and turn every issue into a Problem. */
export function schemaProblems<T>(schema: z.ZodType<T>, file: string, data: unknown): { problems: Problem[]; value?: T } {
	const result = schema.safeParse(data, { error: viErrorMap });
	if (result.success) return { problems: [], value: result.data };
	const problems: Problem[] = [];
	for (const issue of result.error.issues) {
		if (issue.code === 'unrecognized_keys') {
			for (const key of issue.keys) {
				problems.push({ file, field: fieldLabel([...issue.path, key]), expected: issue.message, found: `trường lạ "${key}"` });
			}
			continue;
		}
		problems.push({ file, field: fieldLabel(issue.path), expected: issue.message, found: describeFound(valueAt(data, issue.path)) });
	}
	return { problems };
}
