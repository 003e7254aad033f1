import { describe, expect, it } from 'vitest';
import { parseSubtasks, subtaskExcerpt } from '../../src/utils/subtasks.ts';

describe('parseSubtasks', () => {
	it('finds numbered paragraphs and keeps following paragraphs with them', () => {
		const body = '2.1. Xây dựng mô hình.\n\nĐẩy mạnh thực hiện.\n\n2.2. Tiếp tục sắp xếp.\n';
		const found = parseSubtasks(body);
		expect(found.map((s) => s.id)).toEqual(['2.1', '2.2']);
		expect(found[0]).toMatchObject({ group: 2, number: 1, line: 1, text: 'Xây dựng mô hình.\n\nĐẩy mạnh thực hiện.' });
		expect(found[1]!.line).toBe(5);
	});
	it('reads two-digit numbers and ignores numbers inside a paragraph', () => {
		const body = '3.10. Quan tâm.\nvề 4.1. không phải nhiệm vụ mới\n';
		expect(parseSubtasks(body).map((s) => s.id)).toEqual(['3.10']);
	});
	it('ignores dates and document numbers at the start of a line inside a paragraph', () => {
		expect(parseSubtasks('1.1. A\n12.6. nối tiếp dòng trên').map((s) => s.id)).toEqual(['1.1']);
	});
});

describe('subtaskExcerpt', () => {
	it('cuts at a word boundary with an ellipsis', () => {
		const text = 'Tiếp tục triển khai thực hiện có hiệu quả Chỉ thị số 19-CT/TU ngày 16/5/2017 về tăng cường đổi mới';
		const out = subtaskExcerpt(text, 40);
		expect(out.endsWith('…')).toBe(true);
		expect(out.length).toBeLessThanOrEqual(41);
		expect(text.startsWith(out.slice(0, -1))).toBe(true);
	});
	it('strips Markdown emphasis', () => {
		expect(subtaskExcerpt('mục tiêu “*Ở đâu có công nhân*”')).toBe('mục tiêu “Ở đâu có công nhân”');
	});
});
