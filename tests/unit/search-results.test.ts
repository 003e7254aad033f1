import { describe, expect, it } from 'vitest';
import { searchSite } from '../../src/utils/search/engine.ts';
import {
	countKinds,
	fitsTyped,
	markedWords,
	mergeHits,
	pageItems,
	queryCoverage,
	rankItems,
	safeExcerpt,
	sectionRank,
	subScore,
	titleIsQuery,
	usualSpelling,
	ONE_RESULT_META,
	type PagefindData,
	type PagefindHit,
	type PagefindSubResult,
	type SearchItem,
} from '../../src/utils/search/results.ts';
import { buildDVocabulary } from '../../src/utils/search/vocabulary.ts';

const loc = (weight: number, n: number) => Array.from({ length: n }, (_, i) => ({ weight, balanced_score: weight * 1000, location: i }));

/** A search result for the ranking tests: a task section, words apart, titled by its URL unless given. */
const searchItem = (fields: Partial<SearchItem> & Pick<SearchItem, 'url' | 'score'>): SearchItem => ({
	title: fields.url,
	page: '',
	kind: 'Nhiệm vụ',
	excerpt: '',
	adjacent: 0,
	phrases: 0,
	...fields,
});

const taskPage: PagefindData = {
	url: '/nhiem-vu/nhom-4/',
	excerpt: 'tổ chức <mark>công</mark> <mark>đoàn</mark>',
	meta: { title: 'Xây dựng nguồn lực tài chính' },
	filters: { kind: ['Nhiệm vụ'] },
	sub_results: [
		{
			title: 'Xây dựng nguồn lực tài chính',
			url: '/nhiem-vu/nhom-4/',
			excerpt: 'tổ chức <mark>công</mark> <mark>đoàn</mark>',
			weighted_locations: loc(7, 2),
		},
		{
			title: 'Nhiệm vụ 4.1',
			url: '/nhiem-vu/nhom-4/#4-1',
			excerpt: 'thu <mark>kinh</mark> <mark>phí</mark> <mark>công</mark> <mark>đoàn</mark>',
			weighted_locations: loc(1, 23),
		},
		{
			title: 'Nhiệm vụ 4.6',
			url: '/nhiem-vu/nhom-4/#4-6',
			excerpt: 'kiểm tra <mark>công</mark> <mark>đoàn</mark>',
			weighted_locations: loc(1, 6),
		},
	],
};

describe('safeExcerpt', () => {
	it('keeps <mark> and escapes every other tag', () => {
		expect(safeExcerpt('a <mark>b</mark> <img src=x onerror=alert(1)> &amp;')).toBe(
			'a <mark>b</mark> &lt;img src=x onerror=alert(1)&gt; &amp;',
		);
		// A <mark> with attributes is not Pagefind's: escaped (the lone </mark> left creates no element).
		expect(safeExcerpt('<mark onclick="x">b</mark>')).toBe('&lt;mark onclick="x"&gt;b</mark>');
	});
});

describe('mergeHits', () => {
	it('keeps the best score of each page across the variants and sorts', () => {
		const merged = mergeHits([
			[
				{ id: 'a', score: 1 },
				{ id: 'b', score: 3 },
			],
			[{ id: 'a', score: 5 }],
		]);
		expect(merged).toEqual([
			{ id: 'a', score: 5 },
			{ id: 'b', score: 3 },
		]);
	});
});

