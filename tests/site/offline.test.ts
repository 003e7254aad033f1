import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/ui.ts';
import { PRECACHE, webManifest } from '../../src/utils/offline.ts';
import { dist, listHtml, readPage } from '../helpers/dist.ts';

/** The precache list Workbox wrote into dist/sw.js. */
function precached(): { url: string; revision: string | null }[] {
	const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
	const list = /(\[\{"(?:revision|url)":[\s\S]*?\}\])/.exec(sw);
	if (!list) throw new Error('no precache list in sw.js');
	return JSON.parse(list[1]!);
}

describe('service worker and manifest in the built site', () => {
	it('precaches the programme, every task page, every guideline and the glossary, with revisions', () => {
		const urls = precached().map((e) => e.url);
		const pages = listHtml().filter((p) => /^(index|404)\.html$|^(chuong-trinh|to-chuc-thuc-hien|nhiem-vu|huong-dan|thuat-ngu)\//.test(p));
		expect(pages.filter((p) => p.startsWith('nhiem-vu/'))).toHaveLength(8);
		expect(urls.filter((u) => u.endsWith('.html')).sort()).toEqual(pages.map((p) => `/${p}`).sort());
		for (const entry of precached().filter((e) => e.url.endsWith('.html'))) expect(entry.revision, entry.url).toMatch(/^[0-9a-f]{32}$/);
		expect(urls).toContain('/manifest.webmanifest');
		expect(urls).toContain('/favicon.svg');
	});

	it('precaches the styles and small scripts, not the chart library nor indicator pages nor the search index', () => {
		const urls = precached().map((e) => e.url);
		const assets = readdirSync(join(dist, '_astro')).filter((n) => /\.(css|js)$/.test(n));
		for (const name of assets) {
			const small = statSync(join(dist, '_astro', name)).size <= PRECACHE.maxFileBytes;
			expect(urls.includes(`/_astro/${name}`), name).toBe(small);
		}
		expect(assets.some((n) => statSync(join(dist, '_astro', n)).size > PRECACHE.maxFileBytes)).toBe(true);
		expect(urls.some((u) => u.startsWith('/chi-tieu/') || u.startsWith('/pagefind/'))).toBe(false);
	});

	it('links the manifest from every page and registers the worker in a tiny inline script', () => {
		for (const page of listHtml()) {
			const html = readFileSync(join(dist, page), 'utf8');
			expect(html, page).toContain('<link rel="manifest" href="/manifest.webmanifest">');
			expect(html, page).toContain('onload=()=>navigator.serviceWorker?.register(`/sw.js`)');
		}
		expect(JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8'))).toEqual(
			webManifest('/', { name: ui.siteName, shortName: ui.siteShortName, description: ui.siteDescription }),
		);
		for (const size of [192, 512]) expect(existsSync(join(dist, `icon-${size}.png`))).toBe(true);
	});

	it("allows only the site's own worker in the CSP", () => {
		const csp = /http-equiv="content-security-policy" content="([^"]+)"/i.exec(readPage('chuong-trinh/'))![1]!;
		expect(
			csp
				.split(';')
				.map((d) => d.trim())
				.find((d) => d.startsWith('worker-src')),
		).toBe("worker-src 'self'");
	});
});

describe('web app manifest', () => {
	it('keeps every address under the base path', () => {
		const m = webManifest('/sub', { name: 'A', shortName: 'B', description: 'C' });
		expect([m.start_url, m.scope]).toEqual(['/sub/', '/sub/']);
		expect(m.icons.map((i) => i.src)).toEqual(['/sub/favicon.svg', '/sub/icon-192.png', '/sub/icon-512.png']);
		expect(m.lang).toBe('vi');
	});
});
