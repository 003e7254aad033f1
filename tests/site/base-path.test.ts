import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, type BrokenLink } from '../../scripts/lib/site-links.ts';
import { routes } from '../../src/utils/routes.ts';
import { dist, listHtml } from '../helpers/dist.ts';
import { metaOf } from '../helpers/share.ts';
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

	it('share meta gives absolute page and card addresses under the base path, and the card exists', () => {
		const SITE = 'https://ldld-baoloc.github.io';
		const indicator = metaOf(readFileSync(join(out, 'chi-tieu/doan-vien-moi/index.html'), 'utf8'));
		expect(indicator.get('og:url')).toBe(`${SITE}${BASE}chi-tieu/doan-vien-moi/`);
		expect(indicator.get('og:image')).toBe(`${SITE}${BASE}og/chi-tieu-doan-vien-moi.png`);
		expect(indicator.get('twitter:image')).toBe(indicator.get('og:image'));
		expect(indicator.get('twitter:card')).toBe('summary_large_image');
		expect(indicator.get('og:image:alt')).toMatch(
			/^Nhóm chỉ tiêu thứ 5 \(mục III\)\. .+ Năm gần nhất \d{4}: .+\. (Đạt|Chưa đạt)\. Số liệu minh họa\.$/,
		);
		const group = metaOf(readFileSync(join(out, 'nhiem-vu/nhom-3/index.html'), 'utf8'));
		expect(group.get('og:image')).toBe(`${SITE}${BASE}og/nhiem-vu-nhom-3.png`);
		expect(group.get('og:image:alt')).toMatch(/^Nhóm nhiệm vụ 3\. /);
		for (const page of ['index.html', 'thuat-ngu/index.html', 'huong-dan/index.html']) {
			expect(metaOf(readFileSync(join(out, page), 'utf8')).get('og:image'), page).toBe(`${SITE}${BASE}og/chuong-trinh.png`);
		}
		for (const page of listHtml(out)) {
			const image = metaOf(readFileSync(join(out, page), 'utf8')).get('og:image')!;
			expect(existsSync(join(out, image.slice(`${SITE}${BASE}`.length))), page).toBe(true);
		}
	});

	it('sitemap-index.xml lists every page but the 404 page, and robots.txt points at it and keeps /admin/ out', () => {
		const SITE = 'https://ldld-baoloc.github.io';
		expect(readFileSync(join(out, 'sitemap-index.xml'), 'utf8')).toContain(`<loc>${SITE}${BASE}sitemap-0.xml</loc>`);
		const listed = [...readFileSync(join(out, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
		const pages = listHtml(out)
			.filter((p) => p !== '404.html')
			.map((p) => `${SITE}${BASE}${p.replace(/index\.html$/, '')}`);
		expect(listed.sort()).toEqual(pages.sort());
		expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toBe(
			`User-agent: *\nDisallow: ${BASE}admin/\n\nSitemap: ${SITE}${BASE}sitemap-index.xml\n`,
		);
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