describe('pageItems', () => {
	it('links to the section that discusses the query, not the page title', () => {
		const items = pageItems(taskPage, 2);
		expect(items[0]).toMatchObject({
			url: '/nhiem-vu/nhom-4/#4-1',
			title: 'Nhiệm vụ 4.1',
			page: 'Xây dựng nguồn lực tài chính',
			kind: 'Nhiệm vụ',
			score: 2,
		});
		expect(items.every((i) => i.score <= 2)).toBe(true);
	});
	it('keeps at most perPage sections', () => {
		expect(pageItems(taskPage, 1, 2)).toHaveLength(2);
	});
	it('lists a one-result page (indicator) once, at its top, with its best section excerpt', () => {
		const indicator: PagefindData = {
			...taskPage,
			url: '/chi-tieu/su-dung-kinh-phi/',
			meta: { title: 'Tỷ lệ công đoàn các cấp sử dụng đúng kinh phí công đoàn', [ONE_RESULT_META.key]: ONE_RESULT_META.value },
			filters: { kind: ['Chỉ tiêu'] },
		};
		expect(pageItems(indicator, 4)).toEqual([
			{
				url: '/chi-tieu/su-dung-kinh-phi/',
				title: indicator.meta.title,
				page: '',
				kind: 'Chỉ tiêu',
				excerpt: taskPage.sub_results![1]!.excerpt,
				adjacent: 0,
				phrases: 0,
				spellings: {},
				score: 4,
			},
		]);
	});
	it('falls back to the page when Pagefind gives no sections', () => {
		const items = pageItems({ ...taskPage, sub_results: [] }, 1);
		expect(items).toEqual([
			{
				url: '/nhiem-vu/nhom-4/',
				title: 'Xây dựng nguồn lực tài chính',
				page: '',
				kind: 'Nhiệm vụ',
				excerpt: taskPage.excerpt,
				adjacent: 0,
				phrases: 0,
				spellings: {},
				score: 1,
			},
		]);
	});
});

