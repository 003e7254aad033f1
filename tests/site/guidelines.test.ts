import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage, root, textOf } from '../helpers/dist.ts';
import { ui } from '../../src/i18n/ui.ts';

/**
 * Issue 16: guidance for members is labelled as the editors' guidance, dated, lists its sources, and every
 * article it cites appears in those sources; pages about the website sit under "Về trang này" and are
 * never "related guidance" of a task.
 */
const dir = join(root, 'content/guidelines');
const guidelines = readdirSync(dir)
	.filter((f) => f.endsWith('.md'))
	.map((f) => {
		const text = readFileSync(join(dir, f), 'utf8');
		const front = text.slice(0, text.indexOf('\n---', 3));
		return {
			id: f.replace(/\.md$/, ''),
			kind: /^kind: "(\w+)"/m.exec(front)?.[1] ?? 'site',
			updated: /^updated: "([\d-]+)"/m.exec(front)![1]!,
			sources: (front.match(/^ {2}- title: /gm) ?? []).length,
		};
	});
const guidance = guidelines.filter((g) => g.kind === 'guidance');
const site = guidelines.filter((g) => g.kind === 'site');
const articles = (text: string) => new Set([...text.matchAll(/Điều (\d+)/g)].map((m) => m[1]));

describe('guidance for members', () => {
	it('has at least four guidelines, and the site-usage pages are apart', () => {
		expect(guidance.length).toBeGreaterThanOrEqual(4);
		expect(site.map((g) => g.id).sort()).toEqual(['cap-nhat-noi-dung', 'do-luong-tien-do', 'doc-va-tim-kiem']);
	});

	for (const g of guidance) {
		it(`${g.id}: labelled, dated, every cited article listed in its sources`, () => {
			const html = readPage(`huong-dan/${g.id}/`);
			const text = textOf(html);
			expect(text).toContain(ui.guidance.standing);
			const [y, m, d] = g.updated.split('-');
			expect(text).toContain(`${ui.guidance.written} ${d}/${m}/${y}`);
			const from = html.indexOf('<section aria-labelledby="nguon"');
			expect(from, 'sources section').toBeGreaterThan(0);
			const sources = html.slice(from, html.indexOf('</section>', from));
			expect(sources.match(/<li[\s>]/g)?.length).toBe(g.sources);
			const body = textOf(html.slice(html.indexOf('<article'), from));
			const cited = articles(body);
			const listed = articles(textOf(sources));
			for (const article of cited) expect(listed, `Điều ${article} cited in ${g.id} but not in its sources`).toContain(article);
		});
	}

	it('guidelines page: member guidance first, then "Về trang này"', () => {
		const text = textOf(readPage('huong-dan/'));
		const members = text.indexOf(ui.guidance.membersHeading);
		const about = text.indexOf(ui.guidance.siteHeading);
		expect(members).toBeGreaterThan(0);
		expect(about).toBeGreaterThan(members);
		expect(text.slice(about)).toContain('Cách đọc và tìm kiếm trên trang');
		expect(text.slice(members, about)).not.toContain('Cách đọc và tìm kiếm trên trang');
	});

	it('task pages list member guidance only as related guidance', () => {
		const html = readPage('nhiem-vu/nhom-3/');
		const from = html.indexOf('id="huong-dan-lien-quan"');
		expect(from).toBeGreaterThan(0);
		const related = html.slice(from, html.indexOf('</section>', from));
		expect(related).toContain('/huong-dan/doi-thoai-hoi-nghi-nguoi-lao-dong/');
		expect(related).toContain('/huong-dan/ho-tro-doan-vien-kho-khan/');
		for (const g of site) expect(related).not.toContain(`/huong-dan/${g.id}/`);
	});
});
