import type { Problem } from '../../validation/problem.ts';

/** File names editors may use: lower-case ASCII words joined by hyphens (ids and URLs come from them). */
const FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.(?:md|mdx|json)$/;

export function checkFileName(file: string): Problem[] {
	const name = file.slice(file.lastIndexOf('/') + 1);
	if (FILE_NAME.test(name)) return [];
	return [
		{ file, line: 1, field: '(tên tệp)', expected: 'tên tệp chữ thường không dấu, số và gạch nối, ví dụ "nhom-3.md"', found: `"${name}"` },
	];
}

/**
 * Text must be in Unicode NFC (precomposed letters): the same word typed on a Mac and on Windows then
 * looks and searches the same. Reports every line that changes under NFC, with the first changed word.
 */
export function checkNfc(file: string, text: string, fieldAt: (offset: number, line: number) => string): Problem[] {
	// Stryker disable next-line ConditionalExpression: equivalent, a fast path: without it every line is compared and none differs
	if (text === text.normalize('NFC')) return [];
	const problems: Problem[] = [];
	let offset = 0;
	text.split('\n').forEach((line, i) => {
		if (line !== line.normalize('NFC')) {
			// The first code unit where the line and its NFC form differ (one exists: they are not equal).
			const nfc = line.normalize('NFC');
			let at = 0;
			while (line[at] === nfc[at]) at++;
			// Point at the start of the word that contains the decomposed letter.
			const column = line.slice(0, at).replace(/\S+$/, '').length + 1;
			const word = line.slice(column - 1).split(/[\s,.;:!?)"”]/, 1)[0]!;
			problems.push({
				file,
				line: i + 1,
				column,
				field: fieldAt(offset + column - 1, i + 1),
				expected: 'chữ Việt dựng sẵn (Unicode NFC); gõ lại từ này hoặc lưu tệp với bảng mã Unicode dựng sẵn',
				found: `"${word.normalize('NFC')}" viết bằng dấu tổ hợp (NFD)`,
			});
		}
		offset += line.length + 1;
	});
	return problems;
}

/**
 * Markers of unfinished text that the release build refuses: TODO, TBD, FIXME, XXX (as capitalised
 * words) and bracketed Vietnamese notes such as "[cần bổ sung]", "[đang cập nhật]", "[chờ số liệu]".
 * In Markdown, markers inside `code spans` are allowed so guidelines can mention them.
 */
export const PLACEHOLDER = /\b(?:TODO|TBD|FIXME|XXX)\b|\[\s*(?:cần bổ sung|đang cập nhật|chờ số liệu|chưa có)[^\]\n]*\]/giu;

export function findPlaceholders(text: string, markdown: boolean): { offset: number; marker: string }[] {
	const scanned = markdown ? text.replace(/`[^`\n]*`/g, (code) => ' '.repeat(code.length)) : text;
	const hits: { offset: number; marker: string }[] = [];
	for (const match of scanned.matchAll(PLACEHOLDER)) {
		const marker = match[0];
		// TODO/TBD/FIXME/XXX count only in capitals: "xxx" or "todo" in running text are left alone.
		if (/^[a-z]/i.test(marker) && marker !== marker.toUpperCase()) continue;
		hits.push({ offset: match.index, marker });
	}
	return hits;
}

export function checkPlaceholders(
	file: string,
	text: string,
	markdown: boolean,
	position: (offset: number) => { line: number; column: number },
	fieldAt: (offset: number, line: number) => string,
): Problem[] {
	return findPlaceholders(text, markdown).map(({ offset, marker }) => {
		const { line, column } = position(offset);
		return {
			file,
			line,
			column,
			field: fieldAt(offset, line),
			expected: 'nội dung hoàn chỉnh (bản phát hành không nhận chỗ đánh dấu chưa viết xong)',
			found: `"${marker}"`,
		};
	});
}