describe('coverage and ranking', () => {
	it('markedWords folds case and punctuation', () => {
		expect([...markedWords('<mark>Đoàn,</mark> <mark>đoàn</mark>')]).toEqual(['đoàn']);
	});
	it('queryCoverage counts typed words highlighted as whole words, ignoring diacritics', () => {
		expect(queryCoverage('<mark>nước</mark> <mark>công</mark>', 'nữ công')).toBe(1);
		expect(queryCoverage('<mark>nữ</mark> <mark>công</mark>', 'nu cong')).toBe(2);
		expect(queryCoverage('<mark>(02-NQ/TW)</mark>', '02-NQ/TW')).toBe(3);
		expect(queryCoverage('<mark>đoàn</mark>', 'cong doa')).toBe(1);
	});
	it('rankItems puts sections showing every typed word first', () => {
		const item = (url: string, excerpt: string, score: number) => searchItem({ url, excerpt, score });
		const ranked = rankItems(
			[item('a', '<mark>nước</mark> <mark>công</mark>', 9), item('b', '<mark>nữ</mark> <mark>công</mark>', 1)],
			'nữ công',
		);
		expect(ranked.map((i) => i.url)).toEqual(['b', 'a']);
	});
	it('titleIsQuery ignores case, diacritics, đ and punctuation', () => {
		expect(titleIsQuery('CĐCS', 'cdcs')).toBe(true);
		expect(titleIsQuery('Nhiệm vụ 3.6', 'nhiem vu 3.6')).toBe(true);
		expect(titleIsQuery('CĐCS', 'cdcs moi')).toBe(false);
		expect(titleIsQuery('', ' ')).toBe(false);
	});
	it('rankItems puts the section named by the query first among equally covered ones', () => {
		const item = (url: string, title: string, score: number) =>
			searchItem({ url, title, score, kind: 'Thuật ngữ', excerpt: '<mark>CĐCS</mark>' });
		const ranked = rankItems([item('/nhiem-vu/nhom-1/#1-2', 'Nhiệm vụ 1.2', 10), item('/thuat-ngu/#cdcs', 'CĐCS', 4)], 'cdcs');
		expect(ranked.map((i) => i.url)).toEqual(['/thuat-ngu/#cdcs', '/nhiem-vu/nhom-1/#1-2']);
		// Coverage still comes first: a section showing more typed words beats a named one.
		const both = rankItems(
			[
				item('/thuat-ngu/#cdcs', 'CĐCS', 4),
				{ ...item('/nhiem-vu/nhom-1/#1-2', 'Nhiệm vụ 1.2', 1), excerpt: '<mark>CĐCS</mark> <mark>mới</mark>' },
			],
			'cdcs moi',
		);
		expect(both[0]!.url).toBe('/nhiem-vu/nhom-1/#1-2');
	});
	it('rankItems drops sections that show none of the typed words', () => {
		const item = searchItem({ url: '/nhiem-vu/nhom-6/#6-1', title: '', excerpt: '(khóa <mark>X):</mark>', score: 2 });
		expect(rankItems([item], 'xqzwv')).toEqual([]);
		expect(rankItems([item], 'x')).toEqual([item]);
	});
	it('fitsTyped: unaccented syllables fit any spelling, accented ones only their own', () => {
		expect(fitsTyped('đình công', 'dinh cong')).toBe(true);
		expect(fitsTyped('định công', 'dinh cong')).toBe(true);
		expect(fitsTyped('định công', 'đình công')).toBe(false);
		expect(fitsTyped('đình công', 'Đình công')).toBe(true);
		expect(fitsTyped('đình công', 'dinh co')).toBe(true);
		expect(fitsTyped('đình công', 'dinh')).toBe(false);
	});
	it('rankItems puts the usual spelling of an unaccented phrase first among equally adjacent sections', () => {
		// "dinh cong": the strike ("đình công", three times) before "quyết định công nhận" (twice), whatever the score.
		const item = (url: string, spelling: string, score: number) =>
			searchItem({ url, score, excerpt: '<mark>đình</mark> <mark>công</mark>', adjacent: 1, phrases: 1, spellings: { [spelling]: 1 } });
		const items = [
			item('/huong-dan/x/', 'định công', 9),
			item('/nhiem-vu/nhom-5/#5-3', 'đình công', 3),
			item('/thuat-ngu/#y', 'định công', 8),
			item('/nhiem-vu/nhom-3/#3-4', 'đình công', 2),
			item('/nhiem-vu/nhom-3/#3-3', 'đình công', 1),
		];
		expect(usualSpelling(items, 'dinh cong')).toEqual([2, 3, 2, 3, 3]);
		expect(rankItems(items, 'dinh cong').map((i) => i.url)).toEqual([
			'/nhiem-vu/nhom-5/#5-3',
			'/nhiem-vu/nhom-3/#3-4',
			'/nhiem-vu/nhom-3/#3-3',
			'/huong-dan/x/',
			'/thuat-ngu/#y',
		]);
		// Typed with diacritics, the typed spelling counts, however rare.
		expect(usualSpelling(items, 'định công')).toEqual([2, 0, 2, 0, 0]);
		expect(rankItems(items, 'định công')[0]!.url).toBe('/huong-dan/x/');
		// Unaccented, the most frequent spelling wins; "gia định" (a correction's spelling) fits only "giả
		// định", hence corrections are searched as typed (typo.ts plainAsTyped).
		const family = [
			item('/huong-dan/a/', 'giả định', 9),
			item('/nhiem-vu/nhom-3/#3-10', 'gia đình', 1),
			item('/huong-dan/b/', 'gia đình', 2),
		];
		expect(usualSpelling(family, 'gia dinh')).toEqual([1, 2, 2]);
		expect(usualSpelling(family, 'gia định')).toEqual([1, 0, 0]);
		expect(usualSpelling(family, 'gia đình')).toEqual([0, 2, 2]);
		expect(rankItems(family, 'gia dinh').at(-1)!.url).toBe('/huong-dan/a/');
		// Sections without the phrase count 0; adjacency still comes first.
		const apart: SearchItem = { ...item('/chi-tieu/z/', 'x', 50), adjacent: 0, phrases: 0, spellings: {} };
		expect(usualSpelling([apart], 'dinh cong')).toEqual([0]);
		expect(rankItems([apart, ...family], 'gia dinh')[0]!.url).toBe('/huong-dan/b/');
	});
	it('countKinds counts per kind', () => {
		expect(countKinds(pageItems(taskPage, 1))).toEqual(new Map([['Nhiệm vụ', 3]]));
	});
});

