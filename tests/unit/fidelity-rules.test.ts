import { describe, expect, it } from 'vitest';
import { checkFidelity } from '../../src/checker/rules/fidelity.ts';
import { ORIGINAL, PARAGRAPH, type Word } from '../../src/checker/programme-text.ts';
import type { Erratum } from '../../src/schemas/errata.ts';

/**
 * The fidelity rule on small texts in memory (the whole-tree tests are in checker-fidelity.test.ts): every
 * branch of the comparison and the exact wording of each problem. Inputs are built inside each test.
 */
const PAGE = 'content/tasks/nhom-1.md';
const ERRATA = 'content/errata.json';
const P1 = 'nhiem-vu/nhom-1/';
const P2 = 'nhiem-vu/nhom-2/';

/**
 * Words of a short text, one line per paragraph: "¶" ends a line (its column right after the last word) and
 * the next paragraph starts on the next line. `places[k]` is the place of paragraph k (the last one repeats).
 */
function words(text: string, at: { file: string; field: string }, places: string[]): Word[] {
	const out: Word[] = [];
	let line = 1;
	let column = 1;
	let paragraph = 0;
	const place = () => places[Math.min(paragraph, places.length - 1)]!;
	for (const token of text.split(' ')) {
		if (token === PARAGRAPH) {
			paragraph++;
			out.push({ text: PARAGRAPH, ...at, line, column, place: place() });
			line++;
			column = 1;
			continue;
		}
		out.push({ text: token, ...at, line, column, place: place() });
		column += token.length + 1;
	}
	return out;
}
const original = (text: string) => words(text, { file: ORIGINAL, field: 'text' }, ['']);
const page = (text: string, places = [P1]) => words(text, { file: PAGE, field: 'body' }, places);
function erratum(fields: Partial<Erratum> & Pick<Erratum, 'kind' | 'source'>): Erratum {
	return { id: 'sua-1', location: 'Mục I', href: P1, reason: 'Lỗi đánh máy.', ...fields };
}
const check = (source: string, site: string, errata: unknown = [], places?: string[]) =>
	checkFidelity({ original: original(source), site: page(site, places), errata: { file: ERRATA, data: errata } });

/** The problem of a difference no erratum covers (its changing parts). */
const difference = (at: { line: number; column: number }, expected: string, found: string) => ({
	file: PAGE,
	...at,
	field: 'body',
	expected: `đúng văn bản gốc ${expected}, hoặc một mục trong ${ERRATA} ghi chỗ sửa này`,
	found: `${found}, chưa có ghi chú biên tập`,
});
const line = (n: number) => ` (dòng ${n} của ${ORIGINAL})`;

describe('fidelity: inputs it cannot compare', () => {
	it('reports a missing original, and nothing else', () => {
		expect(checkFidelity({ site: page('a b'), errata: { file: ERRATA, data: [] } })).toStrictEqual([
			{
				file: ORIGINAL,
				line: 1,
				field: '(tệp)',
				expected: 'văn bản gốc chưa chỉnh sửa của chương trình, để so sánh với nội dung trang',
				found: 'không có tệp này',
			},
		]);
	});

	it('judges nothing without the site or with broken errata (other rules report those)', () => {
		expect(checkFidelity({ original: original('a b'), errata: { file: ERRATA, data: [] } })).toEqual([]);
		expect(checkFidelity({ original: original('a b'), site: page('a c'), errata: { file: ERRATA, data: undefined } })).toEqual([]);
		expect(checkFidelity({ original: original('a b'), site: page('a c'), errata: { file: ERRATA, data: [{ id: 'x' }] } })).toEqual([]);
	});

	it('stops at more than 4000 changed words, pointing at the first word of the site', () => {
		const many = Array.from({ length: 4010 }, () => 'chữ').join(' ');
		const problem = (at: object) => [
			{
				...at,
				expected: `nội dung chương trình như văn bản gốc (${ORIGINAL}), các chỗ sửa ghi trong ${ERRATA}`,
				found: 'hơn 4000 từ khác văn bản gốc: không còn là cùng một văn bản',
			},
		];
		expect(check(many, `${PARAGRAPH} khác ${PARAGRAPH}`)).toStrictEqual(problem({ file: PAGE, line: 2, field: 'body' }));
		// Only paragraph breaks: the first of them; no words at all: the original.
		expect(check(many, `${PARAGRAPH} ${PARAGRAPH}`)).toStrictEqual(problem({ file: PAGE, line: 1, field: 'body' }));
		expect(checkFidelity({ original: original(many), site: [], errata: { file: ERRATA, data: [] } })).toStrictEqual(
			problem({ file: ORIGINAL, line: undefined, field: 'body' }),
		);
		// 4000 changed words are still compared.
		const fewer = Array.from({ length: 4000 }, () => 'chữ').join(' ');
		expect(check(`${fewer} cuối`, 'cuối')).toStrictEqual([
			difference({ line: 1, column: 1 }, `"${fewer} cuối"${line(1)}`, `"cuối": thiếu "${fewer}" của văn bản gốc`),
		]);
	});
});

