import { describe, expect, it } from 'vitest';
import { checkFidelity } from '../../src/checker/rules/fidelity.ts';
import { ORIGINAL, type Word } from '../../src/checker/programme-text.ts';
import type { Erratum } from '../../src/schemas/errata.ts';
import type { Problem } from '../../src/validation/problem.ts';

/**
 * checkFidelity on short texts in memory: each word on its own line (line = position + `line`), so a
 * problem's line says which word it points at. "¶" is a paragraph break, as in the content.
 */
const words = (text: string, place = 'nhiem-vu/nhom-1/#1-1', line = 1, file = 'content/tasks/nhom-1.md'): Word[] =>
	text
		.split(/\s+/)
		.filter(Boolean)
		.map((t, i) => ({ text: t, file, line: line + i, column: 1, field: 'body', place }));
const COUNT = 'một hai ba bốn năm sáu bảy tám chín mười mười_một mười_hai';
const ERRATA = 'content/errata.json';
const erratum = (fields: Partial<Erratum>): Erratum => ({
	id: 'sua',
	kind: 'typo',
	location: 'Nhiệm vụ 1.1',
	href: 'nhiem-vu/nhom-1/#1-1',
	source: '',
	reason: 'Lỗi chính tả.',
	...fields,
});
const check = (original: string, site: Word[] | string, errata: unknown = []) =>
	checkFidelity({ original: words(original), site: typeof site === 'string' ? words(site) : site, errata: { file: ERRATA, data: errata } });
/** "file line field: expected | found" of each problem. */
const lines = (problems: Problem[]) => problems.map((p) => `${p.file} ${p.line ?? '-'} ${p.field}: ${p.expected} | ${p.found}`);
const uncovered = (expected: string, line: number) =>
	`đúng văn bản gốc ${expected} (dòng ${line} của ${ORIGINAL}), hoặc một mục trong ${ERRATA} ghi chỗ sửa này`;

describe('checkFidelity: inputs it cannot judge', () => {
	it('a missing original is one problem; unreadable errata or content leave the judging to their own rules', () => {
		expect(checkFidelity({ site: words('a'), errata: { file: ERRATA, data: [] } })).toEqual([
			{
				file: ORIGINAL,
				line: 1,
				field: '(tệp)',
				expected: 'văn bản gốc chưa chỉnh sửa của chương trình, để so sánh với nội dung trang',
				found: 'không có tệp này',
			},
		]);
		expect(check('a b', 'a c', { broken: true })).toEqual([]);
		expect(checkFidelity({ original: words('a b'), errata: { file: ERRATA, data: [] } })).toEqual([]);
		expect(check(COUNT, COUNT)).toEqual([]);
	});

	it('an original of over 4,000 words against an empty site: the problem names the original', () => {
		const many = Array.from({ length: 4001 }, (_, i) => `x${i}`).join(' ');
		expect(checkFidelity({ original: words(many), site: [], errata: { file: ERRATA, data: [] } })).toEqual([
			{
				file: ORIGINAL,
				line: undefined,
				field: 'body',
				expected: `nội dung chương trình như văn bản gốc (${ORIGINAL}), các chỗ sửa ghi trong ${ERRATA}`,
				found: 'hơn 4000 từ khác văn bản gốc: không còn là cùng một văn bản',
			},
		]);
	});

	it('beyond 4,000 changed words the texts are not the same document: one problem at the first word of the site', () => {
		const many = (prefix: string) => Array.from({ length: 2100 }, (_, i) => `${prefix}${i}`).join(' ');
		const problems = checkFidelity({
			original: words(many('x')),
			site: [...words('¶', 'p', 7), ...words(many('y'), 'p', 8)],
			errata: { file: ERRATA, data: [] },
		});
		expect(lines(problems)).toEqual([
			`content/tasks/nhom-1.md 8 body: nội dung chương trình như văn bản gốc (${ORIGINAL}), các chỗ sửa ghi trong ${ERRATA} | hơn 4000 từ khác văn bản gốc: không còn là cùng một văn bản`,
		]);
	});
});