describe('searchSite', () => {
	it('runs each variant through Pagefind, keeps each page once with its best score', async () => {
		const asked: string[] = [];
		const hit = (id: string, score: number, excerpt: string): PagefindHit => ({
			id,
			score,
			data: async () => ({ url: `/${id}/`, excerpt, meta: { title: id }, filters: { kind: ['Hướng dẫn'] }, sub_results: [] }),
		});
		const pagefind = {
			search: async (q: string) => {
				asked.push(q);
				return q === 'tien đo'
					? { results: [hit('p1', 2, '<mark>tiến</mark> <mark>độ</mark>'), hit('p2', 1, '<mark>tiến</mark> <mark>độ</mark>')] }
					: { results: [hit('p1', 3, '<mark>tiến</mark> <mark>do</mark>'), hit('p3', 5, 'nothing typed')] };
			},
		};
		const vocabulary = buildDVocabulary(['tiến độ độ đo do']);
		const outcome = await searchSite(pagefind, 'tien do', vocabulary);
		expect(asked).toEqual(['tien đo', 'tien do']);
		expect(outcome.queries).toEqual(asked);
		expect(outcome.items.map((i) => [i.url, i.score, i.excerpt])).toEqual([
			['/p1/', 3, '<mark>tiến</mark> <mark>do</mark>'],
			['/p2/', 1, '<mark>tiến</mark> <mark>độ</mark>'],
		]);
	});
	it('does not search for an empty query', async () => {
		const outcome = await searchSite(
			{
				search: async () => {
					throw new Error('no search expected');
				},
			},
			'  ',
			{},
		);
		expect(outcome).toEqual({ queries: [], items: [] });
	});
});

