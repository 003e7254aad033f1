import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../helpers/browser.ts';
import { CSP_LISTENER, itCrawlsEveryPage } from '../helpers/crawl.ts';

/**
 * Whole-site browser crawl at the phone viewport (360 px): every HTML page of dist/ (found by
 * walking the folder, no page list) must be free of axe-core violations (WCAG 2.2 AA and best
 * practices, light and dark), horizontal scroll, requests to other origins, CSP violations, script
 * errors and inline event handlers — see crawlSite() in tests/helpers/crawl.ts. The desktop viewport
 * has its own file so that the two run in parallel.
 */
describe('every page in Chromium at 360 px', () => {
	const site = siteInBrowser();
	itCrawlsEveryPage(site, { name: 'phone', width: 360, height: 740, isMobile: true });

	it('the CSP lets the theme scripts run: stored choice applied before paint, toggle works', async () => {
		const context = await site.browser.newContext();
		await context.addInitScript(CSP_LISTENER);
		const page = await context.newPage();
		await page.goto(site.url);
		await page.evaluate(() => localStorage.setItem('theme', 'dark'));
		await page.reload();
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		const toggle = page.locator('[data-theme-toggle]');
		await expect.poll(() => toggle.isVisible()).toBe(true);
		await toggle.click();
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
		expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
		await context.close();
	});
});
