import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dist, readPage, root, textOf } from '../helpers/dist.ts';

const ids = readdirSync(join(root, 'data/indicators')).map((f) => f.replace(/\.json$/, ''));
const years = readdirSync(join(root, 'data/observations'))
	.map((f) => Number(f.replace(/\.json$/, '')))
	.sort();
const BOM = '\ufeff';

/** Scripts a page loads from /_astro/. */
const scriptsOf = (html: string) => [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);

describe('indicator pages', () => {
	it('has one page per indicator file', () => {
		expect(ids).toHaveLength(14);
		for (const id of ids) expect(existsSync(join(dist, 'chi-tieu', id, 'index.html')), id).toBe(true);
	});

	for (const id of ids) {
		it(`${id}: chart, table, summary, definition, downloads, illustrative label, search markers`, () => {
			const html = readPage(`chi-tieu/${id}/`);
			expect(html).toMatch(/<figure data-indicator-chart[^>]*>/);
			expect(html).toMatch(/<canvas id="chart-[^"]+" role="img" aria-label="Biểu đồ [^"]+"/);
			expect(html).toMatch(/<script type="application\/json">\{[^<]*\}<\/script>/);
			expect(html).toContain('<table class="indicator-table"');
			expect(html).toContain('data-indicator-summary');
			expect(html).toContain(`href="/du-lieu/chi-tieu-${id}.csv"`);
			expect(html).toContain(`href="/du-lieu/chi-tieu-${id}.json"`);
			expect(html).toContain('data-pagefind-body data-pagefind-filter="kind:Chỉ tiêu"');
			expect(html).toMatch(/class="indicator-chart" data-pagefind-ignore/);
			expect(html).toMatch(/class="table-scroll"[^>]*data-pagefind-ignore/);
			const text = textOf(html);
			expect(text).toContain('Số liệu minh họa');
			expect(text).toContain('Nguyên văn chỉ tiêu trong chương trình');
			for (const year of years) expect(text).toContain(String(year));
		});
	}

	it('writes the summary with Vietnamese numbers and the judgement', () => {
		const text = textOf(readPage('chi-tieu/hoc-tap-chinh-sach/'));
		expect(text).toContain('Năm 2025: 72,2% — đạt chỉ tiêu ≥ 70% (cao hơn chỉ tiêu 2,2 điểm phần trăm).');
		// "bình quân mỗi năm": judged on the running mean, the year's own figure beside it.
		expect(textOf(readPage('chi-tieu/doan-vien-moi/'))).toContain(
			'Năm 2025: 585; bình quân mỗi năm 2022–2025: 552,5 — đạt chỉ tiêu bình quân mỗi năm 500–600 (cao hơn mức tối thiểu 500 là 52,5).',
		);
		expect(textOf(readPage('chi-tieu/doan-vien-moi/'))).toContain(
			'2022 472 472 (2022) bình quân mỗi năm 500–600 ✗ Chưa đạt (thấp hơn mức tối thiểu 500 là 28)',
		);
		expect(textOf(readPage('chi-tieu/doan-vien-moi/'))).toContain(
			'2025 585 552,5 (2022–2025) bình quân mỗi năm 500–600 ✓ Đạt (cao hơn mức tối thiểu 500 là 52,5)',
		);
		expect(textOf(readPage('chi-tieu/xep-loai-ldld/'))).toContain(
			'2023 hoàn thành hoàn thành tốt trở lên ✗ Chưa đạt (thấp hơn chỉ tiêu 1 bậc)',
		);
		expect(textOf(readPage('chi-tieu/gioi-thieu-dang/'))).toContain('ngày 15/01/2026');
	});

	it('links related sub-tasks, and task pages link back', () => {
		expect(readPage('chi-tieu/doi-thoai-noi-lam-viec/')).toContain('href="/nhiem-vu/nhom-3/#3-8"');
		const task = readPage('nhiem-vu/nhom-3/');
		expect(task).toContain('id="chi-tieu-lien-quan"');
		expect(task).toContain('href="/chi-tieu/doi-thoai-noi-lam-viec/"');
		expect(task).toMatch(/href="\/nhiem-vu\/nhom-3\/#3-8"[^>]*>3\.8<\/a>/);
	});

	it('loads the chart code only on pages with a chart', () => {
		const chartScripts = scriptsOf(readPage('chi-tieu/doan-vien-moi/')).filter((s) => s.includes('IndicatorChart'));
		expect(chartScripts).toHaveLength(1);
		for (const page of ['', 'chuong-trinh/', 'chi-tieu/', 'bao-cao/2024/', 'du-lieu/', 'nhiem-vu/nhom-3/']) {
			expect(
				scriptsOf(readPage(page)).filter((s) => s.includes('IndicatorChart')),
				page,
			).toEqual([]);
		}
	});
});

