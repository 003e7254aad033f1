import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { describeFindings, runAxe } from '../helpers/crawl.ts';
import { dist } from '../helpers/dist.ts';
import { serveStatic } from '../helpers/server.ts';
import { expectAnswerAmongTop } from '../helpers/search-expect.ts';
import { INDICATOR_QUERIES, QUERIES, TOP, TYPO_QUERIES, WORD_QUERIES, type QueryCase } from '../helpers/search-queries.ts';
import { ui } from '../../src/i18n/ui.ts';
import { WORDS_FILE } from '../../src/utils/search/vocabulary.ts';

let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
	server = await serveStatic(dist);
	browser = await launchBrowser();
	context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	page = await context.newPage();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** Open /tim-kiem/ and wait until the status line reports the outcome for this query. */
async function searchPage(query: string, extra = ''): Promise<void> {
	await page.goto(`${server.url}tim-kiem/?q=${encodeURIComponent(query)}${extra}`);
	await page.waitForFunction(
		() => {
			const status = document.querySelector('[data-search-status]')?.textContent ?? '';
			return /kết quả|Không tìm thấy/.test(status) && !status.startsWith('Đang');
		},
		null,
		{ timeout: 15_000 },
	);
}

/** Result links as site paths with their anchors ("/nhiem-vu/nhom-3/#3-6"). */
async function resultPaths(scope = '[data-search-results]'): Promise<string[]> {
	return page.locator(`${scope} .search-result-title a`).evaluateAll((links) =>
		links.map((a) => {
			const url = new URL((a as HTMLAnchorElement).href);
			return url.pathname + url.hash;
		}),
	);
}

/**
 * Type a query into the search page's box and submit it (Enter searches at once, without the typing
 * debounce), then wait for its results: one page load for many queries.
 */
async function typeQuery(query: string): Promise<void> {
	await page.locator('#search-page-q').fill(query);
	await page.locator('#search-page-q').press('Enter');
	await page.waitForFunction((q) => (document.querySelector('[data-search-status]')?.textContent ?? '').includes(`“${q}”`), query, {
		timeout: 15_000,
	});
}

describe('real queries on the search page', () => {
	beforeAll(async () => {
		await page.goto(`${server.url}tim-kiem/`);
	});
	const answered = (prefix: string, cases: QueryCase[]) => {
		for (const c of cases) {
			it(`${prefix}"${c.query}" lists ${c.expected} among the first ${TOP}`, async () => {
				await typeQuery(c.query);
				expectAnswerAmongTop(c, await resultPaths());
			});
		}
	};
	answered('', QUERIES);

	for (const { query, expected } of INDICATOR_QUERIES) {
		it(`indicator: "${query}" lists ${expected} among the first ${TOP}`, async () => {
			await typeQuery(query);
			expect((await resultPaths()).slice(0, TOP)).toContain(expected);
		});
	}

	answered('word of several syllables: ', WORD_QUERIES);

	for (const c of TYPO_QUERIES) {
		const { query, expected, suggestion } = c;
		it(`typo: "${query}" says "${ui.search.didYouMean} “${suggestion}”?" and lists ${expected} among the first ${TOP}`, async () => {
			await typeQuery(query);
			expect(await page.locator('[data-search-results] .search-suggestion').textContent()).toBe(`${ui.search.didYouMean} “${suggestion}”?`);
			expectAnswerAmongTop(c, await resultPaths());
		});
	}

	it("shows the matched words highlighted in the real Vietnamese text, and each result's kind", async () => {
		await typeQuery('kinh phi cong doan');
		const task = page.locator('[data-search-results] .search-result').filter({ has: page.locator('a[href$="/nhiem-vu/nhom-4/#4-1"]') });
		const marks = await task.locator('mark').allTextContents();
		expect(marks.map((m) => m.replace(/[^\p{L}]/gu, '').toLowerCase())).toEqual(expect.arrayContaining(['kinh', 'phí', 'công', 'đoàn']));
		const kinds = await page.locator('[data-search-results] .search-kind').allTextContents();
		expect(kinds.length).toBeGreaterThan(0);
		for (const kind of kinds) expect(ui.search.kinds.some((k) => kind.endsWith(k))).toBe(true);
	});

	it('announces the number of results in a live region', async () => {
		await typeQuery('đối thoại');
		const status = page.locator('[data-search-status]');
		expect(await status.getAttribute('role')).toBe('status');
		expect(await status.textContent()).toMatch(/^\d+ kết quả cho “đối thoại”$/);
	});
});

