import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/ui.ts';
import { cardNames } from '../../src/utils/share.ts';
import { dist, listHtml, root } from '../helpers/dist.ts';
import { decodePng, htmlAttr, metaOf, PNGTOPNM } from '../helpers/share.ts';

/** The default build (no SITE_URL): share meta on every page, cards decoded by netpbm, no localhost address. */

describe('share meta on every page', () => {
	const pages = listHtml();

	it("title, description, site name and vi_VN, equal to the page's own", () => {
		expect(pages.length).toBeGreaterThan(40);
		for (const page of pages) {
			const html = readFileSync(join(dist, page), 'utf8');
			const meta = metaOf(html);
			const title = htmlAttr(/<title>([^<]*)<\/title>/.exec(html)![1]!);
			expect(meta.get('og:title'), page).toBe(title);
			expect(meta.get('twitter:title'), page).toBe(title);
			expect(meta.get('og:description'), page).toBe(meta.get('description'));
			expect(meta.get('twitter:description'), page).toBe(meta.get('description'));
			expect(meta.get('og:locale'), page).toBe('vi_VN');
			expect(meta.get('og:site_name'), page).toBe(ui.siteName);
			expect(meta.get('og:type'), page).toBe('website');
		}
	});

	it('without SITE_URL names no address: no og:url, og:image or canonical, nothing on localhost', () => {
		for (const page of pages) {
			const html = readFileSync(join(dist, page), 'utf8');
			const meta = metaOf(html);
			expect(meta.has('og:url'), page).toBe(false);
			expect(meta.has('og:image'), page).toBe(false);
			expect(meta.get('twitter:card'), page).toBe('summary');
			expect(html, page).not.toContain('rel="canonical"');
			expect(html, page).not.toContain('localhost');
		}
		expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toBe('User-agent: *\nDisallow: /admin/\n');
		expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(false);
	});
});

describe('share cards', () => {
	const indicators = readdirSync(join(root, 'data/indicators')).map((n) => n.replace(/\.json$/, ''));
	const groups = readdirSync(join(root, 'content/tasks')).map((n) => n.replace(/\.md$/, ''));

	it('one per indicator, one per task group, one for the programme', () => {
		const expected = [cardNames.programme, ...groups.map(cardNames.taskGroup), ...indicators.map(cardNames.indicator)].map(
			(n) => `${n}.png`,
		);
		expect(readdirSync(join(dist, 'og')).sort()).toEqual(expected.sort());
		expect(expected).toHaveLength(1 + 7 + 14);
	});

	it.skipIf(!PNGTOPNM)('decode as 1200×630 images with the accent bar and dark text on white', () => {
		for (const name of readdirSync(join(dist, 'og'))) {
			const png = decodePng(join(dist, 'og', name));
			expect([png.width, png.height], name).toEqual([1200, 630]);
			expect(png.rgb(10, 315), name).toBe('#0b4f8a');
			expect(png.rgb(1190, 10), name).toBe('#ffffff');
			// Some pixel of the title (kicker and title start at the left padding, upper third).
			let dark = 0;
			for (let y = 100; y < 260; y += 2) for (let x = 92; x < 700; x += 2) if (png.rgb(x, y) === '#1b1f24') dark++;
			expect(dark, name).toBeGreaterThan(200);
		}
	});
});
