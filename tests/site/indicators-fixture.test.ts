import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage, root, textOf } from '../helpers/dist.ts';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';
import { fixtureBuild } from '../helpers/fixture-build.ts';

const fixture = join(root, 'tests/fixtures/indicators/new-indicator');

/** Copy data/ and add the fixture indicator and its figures, as an editor would: data files only. */
function fixtureData(dir: string, extraYear?: { year: number; status: string }): string {
	const data = join(dir, 'data');
	cpSync(join(root, 'data'), data, { recursive: true });
	cpSync(join(fixture, 'indicator.json'), join(data, 'indicators/an-toan-lao-dong.json'));
	// An indicator without any figure: the no-data case on every page.
	cpSync(join(fixture, 'no-data-indicator.json'), join(data, 'indicators/tu-van-phap-luat.json'));
	const added = JSON.parse(readFileSync(join(fixture, 'observations.json'), 'utf8')) as Record<string, unknown[]>;
	for (const [year, observations] of Object.entries(added)) {
		const file = join(data, 'observations', `${year}.json`);
		const content = JSON.parse(readFileSync(file, 'utf8'));
		content.observations.push(...observations);
		writeFileSync(file, JSON.stringify(content, null, '\t'));
	}
	if (extraYear) {
		const content = JSON.parse(readFileSync(join(data, 'observations/2025.json'), 'utf8'));
		content.observations = content.observations.map((o: Record<string, unknown>) => ({ ...o, status: extraYear.status }));
		writeFileSync(join(data, 'observations/2025.json'), JSON.stringify(content));
	}
	return data;
}

