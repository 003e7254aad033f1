import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteSettingsSchema } from '../../src/schemas/site.ts';
import { issuerLine, issuerSentence, ownerSentences, periodSentence } from '../../src/utils/site-settings.ts';
import { dist, listHtml, readPage, root, textOf } from '../helpers/dist.ts';

/**
 * Issue 15: the site says only what is known. Read on the built dist/ (default build: no SITE_URL, the
 * shipped content/site.json) and on the pure functions behind the sentences.
 */
const settings = siteSettingsSchema.parse(JSON.parse(readFileSync(join(root, 'content/site.json'), 'utf8')));
const empty = { programme: { issuer: '', period: '' }, publisher: '', maintainer: '', contact: '' };

/** Every file of dist/ (pages, downloads, search index metadata …) as [path, text]. */
function distFiles(): [string, string][] {
	const out: [string, string][] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const full = join(dir, name);
			if (statSync(full).isDirectory()) walk(full);
			else out.push([relative(dist, full), readFileSync(full).toString('latin1')]);
		}
	};
	walk(dist);
	return out;
}

describe('no localhost address', () => {
	it('no file of dist/ (pages, feeds, downloads, search index) contains "localhost" when SITE_URL is unset', () => {
		expect(process.env.SITE_URL, 'this test reads the default build').toBeFalsy();
		const files = distFiles();
		expect(files.length).toBeGreaterThan(100);
		// The editing interface's local mode talks to its own backend on this computer (127.0.0.1/localhost) by
		// design; it is editors' tooling and states no address of the site. Every reading file must have none.
		const hits = files.filter(([, text]) => /localhost/i.test(text)).map(([path]) => path);
		expect(hits.filter((path) => !path.startsWith('admin/'))).toEqual([]);
	});
	it('the open data page shows the stable paths on this site, and no page has a canonical link or feed link', () => {
		const text = textOf(readPage('du-lieu/'));
		expect(text).toContain('Đường dẫn cố định trên trang này: /du-lieu/so-lieu.csv');
		expect(text).toContain('Đường dẫn cố định trên trang này, luôn trỏ tới năm mới nhất: /du-lieu/so-lieu-moi-nhat.csv');
		expect(text).not.toContain('Địa chỉ cố định');
		for (const page of listHtml()) {
			const html = readPage(page);
			expect(html, page).not.toContain('rel="canonical"');
			expect(html, page).not.toContain('rss.xml');
		}
	});
});

describe('publisher settings (content/site.json)', () => {
	it('build nothing from empty settings, and one sentence per filled one', () => {
		expect(ownerSentences(empty)).toEqual([]);
		expect(issuerLine(empty)).toBeUndefined();
		expect(issuerSentence(empty)).toBeUndefined();
		expect(periodSentence(empty)).toBeUndefined();
		const filled = {
			programme: { issuer: 'Ban Thường vụ Thành ủy X', period: '2021–2025' },
			publisher: 'Đơn vị A',
			maintainer: 'Nhóm B',
			contact: 'lienhe@example.org',
		};
		expect(ownerSentences(filled)).toEqual([
			'Đơn vị đăng tải trang: Đơn vị A.',
			'Biên tập và cập nhật nội dung: Nhóm B.',
			'Liên hệ: lienhe@example.org.',
		]);
		expect(issuerLine(filled)).toBe('Chương trình của Ban Thường vụ Thành ủy X');
		expect(issuerSentence(filled)).toBe('Theo lời mở đầu của văn bản, chương trình do Ban Thường vụ Thành ủy X xây dựng.');
		expect(periodSentence(filled)).toBe('Thời gian thực hiện chương trình: 2021–2025.');
	});

	it('the shipped settings name no publisher, maintainer or contact: no page has an owner sentence', () => {
		expect([settings.publisher, settings.maintainer, settings.contact]).toEqual(['', '', '']);
		for (const page of listHtml()) {
			const html = readPage(page);
			const text = textOf(html);
			expect(html, page).not.toContain('data-site-owner');
			expect(text, page).not.toMatch(/Đơn vị đăng tải trang|Biên tập và cập nhật nội dung|Liên hệ:|Nội dung do|Ai làm trang này/);
			// The bodies are never presented as the site's owners in the chrome.
			expect(text, page).not.toMatch(/Thành ủy Bảo Lộc · Liên đoàn Lao động|do Liên đoàn Lao động thành phố Bảo Lộc biên tập/);
		}
	});

	it('the home page\u2019s opening sentence names the programme\u2019s issuer as the document says it', () => {
		expect(settings.programme.issuer).toBe('Ban Thường vụ Thành ủy Bảo Lộc');
		expect(readPage('')).toMatch(/<p class="lead"[^>]*>Chương trình của Ban Thường vụ Thành ủy Bảo Lộc giao cho công đoàn các cấp/);
		expect(textOf(readPage('gioi-thieu/'))).toContain(
			'Theo lời mở đầu của văn bản, chương trình do Ban Thường vụ Thành ủy Bảo Lộc xây dựng.',
		);
		// The preamble says "Ban thường vụ thành ủy xây dựng Chương trình"; the document's Thành ủy is Bảo Lộc's.
		const preamble = readFileSync(join(root, 'content/programme/mo-dau.md'), 'utf8');
		expect(preamble).toContain('Ban thường vụ thành ủy xây dựng Chương trình');
		expect(preamble).toContain('Thành ủy Bảo Lộc');
	});
});

