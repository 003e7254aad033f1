import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { textOf } from '../helpers/dist.ts';
import { serveStatic } from '../helpers/server.ts';
import { buildEnv, siteCopy } from '../scripts/site-copy.ts';
import { spawnSync } from 'node:child_process';
import { ui } from '../../src/i18n/ui.ts';

/**
 * Offline reading under a base path: the service worker takes control, then with the network cut the
 * reader opens a task page and the glossary never visited before. Pages stay network first online.
 */
const BASE = '/chuong-trinh-hanh-dong/';
const copy = siteCopy('offline-');
const out = join(copy.dir, 'dist-offline');

let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
	const build = spawnSync('npm', ['run', '-s', 'build'], {
		cwd: copy.dir,
		env: buildEnv({ OUT_DIR: out, BASE_PATH: BASE.replace(/\/$/, '') }),
		encoding: 'utf8',
		maxBuffer: 50 * 1024 * 1024,
	});
	if (build.status !== 0) throw new Error(build.stderr);
	server = await serveStatic(out, BASE);
	browser = await launchBrowser();
	context = await browser.newContext({ viewport: { width: 360, height: 800 } });
	page = await context.newPage();
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
}, 600_000);
afterAll(async () => {
	await browser?.close();
	await server?.close();
	copy.remove();
});

const h1 = () => page.locator('h1').first().textContent();

describe('offline reading (service worker)', () => {
	it("registers the site's own worker at the base path and takes control", async () => {
		await page.goto(server.url);
		const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
		expect(new URL(scope).pathname).toBe(BASE);
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
		expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${server.url}sw.js`);
		expect(errors).toEqual([]);
	}, 60_000);

	it('shows pages from the network while online (an update is seen at once)', async () => {
		const file = join(out, 'nhiem-vu/nhom-2/index.html');
		const original = readFileSync(file, 'utf8');
		await page.goto(`${server.url}nhiem-vu/nhom-2/`);
		expect(await h1()).not.toContain('(bản cập nhật)');
		writeFileSync(file, original.replace('</h1>', ' (bản cập nhật)</h1>'));
		try {
			await page.goto(`${server.url}nhiem-vu/nhom-2/`);
			expect(await h1()).toContain('(bản cập nhật)');
		} finally {
			writeFileSync(file, original);
		}
	}, 60_000);

	it('caches the search index on first use', async () => {
		await page.goto(`${server.url}tim-kiem/?q=${encodeURIComponent('công đoàn')}`);
		await page.waitForFunction(() => /kết quả/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, {
			timeout: 30_000,
		});
		const cached = await page.evaluate(async () => (await (await caches.open('tim-kiem')).keys()).map((r) => new URL(r.url).pathname));
		expect(cached).toContain(`${BASE}pagefind/pagefind.js`);
		expect(cached).toContain(`${BASE}pagefind/pagefind-entry.json`);
		expect(cached.some((p) => p.startsWith(`${BASE}pagefind/fragment/`))).toBe(true);
	}, 60_000);

	it('offline, opens a task page and the glossary never visited before', async () => {
		await context.setOffline(true);
		try {
			await page.goto(`${server.url}nhiem-vu/nhom-5/`);
			const expected = textOf(readFileSync(join(out, 'nhiem-vu/nhom-5/index.html'), 'utf8').match(/<h1[^>]*>([\s\S]*?)<\/h1>/)![1]!);
			expect((await h1())?.replace(/\s+/g, ' ').trim()).toBe(expected);
			expect(await page.locator('main').textContent()).toContain('5.1.');
			await page.goto(`${server.url}thuat-ngu/`);
			expect(await h1()).toBe(ui.nav.glossary);
			const terms = JSON.parse(readFileSync(join(copy.dir, 'content/glossary/terms.json'), 'utf8')) as { term: string }[];
			expect(await page.locator('.glossary section').count()).toBe(terms.length);
			const shown = await page.locator('.glossary h2').allTextContents();
			expect([...shown].sort()).toEqual(terms.map((t) => t.term.normalize('NFC')).sort());
			// Styles come from the precache too.
			expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toBe('');
			expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
		} finally {
			await context.setOffline(false);
		}
	}, 60_000);
});
