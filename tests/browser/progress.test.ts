import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteInBrowser } from '../helpers/browser.ts';
import { axeLinesLightAndDark } from '../helpers/crawl.ts';

/** dist/ served under the base path and one Chromium for this file (tests/helpers/browser.ts). */
const site = siteInBrowser();

const visibleRows = (page: Page) =>
	page.locator('tr[data-subtask]:visible').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.subtask));

describe('the progress dashboard /tien-do/', () => {
	let page: Page;
	const errors: string[] = [];

	beforeAll(async () => {
		page = await site.browser.newPage({ viewport: { width: 1000, height: 800 } });
		page.on('pageerror', (e) => errors.push(String(e)));
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		await page.goto(`${site.url}tien-do/`);
		await page.waitForSelector('[data-filter]:not([hidden])');
	});
	afterAll(() => page?.close());

	it('filters the table by group, latest status and unit, and says how many rows are shown', async () => {
		expect(await visibleRows(page)).toHaveLength(44);
		await page.selectOption('select[name="group"]', '3');
		expect(await visibleRows(page)).toEqual(['3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8', '3.9', '3.10']);
		expect(await page.locator('tbody[data-progress-group]:visible').count()).toBe(1);
		await page.selectOption('select[name="status"]', 'thuong-xuyen');
		expect(await visibleRows(page)).toEqual(['3.1', '3.6']);
		expect(await page.textContent('[data-filter-count]')).toBe('Đang hiện 2 nhiệm vụ');
		await page.selectOption('select[name="group"]', '');
		await page.selectOption('select[name="status"]', '');
		await page.selectOption('select[name="units"]', 'ubkt-cong-doan');
		expect(await visibleRows(page)).toEqual(['7.6']);
		await page.selectOption('select[name="units"]', '');
		await page.selectOption('select[name="status"]', 'chua-co-bao-cao');
		const unreported = await visibleRows(page);
		expect(unreported).toHaveLength(18);
		expect(unreported).toContain('5.2');
		expect(errors).toEqual([]);
	});

	it('links each reported cell to its timeline item', async () => {
		await page.selectOption('select[name="status"]', '');
		await page.click('tr[data-subtask="3.6"] td[data-period="2025-H1"] a');
		await page.waitForURL(/\/tien-do\/3-6\/#ky-2025-h1$/);
		expect(await page.textContent('#ky-2025-h1 h3')).toBe('6 tháng đầu năm 2025');
		await page.goBack();
	});

	it('has no axe-core violations in light and dark', async () => {
		expect(await axeLinesLightAndDark(page)).toEqual([]);
	});
});

describe('a sub-task page and a group page', () => {
	it('/tien-do/3-6/: text, latest status, timeline newest first, evidence; axe clean', async () => {
		const page = await site.browser.newPage({ viewport: { width: 1000, height: 800 } });
		await page.goto(`${site.url}tien-do/3-6/`);
		expect(await page.textContent('h1')).toBe('Tiến độ nhiệm vụ 3.6');
		expect(await page.locator('.timeline-item h3').allTextContents()).toEqual(['Năm 2025', '6 tháng đầu năm 2025']);
		expect((await page.textContent('.latest'))?.replace(/\s+/g, ' ').trim()).toBe(
			'↻ Thực hiện thường xuyên — năm 2025, cập nhật đến 31/12/2025',
		);
		expect(await page.locator('.demo-notice').count()).toBe(1);
		expect(await page.getAttribute('a:has-text("Đọc trong nhóm nhiệm vụ 3")', 'href')).toBe('/nhiem-vu/nhom-3/#3-6');
		expect(await axeLinesLightAndDark(page)).toEqual([]);
		await page.close();
	});

	it('/nhiem-vu/nhom-3/: each sub-task shows its latest status and links to its progress page; axe clean', async () => {
		const page = await site.browser.newPage({ viewport: { width: 1000, height: 800 } });
		await page.goto(`${site.url}nhiem-vu/nhom-3/`);
		const lines = page.locator('section.subtask .subtask-progress');
		expect(await lines.count()).toBe(10);
		expect((await page.textContent('section[aria-labelledby="3-9"] .subtask-progress'))?.replace(/\s+/g, ' ').trim()).toBe(
			'Tiến độ: ◐ đang triển khai (năm 2025, cập nhật đến 31/12/2025) Nội dung minh họa · Xem tiến độ nhiệm vụ 3.9',
		);
		expect(await page.getAttribute('section[aria-labelledby="3-3"] .subtask-progress', 'data-progress-status')).toBe('chua-co-bao-cao');
		expect(await axeLinesLightAndDark(page)).toEqual([]);
		await page.close();
	});
});

describe('phones and no JavaScript', () => {
	for (const path of ['tien-do/', 'tien-do/3-6/', 'nhiem-vu/nhom-3/', '']) {
		it(`/${path} has no horizontal scroll at 360 px`, async () => {
			const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
			await page.goto(`${site.url}${path}`);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
			await page.close();
		});
	}

	it('without JavaScript the table and counts are all there, and no filter that cannot work is shown', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
		const page = await context.newPage();
		await page.goto(`${site.url}tien-do/`);
		expect(await page.locator('tr[data-subtask]:visible').count()).toBe(44);
		expect(await page.isVisible('[data-filter]')).toBe(false);
		const summary = (await page.textContent('section.summary'))?.replace(/\s+/g, ' ') ?? '';
		expect(summary).toContain('✓ hoàn thành: 6');
		expect(summary).toContain('– chưa có báo cáo: 18');
		await context.close();
	});
});