describe("editors' interpretations are labelled", () => {
	const ids = readdirSync(join(root, 'data/indicators')).map((f) => f.replace(/\.json$/, ''));

	it('every indicator page shows its definition\u2019s standing, as its data file records it', () => {
		expect(ids).toHaveLength(14);
		for (const id of ids) {
			const data = JSON.parse(readFileSync(join(root, 'data/indicators', `${id}.json`), 'utf8')) as { definitionStatus: string };
			const html = readPage(`chi-tieu/${id}/`);
			expect(html, id).toContain(`data-definition-status="${data.definitionStatus}"`);
			expect(textOf(html), id).toContain(
				data.definitionStatus === 'proposed'
					? 'Cách tính do ban biên tập đề xuất, chờ xác nhận.'
					: 'Cách tính đã được công đoàn chủ trì chương trình xác nhận.',
			);
		}
	});

	it('every indicator page explains how its target is judged; bare levels are named the editors\u2019 reading', () => {
		expect(textOf(readPage('chi-tieu/van-hoa-the-thao/'))).toContain(
			'Cách đánh giá: So số liệu của từng năm với mức phấn đấu. Câu chữ không ghi "trở lên"; ban biên tập hiểu đây là mức tối thiểu',
		);
		expect(textOf(readPage('chi-tieu/tham-hoi-doan-vien/'))).toContain(
			'Cách đánh giá: So số liệu của từng năm với mức phấn đấu. Chỉ đạt khi đủ 100%.',
		);
		for (const id of ids) expect(textOf(readPage(`chi-tieu/${id}/`)), id).toContain('Cách đánh giá: ');
	});

	it('group summaries on task pages carry a visible "Tóm tắt của ban biên tập" label', () => {
		for (let n = 1; n <= 7; n++) {
			const html = readPage(`nhiem-vu/nhom-${n}/`);
			expect(html).toMatch(
				/<p class="lead" data-pagefind-ignore data-editors-summary[^>]*>\s*<strong class="summary-label"[^>]*>Tóm tắt của ban biên tập:<\/strong>/,
			);
			expect(html).not.toContain('<span class="visually-hidden">Tóm tắt: </span>');
		}
		expect(readPage('nhiem-vu/').match(/<p data-editors-summary><strong>Tóm tắt của ban biên tập:<\/strong>/g)).toHaveLength(7);
	});

	it('CCVCLĐ is in the glossary as "công chức, viên chức, lao động", marked as the editors\u2019 reading', () => {
		const glossary = readPage('thuat-ngu/');
		const section = /<section aria-labelledby="ccvcld"[^>]*>([\s\S]*?)<\/section>/.exec(glossary)?.[1] ?? '';
		expect(textOf(section)).toMatch(/^CCVCLĐ công chức, viên chức, lao động Cách hiểu của ban biên tập, văn bản không giải nghĩa\./);
		// Established expansions carry no such label.
		const cnvcld = /<section aria-labelledby="cnvcld"[^>]*>([\s\S]*?)<\/section>/.exec(glossary)?.[1] ?? '';
		expect(cnvcld).not.toContain('data-expansion-standing');
		expect(readPage('nhiem-vu/nhom-7/')).toContain(
			'<abbr data-term="ccvcld" title="công chức, viên chức, lao động (cách hiểu của ban biên tập, văn bản không giải nghĩa)">CCVCLĐ</abbr>',
		);
		const errata = textOf(readPage('ghi-chu-van-ban/'));
		expect(errata).toContain('“CCVCLĐ” nhiều khả năng là cách viết tắt thường gặp của “công chức, viên chức, lao động”, không phải lỗi gõ');
	});
});