describe('search page /tim-kiem/?q=…', () => {
	it('reads ?q= and runs the search', async () => {
		await searchPage('thanh lap cdcs');
		expect(await page.locator('#search-page-q').inputValue()).toBe('thanh lap cdcs');
		expect((await resultPaths()).slice(0, TOP)).toContain('/nhiem-vu/nhom-1/#1-2');
	});

	it('filters by kind, shows counts, and keeps the filter in the link', async () => {
		await searchPage('công đoàn');
		const all = (await resultPaths()).length;
		const filters = page.locator('[data-search-filters]');
		expect(await filters.isVisible()).toBe(true);
		await filters.getByLabel(/Thuật ngữ/).check();
		const glossary = await resultPaths();
		expect(glossary.length).toBeGreaterThan(0);
		expect(glossary.length).toBeLessThan(all);
		expect(glossary.every((p) => p.startsWith('/thuat-ngu/'))).toBe(true);
		expect(new URL(page.url()).searchParams.get('loai')).toBe('Thuật ngữ');
		expect(await filters.locator('label', { hasText: 'Thuật ngữ' }).textContent()).toContain(`(${glossary.length})`);
		expect(await page.locator('[data-search-status]').textContent()).toBe(ui.search.countFiltered(glossary.length, all, 'Thuật ngữ'));

		await searchPage('công đoàn', `&loai=${encodeURIComponent('Nhiệm vụ')}`);
		expect(await filters.getByLabel(/Nhiệm vụ/).isChecked()).toBe(true);
		const tasks = await resultPaths();
		expect(tasks.length).toBeGreaterThan(0);
		expect(tasks.every((p) => p.startsWith('/nhiem-vu/'))).toBe(true);
	});

	it('says "không tìm thấy" with suggestions when nothing matches', async () => {
		await searchPage('xqzwv');
		expect(await page.locator('[data-search-status]').textContent()).toBe(ui.search.none('xqzwv'));
		const empty = page.locator('[data-search-results] .search-empty');
		expect(await empty.locator('li').count()).toBe(ui.search.suggestions.length);
		const examples = await empty.locator('.search-examples a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
		expect(examples.map((h) => new URL(h).searchParams.get('q'))).toEqual(ui.search.examples);
		expect(await page.locator('[data-search-filters]').isHidden()).toBe(true);
	});

	it('searches as the reader types and updates ?q=', async () => {
		await page.goto(`${server.url}tim-kiem/`);
		await page.locator('#search-page-q').fill('tham nhung');
		await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('tham nhung'));
		expect(new URL(page.url()).searchParams.get('q')).toBe('tham nhung');
		expect((await resultPaths()).slice(0, TOP)).toContain('/nhiem-vu/nhom-5/#5-7');
	});

	it('has no axe-core violations with results open', async () => {
		await searchPage('thanh lap cdcs');
		expect(await page.locator('[data-search-results] .search-result').count()).toBeGreaterThan(0);
		// Every axe rule, not only the WCAG-tagged ones; injected through DevTools (the CSP blocks <script>).
		const violations = await runAxe(page, {});
		expect(describeFindings('/tim-kiem/?q=thanh lap cdcs', violations)).toEqual([]);
	});
});

