import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { SiteInBrowser } from './browser.ts';
import { dist, listHtml, readPage } from './dist.ts';
import { basePathSlash } from '../../src/config.ts';

/** The site's base path as the build used it (BASE_PATH env), always with a trailing slash. */
export const basePath = basePathSlash();

/**
 * A redirect stub (meta refresh) would leave for its target before a test's checks run: hold it where it
 * is, so the stub itself is checked (its target is a page of the crawl on its own).
 */
export async function holdRedirectStub(page: Page, siteUrl: string, path: string): Promise<void> {
	if (!/<meta http-equiv="refresh"/i.test(readPage(path))) return;
	await page.route('**/*', (route) => {
		const request = route.request();
		const away = request.isNavigationRequest() && request.frame() === page.mainFrame() && request.url() !== siteUrl + path;
		return away ? route.abort('aborted') : route.continue();
	});
}

/**
 * Every page of the built site as a site-relative URL path ("", "chuong-trinh/", "404.html"), found by
 * crawling dist/ for HTML files — never a hand-written list, so new page types are covered automatically.
 * Search-engine verification or redirect stubs are HTML too and are included on purpose.
 */
export function sitePages(dir = dist): string[] {
	return listHtml(dir).map((file) =>
		file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file,
	);
}

/** WCAG 2.2 AA rule tags, as axe-core names them. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Make axe-core available in every page of a context before the page's own scripts run. An init script
 * is not subject to the site's CSP (a <script> tag would be blocked) and costs less than evaluating
 * axe's 0.5 MB source again after each load.
 */
export async function installAxe(context: BrowserContext): Promise<void> {
	await context.addInitScript(axeSource);
}

export interface AxeFinding {
	id: string;
	impact: string | null;
	help: string;
	tags: string[];
	targets: string[];
}

/**
 * Run axe-core in the page. `tags` limits the run to rules with those tags, `rules` to those rule ids;
 * with neither every rule runs. Returns the violations.
 */
export async function runAxe(page: Page, select: { tags?: string[]; rules?: string[] } = { tags: WCAG_TAGS }): Promise<AxeFinding[]> {
	// Without installAxe: evaluate through DevTools rather than a <script> tag, which the CSP blocks.
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
	const violations = await page.evaluate(async ({ tags, rules }) => {
		// @ts-expect-error axe is injected above
		const axe = window.axe;
		const options = tags ? { runOnly: { type: 'tag', values: tags } } : rules ? { runOnly: { type: 'rule', values: rules } } : {};
		const result = await axe.run(document, { ...options, resultTypes: ['violations'] });
		return result.violations.map(
			(v: { id: string; impact: string | null; help: string; tags: string[]; nodes: { target: unknown[] }[] }) => ({
				id: v.id,
				impact: v.impact,
				help: v.help,
				tags: v.tags,
				targets: v.nodes.map((n) => n.target.map(String).join(' ')),
			}),
		);
	}, select);
	return violations as AxeFinding[];
}

/** Human-readable lines for a failed expectation. */
export function describeFindings(where: string, findings: AxeFinding[]): string[] {
	return findings.map((f) => `${where}: ${f.id} (${f.impact}) ${f.help} → ${f.targets.slice(0, 3).join(' | ')}`);
}

/** WCAG 2.2 AA findings of the page as it is, as lines for an expectation ([] when there are none). */
export async function axeLines(page: Page, where = page.url()): Promise<string[]> {
	return describeFindings(where, await runAxe(page));
}

/** axeLines in the light and then the dark colour scheme (the page is left in the light one). */
export async function axeLinesLightAndDark(page: Page): Promise<string[]> {
	const found: string[] = [];
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		found.push(...(await axeLines(page, `${page.url()} ${colorScheme}`)));
	}
	await page.emulateMedia({ colorScheme: 'light' });
	return found;
}

/** Width by which the document overflows the viewport horizontally (0 = no horizontal scroll). */
export function horizontalOverflow(page: Page): Promise<number> {
	return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The elements sticking out past the right edge, to make an overflow failure actionable. */
export function overflowingElements(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const out: string[] = [];
		for (const el of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
			const rect = el.getBoundingClientRect();
			if (rect.right > width + 1 && rect.width > 0) {
				out.push(
					`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} right=${Math.round(rect.right)}`,
				);
			}
		}
		return out.slice(0, 8);
	});
}

export interface Viewport {
	name: string;
	width: number;
	height: number;
	isMobile: boolean;
}

/** Collects CSP violations reported in the page; installed before any page script runs. */
export const CSP_LISTENER = `window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));`;

const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Load every page in one context at the given viewport and return the problems found:
 * - axe-core violations: WCAG 2.2 A/AA rules and axe's best practices in the light scheme, and the
 *   colour rules again in the dark scheme (page.emulateMedia), since only colours change between them;
 * - horizontal scroll; requests to any origin but the site's (from the browser's network log);
 * - CSP violations, console errors and uncaught script errors; inline event handler attributes.
 */
export async function crawlSite(
	browser: Browser,
	siteUrl: string,
	pages: string[],
	viewport: Viewport,
): Promise<{ problems: string[]; requests: number }> {
	const origin = new URL(siteUrl).origin;
	const context = await browser.newContext({
		viewport: { width: viewport.width, height: viewport.height },
		isMobile: viewport.isMobile,
		hasTouch: viewport.isMobile,
		// The site's service worker would serve later navigations itself, past page.route() (so the redirect
		// stub could not be held); the crawl checks pages as the network serves them, the offline test the worker.
		serviceWorkers: 'block',
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
		await holdRedirectStub(page, siteUrl, path);
		const response = await page.goto(siteUrl + path, { waitUntil: 'load' });
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
	return { problems, requests };
}

/**
 * The tests of a whole-site crawl file (one file per viewport, so that they run in parallel): dist/ has
 * pages, and every one of them passes crawlSite() at `viewport`.
 */
export function itCrawlsEveryPage(site: SiteInBrowser, viewport: Viewport): void {
	const pages = sitePages();
	it('crawls dist/ for pages', () => expect(pages.length).toBeGreaterThan(5));
	it('accessible, no overflow, same-origin requests, CSP-clean', { timeout: 900_000 }, async () => {
		const { problems, requests } = await crawlSite(site.browser, site.url, pages, viewport);
		expect(requests).toBeGreaterThanOrEqual(pages.length);
		expect(problems).toEqual([]);
	});
}