describe('fidelity: differences no erratum covers', () => {
	it('finds no problem in the same words', () => {
		expect(check(`a b ${PARAGRAPH} c`, `a b ${PARAGRAPH} c`)).toEqual([]);
	});

	it('a replaced word in the middle: context with "…" on both sides, the original line, the site column', () => {
		expect(
			check(`một ${PARAGRAPH} hai ba bốn năm sáu bảy tám chín mười`, `một ${PARAGRAPH} hai ba bốn năm SÁU bảy tám chín mười`),
		).toStrictEqual([
			difference(
				{ line: 2, column: 16 },
				`"…hai ba bốn năm sáu bảy tám chín mười"${line(2)}`,
				'"…hai ba bốn năm SÁU bảy tám chín mười": "SÁU" thay cho "sáu" của văn bản gốc',
			),
		]);
		expect(check('a b c d e f g h i j', 'a b c d X f g h i j')).toStrictEqual([
			difference({ line: 1, column: 9 }, `"a b c d e f g h i…"${line(1)}`, '"a b c d X f g h i…": "X" thay cho "e" của văn bản gốc'),
		]);
	});

	it('a replaced word at the very start and at the very end of the text', () => {
		expect(check('sai b c d e f', 'đúng b c d e f')).toStrictEqual([
			difference({ line: 1, column: 1 }, `"sai b c d e…"${line(1)}`, '"đúng b c d e…": "đúng" thay cho "sai" của văn bản gốc'),
		]);
		expect(check('a b c d e sai', 'a b c d e đúng')).toStrictEqual([
			difference({ line: 1, column: 11 }, `"…b c d e sai"${line(1)}`, '"…b c d e đúng": "đúng" thay cho "sai" của văn bản gốc'),
		]);
	});

	it('missing words, in the middle, at the start and at the end (pointing at the last word before)', () => {
		expect(check('a b c x y d e f g', 'a b c d e f g')).toStrictEqual([
			difference({ line: 1, column: 7 }, `"a b c x y d e f g"${line(1)}`, '"a b c d e f g": thiếu "x y" của văn bản gốc'),
		]);
		expect(check('x a b c d e', 'a b c d e')).toStrictEqual([
			difference({ line: 1, column: 1 }, `"x a b c d…"${line(1)}`, '"a b c d…": thiếu "x" của văn bản gốc'),
		]);
		expect(check(`a ${PARAGRAPH} b c d e x y`, `a ${PARAGRAPH} b c d e`)).toStrictEqual([
			difference({ line: 2, column: 7 }, `"…b c d e x y"${line(2)}`, '"…b c d e": thiếu "x y" của văn bản gốc'),
		]);
	});

	it('added words, in the middle, at the start and at the end (the original line of the word before)', () => {
		expect(check('a b c d e f', 'a b c THÊM d e f')).toStrictEqual([
			difference({ line: 1, column: 7 }, `"a b c d e f"${line(1)}`, '"a b c THÊM d e f": thêm "THÊM" không có trong văn bản gốc'),
		]);
		expect(check('a b c d e f', 'X a b c d e f')).toStrictEqual([
			difference({ line: 1, column: 1 }, `"a b c d…"${line(1)}`, '"X a b c d…": thêm "X" không có trong văn bản gốc'),
		]);
		expect(check(`a ${PARAGRAPH} b c d e f`, `a ${PARAGRAPH} b c d e f X Y`)).toStrictEqual([
			difference({ line: 2, column: 11 }, `"…c d e f"${line(2)}`, '"…c d e f X Y": thêm "X Y" không có trong văn bản gốc'),
		]);
	});

	it('paragraphs joined and split, pointing at a word, never at the break', () => {
		expect(check(`a b ${PARAGRAPH} c d`, 'a b c d')).toStrictEqual([
			difference({ line: 1, column: 5 }, `"a b ${PARAGRAPH} c d"${line(1)}`, '"a b c d": nối hai đoạn mà văn bản gốc tách (¶)'),
		]);
		expect(check('a b c d', `a b ${PARAGRAPH} c d`)).toStrictEqual([
			difference({ line: 2, column: 1 }, `"a b c d"${line(1)}`, `"a b ${PARAGRAPH} c d": tách đoạn ở chỗ văn bản gốc không xuống đoạn (¶)`),
		]);
		// A break and a word: words missing or added, not a paragraph change.
		expect(check(`a b ${PARAGRAPH} x c d`, 'a b c d')).toStrictEqual([
			difference({ line: 1, column: 5 }, `"a b ${PARAGRAPH} x c d"${line(1)}`, `"a b c d": thiếu "${PARAGRAPH} x" của văn bản gốc`),
		]);
		expect(check('a b c d', `a b ${PARAGRAPH} x c d`)).toStrictEqual([
			difference(
				{ line: 2, column: 1 },
				`"a b c d"${line(1)}`,
				`"a b ${PARAGRAPH} x c d": thêm "${PARAGRAPH} x" không có trong văn bản gốc`,
			),
		]);
		// A break replaced by a word, and a word by a break.
		expect(check(`a b ${PARAGRAPH} c d`, 'a b x c d')).toStrictEqual([
			difference({ line: 1, column: 5 }, `"a b ${PARAGRAPH} c d"${line(1)}`, `"a b x c d": "x" thay cho "${PARAGRAPH}" của văn bản gốc`),
		]);
		expect(check('a b x c d', `a b ${PARAGRAPH} c d`)).toStrictEqual([
			difference({ line: 2, column: 1 }, `"a b x c d"${line(1)}`, `"a b ${PARAGRAPH} c d": "${PARAGRAPH}" thay cho "x" của văn bản gốc`),
		]);
	});

	it('a site of only breaks or no words at all still gets a problem', () => {
		expect(check('a', PARAGRAPH)).toStrictEqual([
			difference({ line: 1, column: 1 }, `"a"${line(1)}`, `"${PARAGRAPH}": "${PARAGRAPH}" thay cho "a" của văn bản gốc`),
		]);
		expect(checkFidelity({ original: original('a b'), site: [], errata: { file: ERRATA, data: [] } })).toStrictEqual([
			{
				file: ORIGINAL,
				line: undefined,
				column: undefined,
				field: 'body',
				expected: `đúng văn bản gốc "a b"${line(1)}, hoặc một mục trong ${ERRATA} ghi chỗ sửa này`,
				found: '"": thiếu "a b" của văn bản gốc, chưa có ghi chú biên tập',
			},
		]);
	});

	it('an empty original: no line to name', () => {
		expect(checkFidelity({ original: [], site: page('a'), errata: { file: ERRATA, data: [] } })).toStrictEqual([
			difference({ line: 1, column: 1 }, '""', '"a": thêm "a" không có trong văn bản gốc'),
		]);
	});

	it('one problem per difference, in the order of the text', () => {
		expect(check('a b c d e f g h i j k l', 'a X c d e f g h i j Y l')).toStrictEqual([
			difference({ line: 1, column: 3 }, `"a b c d e f…"${line(1)}`, '"a X c d e f…": "X" thay cho "b" của văn bản gốc'),
			difference({ line: 1, column: 21 }, `"…g h i j k l"${line(1)}`, '"…g h i j Y l": "Y" thay cho "k" của văn bản gốc'),
		]);
	});
});

