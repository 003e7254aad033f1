import type { Browser } from 'playwright-core';

/**
 * A reader's first query, measured in Chromium against a server that behaves like the real host
 * (serveStatic with `host: true`: gzip for text as nginx does, Pagefind's own files as they are, already
 * gzipped): every request from the focus on the search box until the first results show, with the bytes
 * on the wire of each (the encoded body), and the time from focus to the first results.
 * Shared by `npm run bench` (the budgets) and `npm run measure:search` (the per-request breakdown).
 */

/** Where the first query is typed: the header box of a reading page, or the search page /tim-kiem/. */
export type SearchEntry = 'header' | 'search page';

export interface QueryRequest {
	/** Path below the site root, e.g. "pagefind/wasm.unknown.pagefind". */
	path: string;
	/** Bytes on the wire (the body as sent: gzipped when the server compressed it). */
	bytes: number;
}

export interface FirstQuery {
	query: string;
	entry: SearchEntry;
	requests: QueryRequest[];
	/** Sum of `requests[].bytes`. */
	transferred: number;
	/** Focus to first results shown, in ms (includes the 200 ms typing pause when the engine is already there). */
	ms: number;
}

const SELECTORS: Record<SearchEntry, { input: string; result: string }> = {
	header: { input: '#header-search', result: '#header-search-panel .search-result' },
	'search page': { input: '[data-search-page] input[name="q"]', result: '[data-search-results] .search-result' },
};

/**
 * Open `pageUrl` in a fresh context (empty cache), wait until it is idle, then focus the search box, type
 * `query` at once and wait for the first result. `siteUrl` is the site root (requests are listed below it).
 */
export async function measureFirstQuery(
	browser: Browser,
	siteUrl: string,
	pageUrl: string,
	entry: SearchEntry,
	query: string,
): Promise<FirstQuery> {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	try {
		const page = await context.newPage();
		await page.goto(pageUrl, { waitUntil: 'networkidle' });
		const requests: Promise<QueryRequest>[] = [];
		let listening = true;
		page.on('requestfinished', (request) => {
			// The favicon: fetched by the browser after the load whenever it gets to it, not by the search.
			if (!listening || /\/favicon[^/]*$/.test(new URL(request.url()).pathname)) return;
			requests.push(
				(async () => {
					const sizes = await request.sizes();
					const path = decodeURIComponent(new URL(request.url()).pathname);
					const base = new URL(siteUrl).pathname;
					return { path: path.startsWith(base) ? path.slice(base.length) : path, bytes: Math.max(0, sizes.responseBodySize) };
				})(),
			);
		});
		const { input, result } = SELECTORS[entry];
		const ms = await page.evaluate(
			async ({ q, input, result }) => {
				const box = document.querySelector<HTMLInputElement>(input)!;
				const start = performance.now();
				box.focus();
				box.value = q;
				box.dispatchEvent(new Event('input', { bubbles: true }));
				await new Promise<void>((resolve) => {
					const check = () => (document.querySelector(result) ? resolve() : requestAnimationFrame(check));
					check();
				});
				return performance.now() - start;
			},
			{ q: query, input, result },
		);
		// Every request the first results needed has finished by now; the events may still be on their way.
		await page.waitForTimeout(100);
		listening = false;
		const list = await Promise.all(requests);
		return { query, entry, requests: list, transferred: list.reduce((s, r) => s + r.bytes, 0), ms };
	} finally {
		await context.close();
	}
}

/** What a request is, for the breakdown: Pagefind's parts, the site's word lists, the page's own JS. */
export function requestKind(path: string): string {
	if (/(^|\/)pagefind\/pagefind\.js$/.test(path)) return 'pagefind.js';
	if (/\.pagefind$/.test(path)) return 'wasm';
	if (/pagefind-entry\.json$|\.pf_meta$/.test(path)) return 'entry/meta';
	if (/\.pf_index$/.test(path)) return 'index chunks';
	if (/\.pf_fragment$/.test(path)) return 'fragments';
	if (/\.pf_filter$/.test(path)) return 'filters';
	if (/pagefind\/.*\.json$/.test(path)) return 'word lists';
	if (/\.js$/.test(path)) return 'site JS';
	return 'other';
}

/** Bytes and request count per kind, in first-seen order. */
export function breakdown(requests: QueryRequest[]): { kind: string; requests: number; bytes: number }[] {
	const out = new Map<string, { kind: string; requests: number; bytes: number }>();
	for (const r of requests) {
		const kind = requestKind(r.path);
		const row = out.get(kind) ?? { kind, requests: 0, bytes: 0 };
		row.requests++;
		row.bytes += r.bytes;
		out.set(kind, row);
	}
	return [...out.values()];
}

/** The first queries measured: without diacritics, with them, an abbreviation, and a one-letter typo. */
export const FIRST_QUERIES = ['kinh phi cong doan', 'kinh phí công đoàn', 'cdcs', 'gia dinhh'];
