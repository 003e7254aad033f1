import { describe, expect, it } from 'vitest';
import { checkFileName, checkNfc } from '../../src/checker/rules/text-hygiene.ts';

describe('checkFileName', () => {
	it('names only the file, not its folder, in what it found', () => {
		expect(checkFileName('content/progress/2025-H1/3-6.md')).toEqual([]);
		expect(checkFileName('content/progress/2025-H1/Nhóm 3.md')).toEqual([
			{
				file: 'content/progress/2025-H1/Nhóm 3.md',
				line: 1,
				field: '(tên tệp)',
				expected: 'tên tệp chữ thường không dấu, số và gạch nối, ví dụ "nhom-3.md"',
				found: '"Nhóm 3.md"',
			},
		]);
		expect(checkFileName('Nhom 3.md').map((p) => p.found)).toEqual(['"Nhom 3.md"']);
	});
});

describe('checkNfc', () => {
	const fieldAt = (offset: number, line: number) => `${offset}@${line}`;

	it('reports nothing for NFC text', () => {
		expect(checkNfc('a.md', 'Tiếng Việt\nđủ dấu', fieldAt)).toEqual([]);
	});

	it('points at the start of each decomposed word, with the offset of that word in the whole text', () => {
		const text = 'Dòng đầu\nCó chữ Tie\u0302\u0301ng ở đây\nNguye\u0302\u0303n';
		const expected = 'chữ Việt dựng sẵn (Unicode NFC); gõ lại từ này hoặc lưu tệp với bảng mã Unicode dựng sẵn';
		expect(checkNfc('a.md', text, fieldAt)).toEqual([
			{ file: 'a.md', line: 2, column: 8, field: '16@2', expected, found: '"Tiếng" viết bằng dấu tổ hợp (NFD)' },
			{ file: 'a.md', line: 3, column: 1, field: '30@3', expected, found: '"Nguyễn" viết bằng dấu tổ hợp (NFD)' },
		]);
	});

	it('finds marks in a non-canonical order and a word cut by punctuation, and names only the first word of a line', () => {
		const found = (text: string) => checkNfc('a.md', text, fieldAt).map((p) => `${p.line}:${p.column} ${p.found}`);
		// A dot below after an acute accent: each character alone is NFC, their order is not.
		expect(found('Chữ x\u0301\u0323 lạ')).toEqual(['1:5 "x\u0323\u0301" viết bằng dấu tổ hợp (NFD)']);
		expect(found('Xem: đoa\u0300n, Vie\u0323\u0302t')).toEqual(['1:6 "đoàn" viết bằng dấu tổ hợp (NFD)']);
	});
});
