import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { dist } from '../helpers/dist.ts';
import { basePath, describeFindings, horizontalOverflow, installAxe, overflowingElements, runAxe } from '../helpers/crawl.ts';
import { serveStatic } from '../helpers/server.ts';
import { pdfPages } from '../helpers/pdf.ts';

/**
 * The periodic report page (/bao-cao/<period>/): axe-clean in both colour schemes at 360 px and 1280 px,
 * no sideways scroll on a phone (its tables turn into one card per row), complete without JavaScript, and
 * printable on A4. The printed page count is checked within a range: 14–24 A4 pages for a year's report
 * (measured: 20 for 2025 with Debian 12's Chromium, 11 portrait pages of report and 9 landscape pages of
 * appendix, as in the Word file); fewer would mean content hidden in print, more a broken layout.
 */
const periods = ['2025', '2025-H1'];
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
const tmp = mkdtempSync(join(tmpdir(), 'report-print-'));

beforeAll(async () => {
	server = await serveStatic(dist, basePath);
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
	rmSync(tmp, { recursive: true, force: true });
});

describe.each(periods)('/bao-cao/%s/', (period) => {
	for (const width of [360, 1280]) {
		for (const colorScheme of ['light', 'dark'] as const) {
			it(`${width} px, ${colorScheme}: no horizontal scroll, no axe violations`, async () => {
				const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme });
				await installAxe(context);
				const page = await context.newPage();
				const response = await page.goto(`${server.url}bao-cao/${period}/`);
				expect(response?.status()).toBe(200);
				expect(await horizontalOverflow(page), (await overflowingElements(page)).join(', ')).toBe(0);
				expect(describeFindings(`${period} ${width} ${colorScheme}`, await runAxe(page))).toEqual([]);
				// Tables: real tables on a wide screen; one card per row on a phone, each cell within the screen.
				const layout = await page.evaluate(() =>
					[...document.querySelectorAll('table.stack')].map((t) => ({
						display: getComputedStyle(t.querySelector('tbody tr')!).display,
						rows: t.querySelectorAll('tbody tr').length,
						widest: Math.max(...[...t.querySelectorAll('td, th')].map((c) => c.getBoundingClientRect().right)),
					})),
				);
				expect(layout.map((l) => l.rows)).toEqual([14, 44]);
				for (const l of layout) {
					expect(l.display).toBe(width === 360 ? 'block' : 'table-row');
					expect(l.widest).toBeLessThanOrEqual(width);
				}
				await context.close();
			}, 120_000);
		}
	}
});

describe('/bao-cao/2025/ without JavaScript', () => {
	it('shows the whole report: header, every section, both tables, the Word file link', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
		const page = await context.newPage();
		await page.goto(`${server.url}bao-cao/2025/`);
		const text = await page.innerText('main');
		for (const s of [
			'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
			'BÁO CÁO',
			'I. CÔNG TÁC LÃNH ĐẠO',
			'II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ',
			'III. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU',
			'IV. ĐÁNH GIÁ CHUNG',
			'V. PHƯƠNG HƯỚNG',
			'VI. KIẾN NGHỊ',
			'Nơi nhận:',
			'PHỤ LỤC',
		]) {
			expect(text).toContain(s);
		}
		expect(await page.locator('table.stack').nth(0).locator('tbody tr:visible').count()).toBe(14);
		expect(await page.locator('table.stack').nth(1).locator('tbody tr:visible').count()).toBe(44);
		const docx = page.locator('a[download][href$=".docx"]');
		expect(await docx.getAttribute('href')).toBe(`${basePath}bao-cao/2025-minh-hoa.docx`);
		expect(await docx.isVisible()).toBe(true);
		// The print button needs JavaScript and stays hidden without it.
		expect(await page.locator('button[data-print]').isVisible()).toBe(false);
		await context.close();
	});
});

describe('/bao-cao/2025/ printed', () => {
	it('prints on A4 within 14–24 pages (report portrait, appendix landscape), without the site chrome', async () => {
		const page = await browser.newPage();
		await page.goto(`${server.url}bao-cao/2025/`);
		const pdf = await page.pdf({ preferCSSPageSize: true });
		await page.close();
		const file = join(tmp, 'report.pdf');
		writeFileSync(file, pdf);
		const { pages, orientations: sizes } = pdfPages(file);
		expect(pages).toBeGreaterThanOrEqual(14);
		expect(pages).toBeLessThanOrEqual(24);
		expect(sizes).toHaveLength(pages);
		expect(sizes.join(' ')).toMatch(/^(portrait )+(landscape ?)+$/);
		const text = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout;
		expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
		expect(text).toContain('PHỤ LỤC');
		expect(text).not.toContain('Bỏ qua, đến nội dung chính');
		expect(text).not.toContain('Tải tệp Word');
	}, 120_000);
});
