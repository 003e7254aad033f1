import { describe } from 'vitest';
import { siteInBrowser } from '../helpers/browser.ts';
import { itCrawlsEveryPage } from '../helpers/crawl.ts';

/**
 * Whole-site browser crawl at the desktop viewport (1280 px): every HTML page of dist/ (found by
 * walking the folder, no page list) must be free of axe-core violations (WCAG 2.2 AA and best
 * practices, light and dark), horizontal scroll, requests to other origins, CSP violations, script
 * errors and inline event handlers — see crawlSite() in tests/helpers/crawl.ts. The phone viewport
 * has its own file so that the two run in parallel.
 */
describe('every page in Chromium at 1280 px', () => {
	itCrawlsEveryPage(siteInBrowser(), { name: 'desktop', width: 1280, height: 800, isMobile: false });
});