describe('fidelity: errata', () => {
	const TYPO = { kind: 'typo', source: 'b sai c', corrected: 'b đúng c' } as const;

	it('an erratum covers its difference; a structure note is not compared', () => {
		expect(check('a b sai c d', 'a b đúng c d', [erratum(TYPO)])).toEqual([]);
		// Quotes may start and end inside a word ("ab" quoted as "b", "c." as "c").
		expect(check('a ab sai c. d', 'a ab đúng c. d', [erratum(TYPO)])).toEqual([]);
		expect(check('a b', 'a b', [erratum({ kind: 'structure', source: 'Tiêu đề in đậm' })])).toEqual([]);
	});

	it('a correcting kind needs `corrected`, a kept one must not have it', () => {
		const uncovered = difference(
			{ line: 1, column: 5 },
			`"a b sai c d"${line(1)}`,
			'"a b đúng c d": "đúng" thay cho "sai" của văn bản gốc',
		);
		for (const kind of ['typo', 'page-break', 'numbering'] as const) {
			expect(check('a b sai c d', 'a b đúng c d', [erratum({ kind, source: 'b sai c' })])).toStrictEqual([
				{ file: ERRATA, field: '[0].corrected', expected: 'nguyên văn trên trang sau khi sửa', found: 'không có (thiếu trường này)' },
				uncovered,
			]);
		}
		expect(check('a b sai c d', 'a b đúng c d', [erratum({ kind: 'unresolved', source: 'b sai c', corrected: 'b đúng c' })])).toStrictEqual(
			[
				{
					file: ERRATA,
					field: '[0].corrected',
					expected: 'không có "corrected" (loại "unresolved" giữ nguyên văn bản gốc)',
					found: '"b đúng c"',
				},
				uncovered,
			],
		);
	});

	it('an unresolved passage kept word for word is fine; changed, it is reported', () => {
		expect(check('a b nghi c d', 'a b nghi c d', [erratum({ kind: 'unresolved', source: 'b nghi c' })])).toEqual([]);
		// "a b" is on the site, but not where the original has it.
		expect(check('a b c d', 'a X c d a b', [erratum({ kind: 'unresolved', source: 'a b' })])).toStrictEqual([
			{
				file: ERRATA,
				field: '[0].source',
				expected: '"a b" giữ nguyên trên trang, đúng chỗ của văn bản gốc',
				found: 'đoạn này đã bị sửa trên trang',
			},
			difference({ line: 1, column: 3 }, `"a b c d"${line(1)}`, '"a X c d a b": "X" thay cho "b" của văn bản gốc'),
			difference({ line: 1, column: 9 }, `"a b c d"${line(1)}`, '"a X c d a b": thêm "a b" không có trong văn bản gốc'),
		]);
	});

	it('quotes found nowhere', () => {
		expect(check('a b c', 'a b c', [erratum({ kind: 'typo', source: 'b x c', corrected: 'b c' })])).toStrictEqual([
			{
				file: ERRATA,
				field: '[0].source',
				expected: `nguyên văn một đoạn của văn bản gốc (${ORIGINAL}), đúng từng chữ; ¶ là chỗ xuống đoạn`,
				found: '"b x c", không có trong văn bản gốc',
			},
		]);
		// A quote running past the end of the text is not in it.
		expect(check('a b c', 'a b c', [erratum({ kind: 'unresolved', source: 'b c d' })])).toStrictEqual([
			{
				file: ERRATA,
				field: '[0].source',
				expected: `nguyên văn một đoạn của văn bản gốc (${ORIGINAL}), đúng từng chữ; ¶ là chỗ xuống đoạn`,
				found: '"b c d", không có trong văn bản gốc',
			},
		]);
		expect(check('a b c', 'a b c', [erratum({ kind: 'typo', source: 'a b', corrected: 'a y' })])).toStrictEqual([
			{
				file: ERRATA,
				field: '[0].corrected',
				expected: 'nguyên văn một đoạn của nội dung trang (content/programme/, content/tasks/), đúng từng chữ',
				found: '"a y", không có trong nội dung trang',
			},
		]);
		expect(check('a b c', 'a X c', [erratum({ kind: 'unresolved', source: 'a b' })])[0]).toStrictEqual({
			file: ERRATA,
			field: '[0].source',
			expected: 'nguyên văn một đoạn của nội dung trang (content/programme/, content/tasks/), đúng từng chữ',
			found: '"a b", không có trong nội dung trang',
		});
	});

	it('two quotes that are not the two sides of one change', () => {
		expect(check('x y sai z w', 'x y đúng z w', [erratum({ kind: 'typo', source: 'x y', corrected: 'z w' })])).toStrictEqual([
			{
				file: ERRATA,
				field: '[0].corrected',
				expected: 'chỗ văn bản gốc ghi "x y" và trang ghi "z w" ở cùng một vị trí',
				found: 'không có chỗ nào như vậy (hai đoạn trích không phải hai phía của cùng một chỗ sửa)',
			},
			difference({ line: 1, column: 5 }, `"x y sai z w"${line(1)}`, '"x y đúng z w": "đúng" thay cho "sai" của văn bản gốc'),
		]);
		// Same words on both sides: no change there to cover.
		expect(check('a b sai c d', 'a b đúng c d', [erratum({ kind: 'typo', source: 'c d', corrected: 'c d' })])[0]).toStrictEqual({
			file: ERRATA,
			field: '[0].corrected',
			expected: 'chỗ văn bản gốc ghi "c d" và trang ghi "c d" ở cùng một vị trí',
			found: 'không có chỗ nào như vậy (hai đoạn trích không phải hai phía của cùng một chỗ sửa)',
		});
	});

	it('words added or removed next to the quote belong to it', () => {
		// Added right before, right after, on both sides of the quoted words.
		expect(check('a b c d e', 'a X b c d e', [erratum({ kind: 'typo', source: 'b c', corrected: 'X b c' })])).toEqual([]);
		expect(check('a b c d e', 'a b c X d e', [erratum({ kind: 'typo', source: 'b c', corrected: 'b c X' })])).toEqual([]);
		expect(check('a b c d e', 'a X b c Y d e', [erratum({ kind: 'typo', source: 'b c', corrected: 'X b c Y' })])).toEqual([]);
		// Removed at the very end: the place is the last word's.
		expect(check('a b c x', 'a b c', [erratum({ kind: 'typo', source: 'c x', corrected: 'c' })])).toEqual([]);
		// Removed in the middle: the place is that of the next word on the site.
		expect(
			check(`a x ${PARAGRAPH} c d`, `a ${PARAGRAPH} c d`, [erratum({ kind: 'typo', source: 'a x', corrected: 'a', href: P2 })], [P1, P2]),
		).toEqual([]);
	});

	it('`occurrences` must count the places', () => {
		const twice = ['a sai b ¶ c sai d', 'a đúng b ¶ c đúng d'] as const;
		expect(check(...twice, [erratum({ kind: 'typo', source: 'sai', corrected: 'đúng', occurrences: 2 })])).toEqual([]);
		expect(check(...twice, [erratum({ kind: 'typo', source: 'sai', corrected: 'đúng' })])).toStrictEqual([
			{
				file: ERRATA,
				field: '[0].occurrences',
				expected: 'số chỗ sửa đúng bằng số chỗ tìm thấy trong văn bản (2)',
				found: 'không có (nghĩa là 1 chỗ)',
			},
		]);
		expect(check(...twice, [erratum({ kind: 'typo', source: 'sai', corrected: 'đúng', occurrences: 3 })])).toStrictEqual([
			{ file: ERRATA, field: '[0].occurrences', expected: 'số chỗ sửa đúng bằng số chỗ tìm thấy trong văn bản (2)', found: '3' },
		]);
		// Kept passages are counted too.
		expect(check('a nghi b ¶ nghi', 'a nghi b ¶ nghi', [erratum({ kind: 'unresolved', source: 'nghi' })])).toStrictEqual([
			{
				file: ERRATA,
				field: '[0].occurrences',
				expected: 'số chỗ sửa đúng bằng số chỗ tìm thấy trong văn bản (2)',
				found: 'không có (nghĩa là 1 chỗ)',
			},
		]);
	});

	it('`href` must name the one page of the change', () => {
		expect(check('a b sai c d', 'a b đúng c d', [erratum({ ...TYPO, href: 'nhiem-vu/nhom-9/' })])).toStrictEqual([
			{ file: ERRATA, field: '[0].href', expected: `"${P1}" (nơi có chỗ sửa)`, found: '"nhiem-vu/nhom-9/"' },
		]);
		expect(
			check(
				'a sai b ¶ c sai d',
				'a đúng b ¶ c đúng d',
				[erratum({ kind: 'typo', source: 'sai', corrected: 'đúng', occurrences: 2 })],
				[P1, P2],
			),
		).toStrictEqual([
			{
				file: ERRATA,
				field: '[0].href',
				expected: `một trang duy nhất (chỗ sửa nằm ở "${P1}", "${P2}": tách thành nhiều mục)`,
				found: `"${P1}"`,
			},
		]);
		// The kept passage's place is where its first word is.
		expect(check('a ¶ nghi b', 'a ¶ nghi b', [erratum({ kind: 'unresolved', source: 'nghi b', href: P2 })], [P1, P2])).toEqual([]);
	});

	it('two errata for one change: the second says which first has it', () => {
		expect(
			check('a b sai c d', 'a b đúng c d', [erratum(TYPO), erratum({ id: 'sua-2', kind: 'typo', source: 'sai', corrected: 'đúng' })]),
		).toStrictEqual([
			{
				file: ERRATA,
				field: '[1].source',
				expected: 'mỗi chỗ khác văn bản gốc chỉ ghi trong một ghi chú biên tập',
				found: 'chỗ sửa này đã có trong mục [0] ("sua-1")',
			},
		]);
		// One erratum whose two places share the change is no overlap with itself.
		expect(check('a pq pwq pq b', 'a pq pzq pq b', [erratum({ kind: 'typo', source: 'q p', corrected: 'q p', occurrences: 2 })])).toEqual(
			[],
		);
	});
});
