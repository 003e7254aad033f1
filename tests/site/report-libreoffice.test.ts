import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dist, root } from '../helpers/dist.ts';
import { pdfPages } from '../helpers/pdf.ts';

/**
 * The Word file opened by a real word processor: LibreOffice (Debian's libreoffice-writer-nogui, installed
 * by .ci/run) converts it to PDF; poppler-utils read the PDF back (pdftotext, pdfinfo) and render page 1
 * (pdftoppm). The programs take a few seconds each on a loaded machine: generous timeouts.
 */
const name = readdirSync(join(dist, 'bao-cao')).find((n) => /^2025(-minh-hoa)?\.docx$/.test(n))!;
/** Indicator short titles in section III's order. */
const indicators = readdirSync(join(root, 'data/indicators'))
	.map((n) => JSON.parse(readFileSync(join(root, 'data/indicators', n), 'utf8')) as { shortTitle: string; order: number; id: string })
	.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
	.map((i) => i.shortTitle);
let tmp = '';
let pdf = '';
const run = (cmd: string, args: string[]) => {
	const result = spawnSync(cmd, args, { encoding: 'utf8', timeout: 180_000 });
	if (result.error) throw result.error;
	return result;
};
/** The PDF's text in content-stream order (-raw): a table reads row by row, cell by cell. */
const text = (...args: string[]) => run('pdftotext', ['-raw', ...args, pdf, '-']).stdout.replace(/\s+/g, ' ');

beforeAll(() => {
	tmp = mkdtempSync(join(tmpdir(), 'report-lo-'));
	// Own profile folder: another soffice running on the machine would otherwise take the conversion over.
	const result = run('soffice', [
		`-env:UserInstallation=file://${tmp}/profile`,
		'--headless',
		'--convert-to',
		'pdf',
		'--outdir',
		tmp,
		join(dist, 'bao-cao', name),
	]);
	expect(result.status, result.stderr).toBe(0);
	pdf = join(tmp, name.replace(/\.docx$/, '.pdf'));
}, 200_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe(`LibreOffice opens dist/bao-cao/${'2025'}…docx`, () => {
	it('converts it to a PDF of A4 pages: portrait, then the landscape appendix', () => {
		expect(existsSync(pdf)).toBe(true);
		const { pages, orientations: sizes } = pdfPages(pdf);
		expect(pages).toBeGreaterThanOrEqual(10);
		expect(pages).toBeLessThanOrEqual(24);
		expect(sizes).toHaveLength(pages);
		expect(sizes[0]).toBe('portrait');
		expect(sizes.at(-1)).toBe('landscape');
		expect(sizes.join(' ')).toMatch(/^(portrait )+(landscape ?)+$/);
	});
	it('has the header, title and illustrative notice on page 1 and no page number there; "2" on page 2', () => {
		const first = text('-f', '1', '-l', '1');
		expect(first).toMatch(/^ ?LIÊN ĐOÀN LAO ĐỘNG TỈNH LÂM ĐỒNG/);
		for (const s of [
			'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
			'Độc lập - Tự do - Hạnh phúc',
			'Số: …/BC-LĐLĐ',
			'Bảo Lộc, ngày … tháng … năm …',
			'BÁO CÁO',
			'BẢN CÓ SỐ LIỆU MINH HỌA',
		]) {
			expect(first).toContain(s);
		}
		expect(first).toContain('Kết quả thực hiện Chương trình hành động về xây dựng đội ngũ công nhân');
		expect(text('-f', '2', '-l', '2')).toMatch(/^ ?2 /);
	});
	it('has the indicator table with all 14 indicators and the 44-row appendix in its text', () => {
		const all = text();
		const section = all.slice(all.indexOf('III. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU'), all.indexOf('IV. ĐÁNH GIÁ CHUNG'));
		expect(section).toContain('TT Chỉ tiêu Kết quả Mức đề ra Đánh giá');
		for (const [i, title] of indicators.entries())
			expect(section, title).toMatch(new RegExp(`\\b${i + 1} ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} `));
		// As many status words as the tally sentence says.
		const [, met, notMet, noData] = /(\d+) chỉ tiêu đạt, (\d+) chỉ tiêu chưa đạt, (\d+) chỉ tiêu chưa có số liệu/
			.exec(section)!
			.map(Number);
		expect(met! + notMet! + noData!).toBe(14);
		expect(section.match(/(?<!Chưa )Đạt/g)?.length ?? 0).toBe(met);
		expect(section.match(/Chưa đạt/g)?.length ?? 0).toBe(notMet);
		const appendix = all.slice(all.indexOf('PHỤ LỤC'));
		expect(appendix).toContain('Kết quả thực hiện 44 nhiệm vụ cụ thể, năm 2025');
		const ids = [...appendix.matchAll(/(?:^| )(\d\.\d{1,2}) /g)].map((m) => m[1]);
		for (let g = 1; g <= 7; g++) expect(ids).toContain(`${g}.1`);
		expect(new Set(ids.filter((id) => /^[1-7]\.\d+$/.test(id!))).size).toBe(44);
	});
	it('renders page 1 as an image (pdftoppm)', () => {
		const out = join(tmp, 'page');
		const result = run('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', pdf, out]);
		expect(result.status).toBe(0);
		const png = readFileSync(`${out}-01.png`);
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		// Width and height from the IHDR chunk: A4 portrait at 60 dpi.
		expect(Math.abs(png.readUInt32BE(16) - 496)).toBeLessThanOrEqual(2);
		expect(Math.abs(png.readUInt32BE(20) - 702)).toBeLessThanOrEqual(2);
		// A blank page compresses to almost nothing; a page of text does not.
		expect(png.length).toBeGreaterThan(20_000);
	});
});