// Mutation testing (issue 17): exact values of each step of results.ts (merge order, section scores, which
// sections are scanned for adjacent syllables and where a section ends, titles, spellings).
describe('results.ts, value by value', () => {
	const sub = (title: string, url: string, excerpt: string, extra: Partial<PagefindSubResult> = {}): PagefindSubResult => ({
		title,
		url,
		excerpt,
		...extra,
	});
	const page = (content: string, subs: PagefindSubResult[], extra: Partial<PagefindData> = {}): PagefindData => ({
		url: '/p/',
		excerpt: 'trang',
		content,
		meta: { title: 'Trang' },
		filters: { kind: ['Hướng dẫn'] },
		sub_results: subs,
		...extra,
	});

	it('mergeHits keeps the first of equal best scores and sorts by score, highest first', () => {
		const first = { id: 'a', score: 2, from: 'first' };
		const merged = mergeHits([
			[{ id: 'c', score: 1, from: 'first' }, first, { id: 'b', score: 5, from: 'first' }],
			[
				{ id: 'a', score: 2, from: 'second' },
				{ id: 'b', score: 4, from: 'second' },
			],
		]);
		expect(merged).toEqual([{ id: 'b', score: 5, from: 'first' }, first, { id: 'c', score: 1, from: 'first' }]);
		expect(merged[1]).toBe(first);
	});

	it('subScore: weighted matches, else the number of matches, else 0', () => {
		expect(subScore(sub('t', '/p/', '', { weighted_locations: loc(7, 2), locations: [0, 1] }))).toBe(14);
		expect(subScore(sub('t', '/p/', '', { weighted_locations: [], locations: [4, 5, 6] }))).toBe(3);
		expect(subScore(sub('t', '/p/', '', { locations: [4, 5, 6] }))).toBe(3);
		expect(subScore(sub('t', '/p/', ''))).toBe(0);
	});

	it('markedWords and queryCoverage read marks spanning white space, and skip marks without letters', () => {
		expect([...markedWords('<mark>công\nđoàn</mark> <mark>, </mark>')]).toEqual(['côngđoàn']);
		expect(markedWords('<mark>,</mark>').size).toBe(0);
		expect(queryCoverage('<mark>nữ công</mark>', 'nu cong')).toBe(2);
	});

	it('sectionRank: each distinct marked word outweighs any number of weighted matches', () => {
		expect(sectionRank(sub('t', '/p/', '<mark>công</mark> <mark>đoàn</mark> <mark>công</mark>', { weighted_locations: loc(7, 2) }))).toBe(
			2014,
		);
		// The page score is shared out by rank: the best section keeps it.
		const scores = pageItems(taskPage, 2).map((i) => [i.url, i.score]);
		expect(scores.map(([url]) => url)).toEqual(['/nhiem-vu/nhom-4/#4-1', '/nhiem-vu/nhom-4/', '/nhiem-vu/nhom-4/#4-6']);
		expect(scores[0]![1]).toBe(2);
		expect(scores[1]![1]).toBeCloseTo((2 * 2014) / 4023, 12);
		expect(scores[2]![1]).toBeCloseTo((2 * 2006) / 4023, 12);
	});

	it('names a section by its heading only when it is anchored and titled apart from the page', () => {
		const items = pageItems(
			page('', [
				sub('Mục khác', '/p/', '<mark>a</mark> <mark>b</mark>'),
				sub('Trang', '/p/#dau', '<mark>a</mark>'),
				sub('Mục 2', '/p/#muc-2', '<mark>a</mark>'),
			]),
			1,
		);
		expect(items.map((i) => [i.url, i.title, i.page])).toEqual([
			['/p/', 'Trang', ''],
			['/p/#dau', 'Trang', ''],
			['/p/#muc-2', 'Mục 2', 'Trang'],
		]);
	});

	it('a page without kind or sections: kind "", the page itself', () => {
		const bare: PagefindData = { url: '/p/', excerpt: 'a <b>', meta: {} };
		expect(pageItems(bare, 1)).toEqual([
			{ url: '/p/', title: '/p/', page: '', kind: '', excerpt: 'a &lt;b&gt;', adjacent: 0, phrases: 0, spellings: {}, score: 1 },
		]);
		expect(pageItems({ ...bare, filters: {} }, 1, 3, 'dinh cong')[0]!.kind).toBe('');
	});

	// "đình công" stands together at tokens 2–3; Pagefind's locations say which words matched.
	const strike = 'Về việc đình công.';
	it('counts nothing for a one-word or empty query, even where matches stand together', () => {
		const together = page(strike, [sub('Trang', '/p/', 'việc <mark>đình</mark> <mark>công</mark>', { locations: [2, 3] })]);
		for (const query of ['công', '']) {
			expect(pageItems(together, 1, 3, query).map((i) => [i.adjacent, i.phrases, i.spellings, i.excerpt])).toEqual([
				[0, 0, {}, 'việc <mark>đình</mark> <mark>công</mark>'],
			]);
		}
		expect(pageItems(page('Stryker was here', [sub('Trang', '/p/', 'x', { locations: [0, 1, 2] })]), 1)[0]!.adjacent).toBe(0);
		expect(pageItems(together, 1, 3, 'dinh cong')[0]).toMatchObject({ adjacent: 1, phrases: 1, spellings: { 'đình công': 1 } });
	});

	it('scans only sections whose matched words adjoin or are one joined word', () => {
		const scan = (content: string, locations: number[] | undefined, query = 'dinh cong') =>
			pageItems(page(content, [sub('Trang', '/p/', 'pagefind', locations ? { locations } : {})]), 1, 3, query)[0]!.adjacent;
		// Locations that do not adjoin: the section is not scanned, whatever its text.
		expect(scan(strike, [2])).toBe(0);
		expect(scan(strike, [3])).toBe(0);
		expect(scan(strike, [99])).toBe(0);
		expect(scan(strike, undefined)).toBe(0);
		expect(scan(strike, [1, 2])).toBe(1);
		// One matched word made of several syllables ("NQ/TW", "3.6", "a.-b") may hold the typed ones.
		expect(scan('Theo Nghị quyết 02-NQ/TW.', [3], 'nq tw')).toBe(1);
		expect(scan('Theo NQ/TW.', [1], 'nq tw')).toBe(1);
		expect(scan('Nhiệm vụ 3.6 nêu', [2], '3 6')).toBe(1);
		expect(scan('Xem a.-b nhé', [1], 'a b')).toBe(1);
		// Tokens are counted as Pagefind counts them: runs between white space, leading space ignored.
		expect(scan('  Theo   NQ/TW.', [1], 'nq tw')).toBe(1);
		expect(
			pageItems(
				page(strike, [
					sub('Trang', '/p/', 'x', {
						weighted_locations: [
							{ weight: 1, balanced_score: 1, location: 2 },
							{ weight: 1, balanced_score: 1, location: 3 },
						],
					}),
				]),
				1,
				3,
				'dinh cong',
			)[0]!.adjacent,
		).toBe(1);
	});

	it('keeps the Pagefind excerpt of a scanned section where the typed syllables do not stand together', () => {
		const reversed = page('Về việc công đình nhé.', [
			sub('Trang', '/p/', 'việc <mark>công</mark> <mark>đình</mark>', { locations: [2, 3] }),
		]);
		expect(pageItems(reversed, 1, 3, 'dinh cong')[0]).toMatchObject({
			adjacent: 0,
			phrases: 0,
			excerpt: 'việc <mark>công</mark> <mark>đình</mark>',
		});
	});

	it('ranks scanned sections as the others: distinct marked words first, then weighted matches, score shared by rank', () => {
		const scattered = page('đình x công y đình z công a b c', [
			sub('Trang', '/p/#b', '<mark>đình</mark> z', { locations: [3, 4, 5, 6, 7] }),
			sub('Trang', '/p/#a', '<mark>đình</mark> x <mark>công</mark>', { locations: [0, 1] }),
		]);
		const items = pageItems(scattered, 3, 3, 'dinh cong');
		expect(items.map((i) => [i.url, i.adjacent])).toEqual([
			['/p/#a', 0],
			['/p/#b', 0],
		]);
		expect(items[0]!.score).toBe(3);
		expect(items[1]!.score).toBeCloseTo((3 * 1005) / 2002, 12);
	});

	it('a section ends at the next heading (h1–h6, in any order given), not at other anchors', () => {
		//                 0    1    2     3  4 5   6    7     8     9      10    11 12 13   14    15   16    17 18 19
		const content = 'Mở đầu. Nhiệm vụ 1 nói về việc đình công. Nhiệm vụ 2 đình công nữa. Nhiệm vụ 3 hết.';
		const anchors = [
			{ element: 'h2', id: '3', location: 16 },
			{ element: 'span', id: 'x', location: 6 },
			{ element: 'sub-h2', id: 'y', location: 6 },
			{ element: 'h2-note', id: 'z', location: 6 },
			{ element: 'H2', id: '1', location: 2 },
			{ element: 'h2', id: '2', location: 10 },
		];
		const first = sub('Nhiệm vụ 1', '/p/#1', 'pagefind', { anchor: { element: 'h2', id: '1', location: 2 }, locations: [8, 9] });
		const items = pageItems(page(content, [first], { anchors }), 1, 3, 'dinh cong');
		expect(items.map((i) => [i.adjacent, i.phrases, i.excerpt])).toEqual([
			[1, 1, 'Nhiệm vụ 1 nói về việc <mark>đình</mark> <mark>công</mark>.'],
		]);
		// Without headings after it, a section runs to the end of the page.
		const last = pageItems(page(content, [first], { anchors: anchors.filter((a) => a.location < 10) }), 1, 3, 'dinh cong');
		expect(last.map((i) => i.phrases)).toEqual([2]);
	});

	it('fitsTyped: only the last accented syllable may be unfinished', () => {
		expect(fitsTyped('đình công', 'đình cô')).toBe(true);
		expect(fitsTyped('công nhân', 'cô nhân')).toBe(false);
		expect(fitsTyped('công nhân', 'công nhâ')).toBe(true);
	});

	it('usualSpelling counts every spelling when none fits what was typed', () => {
		const item = (spelling: string): SearchItem => ({
			url: spelling,
			title: spelling,
			page: '',
			kind: 'Nhiệm vụ',
			excerpt: '<mark>gia</mark> <mark>đình</mark>',
			adjacent: 1,
			phrases: 1,
			spellings: { [spelling]: 1 },
			score: 1,
		});
		expect(usualSpelling([item('giả định'), item('gia đình'), item('gia đình')], 'gia đinh')).toEqual([1, 2, 2]);
	});
});
