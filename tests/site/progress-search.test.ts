import { beforeAll, describe, expect, it } from 'vitest';
import { dist } from '../helpers/dist.ts';
import { loadPagefind } from '../helpers/pagefind-node.ts';
import { searchSite, type PagefindApi } from '../../src/utils/search/engine.ts';
import type { DVocabulary } from '../../src/utils/search/vocabulary.ts';
import { ui } from '../../src/i18n/ui.ts';

let pagefind: PagefindApi;
let vocabulary: DVocabulary;
beforeAll(async () => {
	({ pagefind, vocabulary } = await loadPagefind(dist));
});

describe('progress entries in search', () => {
	it('are their own kind "Tiến độ", one result per sub-task page', async () => {
		expect(ui.search.kinds).toContain('Tiến độ');
		// Words only the illustrative entry of 3.6 holds among progress pages.
		const { items } = await searchSite(pagefind, 'thăm hỏi hỗ trợ đoàn viên hoàn cảnh khó khăn Tháng Công nhân', vocabulary);
		const progress = items.filter((i) => i.kind === 'Tiến độ');
		expect(progress.map((i) => i.url)).toContain('/tien-do/3-6/');
		expect(progress.every((i) => /^\/tien-do\/\d+-\d+\/$/.test(i.url))).toBe(true);
		expect(new Set(progress.map((i) => i.url)).size).toBe(progress.length);
		expect(progress.find((i) => i.url === '/tien-do/3-6/')?.title).toBe('Tiến độ nhiệm vụ 3.6');
	});

	it('do not repeat the programme text of the sub-task (indexed on its group page only)', async () => {
		const { items } = await searchSite(pagefind, 'Mái ấm công đoàn', vocabulary);
		expect(items.some((i) => i.url.startsWith('/nhiem-vu/nhom-3/'))).toBe(true);
		expect(items.filter((i) => i.url.startsWith('/tien-do/'))).toEqual([]);
	});
});
