import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { dist, listHtml } from './dist.ts';

/** The site's base path as the build used it (BASE_PATH env), always with a trailing slash. */
export const basePath = (() => {
	const base = process.env.BASE_PATH || '/';
	return base.endsWith('/') ? base : `${base}/`;
})();

/**
 * Every page of the built site as a site-relative URL path ("", "chuong-trinh/", "404.html"), found by
 * crawling dist/ for HTML files — never a hand-written list, so new page types are covered automatically.
 * Search-engine verification or redirect stubs are HTML too and are included on purpose.
 */
export function sitePages(dir = dist): string[] {
	return listHtml(dir).map((file) => (file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file));
}

/** WCAG 2.2 AA rule tags, as axe-core names them. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Make axe-core available in every page of a context before the page's own scripts run. An init script
 * is not subject to the site's CSP (a <script> tag would be blocked) and costs less than evaluating
 * axe's 0.5 MB source again after each load.
 */
export function installAxe(context: BrowserContext): Promise<void> {
	return context.addInitScript(axeSource);
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
		return result.violations.map((v: { id: string; impact: string | null; help: string; tags: string[]; nodes: { target: unknown[] }[] }) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			tags: v.tags,
			targets: v.nodes.map((n) => n.target.map(String).join(' ')),
		}));
	}, select);
	return violations as AxeFinding[];
}

/** Human-readable lines for a failed expectation. */
export function describeFindings(where: string, findings: AxeFinding[]): string[] {
	return findings.map((f) => `${where}: ${f.id} (${f.impact}) ${f.help} → ${f.targets.slice(0, 3).join(' | ')}`);
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
				out.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} right=${Math.round(rect.right)}`);
			}
		}
		return out.slice(0, 8);
	});
}
