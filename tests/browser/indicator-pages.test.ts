import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic } from '../helpers/server.ts';
import { dist } from '../helpers/dist.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
	server = await serveStatic(dist);
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** Share of canvas pixels that are not transparent: a drawn chart has lines, labels and a grid. */
function paintedShare(page: Page): Promise<number> {
	return page.$eval('figure[data-indicator-chart] canvas', (canvas) => {
		const c = canvas as HTMLCanvasElement;
		const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
		let painted = 0;
		for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
		return painted / (data.length / 4);
	});
}

async function axeViolations(page: Page) {
	// evaluate through DevTools: a <script> tag would be blocked by the site's CSP
	await page.evaluate(axeSource);
	return page.evaluate(async () => {
		const result = await (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
		});
		return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	});
}

const pages = [
	{ path: 'chi-tieu/doi-thoai-noi-lam-viec/', dark: true, series: ['Doanh nghiệp nhà nước', 'Doanh nghiệp ngoài khu vực nhà nước'], summary: 'Năm 2025, doanh nghiệp ngoài khu vực nhà nước: 78,1\u00a0%' },
	{ path: 'chi-tieu/doan-vien-moi/', dark: false, series: ['Phát triển đoàn viên mới'], summary: 'Năm 2025: 585; bình quân mỗi năm 2022–2025: 552,5 — đạt chỉ tiêu bình quân mỗi năm 500–600' },
];

describe.each(pages)('indicator page $path', ({ path, dark, series, summary }) => {
	let page: Page;
	const errors: string[] = [];

	beforeAll(async () => {
		page = await browser.newPage({ acceptDownloads: true, viewport: { width: 1000, height: 800 } });
		page.on('pageerror', (e) => errors.push(String(e)));
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		await page.goto(server.url + path);
		await page.waitForSelector('figure[data-indicator-chart][data-chart-ready="true"]');
	});
	afterAll(() => page?.close());

	it('draws the chart with one series per part and the target', async () => {
		expect(await paintedShare(page)).toBeGreaterThan(0.02);
		const label = await page.getAttribute('figure[data-indicator-chart] canvas', 'aria-label');
		expect(label).toMatch(/^Biểu đồ /);
		expect(label).toContain(summary);
		const legend = await page.evaluate(() => {
			const spec = JSON.parse(document.querySelector('figure[data-indicator-chart] script[type="application/json"]')!.textContent!);
			return spec.series.map((s: { label: string }) => s.label);
		});
		expect(legend).toEqual(series);
		expect(errors).toEqual([]);
	});

	it('shows the table and the summary', async () => {
		expect(await page.isVisible('table.indicator-table')).toBe(true);
		expect(await page.locator('table.indicator-table tbody tr').count()).toBeGreaterThanOrEqual(4 * series.length);
		expect(await page.textContent('[data-indicator-summary]')).toContain(summary);
	});

	it('offers working CSV, JSON and PNG downloads', async () => {
		for (const ext of ['csv', 'json']) {
			const href = await page.getAttribute(`.downloads a[href$=".${ext}"]`, 'href');
			const response = await page.request.get(new URL(href!, server.url).href);
			expect(response.status()).toBe(200);
			const body = await response.text();
			expect(body).toContain('illustrative');
			if (ext === 'json') expect(() => JSON.parse(body)).not.toThrow();
		}
		const button = page.locator('button[data-chart-png]');
		expect(await button.isVisible()).toBe(true);
		const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
		expect(download.suggestedFilename()).toMatch(/^chi-tieu-.+\.png$/);
		const file = await download.path();
		const bytes = readFileSync(file!);
		expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
		expect(bytes.length).toBeGreaterThan(5_000);
	});

	it('redraws the chart in the colours of the dark theme', async () => {
		const pixels = () => page.$eval('figure[data-indicator-chart] canvas', (c) => (c as HTMLCanvasElement).toDataURL());
		const light = await pixels();
		await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
		await page.waitForFunction((before) => (document.querySelector('figure[data-indicator-chart] canvas') as HTMLCanvasElement).toDataURL() !== before, light);
		await page.evaluate(() => delete document.documentElement.dataset.theme);
		expect(errors).toEqual([]);
	});

	it('has no axe-core violations (and in dark mode on the first page)', async () => {
		expect(await axeViolations(page)).toEqual([]);
		if (!dark) return;
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.waitForTimeout(100);
		expect(await axeViolations(page)).toEqual([]);
		await page.emulateMedia({ colorScheme: 'light' });
	});
});

describe('without JavaScript', () => {
	it('keeps the table, summary and downloads; hides the PNG button', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${server.url}chi-tieu/doan-vien-moi/`);
		expect(await page.isVisible('table.indicator-table')).toBe(true);
		expect(await page.textContent('[data-indicator-summary]')).toContain('Năm 2025: 585');
		expect(await page.isVisible('.downloads a[href$=".csv"]')).toBe(true);
		expect(await page.isVisible('button[data-chart-png]')).toBe(false);
		await context.close();
	});
});

describe.each(['chi-tieu/xep-loai-ldld/', 'bao-cao/2025/', 'du-lieu/'])('page /%s', (path) => {
	it('has no axe-core violations', async () => {
		const page = await browser.newPage();
		await page.goto(server.url + path);
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});
});

describe('scorecard filter', () => {
	it('filters rows by status and has no axe-core violations', async () => {
		const page = await browser.newPage();
		await page.goto(`${server.url}chi-tieu/`);
		const all = await page.locator('[data-status]').count();
		await page.check('input[value="not-met"]');
		const visible = await page.locator('[data-status]:visible').count();
		const notMet = await page.locator('[data-status="not-met"]').count();
		expect(visible).toBe(notMet);
		expect(visible).toBeLessThan(all);
		expect(await page.textContent('[data-filter-count]')).toContain(String(notMet));
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});
});