describe('checkFidelity: a difference without an erratum names the place and what changed', () => {
	it('a word replaced in the middle: context on both sides, cut with "…"', () => {
		expect(lines(check(COUNT, COUNT.replace('sáu', 'SÁU')))).toEqual([
			`content/tasks/nhom-1.md 6 body: ${uncovered('"…hai ba bốn năm sáu bảy tám chín mười…"', 6)} | "…hai ba bốn năm SÁU bảy tám chín mười…": "SÁU" thay cho "sáu" của văn bản gốc, chưa có ghi chú biên tập`,
		]);
	});

	it('a word missing at the start and at the end: no "…" on the side where the text ends; the line of the original word', () => {
		expect(lines(check(COUNT, COUNT.replace('một ', '')))).toEqual([
			`content/tasks/nhom-1.md 1 body: ${uncovered('"một hai ba bốn năm…"', 1)} | "hai ba bốn năm…": thiếu "một" của văn bản gốc, chưa có ghi chú biên tập`,
		]);
		expect(lines(check(COUNT, COUNT.replace(' mười_hai', '')))).toEqual([
			`content/tasks/nhom-1.md 11 body: ${uncovered('"…tám chín mười mười_một mười_hai"', 12)} | "…tám chín mười mười_một": thiếu "mười_hai" của văn bản gốc, chưa có ghi chú biên tập`,
		]);
	});

	it('a word added; a paragraph joined; a paragraph split (pointing at the next word, not at the break)', () => {
		expect(lines(check(COUNT, COUNT.replace('sáu', 'sáu thêm')))).toEqual([
			`content/tasks/nhom-1.md 7 body: ${uncovered('"…ba bốn năm sáu bảy tám chín mười…"', 7)} | "…ba bốn năm sáu thêm bảy tám chín mười…": thêm "thêm" không có trong văn bản gốc, chưa có ghi chú biên tập`,
		]);
		expect(lines(check('a b ¶ c d', 'a b c d'))).toEqual([
			`content/tasks/nhom-1.md 3 body: ${uncovered('"a b ¶ c d"', 3)} | "a b c d": nối hai đoạn mà văn bản gốc tách (¶), chưa có ghi chú biên tập`,
		]);
		expect(lines(check('a b c d', 'a b ¶ c d'))).toEqual([
			`content/tasks/nhom-1.md 4 body: ${uncovered('"a b c d"', 3)} | "a b ¶ c d": tách đoạn ở chỗ văn bản gốc không xuống đoạn (¶), chưa có ghi chú biên tập`,
		]);
	});

	it('a word added at the very start or end; words missing with a break among them are missing words', () => {
		expect(lines(check(COUNT, `thêm ${COUNT}`))).toEqual([
			`content/tasks/nhom-1.md 1 body: ${uncovered('"một hai ba bốn…"', 1)} | "thêm một hai ba bốn…": thêm "thêm" không có trong văn bản gốc, chưa có ghi chú biên tập`,
		]);
		expect(lines(check(COUNT, `${COUNT} thêm`))).toEqual([
			`content/tasks/nhom-1.md 13 body: ${uncovered('"…chín mười mười_một mười_hai"', 12)} | "…chín mười mười_một mười_hai thêm": thêm "thêm" không có trong văn bản gốc, chưa có ghi chú biên tập`,
		]);
		expect(lines(check('a b ¶ c d', 'a c d'))[0]).toContain(': thiếu "b ¶" của văn bản gốc');
		expect(lines(check('a b c d', 'a ¶ x c d'))[0]).toContain(': "¶ x" thay cho "b" của văn bản gốc');
	});

	it('an empty original: every site word is added, with no line to quote', () => {
		expect(lines(checkFidelity({ original: [], site: words('a b'), errata: { file: ERRATA, data: [] } }))).toEqual([
			`content/tasks/nhom-1.md 1 body: đúng văn bản gốc "", hoặc một mục trong ${ERRATA} ghi chỗ sửa này | "a b": thêm "a b" không có trong văn bản gốc, chưa có ghi chú biên tập`,
		]);
	});

	it('a paragraph break replaced by a word is a replacement, not a join', () => {
		expect(lines(check('a b ¶ c d', 'a b và c d'))[0]).toContain('"và" thay cho "¶" của văn bản gốc');
		expect(lines(check('a b và c d', 'a b ¶ c d'))[0]).toContain('"¶" thay cho "và" của văn bản gốc');
	});

	it('each difference is its own problem, in text order', () => {
		const site = COUNT.replace('hai', 'HAI').replace('mười_một', 'MƯỜI_MỘT');
		expect(check(COUNT, site).map((p) => p.line)).toEqual([2, 11]);
	});
});