describe('a new indicator needs data files only', () => {
	const build = fixtureBuild('indicators-fixture-', (dir) => ({ DATA_DIR: fixtureData(dir) }), 180_000);

	it('gets an indicator page with chart, table, summary and downloads', () => {
		const html = readPage('chi-tieu/an-toan-lao-dong/', build.dist);
		expect(html).toMatch(/<canvas[^>]*role="img"/);
		expect(html).toContain('<table');
		const text = textOf(html);
		expect(text).toContain('Năm 2025: 93% — đạt chỉ tiêu ≥ 90% (cao hơn chỉ tiêu 3 điểm phần trăm).');
		expect(text).toContain('Số liệu minh họa');
		expect(html).toContain('href="/du-lieu/chi-tieu-an-toan-lao-dong.csv"');
		// Editor text reaches the page escaped, in HTML and in the embedded chart JSON.
		const outsideAttributes = html.replace(/="[^"]*"/g, '=""');
		expect(outsideAttributes).not.toContain('<thử>');
		expect(outsideAttributes).not.toContain('</script><b>');
		expect(html).toContain('Huấn luyện an toàn lao động &lt;thử&gt;');
		expect(html).toContain('"label":"Huấn luyện an toàn lao động \\u003cthử\\u003e"');
		const csv = readFileSync(join(build.dist, 'du-lieu/chi-tieu-an-toan-lao-dong.csv'), 'utf8');
		expect(csv.split('\r\n').filter(Boolean)).toHaveLength(3);
		expect(csv).toContain('an-toan-lao-dong');
	});

	it('gets a row on the scorecard, in the yearly report and in the open data', () => {
		expect(readPage('chi-tieu/', build.dist)).toMatch(/data-status="met" data-indicator="an-toan-lao-dong"/);
		expect(textOf(readPage('bao-cao/2024/', build.dist))).toContain('Huấn luyện an toàn lao động <thử>');
		expect(readFileSync(join(build.dist, 'du-lieu/so-lieu.csv'), 'utf8')).toContain('an-toan-lao-dong');
		expect(textOf(readPage('nhiem-vu/nhom-3/', build.dist))).toContain('Huấn luyện an toàn lao động');
	});

	it('an indicator without figures is "Chưa có số liệu" on its page, the scorecard, the home page and the 2025 report', () => {
		const page = textOf(readPage('chi-tieu/tu-van-phap-luat/', build.dist));
		expect(page).toContain('Năm gần nhất: – Chưa có số liệu');
		const scorecard = readPage('chi-tieu/', build.dist);
		expect(scorecard).toMatch(/data-status="no-data" data-indicator="tu-van-phap-luat"/);
		// 14 real indicators (11 met, 3 not met in 2025) + an-toan-lao-dong (93% ≥ 90%: met) + this one.
		expect(textOf(scorecard)).toContain('Tất cả (16) ✓ Đạt (12) ✗ Chưa đạt (3) – Chưa có số liệu (1)');
		expect(textOf(readPage('', build.dist))).toContain(
			'Năm 2025: chưa có số liệu chính thức. Số liệu minh họa không phải số liệu thật: 12 đạt, 3 chưa đạt, 1 chưa có số liệu.',
		);
		expect(textOf(readPage('bao-cao/2025/', build.dist))).toContain(
			'Số liệu năm 2025: 12 chỉ tiêu đạt, 3 chỉ tiêu chưa đạt, 1 chỉ tiêu chưa có số liệu.',
		);
	});

	it('open data: each download of figures says "Số liệu minh họa" exactly when its figures include illustrative ones', () => {
		// Each <li> of /du-lieu/ that links a CSV: its file name and whether it carries the label.
		const items = new Map<string, boolean>();
		const text = (node: Nodes): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map(text).join('') : '');
		const links = (node: Nodes): string[] =>
			node.type === 'element' && node.tagName === 'a'
				? [String(node.properties.href ?? '')]
				: 'children' in node
					? node.children.flatMap(links)
					: [];
		const walk = (node: Nodes) => {
			if (node.type === 'element' && (node as Element).tagName === 'li') {
				const csv = links(node).find((href) => href.endsWith('.csv'));
				if (csv) items.set(csv.replace(/^.*\//, ''), text(node).includes('Số liệu minh họa'));
			}
			if ('children' in node) node.children.forEach(walk);
		};
		walk(fromHtml(readPage('du-lieu/', build.dist)));
		// Real figures are all illustrative today; the fixture's no-data indicator has none.
		expect(items.get('chi-tieu-tu-van-phap-luat.csv')).toBe(false);
		expect(items.get('chi-tieu-an-toan-lao-dong.csv')).toBe(true);
		expect(items.get('chi-tieu-doan-vien-moi.csv')).toBe(true);
		for (const year of [2022, 2023, 2024, 2025]) expect([year, items.get(`so-lieu-${year}.csv`)]).toEqual([year, true]);
		expect(items.get('chi-tieu.csv')).toBe(false);
	});

	it('leaves the main build untouched', () => {
		expect(existsSync(join(root, 'dist/chi-tieu/an-toan-lao-dong'))).toBe(false);
	});
});

describe('the strict (publishing) build', () => {
	const build = fixtureBuild(
		'indicators-strict-',
		(dir) => ({
			// 2025 becomes provisional; 2022–2024 stay illustrative as shipped.
			DATA_DIR: fixtureData(dir, { year: 2025, status: 'provisional' }),
			STRICT: '1',
		}),
		180_000,
	);

	it('publishes provisional figures and leaves the illustrative ones out, saying which', () => {
		const illustrative = [2022, 2023, 2024].reduce(
			(n, year) => n + JSON.parse(readFileSync(join(build.dir, 'data/observations', `${year}.json`), 'utf8')).observations.length,
			0,
		);
		expect(build.log).toContain(`Bản phát hành bỏ ra ${illustrative} số liệu "illustrative" (không đăng): 2022 `);
		const text = textOf(readPage('chi-tieu/an-toan-lao-dong/', build.dist));
		expect(text).toContain('Năm 2025: 93% — đạt chỉ tiêu ≥ 90% (cao hơn chỉ tiêu 3 điểm phần trăm).');
		expect(text).toContain('2025: ');
		expect(text).not.toMatch(/minh họa/i);
		expect(text).not.toContain('Năm 2024');
		const csv = readFileSync(join(build.dist, 'du-lieu/chi-tieu-an-toan-lao-dong.csv'), 'utf8').split('\r\n').filter(Boolean);
		expect(csv).toHaveLength(2);
		expect(csv[1]).toContain(',provisional,Tạm tính');
	});

	it('offers yearly downloads only for years with a published figure', () => {
		expect(existsSync(join(build.dist, 'du-lieu/so-lieu-2025.csv'))).toBe(true);
		for (const year of [2022, 2023, 2024]) expect(existsSync(join(build.dist, `du-lieu/so-lieu-${year}.csv`))).toBe(false);
	});
});
