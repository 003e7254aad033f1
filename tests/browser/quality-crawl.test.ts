import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { dist } from '../helpers/dist.ts';
import { WCAG_TAGS, basePath, installAxe, describeFindings, horizontalOverflow, overflowingElements, runAxe, sitePages } from '../helpers/crawl.ts';
import { serveStatic } from '../helpers/server.ts';

/**
 * Whole-site browser crawl: every HTML page of dist/ (found by walking the folder, no page list) is loaded
 * in one Chromium at a 360 px phone and a 1280 px desktop viewport and must have:
 * - no axe-core violation: WCAG 2.2 A/AA rules and axe's best practices in the light scheme, and the
 *   colour rules again in the dark scheme (page.emulateMedia), since only colours change between them;
 * - no horizontal scroll;
 * - no request to any origin but the site's own (from the browser's network log);
 * - no Content Security Policy violation, console error or uncaught script error;
 * - no inline event handler attribute (on*).
 */
const pages = sitePages();
const viewports = [
	{ name: 'phone', width: 360, height: 740, isMobile: true },
	{ name: 'desktop', width: 1280, height: 800, isMobile: false },
] as const;
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Collects CSP violations reported in the page; installed before any page script runs. */
const CSP_LISTENER = `window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));`;

describe('every page in Chromium', () => {
	let browser: Browser;
	let server: Awaited<ReturnType<typeof serveStatic>>;

	beforeAll(async () => {
		server = await serveStatic(dist, basePath);
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	it('crawls dist/ for pages', () => expect(pages.length).toBeGreaterThan(5));

	it('the CSP lets the theme scripts run: stored choice applied before paint, toggle works', async () => {
		const context = await browser.newContext();
		await context.addInitScript(CSP_LISTENER);
		const page = await context.newPage();
		await page.goto(server.url);
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

	for (const viewport of viewports) {
		it(`${viewport.name} ${viewport.width}px: accessible, no overflow, same-origin requests, CSP-clean`, { timeout: 300_000 }, async () => {
			const origin = new URL(server.url).origin;
			const context = await browser.newContext({
				viewport: { width: viewport.width, height: viewport.height },
				isMobile: viewport.isMobile,
				hasTouch: viewport.isMobile,
			});
			await context.addInitScript(CSP_LISTENER);
			await installAxe(context);
			const problems: string[] = [];
			let requests = 0;
			for (const path of pages) {
				const label = `/${path} @${viewport.width}`;
				const page = await context.newPage();
				page.on('request', (request) => {
					requests++;
					const url = request.url();
					if (!/^(data|blob):/.test(url) && new URL(url).origin !== origin) problems.push(`${label}: request to another origin ${url}`);
				});
				page.on('console', (message) => {
					if (message.type() === 'error') problems.push(`${label}: console error ${message.text()}`);
				});
				page.on('pageerror', (error) => problems.push(`${label}: script error ${error.message}`));
				const response = await page.goto(server.url + path, { waitUntil: 'load' });
				if (response?.status() !== 200) problems.push(`${label}: HTTP ${response?.status()}`);

				const overflow = await horizontalOverflow(page);
				if (overflow > 0) problems.push(`${label}: ${overflow}px horizontal scroll (${(await overflowingElements(page)).join(', ')})`);

				const handlers = await page.evaluate(() =>
					Array.from(document.querySelectorAll('*')).flatMap((el) =>
						Array.from(el.attributes)
							.filter((a) => a.name.startsWith('on'))
							.map((a) => `<${el.tagName.toLowerCase()} ${a.name}>`),
					),
				);
				if (handlers.length) problems.push(`${label}: inline event handlers ${handlers.join(' ')}`);

				problems.push(...describeFindings(`${label} light`, await runAxe(page, { tags: [...WCAG_TAGS, 'best-practice'] })));
				await page.emulateMedia({ colorScheme: 'dark' });
				problems.push(...describeFindings(`${label} dark`, await runAxe(page, { rules: COLOUR_RULES })));

				const csp = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
				problems.push(...csp.map((v) => `${label}: CSP violation ${v}`));
				await page.close();
			}
			await context.close();
			expect(requests).toBeGreaterThanOrEqual(pages.length);
			expect(problems).toEqual([]);
		});
	}
});
