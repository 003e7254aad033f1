import { describe, expect, it } from 'vitest';
import { checkContent, type ContentInput } from '../../src/checker/rules/content.ts';
import type { Problem } from '../../src/validation/problem.ts';

/** In-memory inputs for the content rules: every rule on its own, with the smallest files that reach it. */
const md = (file: string, data: unknown, body = '') => ({ file, data, body, bodyLine: 6 });
const section = (file: string, order: number) => md(`content/programme/${file}.md`, { order, heading: 'MỤC', navTitle: 'Mục' });
const group = (n: number, body = `${n}.1. Việc một.\n\n${n}.2. Việc hai.`, file = `nhom-${n}`) =>
	md(`content/tasks/${file}.md`, { group: n, title: `Nhóm ${n}`, shortTitle: `Nhóm ${n}`, summary: 'Tóm tắt.' }, body);
const guideline = (file: string, relatedTasks: string[]) =>
	md(`content/guidelines/${file}`, {
		title: 'Hướng dẫn',
		summary: 'Tóm tắt.',
		audience: ['editors'],
		relatedTasks,
		updated: '2026-11-26',
		order: 1,
		kind: 'site',
	});
const input = (parts: Partial<ContentInput>): ContentInput => ({ programme: [], tasks: [], guidelines: [], updates: [], ...parts });
const summary = (problems: Problem[]) =>
	problems.map((p) => `${p.file} ${p.field}${p.line ? `@${p.line}` : ''}: ${p.expected} | ${p.found}`);

describe('checkContent (in memory)', () => {
	it('programme sections: schema problems, and an order used twice names the first file; a broken section takes no order', () => {
		const problems = checkContent(
			input({
				programme: [section('a', 1), md('content/programme/b.md', { order: 1 }), section('c', 1), section('d', 2)],
			}),
		).problems;
		expect(summary(problems)).toEqual([
			'content/programme/b.md heading: một đoạn chữ | không có (thiếu trường này)',
			'content/programme/b.md navTitle: một đoạn chữ | không có (thiếu trường này)',
			'content/programme/c.md order: một số thứ tự chưa dùng trong content/programme/ | 1 (đã dùng trong content/programme/a.md)',
		]);
	});

	it('task groups: the sub-task ids they hold; a group without numbered paragraphs, a gap in the numbering, a file name and a group number used twice', () => {
		const ok = checkContent(input({ tasks: [group(1), group(2, '2.1. Một.')] }));
		expect(ok.problems).toEqual([]);
		expect([...ok.subtaskIds]).toEqual(['1.1', '1.2', '2.1']);
		const problems = checkContent(
			input({
				tasks: [
					group(1, 'Không đánh số.'),
					group(2, '2.1. Một.\n\n2.3. Ba.'),
					group(3, '3.1. Một.', 'nhom-4'),
					group(2, '2.1. Một.', 'nhom-2b'),
				],
			}),
		).problems;
		expect(summary(problems)).toEqual([
			'content/tasks/nhom-1.md body@6: ít nhất một nhiệm vụ, đoạn bắt đầu bằng "1.1. " | không có đoạn nào đánh số',
			'content/tasks/nhom-2.md body.subtasks[1]@8: nhiệm vụ số "2.2" (đánh số liên tục trong nhóm 2) | "2.3"',
			'content/tasks/nhom-4.md group: số nhóm khớp tên tệp (nhom-4.md ↔ "nhom-N.md") | 3',
			'content/tasks/nhom-2b.md group: số nhóm khớp tên tệp (nhom-2b.md ↔ "nhom-N.md") | 2',
			'content/tasks/nhom-2b.md group: một số nhóm chưa dùng cho tệp khác | 2 (đã dùng trong content/tasks/nhom-2.md)',
		]);
	});

	it('guidelines: related sub-tasks must exist (judged only when the task files were read), one name for .md and .mdx', () => {
		const guidelines = [guideline('a.md', ['1.1', '9.9']), guideline('a.mdx', []), guideline('b.md', [])];
		expect(summary(checkContent(input({ tasks: [group(1)], guidelines })).problems)).toEqual([
			'content/guidelines/a.md relatedTasks[1]: mã một nhiệm vụ có trong content/tasks/, ví dụ "3.6" | "9.9"',
			'content/guidelines/a.mdx (tên tệp): một tên tệp chưa dùng (không có cả .md và .mdx cùng tên) | "a" (đã có content/guidelines/a.md)',
		]);
		expect(summary(checkContent(input({ guidelines: [guideline('a.md', ['9.9'])] })).problems)).toEqual([]);
	});

	it('updates: the schema, with the unquoted-date hint', () => {
		const update = md('content/updates/x.md', { title: 'Tin', date: new Date('2026-11-26'), kind: 'site', summary: 'Tóm tắt.' });
		expect(summary(checkContent(input({ updates: [update] })).problems)).toEqual([
			'content/updates/x.md date: ngày dạng YYYY-MM-DD, ví dụ "2025-12-31" | ngày viết không có dấu ngoặc kép (2026-11-26); hãy viết "2026-11-26"',
		]);
	});

	it('glossary: ids and terms used twice (terms compared in NFC); a file that is not a list is a schema problem only', () => {
		const file = 'content/glossary/terms.json';
		const term = (id: string, text: string) => ({ id, term: text, expansion: 'giải nghĩa' });
		const repeated = checkContent(
			input({ glossary: { file, data: [term('a', 'CĐCS'), term('a', 'LĐLĐ'), term('c', 'C\u0110CS'.normalize('NFD'))] } }),
		);
		expect(summary(repeated.problems)).toEqual([
			`${file} [1].id: một mã thuật ngữ chưa dùng | "a" (trùng với mục [0])`,
			`${file} [2].term: một thuật ngữ chưa có trong danh sách | "CĐCS" (trùng với mục [0])`,
		]);
		expect(summary(checkContent(input({ glossary: { file, data: { a: 1 } } })).problems)).toEqual([
			`${file} (toàn tệp): một danh sách [ … ] | {"a":1}`,
		]);
	});

	it('errata: ids used twice; a link to a sub-task that does not exist (judged only when the task files were read)', () => {
		const file = 'content/errata.json';
		const erratum = (id: string, href: string) => ({
			id,
			kind: 'typo',
			location: 'Nhiệm vụ',
			href,
			source: 'a b',
			corrected: 'a c',
			reason: 'Lỗi.',
		});
		const data = [erratum('x', 'nhiem-vu/nhom-1/#1-2'), erratum('x', 'nhiem-vu/nhom-1/#1-3'), erratum('y', 'chuong-trinh/#muc-iii')];
		expect(summary(checkContent(input({ tasks: [group(1)], errata: { file, data } })).problems)).toEqual([
			`${file} [1].id: một mã đính chính chưa dùng | "x" (trùng với mục [0])`,
			`${file} [1].href: đường dẫn tới một nhiệm vụ có thật | "nhiem-vu/nhom-1/#1-3"`,
		]);
		expect(summary(checkContent(input({ errata: { file, data } })).problems)).toEqual([
			`${file} [1].id: một mã đính chính chưa dùng | "x" (trùng với mục [0])`,
		]);
		expect(summary(checkContent(input({ errata: { file, data: [{ id: 'z' }] } })).problems).length).toBeGreaterThan(0);
	});
});
