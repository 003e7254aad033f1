/**
 * Search figures for the closing note (not a test): run after `npm run build`.
 *   npm run -s measure:search
 * - index size on disk (dist/pagefind/), raw and gzip;
 * - bytes on the wire (per request) and time to first results for a reader's first query, in Chromium;
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
import { breakdown, FIRST_QUERIES, measureFirstQuery } from './bench/search.ts';
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

// 2. First query in Chromium, as the real host serves it (gzip for text; Pagefind's files are gzipped
// already): each request from the focus until the first results, and the time. From a reading page's
// header box and from the search page.
const server = await serveStatic(dist, { host: true });
const browser = await launchChromium();
try {
	// With and without diacritics, an abbreviation, and a typo (the site's word list is fetched and a correction searched).
	for (const query of FIRST_QUERIES) {
		for (const [entry, path] of [
			['header', 'nhiem-vu/nhom-3/'],
			['search page', 'tim-kiem/'],
		] as const) {
			const m = await measureFirstQuery(browser, server.url, server.url + path, entry, query);
			console.log(
				`First query "${query}" (${entry}): ${m.requests.length} requests, ${kb(m.transferred)} on the wire, first results ${m.ms.toFixed(0)} ms after focus`,
			);
			console.log(
				`  ${breakdown(m.requests)
					.map((b) => `${b.kind} ${b.requests}× ${kb(b.bytes)}`)
					.join(' · ')}`,
			);
		}
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
