import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteInBrowser } from '../helpers/browser.ts';
import { axeLines } from '../helpers/crawl.ts';

/** dist/ served under the base path and one Chromium for this file (tests/helpers/browser.ts). */
const site = siteInBrowser();

/** Share of canvas pixels that are not transparent: a drawn chart has lines, labels and a grid. */
function paintedShare(page: Page): Promise<number> {
	return page.$eval('figure[data-indicator-chart] canvas', (canvas) => {
		const c = canvas as HTMLCanvasElement;
		const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
		let painted = 0;
		for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
		return painted / (data.length / 4);
	});
}

/** What the live chart.js instance draws: each dataset's label, values, colours and fill. */
interface Drawn {
	label: string;
	data: (number | null)[];
	borderColor: string;
	backgroundColor: string;
	fill: unknown;
}
function drawnDatasets(page: Page): Promise<Drawn[]> {
	return page.$eval('figure[data-indicator-chart] canvas', (canvas) => {
		const chart = (canvas as unknown as { chart: { data: { labels: string[]; datasets: Drawn[] } } }).chart;
		return chart.data.datasets.map((d) => ({
			label: d.label,
			data: [...d.data],
			borderColor: String(d.borderColor),
			backgroundColor: String(d.backgroundColor),
			fill: d.fill,
		}));
	});
}
const cssVariable = (page: Page, name: string) =>
	page.$eval('figure[data-indicator-chart]', (figure, n) => getComputedStyle(figure).getPropertyValue(n).trim(), name);

// Values worked out by hand from data/observations/*.json (2022–2025): doi-thoai 11/12, 12/12, 12/12, 11/11 and
// 88/140, 101/146, 118/152, 121/155 rounded to one decimal; doan-vien-moi the yearly counts.
const pages = [
	{
		path: 'chi-tieu/doi-thoai-noi-lam-viec/',
		dark: true,
		series: [
			{ label: 'Doanh nghiệp nhà nước', data: [91.7, 100, 100, 100] },
			{ label: 'Doanh nghiệp ngoài khu vực nhà nước', data: [62.9, 69.2, 77.6, 78.1] },
		],
		targets: [
			{ label: 'Chỉ tiêu: Doanh nghiệp nhà nước 100%', data: [100, 100, 100, 100] },
			{ label: 'Chỉ tiêu: Doanh nghiệp ngoài khu vực nhà nước ≥ 75%', data: [75, 75, 75, 75] },
		],
		band: false,
		// Several parts: each target line takes its part's colour.
		targetColours: [
			{ dataset: 0, property: 'borderColor', variable: '--chart-1' },
			{ dataset: 1, property: 'borderColor', variable: '--chart-2' },
		],
		summary: 'Năm 2025, doanh nghiệp ngoài khu vực nhà nước: 78,1%',
	},
	{
		path: 'chi-tieu/doan-vien-moi/',
		dark: false,
		series: [{ label: 'Phát triển đoàn viên mới', data: [472, 538, 615, 585] }],
		targets: [
			{ label: 'Chỉ tiêu: bình quân mỗi năm 500–600 (Khoảng chỉ tiêu)', data: [500, 500, 500, 500] },
			{ label: 'Chỉ tiêu: bình quân mỗi năm 500–600 — mức trên', data: [600, 600, 600, 600] },
		],
		band: true,
		// One part: the band's lines in the target colour, its fill in the band colour.
		targetColours: [
			{ dataset: 0, property: 'borderColor', variable: '--chart-target' },
			{ dataset: 1, property: 'backgroundColor', variable: '--chart-band' },
		],
		summary: 'Năm 2025: 585; bình quân mỗi năm 2022–2025: 552,5 — đạt chỉ tiêu bình quân mỗi năm 500–600',
	},
];

