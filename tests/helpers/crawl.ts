import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
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

export interface AxeFinding {
	id: string;
	impact: string | null;
	help: string;
	targets: string[];
}

/** Run axe-core in the page; returns violations of the given tags (or of every rule with tags = null). */
export async function runAxe(page: Page, tags: string[] | null = WCAG_TAGS): Promise<AxeFinding[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
	const violations = await page.evaluate(async (runOnlyTags) => {
		// @ts-expect-error axe is injected above
		const axe = window.axe;
		const options = runOnlyTags ? { runOnly: { type: 'tag', values: runOnlyTags } } : { resultTypes: ['violations'] };
		const result = await axe.run(document, options);
		return result.violations.map((v: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			targets: v.nodes.map((n) => n.target.map(String).join(' ')),
		}));
	}, tags);
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
