import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, readPage, root, textOf } from '../helpers/dist.ts';
import { ORIGINAL, PARAGRAPH, quotePattern, quoteWords } from '../../src/checker/programme-text.ts';
import { correctingKinds, errataSchema } from '../../src/schemas/errata.ts';
import { escapeRegExp } from '../../src/utils/regexp.ts';

/** The 44 sub-tasks of section II, as the programme numbers them. */
const GROUP_SIZES = [4, 5, 10, 6, 9, 4, 6];
const SUBTASKS = GROUP_SIZES.flatMap((size, g) => Array.from({ length: size }, (_, i) => `${g + 1}.${i + 1}`));

describe('task group pages', () => {
	GROUP_SIZES.forEach((size, index) => {
		const group = index + 1;
		it(`nhom-${group} renders its ${size} sub-tasks with anchors and links to them`, () => {
			const html = readPage(`nhiem-vu/nhom-${group}/`);
			for (const id of SUBTASKS.filter((s) => s.startsWith(`${group}.`))) {
				const anchor = id.replace('.', '-');
				expect(html).toContain(`<h2 id="${anchor}">Nhiệm vụ ${id}</h2>`);
				expect(html).toContain(`href="#${anchor}"`);
			}
			const other = html.match(/<h2 id="(\d+)-(\d+)">/g) ?? [];
			expect(other).toHaveLength(size);
		});
	});

	it('the home, tasks and about pages state the counts computed from content/tasks/', () => {
		expect(textOf(readPage(''))).toContain(
			'Bảy nhóm nhiệm vụ Mục II của chương trình giao cho công đoàn cơ sở và công đoàn cấp trên 44 nhiệm vụ cụ thể, chia thành 7 nhóm.',
		);
		expect(textOf(readPage('nhiem-vu/'))).toContain('7 nhóm nhiệm vụ với 44 nhiệm vụ cụ thể.');
		expect(textOf(readPage('gioi-thieu/'))).toContain('7 nhóm với 44 nhiệm vụ cụ thể, mỗi nhiệm vụ có đường dẫn riêng');
	});

	it('links previous and next groups', () => {
		const html = readPage('nhiem-vu/nhom-3/');
		expect(html).toMatch(/href="\/nhiem-vu\/nhom-2\/" rel="prev"/);
		expect(html).toMatch(/href="\/nhiem-vu\/nhom-4\/" rel="next"/);
		expect(readPage('nhiem-vu/nhom-1/')).not.toContain('rel="prev"');
		expect(readPage('nhiem-vu/nhom-7/')).not.toContain('rel="next"');
	});
});

describe('full programme page', () => {
	const html = readPage('chuong-trinh/');

	it("has 44 sub-task anchors, counted in the built page, in the programme's order", () => {
		const ids = [...html.matchAll(/<h[2-6] id="(\d+)-(\d+)"/g)].map((m) => `${m[1]}.${m[2]}`);
		expect(ids).toHaveLength(44);
		expect(ids).toEqual(SUBTASKS);
	});

	it('contains every sub-task anchor exactly once', () => {
		for (const id of SUBTASKS) {
			const matches = html.match(new RegExp(`id="${id.replace('.', '-')}"`, 'g')) ?? [];
			expect(matches, id).toHaveLength(1);
		}
	});

	it('numbers the sections I–IV and keeps a single outline', () => {
		for (const numeral of ['I', 'II', 'III', 'IV']) expect(html).toContain(`id="muc-${numeral.toLowerCase()}"`);
		expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
		expect(textOf(html)).toContain('IV. TỔ CHỨC THỰC HIỆN:');
	});

	it('marks each abbreviation at most once on the page', () => {
		const terms = [...html.matchAll(/<abbr data-term="([^"]+)"/g)].map((m) => m[1]);
		expect(terms.length).toBeGreaterThan(5);
		expect(new Set(terms).size).toBe(terms.length);
	});
});

/**
 * Fidelity: every sentence of the source must be on the full programme page, after the corrections that
 * content/errata.json lists — the records are the only list of corrections (the checker requires one record per
 * difference between the content files and the original; this test checks the built page). The unmodified
 * original is kept in the repository (content/source/), so this always runs, on any clone.
 */
const SOURCE = join(root, ORIGINAL);

