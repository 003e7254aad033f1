/**
 * `npm run bench`: build-time, page-weight, search and Lighthouse figures for the site, judged against
 * the budgets of issue 6. Prints tables and writes .bench/report.json. Not a test: figures vary by
 * machine. Options (environment): BENCH_RUNS (timed builds per site, default 3; each site first gets
 * BENCH_WARMUP untimed builds, default 1), BENCH_SKIP_SYNTHETIC=1,
 * BENCH_SKIP_LIGHTHOUSE=1, CHROMIUM_PATH.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { judge, type BudgetResult } from './bench/budgets.ts';
import { checkMilliseconds, medianBuild } from './bench/build.ts';
import { hasChromium } from './lib/chromium.ts';
import { runLighthouse, type LighthouseScores } from './bench/lighthouse.ts';
import {
	PAGE_TYPES,
	allHtmlSizes,
	launch,
	measurePage,
	pagefindSize,
	pagesByType,
	type PageFigures,
	type PageType,
} from './bench/pages.ts';
import { serveStatic } from './lib/static-server.ts';
import { FIRST_QUERIES, breakdown, measureFirstQuery, type FirstQuery, type SearchEntry } from './bench/search.ts';
import { makeSyntheticSite } from './bench/synthetic.ts';
import { measureShareCards } from './bench/share-cards.ts';
import { offlineFigures } from './bench/offline.ts';
import { measureReports } from './bench/report.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const warmup = Math.max(0, Number(process.env.BENCH_WARMUP ?? 1));
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const sec = (s: number | null) => (s === null ? '—' : s.toFixed(2));

function table(headers: string[], rows: (string | number)[][]): string {
	const cells = [headers, ...rows.map((r) => r.map(String))];
	const widths = headers.map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? '')].length)));
	const line = (r: string[]) => r.map((c, i) => c + ' '.repeat((widths[i] ?? 0) - [...c].length)).join('  ');
	return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

log(`real site: ${runs} timed build(s)`);
const real = medianBuild(root, runs, warmup);
const checkMs: { real: number; synthetic: number | null } = { real: checkMilliseconds(root), synthetic: null };

let synthetic: (ReturnType<typeof medianBuild> & { content: unknown }) | null = null;
if (process.env.BENCH_SKIP_SYNTHETIC !== '1') {
	const site = makeSyntheticSite(root);
	log(
		`10× site in ${site.dir}: ${site.tasks.groups} groups, ${site.tasks.subtasks} sub-tasks, indicators: ${site.indicators ? site.indicators.indicators : 'absent'}, progress entries: ${site.progress ? `${site.progress.entries} (${site.progress.periods} periods)` : 'absent'}; ${runs} timed build(s)`,
	);
	try {
		synthetic = {
			...medianBuild(site.dir, runs, warmup),
			content: { tasks: site.tasks, indicators: site.indicators, progress: site.progress },
		};
		checkMs.synthetic = checkMilliseconds(site.dir);
	} finally {
		site.remove();
	}
}
const ratio = synthetic ? synthetic.total / real.total : null;

log('share cards (satori + resvg), as the build draws them');
const share = await measureShareCards(root);

// The last real build left dist/ in place: measure it.
const types = pagesByType(dist);
const htmlSizes = allHtmlSizes(dist).map((h) => ({ path: h.path, raw: h.bytes.raw, gz: h.bytes.gz }));
const pages: Partial<Record<PageType, PageFigures | null>> = {};
const search: FirstQuery[] = [];
let lighthouse: Partial<Record<PageType, LighthouseScores>> | null = null;
let lighthouseNote = '';
const server = await serveStatic(dist, { host: true });
try {
	if (hasChromium()) {
		const browser = await launch();
		try {
			for (const type of PAGE_TYPES) {
				const path = types[type];
				pages[type] = path === null ? null : await measurePage(browser, server.url + path, path);
			}
			if (types.search && types.task) {
				log('search: first queries from a reading page and from the search page');
				const entries: [SearchEntry, string][] = [
					['header', types.task],
					['search page', types.search],
				];
				for (const query of FIRST_QUERIES) {
					for (const [entry, path] of entries) search.push(await measureFirstQuery(browser, server.url, server.url + path, entry, query));
				}
			}
		} finally {
			await browser.close();
		}
		if (process.env.BENCH_SKIP_LIGHTHOUSE !== '1') {
			log('Lighthouse (mobile) on each page type');
			try {
				const present = PAGE_TYPES.filter((t) => types[t] !== null);
				const scores = await runLighthouse(present.map((t) => server.url + types[t]));
				lighthouse = Object.fromEntries(present.map((t) => [t, scores.get(server.url + types[t])!]));
			} catch (error) {
				lighthouseNote = `Lighthouse could not run: ${(error as Error).message}`;
			}
		} else lighthouseNote = 'skipped (BENCH_SKIP_LIGHTHOUSE=1)';
	} else {
		lighthouseNote = 'Chromium not found: page loads and Lighthouse not measured';
	}
} finally {
	await server.close();
}
const index = pagefindSize(dist);
const offline = offlineFigures(dist);
log('periodic reports: model and Word file per period');
const reports = await measureReports(root, runs);
const budgets: BudgetResult[] = judge({ pages, htmlSizes, lighthouse, ratio, checkMs: checkMs.real, searchQueries: search });

const report = {
	date: new Date().toISOString(),
	node: process.version,
	cpus: (await import('node:os')).cpus().length,
	build: { real, synthetic, ratio, shareCards: share },
	checkMs,
	pages: Object.fromEntries(PAGE_TYPES.map((t) => [t, pages[t] ?? 'absent'])),
	htmlSizes,
	search: { index: index ?? 'absent', firstQueries: search.length ? search : 'absent' },
	offline: offline ?? 'absent',
	lighthouse: lighthouse ?? lighthouseNote,
	reports,
	budgets,
};
mkdirSync(join(root, '.bench'), { recursive: true });
writeFileSync(join(root, '.bench', 'report.json'), JSON.stringify(report, null, '\t') + '\n');

/** One site's row of the build-time table. */
function buildRow(site: string, build: ReturnType<typeof medianBuild>): (string | number)[] {
	const index = build.searchIndex === 'separate step' ? sec(build.phases['search index']) : build.searchIndex;
	return [site, build.pages, sec(build.phases.check), sec(build.phases['astro build']), index, sec(build.total)];
}

