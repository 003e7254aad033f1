import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { basePath } from './crawl.ts';
import { dist } from './dist.ts';
import { serveStatic } from './server.ts';

/** Debian's Chromium with the team's flags (scripts/lib/chromium.ts, shared with the benchmark). */
export { CHROMIUM, launchChromium as launchBrowser } from '../../scripts/lib/chromium.ts';

export interface SiteInBrowser {
	readonly browser: Browser;
	/** The built site's address, base path included, with a trailing slash. */
	readonly url: string;
	/** The context made from `contextOptions` (after `prepare`), when options were given. */
	readonly context: BrowserContext;
}

/**
 * For one test file: serve dist/ under the base path and launch Chromium before its tests (optionally one
 * browser context, prepared e.g. with axe), and close all after them.
 */
export function siteInBrowser(contextOptions?: BrowserContextOptions, prepare?: (context: BrowserContext) => Promise<void>): SiteInBrowser {
	let browser: Browser | undefined;
	let context: BrowserContext | undefined;
	let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
	beforeAll(async () => {
		server = await serveStatic(dist, basePath);
		browser = await launchChromium();
		if (contextOptions) {
			context = await browser.newContext(contextOptions);
			await prepare?.(context);
		}
	});
	afterAll(async () => {
		await context?.close();
		await browser?.close();
		await server?.close();
	});
	const ready = <T>(value: T | undefined, name: string): T => {
		if (value === undefined) throw new Error(`${name} is not ready: use it inside a test or hook`);
		return value;
	};
	return {
		get browser() {
			return ready(browser, 'browser');
		},
		get url() {
			return ready(server, 'server').url;
		},
		get context() {
			return ready(context, 'context');
		},
	};
}
