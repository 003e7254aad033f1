import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dist } from '../helpers/dist.ts';
import { loadPagefind } from '../helpers/pagefind-node.ts';
import { INDICATOR_QUERIES, QUERIES, TOP } from '../helpers/search-queries.ts';
import { searchSite, type PagefindApi } from '../../src/utils/search/engine.ts';
import type { DVocabulary } from '../../src/utils/search/vocabulary.ts';
import { ui } from '../../src/i18n/ui.ts';

/** The built index (dist/pagefind/), searched in Node with the same engine the browser uses. */
let pagefind: PagefindApi;
let vocabulary: DVocabulary;
beforeAll(async () => {
	({ pagefind, vocabulary } = await loadPagefind(dist));
});

const urls = async (query: string) => (await searchSite(pagefind, query, vocabulary)).items.map((i) => i.url);

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

	it('does not duplicate sub-tasks through the full-programme page', async () => {
		for (const query of ['kinh phí công đoàn', 'đối thoại', 'thành lập công đoàn cơ sở']) {
			// Section III (annual targets) stays indexed there until indicator pages exist; sub-tasks do not.
			expect((await urls(query)).filter((u) => /^\/chuong-trinh\/#(nhom-|\d+-\d+)/.test(u))).toEqual([]);
			expect((await urls(query)).some((u) => /^\/nhiem-vu\/nhom-\d\/#\d+-\d+$/.test(u))).toBe(true);
		}
	});

	it('only uses kinds the filter knows', async () => {
		const { items } = await searchSite(pagefind, 'công đoàn', vocabulary);
		expect(items.length).toBeGreaterThan(10);
		for (const item of items) expect(ui.search.kinds).toContain(item.kind);
	});

	it('Pagefind alone does not fold đ (the gap the vocabulary closes)', async () => {
		// The glossary has "CĐCS" but never "cdcs": Pagefind alone does not find it there.
		const plain = await Promise.all(((await pagefind.search('cdcs'))?.results ?? []).map((r) => r.data()));
		expect(plain.map((d) => d.url)).not.toContain('/thuat-ngu/');
		expect((await urls('cdcs')).slice(0, TOP)).toContain('/thuat-ngu/#cdcs');
	});
});

describe('real queries find the expected section among the first results', () => {
	for (const { query, expected } of QUERIES) {
		it(`"${query}" → ${expected}`, async () => {
			expect((await urls(query)).slice(0, TOP)).toContain(expected);
		});
	}
	const hasIndicators = existsSync(join(dist, 'chi-tieu')) && statSync(join(dist, 'chi-tieu')).isDirectory() && readdirSync(join(dist, 'chi-tieu')).length > 1;
	for (const { query, prefix } of INDICATOR_QUERIES) {
		it.skipIf(!hasIndicators)(`indicator: "${query}" → ${prefix}…`, async () => {
			const { items } = await searchSite(pagefind, query, vocabulary);
			expect(items.slice(0, TOP).some((i) => i.url.startsWith(prefix) && i.kind === 'Chỉ tiêu')).toBe(true);
		});
	}
});
