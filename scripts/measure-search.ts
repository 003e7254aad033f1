/**
 * Search figures for the closing note (not a test): run after `npm run build`.
 *   npm run -s measure:search
 * - index size on disk (dist/pagefind/), raw and gzip;
 * - bytes fetched and time to first results for a reader's first query, measured in Chromium;
 * - how many of the programme queries (ALL_QUERIES in tests/helpers/search-queries.ts) find the expected
 *   section in the first results, with Pagefind alone and with this site's engine (đ/Đ variants,
 *   adjacency of the typed syllables, typo corrections).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './lib/chromium.ts';
import { dist } from '../tests/helpers/dist.ts';
import { loadPagefind } from '../tests/helpers/pagefind-node.ts';
import { ALL_QUERIES, answers, TOP } from '../tests/helpers/search-queries.ts';
import { serveStatic } from './lib/static-server.ts';
import { searchSite } from '../src/utils/search/engine.ts';
import { ONE_RESULT_META, type PagefindData, type PagefindHit } from '../src/utils/search/results.ts';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		return statSync(full).isDirectory() ? files(full) : [full];
	});
}

// 1. Index on disk.
const bundle = join(dist, 'pagefind');
const all = files(bundle);
const raw = all.reduce((sum, f) => sum + statSync(f).size, 0);
const gz = all.reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0);
console.log(`Index on disk: ${all.length} files, ${kb(raw)} (${kb(gz)} if every file is gzipped)`);
const groups = new Map<string, number>();
for (const f of all) {
	const key = relative(bundle, f)
		.split('/')[0]!
		.replace(/\.[^.]*$/, '');
	groups.set(key, (groups.get(key) ?? 0) + statSync(f).size);
}
console.log(`  ${[...groups].map(([k, v]) => `${k} ${kb(v)}`).join(' · ')}`);

// 2. First query in Chromium: bytes and time.
const server = await serveStatic(dist);
const browser = await launchChromium();
try {
	// The third is a typo: the site's word list (vi-words.json) is fetched and a correction searched.
	for (const query of ['kinh phi cong doan', 'cdcs', 'gia dinhh']) {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${server.url}nhiem-vu/nhom-3/`);
		await page.waitForLoadState('networkidle');
		const fetched: string[] = [];
		page.on('requestfinished', (r) => fetched.push(new URL(r.url()).pathname));
		const ms = await page.evaluate(async (q) => {
			const input = document.querySelector<HTMLInputElement>('#header-search')!;
			const start = performance.now();
			input.focus();
			input.value = q;
			input.dispatchEvent(new Event('input', { bubbles: true }));
			await new Promise<void>((resolve) => {
				const check = () => (document.querySelector('#header-search-panel .search-result') ? resolve() : requestAnimationFrame(check));
				check();
			});
			return performance.now() - start;
		}, query);
		const warm = await page.evaluate(async () => {
			const input = document.querySelector<HTMLInputElement>('#header-search')!;
			const before = document.querySelector('#header-search-panel [role="status"], .search-box [role="status"]')?.textContent;
			const start = performance.now();
			input.value = 'doi thoai';
			input.dispatchEvent(new Event('input', { bubbles: true }));
			await new Promise<void>((resolve) => {
				const check = () =>
					document.querySelector('.search-box [role="status"]')?.textContent !== before ? resolve() : requestAnimationFrame(check);
				check();
			});
			return performance.now() - start;
		});
		const sizes = fetched.map((p) => readFileSync(join(dist, decodeURIComponent(p))));
		const bytes = sizes.reduce((s, b) => s + b.length, 0);
		const gzBytes = sizes.reduce((s, b) => s + gzipSync(b).length, 0);
		console.log(
			`First query "${query}" from a reading page: ${fetched.length} requests, ${kb(bytes)} (${kb(gzBytes)} gzipped), ` +
				`first results ${ms.toFixed(0)} ms after focus; next query ${warm.toFixed(0)} ms (incl. the 200 ms typing debounce)`,
		);
		console.log(`  ${fetched.map((p) => p.replace(/^\/(_astro|pagefind)\//, '')).join(', ')}`);
		await context.close();
	}
} finally {
	await browser.close();
	await server.close();
}

// 3. Recall on the programme queries: Pagefind alone vs this engine.
const { pagefind, vocabulary, words } = await loadPagefind(dist);
let before = 0;
let after = 0;
const cases = ALL_QUERIES;
for (const c of cases) {
	const { query, expected } = c;
	const plain = (await pagefind.search(query))?.results ?? [];
	const pages = await Promise.all(plain.slice(0, TOP).map((h: PagefindHit) => h.data()));
	// A one-result page (indicator) counts once, as its top, as the site lists it.
	const plainUrls = pages
		.flatMap((d: PagefindData) =>
			d.meta[ONE_RESULT_META.key] === ONE_RESULT_META.value ? [d.url] : (d.sub_results ?? []).map((s) => s.url),
		)
		.slice(0, TOP);
	const oursUrls = (await searchSite(pagefind, query, vocabulary, { words })).items.map((i) => i.url).slice(0, TOP);
	const a = answers(c).some((u) => plainUrls.includes(u));
	const b = answers(c).some((u) => oursUrls.includes(u));
	before += Number(a);
	after += Number(b);
	console.log(`  ${a ? '✓' : '✗'} → ${b ? '✓' : '✗'}  ${query}  (${expected})`);
}
console.log(`Expected section in the first ${TOP}: Pagefind alone ${before}/${cases.length}, this site's search ${after}/${cases.length}`);