describe('checkFidelity: errata', () => {
	it('an erratum covering its difference: no problem; a page break joined', () => {
		const fixed = erratum({ source: 'năm sáu bảy', corrected: 'năm SÁU bảy' });
		expect(check(COUNT, COUNT.replace('sáu', 'SÁU'), [fixed])).toEqual([]);
		const joined = erratum({ kind: 'page-break', source: 'thiết ¶ thực hiệu quả', corrected: 'thiết thực hiệu quả' });
		expect(check('các mô hình thiết ¶ thực hiệu quả nhất', 'các mô hình thiết thực hiệu quả nhất', [joined])).toEqual([]);
	});

	it('quotes may start and end inside a word, as cut from running text', () => {
		const fixed = erratum({ source: 'ba bốn', corrected: 'ba BỐN' });
		expect(check('một hai, ba bốn, năm', 'một hai, ba BỐN, năm', [fixed])).toEqual([]);
	});

	it('words added just before or just after the quote belong to it', () => {
		const before = erratum({ source: 'ba bốn', corrected: 'thêm ba bốn' });
		expect(check(COUNT, COUNT.replace('ba', 'thêm ba'), [before])).toEqual([]);
		const after = erratum({ source: 'ba bốn', corrected: 'ba bốn thêm' });
		expect(check(COUNT, COUNT.replace('bốn', 'bốn thêm'), [after])).toEqual([]);
		const both = erratum({ source: 'ba bốn', corrected: 'X ba bốn Y' });
		expect(check(COUNT, COUNT.replace('ba bốn', 'X ba bốn Y'), [both])).toEqual([]);
	});

	it('a correcting erratum needs "corrected"; a kept passage may not have one; a structure note is not compared', () => {
		const problems = check(COUNT, COUNT, [
			erratum({ id: 'a', source: 'năm sáu' }),
			erratum({ id: 'b', kind: 'unresolved', source: 'năm sáu', corrected: 'năm sáu' }),
			erratum({ id: 'c', kind: 'structure', source: 'Tiêu đề các nhóm ở các cấp khác nhau' }),
		]);
		expect(lines(problems)).toEqual([
			`${ERRATA} - [0].corrected: nguyên văn trên trang sau khi sửa | không có (thiếu trường này)`,
			`${ERRATA} - [1].corrected: không có "corrected" (loại "unresolved" giữ nguyên văn bản gốc) | "năm sáu"`,
		]);
	});

	it('quotes that are not in the texts, or not two sides of one change', () => {
		const site = COUNT.replace('sáu', 'SÁU');
		const problems = check(COUNT, site, [
			erratum({ id: 'a', source: 'năm sau bảy', corrected: 'năm SÁU bảy' }),
			erratum({ id: 'b', source: 'năm sáu bảy', corrected: 'năm Sáu bảy' }),
			erratum({ id: 'c', source: 'hai ba', corrected: 'năm SÁU' }),
			erratum({ id: 'd', source: 'năm sáu bảy', corrected: 'năm SÁU bảy' }),
		]);
		expect(lines(problems)).toEqual([
			`${ERRATA} - [0].source: nguyên văn một đoạn của văn bản gốc (${ORIGINAL}), đúng từng chữ; ¶ là chỗ xuống đoạn | "năm sau bảy", không có trong văn bản gốc`,
			`${ERRATA} - [1].corrected: nguyên văn một đoạn của nội dung trang (content/programme/, content/tasks/), đúng từng chữ | "năm Sáu bảy", không có trong nội dung trang`,
			`${ERRATA} - [2].corrected: chỗ văn bản gốc ghi "hai ba" và trang ghi "năm SÁU" ở cùng một vị trí | không có chỗ nào như vậy (hai đoạn trích không phải hai phía của cùng một chỗ sửa)`,
		]);
	});

	it('a quote whose second word is near the end of the text is looked for only where it fits', () => {
		const problems = check(COUNT, COUNT, [erratum({ source: 'mười_một mười_hai thêm', corrected: 'mười_một mười_hai' })]);
		expect(lines(problems)).toEqual([
			`${ERRATA} - [0].source: nguyên văn một đoạn của văn bản gốc (${ORIGINAL}), đúng từng chữ; ¶ là chỗ xuống đoạn | "mười_một mười_hai thêm", không có trong văn bản gốc`,
		]);
	});

	it('an erratum for words removed at the very end belongs to the page of the last word', () => {
		const site = [...words('một hai', 'nhiem-vu/nhom-1/#1-1'), ...words('ba', 'nhiem-vu/nhom-1/#1-2', 3)];
		const removed = erratum({ source: 'ba bốn', corrected: 'ba', href: 'nhiem-vu/nhom-1/#1-2' });
		expect(check('một hai ba bốn', site, [removed])).toEqual([]);
		expect(lines(check('một hai ba bốn', site, [{ ...removed, href: 'nhiem-vu/nhom-1/#1-1' }]))).toEqual([
			`${ERRATA} - [0].href: "nhiem-vu/nhom-1/#1-2" (nơi có chỗ sửa) | "nhiem-vu/nhom-1/#1-1"`,
		]);
	});

	it('a passage kept as in the original must be unchanged on the site', () => {
		const kept = erratum({ kind: 'unresolved', source: 'bốn năm sáu' });
		expect(check(COUNT, COUNT, [kept])).toEqual([]);
		const problems = check(COUNT, COUNT.replace('năm', 'NĂM bốn năm'), [kept]);
		expect(lines(problems).filter((l) => l.startsWith(ERRATA))).toEqual([
			`${ERRATA} - [0].source: "bốn năm sáu" giữ nguyên trên trang, đúng chỗ của văn bản gốc | đoạn này đã bị sửa trên trang`,
		]);
	});

	it('the number of places: absent means one; a wrong count names the places found', () => {
		const text = 'phần đầu a b c phần đầu d e';
		const site = 'phấn đấu a b c phấn đấu d e';
		expect(check(text, site, [erratum({ source: 'phần đầu', corrected: 'phấn đấu', occurrences: 2 })])).toEqual([]);
		expect(lines(check(text, site, [erratum({ source: 'phần đầu', corrected: 'phấn đấu' })]))).toEqual([
			`${ERRATA} - [0].occurrences: số chỗ sửa đúng bằng số chỗ tìm thấy trong văn bản (2) | không có (nghĩa là 1 chỗ)`,
		]);
		expect(lines(check(text, site, [erratum({ source: 'phần đầu', corrected: 'phấn đấu', occurrences: 3 })]))).toEqual([
			`${ERRATA} - [0].occurrences: số chỗ sửa đúng bằng số chỗ tìm thấy trong văn bản (2) | 3`,
		]);
	});

	it('the page: the one where the change is; a change on two pages needs two errata', () => {
		const site = [...words('SÁU bảy', 'nhiem-vu/nhom-2/#2-1'), ...words('tám SÁU', 'nhiem-vu/nhom-3/#3-1', 3)];
		const one = check('sáu bảy tám sáu', site.slice(0, 2).concat(words('tám sáu', 'nhiem-vu/nhom-3/#3-1', 3)), [
			erratum({ source: 'sáu bảy', corrected: 'SÁU bảy' }),
		]);
		expect(lines(one)).toEqual([`${ERRATA} - [0].href: "nhiem-vu/nhom-2/#2-1" (nơi có chỗ sửa) | "nhiem-vu/nhom-1/#1-1"`]);
		const two = check('sáu bảy tám sáu', site, [
			erratum({ source: 'sáu', corrected: 'SÁU', occurrences: 2, href: 'nhiem-vu/nhom-2/#2-1' }),
		]);
		expect(lines(two)).toEqual([
			`${ERRATA} - [0].href: một trang duy nhất (chỗ sửa nằm ở "nhiem-vu/nhom-2/#2-1", "nhiem-vu/nhom-3/#3-1": tách thành nhiều mục) | "nhiem-vu/nhom-2/#2-1"`,
		]);
	});

	it('one difference, one erratum: the second that covers it names the first', () => {
		const site = COUNT.replace('sáu', 'SÁU');
		const problems = check(COUNT, site, [
			erratum({ id: 'dau', source: 'năm sáu', corrected: 'năm SÁU' }),
			erratum({ id: 'sau', source: 'sáu bảy', corrected: 'SÁU bảy' }),
		]);
		expect(lines(problems)).toEqual([
			`${ERRATA} - [1].source: mỗi chỗ khác văn bản gốc chỉ ghi trong một ghi chú biên tập | chỗ sửa này đã có trong mục [0] ("dau")`,
		]);
	});
});
