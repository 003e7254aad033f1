import {
	findNodeAtLocation,
	findNodeAtOffset,
	getNodePath,
	parseTree,
	printParseErrorCode,
	type Node,
	type ParseError,
} from 'jsonc-parser';
import type { Problem } from '../validation/problem.ts';
import type { FieldPath } from '../validation/field-path.ts';
import { fieldLabel, WHOLE_FILE } from '../validation/field-path.ts';
import { positionFinder } from './position.ts';

/** A JSON file parsed for the checker: its data (when well-formed) and where each value sits. */
export interface JsonSource {
	file: string;
	text: string;
	/** Parsed value; undefined when the JSON is malformed (the problems say where). */
	data?: unknown;
	problems: Problem[];
	/** Line of the value at `path`; for a missing field, the line of the nearest existing parent. */
	lineOf(path: FieldPath): number | undefined;
	/** Field path of the value at a character offset (for rules that scan the raw text). */
	fieldAt(offset: number): string;
}

/** Vietnamese explanations of jsonc-parser's error codes (the English code is kept in brackets). */
const JSON_ERRORS: Record<string, string> = {
	InvalidSymbol: 'một giá trị JSON hợp lệ (chữ phải trong dấu ngoặc kép "…")',
	InvalidNumberFormat: 'một số viết đúng (dấu chấm thập phân, không có dấu phẩy hay khoảng trắng)',
	PropertyNameExpected: 'tên trường trong dấu ngoặc kép (hoặc thừa dấu phẩy trước dấu })',
	ValueExpected: 'một giá trị (hoặc thừa dấu phẩy trước dấu ])',
	ColonExpected: 'dấu hai chấm ":" sau tên trường',
	CommaExpected: 'dấu phẩy "," giữa hai mục',
	CloseBraceExpected: 'dấu "}" đóng đối tượng',
	CloseBracketExpected: 'dấu "]" đóng danh sách',
	EndOfFileExpected: 'hết tệp (có nội dung thừa sau giá trị chính)',
	InvalidCommentToken: 'không có chú thích (JSON không cho phép // hay /* */)',
	UnexpectedEndOfComment: 'chú thích đóng đúng',
	UnexpectedEndOfString: 'dấu ngoặc kép đóng chuỗi',
	UnexpectedEndOfNumber: 'một số đầy đủ',
	InvalidUnicode: 'mã Unicode hợp lệ',
	InvalidEscapeCharacter: 'ký tự thoát hợp lệ (\\n, \\", \\\\ …)',
	InvalidCharacter: 'ký tự hợp lệ trong chuỗi (không xuống dòng giữa chuỗi)',
};

export function parseJsonSource(file: string, text: string): JsonSource {
	const errors: ParseError[] = [];
	const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
	const at = positionFinder(text);
	const problems: Problem[] = errors.map((error) => {
		const code = printParseErrorCode(error.error);
		const { line, column } = at(error.offset);
		const snippet = text.slice(error.offset, error.offset + Math.max(1, Math.min(error.length, 20)));
		return {
			file,
			line,
			column,
			field: '(cú pháp JSON)',
			expected: `${JSON_ERRORS[code] ?? 'JSON hợp lệ'} [${code}]`,
			found: snippet.trim() === '' ? 'hết dòng hoặc hết tệp' : `"${snippet.split('\n')[0]}"`,
		};
	});
	if (!tree && problems.length === 0) {
		problems.push({ file, line: 1, column: 1, field: '(cú pháp JSON)', expected: 'một giá trị JSON', found: 'tệp rỗng' });
	}
	const data = problems.length === 0 && tree ? JSON.parse(text) : undefined;
	return {
		file,
		text,
		data,
		problems,
		lineOf(path) {
			if (!tree) return undefined;
			for (let n = path.length; n >= 0; n--) {
				const node: Node | undefined = findNodeAtLocation(tree, path.slice(0, n));
				if (node) return at(node.offset).line;
			}
			return undefined;
		},
		fieldAt(offset) {
			const node = tree ? findNodeAtOffset(tree, offset) : undefined;
			return node ? fieldLabel(getNodePath(node)) : WHOLE_FILE;
		},
	};
}
