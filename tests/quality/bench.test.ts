import { describe, expect, it } from 'vitest';
import { BUDGETS, judge } from '../../scripts/bench/budgets.ts';
import { median } from '../../scripts/bench/build.ts';
import { spread, splitTaskFile } from '../../scripts/bench/synthetic.ts';
import type { PageFigures } from '../../scripts/bench/pages.ts';

const figures = (jsGz: number): PageFigures => ({
	path: 'x/',
	html: { raw: 1, gz: 1 },
	css: { raw: 1, gz: 1 },
	js: { raw: jsGz, gz: jsGz },
	inlineJs: { raw: 0, gz: 0 },
	requests: 3,
});

describe('benchmark helpers', () => {
	it('spreads sub-tasks evenly and exactly', () => {
		const counts = spread(396, 63);
		expect(counts.reduce((a, b) => a + b, 0)).toBe(396);
		expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
	});

	it('splits a task file into front matter and numbered sub-task paragraphs', () => {
		const { frontMatter, subtasks } = splitTaskFile('---\ngroup: 2\n---\n\nIntro.\n\n2.1. First.\n\n2.2. Second\ncontinued.\n');
		expect(frontMatter).toBe('group: 2');
		expect(subtasks).toEqual(['2.1. First.', '2.2. Second\ncontinued.']);
	});

	it('takes the median', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 2, 3])).toBe(2.5);
	});

	it('judges budgets: pass, fail and absent', () => {
		const results = judge({
			pages: { home: figures(500), task: figures(BUDGETS.readingJsGz + 1), indicator: null },
			htmlSizes: [
				{ path: 'a.html', gz: 1000 },
				{ path: 'b.html', gz: BUDGETS.htmlGz + 1 },
			],
			lighthouse: {
				home: { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100, failing: [] },
				task: { performance: 97, accessibility: 100, 'best-practices': 100, seo: 100, failing: [] },
			},
			ratio: 4.5,
			checkMs: BUDGETS.checkMs + 1,
		});
		const verdict = (prefix: string) => results.find((r) => r.budget.startsWith(prefix))?.verdict;
		expect(verdict('home: JS')).toBe('PASS');
		expect(verdict('task: JS')).toBe('FAIL');
		expect(verdict('scorecard: JS')).toBe('ABSENT');
		expect(verdict('indicator: JS')).toBe('ABSENT');
		expect(verdict('every page: HTML')).toBe('FAIL');
		expect(verdict('home: Lighthouse')).toBe('PASS');
		expect(verdict('task: Lighthouse')).toBe('FAIL');
		expect(verdict('10×')).toBe('FAIL');
		expect(verdict('npm run check')).toBe('FAIL');
		expect(
			judge({ pages: {}, htmlSizes: [], lighthouse: null, ratio: null, checkMs: 120 }).find((r) => r.budget.startsWith('npm run check')),
		).toEqual({
			budget: `npm run check: whole tree ≤ ${BUDGETS.checkMs} ms (warm)`,
			measured: '120 ms',
			verdict: 'PASS',
		});
	});

	it('judges the first-query search budgets: the heaviest query for bytes, the median for time', () => {
		const q = (query: string, transferred: number, ms: number) => ({ query, entry: 'header', transferred, ms });
		const search = (queries: ReturnType<typeof q>[] | null) =>
			judge({ pages: {}, htmlSizes: [], lighthouse: null, ratio: null, searchQueries: queries }).filter((r) =>
				r.budget.startsWith('search:'),
			);
		expect(
			search([q('cdcs', 100 * 1024, 300), q('gia dinhh', BUDGETS.searchFirstQueryBytes, 900), q('doi thoai', 120 * 1024, 450)]),
		).toEqual([
			{
				budget: 'search: a first query transfers ≤ 150.0 KB (heaviest of the queries measured)',
				measured: '150.0 KB ("gia dinhh", header)',
				verdict: 'PASS',
			},
			{
				budget: 'search: first results ≤ 500 ms from focus (median of the queries measured)',
				measured: 'median 450 ms, slowest 900 ms',
				verdict: 'PASS',
			},
		]);
		expect(search([q('kinh phi cong doan', BUDGETS.searchFirstQueryBytes + 1, 501)]).map((r) => r.verdict)).toEqual(['FAIL', 'FAIL']);
		expect(search(null).map((r) => [r.measured, r.verdict])).toEqual([
			['not run', 'ABSENT'],
			['not run', 'ABSENT'],
		]);
	});
});
