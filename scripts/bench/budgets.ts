import { median } from './build.ts';
import type { LighthouseScores } from './lighthouse.ts';
import { READING_TYPES, type PageFigures, type PageType } from './pages.ts';

/** The budgets of issue 6; the benchmark reports PASS, FAIL or ABSENT (not measurable here) for each. */
export const BUDGETS = {
	readingJsGz: 2 * 1024,
	indicatorJsGz: 70 * 1024,
	htmlGz: 25 * 1024,
	lighthousePerformance: 98,
	lighthouseOther: 100,
	tenfoldRatio: 4,
	/** Issue 18: the whole-tree check (word-by-word comparison with the original included), warm. */
	checkMs: 1000,
	/** Issue 13: a reader's first query, from the focus on the search box to the first results (bytes on the wire). */
	searchFirstQueryBytes: 150 * 1024,
	searchFirstResultsMs: 500,
};

export type Verdict = 'PASS' | 'FAIL' | 'ABSENT';
export interface BudgetResult {
	budget: string;
	measured: string;
	verdict: Verdict;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export interface BudgetInput {
	pages: Partial<Record<PageType, PageFigures | null>>;
	htmlSizes: { path: string; gz: number }[];
	lighthouse: Partial<Record<PageType, LighthouseScores>> | null;
	ratio: number | null;
	/** Milliseconds of the whole-tree check on the real site (warm, in-process median); null = not measured. */
	checkMs?: number | null;
	/** First queries measured in Chromium (scripts/bench/search.ts); null or empty = not measured. */
	searchQueries?: { query: string; entry: string; transferred: number; ms: number }[] | null;
}

/** Judge every budget from the measured figures (pure, unit-tested). */
export function judge({ pages, htmlSizes, lighthouse, ratio, checkMs = null, searchQueries = null }: BudgetInput): BudgetResult[] {
	const out: BudgetResult[] = [];
	for (const type of READING_TYPES) {
		const figures = pages[type];
		out.push({
			budget: `${type}: JS before interaction ≤ ${kb(BUDGETS.readingJsGz)} gz (theme toggle only)`,
			measured: figures ? `${kb(figures.js.gz)} gz` : 'absent',
			verdict: !figures ? 'ABSENT' : figures.js.gz <= BUDGETS.readingJsGz ? 'PASS' : 'FAIL',
		});
	}
	const indicator = pages.indicator;
	out.push({
		budget: `indicator: JS ≤ ${kb(BUDGETS.indicatorJsGz)} gz`,
		measured: indicator ? `${kb(indicator.js.gz)} gz` : 'absent',
		verdict: !indicator ? 'ABSENT' : indicator.js.gz <= BUDGETS.indicatorJsGz ? 'PASS' : 'FAIL',
	});
	const largest = [...htmlSizes].sort((a, b) => b.gz - a.gz)[0];
	const over = htmlSizes.filter((h) => h.gz > BUDGETS.htmlGz);
	const dashboard = htmlSizes.find((h) => h.path.replace(/\\/g, '/') === 'tien-do/index.html');
	out.push({
		budget: `progress dashboard /tien-do/: HTML ≤ ${kb(BUDGETS.htmlGz)} gz`,
		measured: dashboard ? kb(dashboard.gz) : 'absent',
		verdict: !dashboard ? 'ABSENT' : dashboard.gz <= BUDGETS.htmlGz ? 'PASS' : 'FAIL',
	});
	out.push({
		budget: `every page: HTML ≤ ${kb(BUDGETS.htmlGz)} gz`,
		measured: largest ? `max ${kb(largest.gz)} (${largest.path})${over.length ? `; ${over.length} over` : ''}` : 'absent',
		verdict: !largest ? 'ABSENT' : over.length ? 'FAIL' : 'PASS',
	});
	for (const type of Object.keys(pages) as PageType[]) {
		if (!pages[type]) continue;
		const scores = lighthouse?.[type];
		const measured = scores ? `P${scores.performance} A${scores.accessibility} BP${scores['best-practices']} SEO${scores.seo}` : 'not run';
		const pass =
			scores &&
			scores.performance >= BUDGETS.lighthousePerformance &&
			scores.accessibility >= 100 &&
			scores['best-practices'] >= 100 &&
			scores.seo >= 100;
		out.push({
			budget: `${type}: Lighthouse mobile P ≥ ${BUDGETS.lighthousePerformance}, A/BP/SEO 100`,
			measured,
			verdict: !scores ? 'ABSENT' : pass ? 'PASS' : 'FAIL',
		});
	}
	out.push({
		budget: `10× content builds in ≤ ${BUDGETS.tenfoldRatio}× the real time`,
		measured: ratio === null ? 'not run' : `${ratio.toFixed(2)}×`,
		verdict: ratio === null ? 'ABSENT' : ratio <= BUDGETS.tenfoldRatio ? 'PASS' : 'FAIL',
	});
	out.push({
		budget: `npm run check: whole tree ≤ ${BUDGETS.checkMs} ms (warm)`,
		measured: checkMs === null ? 'not run' : `${Math.round(checkMs)} ms`,
		verdict: checkMs === null ? 'ABSENT' : checkMs <= BUDGETS.checkMs ? 'PASS' : 'FAIL',
	});
	const queries = searchQueries ?? [];
	const heaviest = [...queries].sort((a, b) => b.transferred - a.transferred)[0];
	out.push({
		budget: `search: a first query transfers ≤ ${kb(BUDGETS.searchFirstQueryBytes)} (heaviest of the queries measured)`,
		measured: heaviest ? `${kb(heaviest.transferred)} ("${heaviest.query}", ${heaviest.entry})` : 'not run',
		verdict: !heaviest ? 'ABSENT' : heaviest.transferred <= BUDGETS.searchFirstQueryBytes ? 'PASS' : 'FAIL',
	});
	// Time varies with the machine's load: judged on the median of the queries measured, the slowest shown.
	const times = queries.map((q) => q.ms);
	const middle = times.length ? median(times) : null;
	out.push({
		budget: `search: first results ≤ ${BUDGETS.searchFirstResultsMs} ms from focus (median of the queries measured)`,
		measured: middle === null ? 'not run' : `median ${Math.round(middle)} ms, slowest ${Math.round(Math.max(...times))} ms`,
		verdict: middle === null ? 'ABSENT' : middle <= BUDGETS.searchFirstResultsMs ? 'PASS' : 'FAIL',
	});
	return out;
}
