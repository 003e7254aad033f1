import { describe, expect, it } from 'vitest';
import { readPage } from '../helpers/dist.ts';

describe('built pages', () => {
	it('task group pages link to their source file and show the last update as dd/mm/yyyy', () => {
		const html = readPage('nhiem-vu/nhom-3/');
		expect(html).toMatch(/<a href="https:\/\/github\.com\/[^"]+\/edit\/main\/content\/tasks\/nhom-3\.md"[^>]*>Sửa trang này<\/a>/);
		const date = /Cập nhật lần cuối: <time datetime="(\d{4})-(\d{2})-(\d{2})"[^>]*>(\d{2}\/\d{2}\/\d{4})<\/time>/.exec(html);
		if (date) expect(date[4]).toBe(`${date[3]}/${date[2]}/${date[1]}`);
	});
	it('the real build carries no watch-mode reload script', () => {
		expect(readPage('')).not.toContain('__watch');
		expect(readPage('nhiem-vu/nhom-3/')).not.toContain('EventSource');
	});
	it('glossary, errata, guideline and What\'s new pages have the edit link too', () => {
		expect(readPage('thuat-ngu/')).toContain('/edit/main/content/glossary/terms.json"');
		expect(readPage('dinh-chinh/')).toContain('/edit/main/content/errata.json"');
		expect(readPage('huong-dan/cap-nhat-noi-dung/')).toContain('/edit/main/content/guidelines/cap-nhat-noi-dung.md"');
		expect(readPage('cap-nhat/')).toContain('Sửa trang này');
	});
});
