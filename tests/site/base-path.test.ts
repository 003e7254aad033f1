import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, type BrokenLink } from '../../scripts/lib/site-links.ts';
import { routes } from '../../src/utils/routes.ts';
import { dist } from '../helpers/dist.ts';
import { buildEnv, siteCopy } from '../scripts/site-copy.ts';

const BASE = '/chuong-trinh-hanh-dong/';
const REPO = 'https://github.com/vi-du/chuong-trinh';
const copy = siteCopy('base-path-');
const out = join(copy.dir, 'dist-base');

/**
 * Pages listed in routes.ts but not built by any page yet (other issues add them) are not broken links of
 * this site: they are skipped only while the built site has no such page at all.
 */
function plannedButMissing(dir: string, base: string) {
	const planned = (Object.values(routes) as unknown[])
		.filter((r): r is string => typeof r === 'string' && r.endsWith('/') && r !== '')
		.filter((r) => !existsSync(join(dir, r, 'index.html')))
		.map((r) => base + r);
	return (b: BrokenLink) => !planned.some((p) => b.url === p);
}

beforeAll(() => {
	// This variant also has every site setting empty (content/site.json) and a configured repository.
	const empty = { programme: { issuer: '', period: '' }, publisher: '', maintainer: '', contact: '' };
	writeFileSync(join(copy.dir, 'content/site.json'), `${JSON.stringify(empty, null, '\t')}\n`);
	execFileSync('npx', ['astro', 'build'], {
		cwd: copy.dir,
		env: buildEnv({ BASE_PATH: BASE, OUT_DIR: out, SITE_URL: 'https://ldld-baoloc.github.io', REPO_URL: REPO, REPO_BRANCH: 'main' }),
		stdio: 'pipe',
	});
}, 240_000);
afterAll(() => copy.remove());

describe('site under a project sub-path', () => {
	it('every internal link, anchor and asset stays under the base path and exists', () => {
		expect(checkLinks(out, BASE).filter(plannedButMissing(out, BASE))).toEqual([]);
	});

	it('pages link with the base path and canonical URLs include it', () => {
		const html = readFileSync(join(out, 'nhiem-vu/nhom-3/index.html'), 'utf8');
		expect(html).toContain(`href="${BASE}nhiem-vu/nhom-2/"`);
		expect(html).toContain(`<link rel="canonical" href="https://ldld-baoloc.github.io${BASE}nhiem-vu/nhom-3/"`);
		expect(html).not.toMatch(/(?:href|src)="\/(?!chuong-trinh-hanh-dong\/)[a-z]/);
		const rss = readFileSync(join(out, 'cap-nhat/rss.xml'), 'utf8');
		expect(rss).toContain(`<link>https://ldld-baoloc.github.io${BASE}cap-nhat/#`);
	});

	it('with SITE_URL the open data page gives absolute stable addresses, and the old errata URL keeps the base path', () => {
		const data = readFileSync(join(out, 'du-lieu/index.html'), 'utf8');
		expect(data).toContain(`Địa chỉ cố định: <code>https://ldld-baoloc.github.io${BASE}du-lieu/so-lieu.csv</code>`);
		const old = readFileSync(join(out, 'dinh-chinh/index.html'), 'utf8');
		expect(old).toContain(`<meta http-equiv="refresh" content="0;url=${BASE}ghi-chu-van-ban/"`);
	});

	it('with REPO_URL the edit and history links point at that repository', () => {
		const html = readFileSync(join(out, 'nhiem-vu/nhom-3/index.html'), 'utf8');
		expect(html).toMatch(new RegExp(`<a href="${REPO}/edit/main/content/tasks/nhom-3\\.md" rel="noopener"[^>]*>Sửa trang này</a>`));
		expect(html).toMatch(new RegExp(`<a href="${REPO}/commits/main/content/tasks/nhom-3\\.md" rel="noopener"[^>]*>Lịch sử thay đổi</a>`));
	});

	it('with every site setting empty no page names an issuer, publisher, maintainer or contact', () => {
		const home = readFileSync(join(out, 'index.html'), 'utf8');
		// Nothing above the home title, and the opening sentence names no issuer.
		expect(home).toMatch(/<div class="intro prose"[^>]*>\s*<h1[^>]*>/);
		expect(home).toMatch(/<p class="lead"[^>]*>Chương trình giao cho công đoàn các cấp/);
		for (const page of ['index.html', 'gioi-thieu/index.html', 'nhiem-vu/nhom-3/index.html', 'chi-tieu/index.html']) {
			const html = readFileSync(join(out, page), 'utf8');
			expect(html, page).not.toContain('data-site-owner');
			expect(html, page).not.toContain('data-programme-facts');
			expect(html, page).not.toMatch(/<p class="eyebrow">Chương trình của|Đơn vị đăng tải trang|Biên tập và cập nhật nội dung|Liên hệ:/);
		}
	});

	it('the default build at "/" has no broken internal links either', () => {
		expect(checkLinks(dist, '/').filter(plannedButMissing(dist, '/'))).toEqual([]);
	});

	it('the link checker reports links that leave the base path (as a build without base would have)', () => {
		const broken = checkLinks(dist, BASE);
		expect(broken.length).toBeGreaterThan(0);
		expect(broken[0]?.reason).toContain('ngoài đường dẫn gốc');
	});
});
