import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dist } from '../helpers/dist.ts';
import { loadPagefind } from '../helpers/pagefind-node.ts';
import { expectAnswerAmongTop } from '../helpers/search-expect.ts';
import {
	INDICATOR_QUERIES,
	PHRASE_QUERIES,
	PROGRESS_QUERIES,
	QUERIES,
	TOP,
	TYPO_QUERIES,
	WORD_QUERIES,
	type QueryCase,
} from '../helpers/search-queries.ts';
import { searchSite, type PagefindApi } from '../../src/utils/search/engine.ts';
import type { DVocabulary } from '../../src/utils/search/vocabulary.ts';
import type { WordVocabulary } from '../../src/utils/search/typo.ts';
import { ui } from '../../src/i18n/ui.ts';

/** The built index (dist/pagefind/), searched in Node with the same engine the browser uses. */
let pagefind: PagefindApi;
let vocabulary: DVocabulary;
let words: () => Promise<WordVocabulary>;
beforeAll(async () => {
	({ pagefind, vocabulary, words } = await loadPagefind(dist));
});

const urls = async (query: string) => (await searchSite(pagefind, query, vocabulary, { words })).items.map((i) => i.url);

/** One test per case: a page that answers it is among the first results. */
function answersAmongTop(cases: QueryCase[]): void {
	for (const c of cases) it(`"${c.query}" → ${c.expected}`, async () => expectAnswerAmongTop(c, await urls(c.query)));
}