describe('fidelity to the source text', () => {
	const errata = errataSchema.parse(JSON.parse(readFileSync(join(root, 'content', 'errata.json'), 'utf8')));
	const correcting = errata.filter((e) => correctingKinds.includes(e.kind));
	const html = readPage('chuong-trinh/');
	const page = textOf(html);

	/** Apply the corrections the errata records describe to the raw source ("¶" in a quote: a paragraph break). */
	function corrected(source: string): string {
		return correcting.reduce((text, e) => text.replace(quotePattern(e.source), () => e.corrected!), source);
	}

	const sentences = corrected(readFileSync(SOURCE, 'utf8'))
		.split('\n')
		.map((line) =>
			line
				.replace(/^#+\s*/, '')
				.replace(/^[-*]\s+/, '')
				.replace(/\*\*|\*/g, '')
				.replace(/^(\d+\.\d+)\.\s+/, '') // the number moves into the sub-task heading
				.trim(),
		)
		.filter((line) => line.length > 0)
		.flatMap((line) => line.split(/(?<=[.;:])\s+(?=[\p{Lu}“"])/u))
		.map((s) => s.replace(/\s+/g, ' ').trim())
		.filter((s) => s.length > 0);

	it('has many sentences to compare', () => expect(sentences.length).toBeGreaterThan(140));

	it('has corrections to apply, each found in the source as many times as its record says', () => {
		expect(correcting.length).toBeGreaterThanOrEqual(9);
		const source = readFileSync(SOURCE, 'utf8');
		for (const e of correcting) expect(source.match(quotePattern(e.source)), e.id).toHaveLength(e.occurrences ?? 1);
	});

	it('every sentence of the corrected source is on the page', () => {
		const missing = sentences.filter((s) => !page.includes(s));
		expect(missing).toEqual([]);
	});

	it('every erratum is applied (or, if unresolved, the source kept)', () => {
		for (const e of errata) {
			if (e.kind === 'unresolved') expect(page).toContain(e.source);
			if (!correctingKinds.includes(e.kind)) continue;
			expect(page, e.id).toContain(e.corrected);
			const words = quoteWords(e.source);
			if (!words.includes(PARAGRAPH)) expect(page, e.id).not.toContain(e.source);
			// A joined page break: the words on both sides of "¶" are in one paragraph of the page.
			words.forEach((word, i) => {
				if (word !== PARAGRAPH) return;
				const split = new RegExp(`${escapeRegExp(words[i - 1]!)}\\s*</p>\\s*<p>\\s*${escapeRegExp(words[i + 1]!)}`);
				expect(html, e.id).not.toMatch(split);
			});
		}
	});
});

describe('pages', () => {
	it.each([
		'index.html',
		'chuong-trinh/index.html',
		'nhiem-vu/index.html',
		'to-chuc-thuc-hien/index.html',
		'ghi-chu-van-ban/index.html',
		'dinh-chinh/index.html',
		'thuat-ngu/index.html',
		'gioi-thieu/index.html',
		'huong-dan/index.html',
		'404.html',
	])('%s exists, is Vietnamese and NFC', (path) => {
		expect(existsSync(join(dist, path))).toBe(true);
		const html = readFileSync(join(dist, path), 'utf8');
		expect(html).toContain('<html lang="vi"');
		expect(html.normalize('NFC')).toBe(html);
	});

	it('reading pages ship no script beyond the theme toggle', () => {
		for (const path of ['', 'chuong-trinh/', 'nhiem-vu/nhom-1/', 'ghi-chu-van-ban/', 'dinh-chinh/']) {
			const html = readPage(path);
			const external = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
			expect(external.length, path).toBeLessThanOrEqual(1);
		}
	});
});

describe('original text download', () => {
	it('the errata page offers the unmodified source, byte for byte', () => {
		const html = readPage('ghi-chu-van-ban/');
		expect(html).toContain('href="/ghi-chu-van-ban/van-ban-goc.md"');
		expect(textOf(html)).toContain('Tải văn bản gốc, chưa chỉnh sửa');
		const served = readFileSync(join(dist, 'ghi-chu-van-ban', 'van-ban-goc.md'));
		expect(served.equals(readFileSync(SOURCE))).toBe(true);
		// still the defective original, not a corrected copy
		expect(served.toString('utf8')).toContain('PHÂN ĐẦU');
	});
});

describe('renamed errata page', () => {
	it('is called "Ghi chú biên tập văn bản" everywhere it is linked, never "Đính chính"', () => {
		const html = readPage('ghi-chu-van-ban/');
		expect(textOf(html)).toContain('Ghi chú biên tập văn bản');
		expect(html).toContain('<h1>Ghi chú biên tập văn bản</h1>');
		for (const path of ['', 'chuong-trinh/', 'nhiem-vu/nhom-1/', 'gioi-thieu/']) {
			const page = readPage(path);
			expect(page, path).toContain('href="/ghi-chu-van-ban/">Ghi chú biên tập văn bản</a>');
			expect(page, path).not.toContain('href="/dinh-chinh/"');
		}
	});
	it('the old URL /dinh-chinh/ still leads to the renamed page (Vietnamese refresh page with a plain link)', () => {
		const html = readPage('dinh-chinh/');
		expect(html).toContain('<html lang="vi"');
		expect(html).toMatch(/<meta http-equiv="refresh" content="0;url=\/ghi-chu-van-ban\/"/);
		expect(html).toMatch(/<a href="\/ghi-chu-van-ban\/" data-redirect-target>Ghi chú biên tập văn bản<\/a>/);
		expect(html).toContain('<meta name="robots" content="noindex"');
		expect(html).not.toContain('Redirecting');
	});
});
