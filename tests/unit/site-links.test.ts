import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/lib/site-links.ts';

const dir = mkdtempSync(join(tmpdir(), 'links-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (path: string, html: string) => {
	mkdirSync(dirname(join(dir, path)), { recursive: true });
	writeFileSync(join(dir, path), html);
};

write(
	'index.html',
	`<a href="/sub/a/#x">ok</a><a href="a/#missing">bad anchor</a><a href="/sub/a">no slash</a>
<a href="/other/">outside</a><a href="https://example.org/">external</a><a href="mailto:x@y.z">mail</a>
<link rel="stylesheet" href="/sub/_astro/s.css"><img src="/sub/img/nope.png" srcset="/sub/img/nope.png 1x, /sub/_astro/s.css 2x">
<script>const s = '<a href="/ignored/">'</script><a href="#top">top</a><p id="top"></p>`,
);
write('a/index.html', `<h2 id="x">X</h2><a href="../">up</a><a href="/sub/a/#x">self</a>`);
write('_astro/s.css', 'body{}');

describe('link checker', () => {
	it('finds missing pages, anchors, assets and links outside the base path; ignores external and script text', () => {
		const broken = checkLinks(dir, '/sub/').map((b) => `${b.page} ${b.url} → ${b.reason}`);
		expect(broken).toEqual([
			'/sub/ a/#missing → trang đích không có mục #missing',
			'/sub/ /sub/a → không có trang hoặc tệp này (thiếu dấu "/" ở cuối)',
			'/sub/ /other/ → nằm ngoài đường dẫn gốc /sub/ (thiếu href())',
			'/sub/ /sub/img/nope.png → không có trang hoặc tệp này',
			'/sub/ /sub/img/nope.png → không có trang hoặc tệp này',
		]);
	});
});
