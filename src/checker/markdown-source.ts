import { LineCounter, parseDocument, isMap, type Node as YamlNode } from 'yaml';
import type { Problem } from '../validation/problem.ts';
import type { FieldPath } from '../validation/field-path.ts';

/** A Markdown/MDX file split into front matter (parsed as YAML) and body, with line numbers. */
export interface MarkdownSource {
	file: string;
	text: string;
	/** Front matter as data; undefined when it is missing or broken (the problems say where). */
	data?: unknown;
	/** The Markdown after the closing "---". */
	body: string;
	/** 1-based line of the file where the body starts. */
	bodyLine: number;
	/** Last line of the front matter block (the closing "---"), 0 when there is none. */
	frontMatterEnd: number;
	problems: Problem[];
	lineOf(path: FieldPath): number | undefined;
}

const FM = '(front matter)';

/** Vietnamese explanations of the yaml package's most common error codes. */
const YAML_ERRORS: Record<string, string> = {
	MISSING_CHAR: 'dấu ngoặc kép hoặc ngoặc đóng còn thiếu',
	BAD_INDENT: 'thụt lề đúng (dùng dấu cách, các dòng cùng cấp thẳng hàng)',
	DUPLICATE_KEY: 'mỗi tên trường chỉ một lần',
	BLOCK_AS_IMPLICIT_KEY: 'dạng "tên: giá trị" trên một dòng',
	MULTILINE_IMPLICIT_KEY: 'dạng "tên: giá trị" trên một dòng (có thể thiếu dấu ngoặc kép đóng ở dòng trên)',
	UNEXPECTED_TOKEN: 'dạng "tên: giá trị"',
	TAB_AS_INDENT: 'thụt lề bằng dấu cách, không dùng phím Tab',
	BAD_SCALAR_START: 'giá trị đặt trong dấu ngoặc kép khi bắt đầu bằng ký tự đặc biệt',
};

export function parseMarkdownSource(file: string, text: string): MarkdownSource {
	const lines = text.split(/\r?\n/);
	const base = { file, text, problems: [] as Problem[], lineOf: (): number | undefined => undefined };
	// Without an opening or a closing "---" there is no front matter to read: one problem on line 1.
	const unread = (body: string, bodyLine: number, expected: string, found: string): MarkdownSource => ({
		...base,
		body,
		bodyLine,
		frontMatterEnd: 0,
		problems: [{ file, line: 1, column: 1, field: FM, expected, found }],
	});
	if (lines[0]?.trim() !== '---') {
		const found = lines[0] ? `"${lines[0].slice(0, 40)}"` : 'dòng trống';
		return unread(text, 1, 'dòng đầu tiên là "---" mở phần thông tin đầu trang', found);
	}
	const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
	if (close < 0) return unread('', lines.length + 1, 'một dòng "---" đóng phần thông tin đầu trang', 'không có dòng "---" thứ hai');
	const yamlText = lines.slice(1, close).join('\n');
	const lineCounter = new LineCounter();
	// Astro reads front matter with js-yaml, which turns unquoted dates into Date objects: do the same so
	// the schema reports them exactly as the build would.
	const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, customTags: ['timestamp'] });
	const problems: Problem[] = [];
	for (const error of [...doc.errors, ...doc.warnings]) {
		const pos = error.linePos?.[0] ?? lineCounter.linePos(error.pos[0]);
		problems.push({
			file,
			line: pos.line + 1,
			column: pos.col,
			field: FM,
			expected: `${YAML_ERRORS[error.code] ?? 'YAML hợp lệ'} [${error.code}]`,
			found: `lỗi cú pháp YAML (${(error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')})`,
		});
	}
	let data: unknown;
	if (problems.length === 0) {
		data = doc.toJS() ?? {};
		if (!isMap(doc.contents) && doc.contents !== null) {
			problems.push({
				file,
				line: 2,
				column: 1,
				field: FM,
				expected: 'các dòng "tên: giá trị"',
				found: 'một giá trị không phải danh sách trường',
			});
			data = undefined;
		}
	}
	return {
		file,
		text,
		data,
		body: lines.slice(close + 1).join('\n'),
		bodyLine: close + 2,
		frontMatterEnd: close + 1,
		problems,
		lineOf(path) {
			for (let n = path.length; n >= 1; n--) {
				const node = doc.getIn(path.slice(0, n), true) as YamlNode | undefined;
				if (node && typeof node === 'object' && node.range) return lineCounter.linePos(node.range[0]).line + 1;
				// A key whose value is empty: point at the key itself.
				if (n === path.length && isMap(doc.contents)) {
					const pair = doc.contents.items.find((item) => (item.key as { value?: unknown } | null)?.value === path[0]);
					const key = pair?.key as YamlNode | undefined;
					if (n === 1 && key?.range) return lineCounter.linePos(key.range[0]).line + 1;
				}
			}
			// Missing field: the opening "---".
			return 1;
		},
	};
}