/** The page's external scripts and every chunk they import, as file contents. */
function bundleOf(html: string): string[] {
	const seen = new Set<string>();
	const visit = (file: string) => {
		if (seen.has(file)) return;
		seen.add(file);
		for (const m of readFileSync(file, 'utf8').matchAll(/from\s*["'](\.{1,2}\/[^"']+)["']|import\s*["'](\.{1,2}\/[^"']+)["']/g)) {
			visit(join(dirname(file), m[1] ?? m[2]!));
		}
	};
	for (const src of scriptsOf(html)) visit(join(dist, src.replace(/^\//, '')));
	return [...seen].map((f) => readFileSync(f, 'utf8'));
}

describe('chart bundle', () => {
	// A size budget, not a timing: chart.js line + filler + legend + tooltip is ~57 KB gzipped; anything
	// much larger means a server-only module (zod, the ui strings, chart.js/auto) leaked into the client.
	it('stays within 64 KB gzipped and carries no zod', () => {
		const code = bundleOf(readPage('chi-tieu/doan-vien-moi/'));
		const size = code.reduce((n, c) => n + gzipSync(c).length, 0);
		expect(size).toBeGreaterThan(30_000);
		expect(size).toBeLessThan(64 * 1024);
		expect(code.join('\n')).not.toMatch(/ZodError|\$ZodType/);
	});
});

describe('scorecard', () => {
	const html = readPage('chi-tieu/');
	it('lists every indicator with its status, grouped by target bullet', () => {
		const rows = [...html.matchAll(/data-status="(met|not-met|no-data)" data-indicator="([^"]+)"/g)];
		expect(rows.map((r) => r[2]).sort()).toEqual([...ids].sort());
		expect(html.match(/<section [^>]*data-status-group/g)!.length).toBe(8);
		expect(textOf(html)).toContain('Nhóm chỉ tiêu thứ 5 (mục III)');
		expect(html).toMatch(/<div data-filter="\[data-status\]" hidden[ >]/);
		expect(textOf(html)).toContain('Số liệu minh họa');
	});
	it('is linked from the home page, whose progress line names the reporting year and counts that year', () => {
		const home = readPage('');
		expect(home).toContain('href="/chi-tieu/"');
		const from = home.indexOf('<div class="year-progress');
		const block = textOf(home.slice(from, home.indexOf('</div>', from)));
		const year = years.at(-1)!;
		const observations = (
			JSON.parse(readFileSync(join(root, `data/observations/${year}.json`), 'utf8')) as { observations: { status: string }[] }
		).observations;
		const onlyIllustrative = observations.every((o) => o.status === 'illustrative');
		if (onlyIllustrative) expect(block).toContain(`Năm ${year}: chưa có số liệu chính thức.`);
		else expect(block).toMatch(new RegExp(`Năm ${year}: \\d+/${ids.length} chỉ tiêu đạt`));
		const tally = /Số liệu minh họa không phải số liệu thật: (\d+) đạt, (\d+) chưa đạt, (\d+) chưa có số liệu\./.exec(block);
		if (observations.some((o) => o.status === 'illustrative')) {
			const counts = tally!.slice(1).map(Number);
			expect(counts.reduce((a, b) => a + b, 0)).toBe(ids.length);
			// Every indicator has a figure in the reporting year here, so the scorecard (latest year per
			// indicator) and the year's tally agree.
			const rows = [...html.matchAll(/data-status="(met|not-met|no-data)" data-indicator=/g)].map((m) => m[1]);
			expect(counts).toEqual(['met', 'not-met', 'no-data'].map((s) => rows.filter((r) => r === s).length));
		} else expect(tally).toBeNull();
		// /chi-tieu/ opens with the same year.
		expect(textOf(html)).toContain(`Năm báo cáo ${year}:`);
	});
	it('is not a search result page', () => expect(html).not.toContain('data-pagefind-body'));
});

describe('annual reports', () => {
	for (const year of years) {
		it(`${year}: every indicator with value, target and status`, () => {
			const html = readPage(`bao-cao/${year}/`);
			for (const id of ids) expect(html).toContain(`href="/chi-tieu/${id}/"`);
			const text = textOf(html);
			expect(text).toContain(`Báo cáo kết quả thực hiện chương trình năm ${year}`);
			expect(text).toMatch(new RegExp(`Số liệu năm ${year}: \\d+ chỉ tiêu đạt, \\d+ chỉ tiêu chưa đạt, \\d+ chỉ tiêu chưa có số liệu\\.`));
			expect(text).toContain('Số liệu minh họa');
			expect(html).not.toContain('data-pagefind-body');
		});
	}
});

describe('open data', () => {
	const csv = (name: string) => readFileSync(join(dist, 'du-lieu', name), 'utf8');
	it('lists every download with stable names and field definitions', () => {
		const html = readPage('du-lieu/');
		for (const name of ['so-lieu.csv', 'so-lieu.json', 'so-lieu-moi-nhat.csv', 'chi-tieu.csv', ...years.map((y) => `so-lieu-${y}.json`)]) {
			expect(html).toContain(`href="/du-lieu/${name}"`);
			expect(existsSync(join(dist, 'du-lieu', name)), name).toBe(true);
		}
		expect(textOf(html)).toContain('figure_status Loại số liệu');
		expect(html).not.toContain('data-pagefind-body');
	});
	it('writes CSV for Excel with the figure status on every row', () => {
		const all = csv('so-lieu.csv');
		expect(all.startsWith(BOM)).toBe(true);
		const lines = all.slice(1).trimEnd().split('\r\n');
		const header = lines[0]!.split(',');
		const status = header.indexOf('figure_status');
		expect(status).toBeGreaterThan(0);
		const total = years.reduce(
			(n, y) => n + JSON.parse(readFileSync(join(root, 'data/observations', `${y}.json`), 'utf8')).observations.length,
			0,
		);
		expect(lines).toHaveLength(total + 1);
		for (const line of lines.slice(1)) expect(line).toContain(',illustrative,Số liệu minh họa');
	});
	it('serves the latest year under a stable name and valid JSON everywhere', () => {
		expect(csv('so-lieu-moi-nhat.csv')).toBe(csv(`so-lieu-${years.at(-1)}.csv`));
		const json = JSON.parse(csv('so-lieu.json'));
		expect(json.notice).toContain('Số liệu minh họa');
		expect(json.observations[0]).toHaveProperty('figure_status', 'illustrative');
		const definitions = JSON.parse(csv('chi-tieu.json'));
		expect(new Set(definitions.indicators.map((i: { indicator_id: string }) => i.indicator_id)).size).toBe(14);
	});
});
