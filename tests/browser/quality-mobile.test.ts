import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../helpers/browser.ts';
import { dist } from '../helpers/dist.ts';
import { describeFindings, installAxe, horizontalOverflow, overflowingElements, runAxe } from '../helpers/crawl.ts';

/**
 * Issue 2: on a 360 px wide phone the home page, a task page and the full programme have no horizontal
 * scroll, and axe-core (WCAG 2.2 AA rules) reports no violations, in both colour schemes.
 * The whole-site crawl in quality-crawl.test.ts covers every other page.
 */
const firstTaskGroup = readdirSync(join(dist, 'nhiem-vu'), { withFileTypes: true }).find((d) => d.isDirectory())?.name;
const pages = [
	{ name: 'home', path: '' },
	{ name: 'task page', path: `nhiem-vu/${firstTaskGroup}/` },
	{ name: 'full programme', path: 'chuong-trinh/' },
];

describe('360 px phone viewport', () => {
	const site = siteInBrowser({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }, installAxe);

	it('finds a task group page in dist/', () => expect(firstTaskGroup).toMatch(/^nhom-\d+$/));

	for (const { name, path } of pages) {
		for (const colorScheme of ['light', 'dark'] as const) {
			it(`${name} (${colorScheme}): no horizontal scroll, no axe violations`, async () => {
				const page = await site.context.newPage();
				await page.emulateMedia({ colorScheme });
				const response = await page.goto(site.url + path, { waitUntil: 'load' });
				expect(response?.status()).toBe(200);
				const overflow = await horizontalOverflow(page);
				expect(overflow, `overflowing: ${(await overflowingElements(page)).join(', ')}`).toBe(0);
				const findings = await runAxe(page);
				expect(describeFindings(`${name} ${colorScheme}`, findings)).toEqual([]);
				await page.close();
			});
		}
	}
});
