import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
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
import { splitIndex } from '../../src/integrations/pagefind.ts';
import { CHUNK_BYTES, compareBytes, decodeCbor, SIGNATURE, type Cbor } from '../../src/utils/search/index-chunks.ts';

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

	it('is cut into small word chunks, each listed once in the metadata, in word order', () => {
		const dir = join(dist, 'pagefind');
		const unpack = (file: string) => {
			const raw = gunzipSync(readFileSync(file));
			expect(raw.subarray(0, SIGNATURE.length).toString()).toBe(SIGNATURE);
			return decodeCbor(raw.subarray(SIGNATURE.length));
		};
		const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: { vi: { hash: string } } };
		expect(readdirSync(dir).filter((n) => n.endsWith('.pf_meta'))).toEqual([`pagefind.${entry.languages.vi.hash}.pf_meta`]);
		const chunks = (unpack(join(dir, `pagefind.${entry.languages.vi.hash}.pf_meta`)) as Cbor[])[2] as [string, string, string][];
		const files = readdirSync(join(dir, 'index'));
		expect(files.sort()).toEqual(chunks.map(([, , hash]) => `${hash}.pf_index`).sort());
		// Pagefind alone wrote 3 chunks of 17–28 KB; cut, there are many, each of one or a few dozen words.
		expect(chunks.length).toBeGreaterThan(10);
		const words: string[] = [];
		for (const [from, to, hash] of chunks) {
			const chunk = (unpack(join(dir, 'index', `${hash}.pf_index`)) as Cbor[][][])[0]!;
			const own = chunk.map((w) => String(w[0]));
			expect(own[0]!.startsWith(from) || from.startsWith(own[0]!)).toBe(true);
			expect(own.at(-1)!.startsWith(to) || to.startsWith(own.at(-1)!)).toBe(true);
			// Over the target only when a single word is larger (its positions on every page).
			expect(readFileSync(join(dir, 'index', `${hash}.pf_index`)).length <= CHUNK_BYTES || own.length === 1).toBe(true);
			words.push(...own);
		}
		for (let i = 1; i < words.length; i++) expect(compareBytes(words[i - 1]!, words[i]!)).toBeLessThan(0);
		expect(words).toEqual(expect.arrayContaining(['cong', 'đoan', 'kinh', 'phi']));
	});

	it('re-cutting (splitIndex) gives the same chunks again, and leaves an unchecked Pagefind version alone', async () => {
		const tmp = mkdtempSync(join(tmpdir(), 'pagefind-'));
		try {
			cpSync(join(dist, 'pagefind'), tmp, { recursive: true });
			const listing = () => [...readdirSync(join(tmp, 'index')), ...readdirSync(tmp).filter((n) => n.endsWith('.pf_meta'))].sort();
			const before = listing();
			expect(await splitIndex(tmp)).toEqual({ before: before.length - 1, after: before.length - 1 });
			expect(listing()).toEqual(before);
			const entryFile = join(tmp, 'pagefind-entry.json');
			const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { version: string };
			writeFileSync(entryFile, JSON.stringify({ ...entry, version: '0.0.1' }));
			rmSync(join(tmp, 'index'), { recursive: true });
			expect(await splitIndex(tmp)).toBeNull();
		} finally {
			rmSync(tmp, { recursive: true, force: true });
		}
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