describe.each(pages)('indicator page $path', ({ path, dark, series, targets, band, targetColours, summary }) => {
	let page: Page;
	const errors: string[] = [];

	beforeAll(async () => {
		page = await site.browser.newPage({ acceptDownloads: true, viewport: { width: 1000, height: 800 } });
		page.on('pageerror', (e) => errors.push(String(e)));
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		await page.goto(site.url + path);
		await page.waitForSelector('figure[data-indicator-chart][data-chart-ready="true"]');
	});
	afterAll(() => page?.close());

	it('draws one series per part with its values, and the target line or band', async () => {
		expect(await paintedShare(page)).toBeGreaterThan(0.02);
		const label = await page.getAttribute('figure[data-indicator-chart] canvas', 'aria-label');
		expect(label).toMatch(/^Biểu đồ /);
		expect(label).toContain(summary);
		const drawn = await drawnDatasets(page);
		expect(drawn.map((d) => ({ label: d.label, data: d.data }))).toEqual([...targets, ...series]);
		const bandFill = drawn.map((d) => d.fill);
		// A range fills between its lower and upper line ("-1": to the previous dataset); lines fill nothing.
		expect(bandFill).toEqual(band ? [false, '-1', undefined] : [false, false, undefined, undefined]);
		expect(errors).toEqual([]);
	});
	it('shows the table and the summary', async () => {
		expect(await page.isVisible('table.indicator-table')).toBe(true);
		expect(await page.locator('table.indicator-table tbody tr').count()).toBeGreaterThanOrEqual(4 * series.length);
		expect(await page.textContent('[data-indicator-summary]')).toContain(summary);
	});

	it('offers working CSV, JSON and PNG downloads', async () => {
		for (const ext of ['csv', 'json']) {
			const href = await page.getAttribute(`.downloads a[href$=".${ext}"]`, 'href');
			const response = await page.request.get(new URL(href!, site.url).href);
			expect(response.status()).toBe(200);
			const body = await response.text();
			expect(body).toContain('illustrative');
			if (ext === 'json') expect(() => JSON.parse(body)).not.toThrow();
		}
		const button = page.locator('button[data-chart-png]');
		expect(await button.isVisible()).toBe(true);
		const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
		expect(download.suggestedFilename()).toMatch(/^chi-tieu-.+\.png$/);
		const file = await download.path();
		const bytes = readFileSync(file!);
		expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
		expect(bytes.length).toBeGreaterThan(5_000);
	});

	it('redraws the chart in the colours of the dark theme, read from the computed CSS variables', async () => {
		const variables = ['--chart-1', ...targetColours.map((t) => t.variable)];
		const colours = async () => Object.fromEntries(await Promise.all(variables.map(async (v) => [v, await cssVariable(page, v)] as const)));
		const drawnColours = (drawn: Drawn[]) => ({
			series: drawn.at(-series.length)!.borderColor,
			targets: targetColours.map((t) => drawn[t.dataset]![t.property as 'borderColor' | 'backgroundColor']),
		});
		const light = await colours();
		expect(drawnColours(await drawnDatasets(page))).toEqual({
			series: light['--chart-1'],
			targets: targetColours.map((t) => light[t.variable]),
		});
		await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
		const dark = await colours();
		expect(dark['--chart-1']).not.toBe(light['--chart-1']);
		await page.waitForFunction(
			(c) =>
				(
					document.querySelector('figure[data-indicator-chart] canvas') as unknown as {
						chart: { data: { datasets: { borderColor: string }[] } };
					}
				).chart.data.datasets.some((d) => d.borderColor === c),
			dark['--chart-1'],
		);
		expect(drawnColours(await drawnDatasets(page))).toEqual({
			series: dark['--chart-1'],
			targets: targetColours.map((t) => dark[t.variable]),
		});
		await page.evaluate(() => delete document.documentElement.dataset.theme);
		expect(errors).toEqual([]);
	});

	it('has no axe-core violations', async () => {
		expect(await axeLines(page)).toEqual([]);
	});

	it.runIf(dark)('has no axe-core violations in dark mode', async () => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.waitForTimeout(100);
		expect(await axeLines(page)).toEqual([]);
		await page.emulateMedia({ colorScheme: 'light' });
	});
});

describe('without JavaScript', () => {
	it('keeps the table, summary and downloads; hides the PNG button', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.url}chi-tieu/doan-vien-moi/`);
		expect(await page.isVisible('table.indicator-table')).toBe(true);
		expect(await page.textContent('[data-indicator-summary]')).toContain('Năm 2025: 585');
		expect(await page.isVisible('.downloads a[href$=".csv"]')).toBe(true);
		expect(await page.isVisible('button[data-chart-png]')).toBe(false);
		await context.close();
	});
});

describe.each(['chi-tieu/xep-loai-ldld/', 'bao-cao/2025/', 'du-lieu/'])('page /%s', (path) => {
	it('has no axe-core violations', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.url + path);
		expect(await axeLines(page)).toEqual([]);
		await page.close();
	});
});

describe('scorecard filter', () => {
	it('shows exactly the cards of the chosen status (2025: 14 in all, 11 met, 3 not met, 0 without data)', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}chi-tieu/`);
		const visible = () => page.locator('li[data-status]:visible').count();
		expect(await page.locator('li[data-status]').count()).toBe(14);
		expect(await visible()).toBe(14);
		const shown: Record<string, number> = {};
		for (const status of ['not-met', 'met', 'no-data']) {
			await page.check(`input[value="${status}"]`);
			shown[status] = await visible();
			expect(await page.locator(`li[data-status]:not([data-status="${status}"]):visible`).count(), status).toBe(0);
		}
		expect(shown).toEqual({ 'not-met': 3, met: 11, 'no-data': 0 });
		// no card without data: every group of cards hides with them
		expect(await page.locator('[data-status-group]:visible').count()).toBe(0);
		await page.check('input[value="not-met"]');
		expect(await page.textContent('[data-filter-count]')).toBe('Đang hiện 3 chỉ tiêu');
		expect(await axeLines(page)).toEqual([]);
		await page.close();
	});
});
