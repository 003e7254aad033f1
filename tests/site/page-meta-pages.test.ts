import { describe, expect, it } from 'vitest';
import { editUrl } from '../../src/config.ts';
import { buildRepository } from '../../src/loaders/git-remote.ts';
import { listHtml, readPage } from '../helpers/dist.ts';

// The build (global setup or `npm run build`) ran with this environment and this clone's remote.
const repo = buildRepository();

describe('built pages', () => {
	it('no page links to a repository address that does not come from configuration or the git remote', () => {
		const hosts = /https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org)\/[^"'\s<)]*/g;
		for (const page of listHtml()) {
			for (const url of readPage(page).match(hosts) ?? []) {
				expect(repo, `${page}: ${url}`).toBeDefined();
				expect(url.startsWith(`${repo!.url}/`), `${page}: ${url}`).toBe(true);
			}
			if (!repo) expect(readPage(page), page).not.toMatch(/>(?:Sửa trang này|Lịch sử thay đổi)<\/a>/);
		}
	});
	it.runIf(!!repo)('task group pages link to their source file and show the last update as dd/mm/yyyy', () => {
		const html = readPage('nhiem-vu/nhom-3/');
		expect(html).toContain(`<a href="${editUrl(['content/tasks/nhom-3.md'], repo!)}" rel="noopener"`);
		expect(html).toMatch(/rel="noopener"[^>]*>Sửa trang này<\/a>/);
	});
	it('a guideline page always shows its last update, as dd/mm/yyyy matching the machine-readable date', () => {
		// A guideline has an "updated" front matter date, the fallback when git history is shallow or dirty.
		const html = readPage('huong-dan/cap-nhat-noi-dung/');
		const date = /Cập nhật lần cuối: <time datetime="(\d{4})-(\d{2})-(\d{2})"[^>]*>([^<]*)<\/time>/.exec(html);
		expect(date, 'no "Cập nhật lần cuối" date on the page').not.toBeNull();
		expect(date![4]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
		expect(date![4]).toBe(`${date![3]}/${date![2]}/${date![1]}`);
	});
	it('the real build carries no watch-mode reload script', () => {
		expect(readPage('')).not.toContain('__watch');
		expect(readPage('nhiem-vu/nhom-3/')).not.toContain('EventSource');
	});
	it.runIf(!!repo)("glossary, editorial notes, guideline and What's new pages have the edit link too", () => {
		expect(readPage('thuat-ngu/')).toContain(`${editUrl(['content/glossary/terms.json'], repo!)}"`);
		expect(readPage('ghi-chu-van-ban/')).toContain(`${editUrl(['content/errata.json'], repo!)}"`);
		expect(readPage('huong-dan/cap-nhat-noi-dung/')).toContain(`${editUrl(['content/guidelines/cap-nhat-noi-dung.md'], repo!)}"`);
		expect(readPage('cap-nhat/')).toContain('Sửa trang này');
	});
});