const out: string[] = [];
out.push(`Build time, seconds (median of ${runs})`);
out.push(
	table(
		['site', 'pages', 'check', 'astro build', 'search index', 'total'],
		[buildRow('real', real), ...(synthetic ? [buildRow('10×', synthetic)] : [])],
	),
);
if (ratio !== null) out.push(`10× / real: ${ratio.toFixed(2)}×`);
out.push(
	`Check alone (in-process, warm median of 7): real ${Math.round(checkMs.real)} ms${checkMs.synthetic === null ? '' : `, 10× ${Math.round(checkMs.synthetic)} ms`}`,
);
out.push(
	`Share cards (part of astro build): ${share.cards} PNG, ${sec(share.total)} s (first ${share.firstMs.toFixed(0)} ms with fonts, then ${share.perCardMs.toFixed(0)} ms each), ${kb(share.bytes)} KB; ${real.phases['astro build'] ? `${((share.total / real.phases['astro build']) * 100).toFixed(0)} % of the astro build` : ''}`,
);
out.push('', 'Page weight on load (KB raw / gzip) and requests');
out.push(
	table(
		['page type', 'path', 'HTML', 'CSS', 'JS (inline)', 'requests'],
		PAGE_TYPES.map((t) => {
			const p = pages[t];
			if (!p) return [t, types[t] === null ? 'absent' : `/${types[t]}`, '—', '—', '—', '—'];
			return [
				t,
				`/${p.path}`,
				`${kb(p.html.raw)} / ${kb(p.html.gz)}`,
				`${kb(p.css.raw)} / ${kb(p.css.gz)}`,
				`${kb(p.js.raw)} / ${kb(p.js.gz)} (${kb(p.inlineJs.gz)})`,
				p.requests,
			];
		}),
	),
);
out.push('', `Pagefind index: ${index ? `${index.files} files, ${kb(index.bytes)} KB` : 'absent'}`);
if (search.length) {
	out.push('First query (bytes on the wire from the focus on the search box to the first results)');
	out.push(
		table(
			['query', 'from', 'requests', 'KB', 'ms', 'where the bytes go (KB)'],
			search.map((q) => [
				q.query,
				q.entry,
				q.requests.length,
				kb(q.transferred),
				q.ms.toFixed(0),
				breakdown(q.requests)
					.map((b) => `${b.kind} ${kb(b.bytes)}`)
					.join(', '),
			]),
		),
	);
}
out.push(
	'',
	offline
		? `Service worker: sw.js ${kb(offline.sw.raw)} KB raw / ${kb(offline.sw.gz)} KB gzip (fetched after load); precache at install: ${offline.precache.files} files (${offline.precache.html} pages), ${kb(offline.precache.bytes)} KB`
		: 'Service worker: absent',
);
if (lighthouse) {
	out.push('', 'Lighthouse (mobile)');
	out.push(
		table(
			['page type', 'performance', 'accessibility', 'best practices', 'SEO', 'audits below 90'],
			(Object.entries(lighthouse) as [PageType, LighthouseScores][]).map(([t, s]) => [
				t,
				s.performance,
				s.accessibility,
				s['best-practices'],
				s.seo,
				s.failing.join(', ') || '—',
			]),
		),
	);
} else out.push('', `Lighthouse: ${lighthouseNote}`);
out.push('', `Periodic reports (median of ${runs}; reading the sources: ${reports.loadMs.toFixed(0)} ms)`);
out.push(
	table(
		['period', 'file', 'model ms', 'Word file ms', 'size KB'],
		reports.reports.map((r) => [r.period, r.file, r.modelMs.toFixed(1), r.docxMs.toFixed(0), kb(r.bytes)]),
	),
);
out.push('', 'Budgets');
out.push(
	table(
		['budget', 'measured', 'verdict'],
		budgets.map((b) => [b.budget, b.measured, b.verdict]),
	),
);
out.push('', `Report: .bench/report.json`);
console.log(out.join('\n'));