describe('words, typos and new kinds', () => {
	it('"dinh cong" shows "đình công" highlighted side by side in the first result', async () => {
		await searchPage('dinh cong');
		const first = page.locator('[data-search-results] .search-result').first();
		expect(await first.locator('.search-result-excerpt').innerHTML()).toContain('<mark>đình</mark> <mark>công</mark>');
		expect(await page.locator('[data-search-results] .search-suggestion').count()).toBe(0);
	});

	it('a typo: says what it searched instead, and the suggestion links to its own search', async () => {
		await searchPage('gia dinhh');
		const status = await page.locator('[data-search-status]').textContent();
		const count = await page.locator('[data-search-results] .search-result').count();
		expect(count).toBeGreaterThan(0);
		expect(status).toBe(ui.search.countCorrected(count, 'gia đình', 'gia dinhh'));
		const link = page.locator('[data-search-results] .search-suggestion a');
		expect(new URL(await link.evaluate((a) => (a as HTMLAnchorElement).href)).searchParams.get('q')).toBe('gia đình');
		expect((await resultPaths()).slice(0, TOP)).toContain('/nhiem-vu/nhom-3/#3-10');
		await Promise.all([page.waitForURL(/q=gia/), link.click()]);
		await page.waitForFunction(() => /kết quả cho “gia đình”$/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
		expect(await page.locator('[data-search-results] .search-suggestion').count()).toBe(0);
		expect((await resultPaths()).slice(0, TOP)).toContain('/nhiem-vu/nhom-3/#3-10');
	});

	it('"đoànn" (nothing as typed) lists the results of "đoàn"', async () => {
		await searchPage('đoàn');
		const plain = await resultPaths();
		await searchPage('đoànn');
		expect(await page.locator('[data-search-status]').textContent()).toBe(ui.search.countCorrected(plain.length, 'đoàn', 'đoànn'));
		expect(await resultPaths()).toEqual(plain);
	});

	it('the header panel shows the suggestion too', async () => {
		await page.goto(`${server.url}thuat-ngu/`);
		await page.locator('#header-search').fill('tham nhungg');
		const panel = page.locator('#header-search-panel');
		await panel.locator('.search-result').first().waitFor();
		expect(await panel.locator('.search-suggestion').textContent()).toBe(`${ui.search.didYouMean} “tham nhũng”?`);
		expect(await resultPaths('#header-search-panel')).toContain('/nhiem-vu/nhom-5/#5-7');
	});

	it('progress entries are a kind of their own: filter "Tiến độ" with its count, links to /tien-do/<x-y>/', async () => {
		await searchPage('tien do nhiem vu');
		const all = await resultPaths();
		const kinds = await page.locator('[data-search-results] .search-kind').allTextContents();
		const progress = kinds.filter((k) => k.endsWith('Tiến độ')).length;
		expect(progress).toBeGreaterThan(0);
		const filters = page.locator('[data-search-filters]');
		expect(await filters.locator('label', { hasText: 'Tiến độ' }).textContent()).toContain(`(${progress})`);
		await filters.getByLabel(/Tiến độ/).check();
		const shown = await resultPaths();
		expect(shown.length).toBe(progress);
		expect(shown.every((p) => /^\/tien-do\/\d+-\d+\/$/.test(p))).toBe(true);
		expect(await page.locator('[data-search-status]').textContent()).toBe(ui.search.countFiltered(progress, all.length, 'Tiến độ'));
	});
});

describe('header search box', () => {
	it('reading pages load no search code until the reader starts searching', async () => {
		const requests: string[] = [];
		const listener = (r: { url(): string }) => requests.push(r.url());
		page.on('request', listener);
		await page.goto(`${server.url}nhiem-vu/nhom-3/`);
		await page.waitForLoadState('networkidle');
		expect(requests.filter((u) => /pagefind|search-ui/.test(u))).toEqual([]);
		await page.keyboard.press('/');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search');
		await page.keyboard.type('cdcs');
		await page.locator('#header-search-panel .search-result').first().waitFor();
		expect(requests.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
		page.off('request', listener);
	});

	it('a first query fetches only what it needs: no filter data, no word list, only the index chunks of its words', async () => {
		// A fresh context: nothing of Pagefind in the browser's cache yet.
		const fresh = await browser.newContext({ serviceWorkers: 'block' });
		const p = await fresh.newPage();
		const paths: string[] = [];
		p.on('request', (r) => paths.push(new URL(r.url()).pathname));
		await p.goto(`${server.url}nhiem-vu/nhom-3/`);
		await p.locator('#header-search').fill('cdcs');
		await p.locator('#header-search-panel .search-result').first().waitFor();
		expect(paths.filter((u) => u.endsWith('.pf_filter'))).toEqual([]);
		expect(paths.filter((u) => u.endsWith(`/${WORDS_FILE}`))).toEqual([]);
		// One word, one chunk of the re-cut index (src/utils/search/index-chunks.ts); the three chunks Pagefind
		// writes alone would be one too for "cdcs", so a four-word query checks that the others stay unloaded.
		expect(paths.filter((u) => u.endsWith('.pf_index'))).toHaveLength(1);
		const chunks = readdirSync(join(dist, 'pagefind', 'index')).length;
		await p.locator('#header-search').fill('kinh phi cong doan');
		await p.locator('#header-search-panel .search-result').first().waitFor();
		await p.waitForFunction(() => /kinh phi cong doan/.test(document.querySelector('.search-box [role="status"]')?.textContent ?? ''));
		const loaded = new Set(paths.filter((u) => u.endsWith('.pf_index'))).size;
		expect(loaded).toBeGreaterThan(1);
		expect(loaded).toBeLessThan(chunks / 2);
		expect(paths.filter((u) => u.endsWith(`/${WORDS_FILE}`))).toEqual([]);
		// A typo (a word that matches nothing) is what fetches the site's word list, once.
		await p.locator('#header-search').fill('gia dinhh');
		await p.waitForFunction(() => /gia dinhh/.test(document.querySelector('.search-box [role="status"]')?.textContent ?? ''));
		expect(paths.filter((u) => u.endsWith(`/${WORDS_FILE}`))).toHaveLength(1);
		await fresh.close();
	});

	it('shows live results with anchors, announces them, closes on Esc with focus back in the box', async () => {
		await page.goto(`${server.url}thuat-ngu/`);
		await page.locator('#header-search').fill('kinh phi cong doan');
		const panel = page.locator('#header-search-panel');
		await panel.locator('.search-result').first().waitFor();
		expect(await resultPaths('#header-search-panel')).toContain('/nhiem-vu/nhom-4/#4-1');
		expect(await page.locator('.search-box [role="status"]').textContent()).toMatch(/^\d+ kết quả cho “kinh phi cong doan”$/);
		await page.keyboard.press('ArrowDown');
		expect(await page.evaluate(() => document.activeElement?.closest('#header-search-panel') !== null)).toBe(true);
		await page.keyboard.press('Escape');
		expect(await panel.isHidden()).toBe(true);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search');
	});

	it('Enter opens the search page with ?q=', async () => {
		await page.goto(server.url);
		await page.locator('#header-search').fill('đối thoại');
		await Promise.all([page.waitForURL(/\/tim-kiem\/\?q=/), page.keyboard.press('Enter')]);
		expect(new URL(page.url()).searchParams.get('q')).toBe('đối thoại');
		await page.waitForFunction(() => /\d+ kết quả/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
		expect(await page.locator('#search-page-q').inputValue()).toBe('đối thoại');
	});

	it('does not steal "/" typed into a field', async () => {
		await page.goto(`${server.url}tim-kiem/`);
		await page.locator('#search-page-q').focus();
		await page.keyboard.type('02-NQ/TW');
		expect(await page.locator('#search-page-q').inputValue()).toBe('02-NQ/TW');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-page-q');
	});
});

describe('phones and no JavaScript', () => {
	it('results fit a 360 px screen without horizontal scrolling', async () => {
		const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
		const p = await phone.newPage();
		await p.goto(`${server.url}tim-kiem/?q=${encodeURIComponent('thành lập công đoàn cơ sở')}`);
		await p.locator('[data-search-results] .search-result').first().waitFor();
		expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		await p.goto(`${server.url}nhiem-vu/nhom-1/`);
		await p.locator('#header-search').fill('cdcs');
		await p.locator('#header-search-panel .search-result').first().waitFor();
		expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		const box = await p.locator('#header-search-panel').boundingBox();
		expect(box !== null && box.x >= 0 && box.x + box.width <= 360).toBe(true);
		await phone.close();
	});

	it('without JavaScript the search page explains why and links to the content', async () => {
		const noJs = await browser.newContext({ javaScriptEnabled: false });
		const p = await noJs.newPage();
		await p.goto(`${server.url}tim-kiem/?q=cdcs`);
		expect(await p.locator('main').textContent()).toContain(ui.search.noJs);
		expect(await p.locator('main a', { hasText: ui.nav.tasks }).count()).toBeGreaterThan(0);
		await noJs.close();
	});
});
