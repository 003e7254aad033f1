import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteInBrowser } from '../helpers/browser.ts';
import { root } from '../helpers/dist.ts';
import { basePath, describeFindings, horizontalOverflow, installAxe, runAxe } from '../helpers/crawl.ts';

/**
 * Issue 16 on a 360×740 phone: the home page answers each reader in its first screen (three doors and the
 * reporting year's progress line), and tapping an abbreviation reveals its expansion, with and without JS.
 */
const SCREEN = { width: 360, height: 740 };

/** What the progress line must say, from the repository's own data: the latest year, official or not. */
function expectedHeadline(): RegExp {
	const dir = join(root, 'data/observations');
	const files = readdirSync(dir).filter((f) => /^\d{4}\.json$/.test(f));
	const year = Math.max(...files.map((f) => Number(f.slice(0, 4))));
	const data = JSON.parse(readFileSync(join(dir, `${year}.json`), 'utf8')) as { observations: { status: string }[] };
	const official = data.observations.some((o) => o.status !== 'illustrative');
	return official
		? new RegExp(`^Năm ${year}: \\d+/\\d+ chỉ tiêu đạt, \\d+ chưa đạt, \\d+ chưa có số liệu\\.$`)
		: new RegExp(`^Năm ${year}: chưa có số liệu chính thức\\.$`);
}

describe('members and leaders on a 360×740 phone', () => {
	const PHONE = { viewport: SCREEN, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
	const site = siteInBrowser(PHONE, installAxe);
	let noJs: BrowserContext;
	beforeAll(async () => {
		noJs = await site.browser.newContext({ ...PHONE, javaScriptEnabled: false });
	});
	afterAll(async () => {
		await noJs?.close();
	});

	it('home: the three doors and the year’s progress line are in the first screen', async () => {
		const page = await site.context.newPage();
		await page.goto(site.url, { waitUntil: 'load' });
		const doors = page.locator('nav.doors a');
		expect(await doors.count()).toBe(3);
		expect(await doors.locator('strong').allTextContents()).toEqual([
			'Người lao động được gì',
			'Việc thực hiện đến đâu',
			'Toàn văn chương trình',
		]);
		for (let i = 0; i < 3; i++) {
			const box = await doors.nth(i).boundingBox();
			expect(box, `door ${i}`).not.toBeNull();
			expect(box!.y + box!.height, `door ${i} bottom`).toBeLessThanOrEqual(SCREEN.height);
		}
		const headline = page.locator('.year-progress .headline');
		expect((await headline.textContent())?.trim()).toMatch(expectedHeadline());
		const box = await headline.boundingBox();
		expect(box!.y + box!.height).toBeLessThanOrEqual(SCREEN.height);
		// The illustrative tally, when there is one, is labelled and comes after the headline.
		const secondary = page.locator('.year-progress .secondary');
		if (await secondary.count()) {
			expect(await secondary.locator('.demo-label').textContent()).toBe('Số liệu minh họa');
			expect((await secondary.boundingBox())!.y).toBeGreaterThan(box!.y);
		}
		await page.close();
	});

	for (const colorScheme of ['light', 'dark'] as const) {
		it(`home and a member guideline (${colorScheme}): no horizontal scroll, no axe violations`, async () => {
			for (const path of ['', 'huong-dan/doi-thoai-hoi-nghi-nguoi-lao-dong/']) {
				const page = await site.context.newPage();
				await page.emulateMedia({ colorScheme });
				expect((await page.goto(site.url + path, { waitUntil: 'load' }))?.status()).toBe(200);
				expect(await horizontalOverflow(page), path).toBe(0);
				expect(describeFindings(`${path || 'home'} ${colorScheme}`, await runAxe(page))).toEqual([]);
				await page.close();
			}
		}, 60_000);
	}

	it('tapping an abbreviation shows its expansion in place; a second tap opens the glossary entry', async () => {
		const page = await site.context.newPage();
		await page.goto(site.url + 'chuong-trinh/', { waitUntil: 'load' });
		const link = page.locator('a.abbr-link').first();
		const expansion = await link.locator('abbr').getAttribute('title');
		expect(expansion).toBeTruthy();
		await link.scrollIntoViewIfNeeded();
		await link.tap();
		const tip = page.locator('.abbr-tip[role="status"]');
		await expect.poll(() => tip.textContent()).toContain(expansion!);
		expect(await tip.isVisible()).toBe(true);
		expect(new URL(page.url()).pathname).toBe(`${basePath}chuong-trinh/`);
		expect(await horizontalOverflow(page)).toBe(0);
		await link.tap();
		await page.waitForURL(/\/thuat-ngu\/#/);
		const id = new URL(page.url()).hash.slice(1);
		expect(await page.locator(`section[aria-labelledby="${id}"] .expansion`).textContent()).toBe(expansion);
		await page.close();
	});

	it('without JavaScript, tapping an abbreviation opens its glossary entry with the expansion', async () => {
		const page = await noJs.newPage();
		await page.goto(site.url + 'chuong-trinh/', { waitUntil: 'load' });
		const link = page.locator('a.abbr-link').first();
		const expansion = await link.locator('abbr').getAttribute('title');
		await link.tap();
		await page.waitForURL(/\/thuat-ngu\/#/);
		const id = new URL(page.url()).hash.slice(1);
		const entry = page.locator(`section[aria-labelledby="${id}"] .expansion`);
		expect(await entry.textContent()).toBe(expansion);
		expect(await entry.isVisible()).toBe(true);
		await page.close();
	});
});
