import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dist } from '../helpers/dist.ts';
import { basePath } from '../helpers/crawl.ts';
import { siteUrl } from '../../src/config.ts';
import { anchorsOf, checkSite, referencesOf, startTags } from '../../scripts/lib/site-links.ts';

const site = siteUrl();

describe('link checker (unit)', () => {
	const tmp = mkdtempSync(join(tmpdir(), 'links-'));
	afterAll(() => rmSync(tmp, { recursive: true, force: true }));
	const write = (path: string, body: string) => {
		mkdirSync(join(tmp, path, '..'), { recursive: true });
		writeFileSync(join(tmp, path), body);
	};
	write(
		'index.html',
		'<a href="/a/#x">a</a><a href="/a/#missing">m</a><a href="/nope/">n</a><img src="/img.png" srcset="/img.png 1x, /img2.png 2x"><a href="https://example.org/x">ext</a><a href="http://localhost:4321/a/">abs</a><a href="mailto:x@y.z">m</a>',
	);
	write('a/index.html', '<h2 id="x">X</h2><a href="../#top">up</a><a href="data.csv">csv</a>');
	write('a/data.csv', 'a,b');
	write('img.png', '');
	write('s.css', 'a{background:url("/img.png")} b{background:url(/gone.woff2)}');

	it('parses attributes with quotes and entities, skipping script content', () => {
		const tags = startTags('<a href="/x?a=1&amp;b=2" title=\'it"s\' data-x=y><script>if (a<b) "<a href=no>"</script><p id=z>');
		expect(tags.map((t) => t.name)).toEqual(['a', 'script', 'p']);
		expect(tags[1]!.text).toBe('if (a<b) "<a href=no>"');
		expect(startTags('<meta content="</script><script>alert(1)</script>">').map((t) => t.name)).toEqual(['meta']);
		expect(tags[0]!.attrs.get('href')).toBe('/x?a=1&b=2');
		expect(tags[0]!.attrs.get('title')).toBe('it"s');
		expect(anchorsOf('<p id=z></p><a name="n"></a>')).toEqual(new Set(['z', 'n']));
		expect(referencesOf('<img srcset="a.png 1x, b.png 2x">').map((r) => r.url)).toEqual(['a.png', 'b.png']);
	});

	it('reports missing files, missing anchors and broken CSS assets, and nothing else', () => {
		const { broken } = checkSite(tmp, '/', 'http://localhost:4321');
		expect(broken.map((p) => `${p.page} ${p.url}`).sort()).toEqual(
			['/a/ ../#top', '/ /a/#missing', '/ /nope/', '/ /img2.png', '/s.css /gone.woff2'].sort(),
		);
	});
});

describe('built site links', () => {
	const result = checkSite(dist, basePath, site);

	it('crawled every page and checked its links', () => {
		expect(result.pages).toBeGreaterThan(5);
		expect(result.checked).toBeGreaterThan(result.pages * 5);
	});

	it('has no broken internal link, anchor or asset', () => {
		const lines = result.broken.map((p) => `${p.page}: ${p.url} — ${p.reason}`);
		expect(lines).toEqual([]);
	});
});
