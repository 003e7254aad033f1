import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../helpers/browser.ts';
import { dist } from '../helpers/dist.ts';
import { holdRedirectStub, sitePages } from '../helpers/crawl.ts';

/**
 * Reading without JavaScript: in a Chromium context with JavaScript disabled, every page shows its
 * heading and (nearly) all of its main text, every table shows its rows, and the programme and task pages
 * show each sub-task's heading and text. Indicator pages and scorecards (when the branch has them) are
 * covered by the same crawl, since they are pages of dist/.
 */
const pages = sitePages().filter((p) => p !== '404.html');
const taskPages = pages.filter((p) => /^nhiem-vu\/[^/]+\/$/.test(p));

/** Share of main's text that is rendered (innerText vs textContent, whitespace collapsed). */
async function visibleTextShare(page: Page): Promise<{ shown: number; total: number }> {
	return page.evaluate(() => {
		const main = document.querySelector('main');
		if (!main) return { shown: 0, total: 1 };
		// Closed <details> are readable without JS (the reader opens them); open them for the measure.
		for (const d of Array.from(main.querySelectorAll('details'))) d.open = true;
		const clean = (s: string) => s.replace(/\s+/g, '').length;
		const clone = main.cloneNode(true) as HTMLElement;
		for (const el of Array.from(clone.querySelectorAll('script, style, template, noscript'))) el.remove();
		return { shown: clean(main.innerText), total: clean(clone.textContent ?? '') };
	});
}

describe('reading with JavaScript disabled', () => {
	const site = siteInBrowser({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });

	it('finds the programme and task pages in dist/', () => {
		expect(pages).toContain('chuong-trinh/');
		expect(taskPages.length).toBeGreaterThan(0);
	});

	it('JavaScript is really off in this context', async () => {
		const page = await site.context.newPage();
		await page.setContent('<p id="x">off</p><script>document.getElementById("x").textContent = "on"</script>');
		expect(await page.textContent('#x')).toBe('off');
		await page.close();
	});

	it('every page shows its heading, its main text and its table rows', { timeout: 120_000 }, async () => {
		const problems: string[] = [];
		for (const path of pages) {
			const page = await site.context.newPage();
			await holdRedirectStub(page, site.url, path);
			await page.goto(site.url + path);
			if (!(await page.locator('h1').first().isVisible())) problems.push(`/${path}: h1 not visible`);
			const { shown, total } = await visibleTextShare(page);
			if (shown < total * 0.9) problems.push(`/${path}: only ${shown} of ${total} characters of main text are shown`);
			const rows = page.locator('main table tr');
			const count = await rows.count();
			for (let i = 0; i < count; i++) {
				if (!(await rows.nth(i).isVisible())) {
					problems.push(`/${path}: table row ${i + 1} not visible`);
					break;
				}
			}
			await page.close();
		}
		expect(problems).toEqual([]);
	});

	for (const path of ['chuong-trinh/', ...taskPages]) {
		it(`/${path}: each sub-task's heading and text are visible`, async () => {
			const page = await site.context.newPage();
			await page.goto(site.url + path);
			const subtasks = page.locator('section.subtask');
			const count = await subtasks.count();
			expect(count).toBeGreaterThan(0);
			for (let i = 0; i < count; i++) {
				const section = subtasks.nth(i);
				await expect.poll(() => section.locator('h2, h3, h4').first().isVisible()).toBe(true);
				const text = (await section.innerText()).trim();
				expect(text.length).toBeGreaterThan(40);
			}
			await page.close();
		});
	}

	it.runIf(existsSync(join(dist, 'chi-tieu')))('indicator pages show their table and summary', async () => {
		const indicatorPages = pages.filter((p) => /^chi-tieu\/[^/]+\/$/.test(p));
		expect(indicatorPages.length).toBeGreaterThan(0);
		for (const path of indicatorPages) {
			const page = await site.context.newPage();
			await page.goto(site.url + path);
			const rows = page.locator('main table tbody tr');
			expect(await rows.count(), `/${path} table rows`).toBeGreaterThan(0);
			expect(await rows.first().isVisible(), `/${path} first row`).toBe(true);
			const paragraph = page.locator('main p').first();
			expect(await paragraph.isVisible(), `/${path} summary`).toBe(true);
			await page.close();
		}
	});
});