describe('the Pagefind index in dist/', () => {
	it('is written by astro build, with the đ/Đ vocabulary', () => {
		expect(existsSync(join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
		expect(vocabulary.doan).toEqual({ đoan: expect.any(Number) });
		expect(Object.keys(vocabulary.do ?? {}).sort()).toEqual(['do', 'đo']);
	});

	it('leaves out header, navigation, footer and the search page', async () => {
		// Exact-phrase searches ("…") for chrome text that appears on every page; the first line checks
		// that the phrase syntax finds text that is indexed.
		expect((await pagefind.search('"kinh phí công đoàn"'))?.results.length).toBeGreaterThan(0);
		expect((await pagefind.search(`"${ui.skipLink}"`))?.results).toEqual([]);
		expect((await pagefind.search(`"${ui.footerNote.slice(0, 40)}"`))?.results).toEqual([]);
		expect((await pagefind.search(`"${ui.previousGroup}"`))?.results).toEqual([]);
		const found = await urls('tìm kiếm');
		expect(found.some((u) => u.startsWith('/tim-kiem/'))).toBe(false);
	});

	it('does not duplicate sub-tasks or indicators through the full-programme page', async () => {
		for (const query of ['kinh phí công đoàn', 'đối thoại', 'thành lập công đoàn cơ sở']) {
			expect((await urls(query)).filter((u) => /^\/chuong-trinh\/#(nhom-|\d+-\d+)/.test(u))).toEqual([]);
			expect((await urls(query)).some((u) => /^\/nhiem-vu\/nhom-\d\/#\d+-\d+$/.test(u))).toBe(true);
		}
		// Section III (annual targets) is on the page but indexed only through the indicator pages.
		const html = readFileSync(join(dist, 'chuong-trinh', 'index.html'), 'utf8');
		expect(html).toMatch(/<h2 id="muc-iii">/);
		expect(html).toContain('thăm hỏi, tặng quà');
		for (const query of ['thăm hỏi tặng quà', 'hội nghị người lao động', 'tỷ lệ đoàn viên']) {
			const found = await urls(query);
			expect(found.filter((u) => u.startsWith('/chuong-trinh/'))).toEqual([]);
			expect(found.some((u) => u.startsWith('/chi-tieu/'))).toBe(true);
		}
	});

	it('lists an indicator page once, linking to its top', async () => {
		const found = await urls('đối thoại tại nơi làm việc');
		expect(found.filter((u) => u.startsWith('/chi-tieu/doi-thoai-noi-lam-viec/'))).toEqual(['/chi-tieu/doi-thoai-noi-lam-viec/']);
	});

	it('indicator pages index their text, not download links, file names or ids', async () => {
		// "doan-vien-moi" is an indicator id and part of its file names (chi-tieu-doan-vien-moi.csv).
		for (const query of ['csv', 'json', 'png', '"chi-tieu-doan-vien-moi"']) {
			const hits = await Promise.all(((await pagefind.search(query))?.results ?? []).map((r) => r.data()));
			expect(hits.map((d) => d.url).filter((u) => u.startsWith('/chi-tieu/'))).toEqual([]);
		}
	});

	it('only uses kinds the filter knows', async () => {
		const { items } = await searchSite(pagefind, 'công đoàn', vocabulary);
		expect(items.length).toBeGreaterThan(10);
		for (const item of items) expect(ui.search.kinds).toContain(item.kind);
	});

	it('Pagefind alone does not fold đ (the gap the vocabulary closes)', async () => {
		// The glossary and the indicator pages have "CĐCS" but never "cdcs": Pagefind alone does not find
		// them (pages with ids such as "cdcs-hoan-thanh-tot" in code samples may still match).
		const plain = await Promise.all(((await pagefind.search('cdcs'))?.results ?? []).map((r) => r.data()));
		expect(plain.map((d) => d.url)).not.toContain('/thuat-ngu/');
		expect(plain.map((d) => d.url).filter((u) => u.startsWith('/chi-tieu/'))).toEqual([]);
		// With the vocabulary, the entry named "CĐCS" comes first.
		expect((await urls('cdcs'))[0]).toBe('/thuat-ngu/#cdcs');
	});
});

describe('real queries find the expected section among the first results', () => {
	answersAmongTop(QUERIES);
	for (const { query, expected } of INDICATOR_QUERIES) {
		it(`indicator: "${query}" → ${expected}`, async () => {
			const { items } = await searchSite(pagefind, query, vocabulary);
			expect(items.slice(0, TOP).find((i) => i.url === expected)?.kind).toBe('Chỉ tiêu');
		});
	}
});

describe('words of several syllables: the syllables standing together rank first', () => {
	answersAmongTop([...WORD_QUERIES, ...PHRASE_QUERIES]);

	it('"dinh cong" lists the strike passages, with "đình công" highlighted in the real text', async () => {
		const { items } = await searchSite(pagefind, 'dinh cong', vocabulary, { words });
		// Sub-tasks 3.3, 3.4 and 5.3 say "đình công"; the indicator pages only have "định" and "công" apart.
		expect(
			items
				.slice(0, 3)
				.map((i) => i.url)
				.sort(),
		).toEqual(['/nhiem-vu/nhom-3/#3-3', '/nhiem-vu/nhom-3/#3-4', '/nhiem-vu/nhom-5/#5-3']);
		for (const item of items.slice(0, 3)) {
			expect(item.adjacent).toBe(1);
			expect(item.excerpt).toContain('<mark>đình</mark> <mark>công</mark>');
		}
		// Pagefind alone: none of its first five pages is the tasks page that has the strike passages.
		const plain = await Promise.all(((await pagefind.search('dinh cong'))?.results ?? []).slice(0, TOP).map((r) => r.data()));
		expect(plain.map((d) => d.url)).not.toContain('/nhiem-vu/nhom-3/');
	});
});

describe('progress entries', () => {
	for (const { query, expected } of PROGRESS_QUERIES) {
		it(`"${query}" → ${expected}, kind "Tiến độ"`, async () => {
			const { items } = await searchSite(pagefind, query, vocabulary, { words });
			expect(items.slice(0, TOP).find((i) => i.url === expected)?.kind).toBe('Tiến độ');
		});
	}
});

describe('one-letter typos', () => {
	for (const c of TYPO_QUERIES) {
		const { query, expected, suggestion } = c;
		it(`"${query}" → suggests "${suggestion}" and lists ${expected}`, async () => {
			const outcome = await searchSite(pagefind, query, vocabulary, { words });
			expect(outcome.suggestion).toBe(suggestion);
			expect(outcome.corrected).toBe(true);
			expectAnswerAmongTop(
				c,
				outcome.items.map((i) => i.url),
			);
		});
	}

	it('"đoànn" finds nothing as typed, and the same results as "đoàn"', async () => {
		expect(await urls('đoànn')).toEqual(await urls('đoàn'));
		expect((await searchSite(pagefind, 'đoànn', vocabulary)).items).toEqual([]);
		expect((await searchSite(pagefind, 'đoànn', vocabulary, { words })).suggestion).toBe('đoàn');
	});

	it('suggests nothing for words the site has, nor for gibberish', async () => {
		for (const query of ['đối thoại', 'dinh cong', 'kinh phi cong doan']) {
			expect((await searchSite(pagefind, query, vocabulary, { words })).suggestion).toBeUndefined();
		}
		const nothing = await searchSite(pagefind, 'xqzwv', vocabulary, { words });
		expect(nothing).toEqual({ queries: ['xqzwv'], items: [] });
	});
});
