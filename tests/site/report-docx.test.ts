import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertMillimetersToTwip } from 'docx';
import { dist, root } from '../helpers/dist.ts';
import { docxTables, docxText, openDocx, tableRows, type DocxParts } from '../helpers/docx.ts';
import { HEADER_COLUMNS, MARGINS_MM, TEXT_WIDTH } from '../../src/utils/report/docx.ts';
import { findPlaceholders } from '../../src/checker/rules/text-hygiene.ts';
import { buildEnv } from '../scripts/site-copy.ts';

/** The Word files of the built site (dist/bao-cao/*.docx), opened as zips; and one made by the release rules. */
const indicators = readdirSync(join(root, 'data/indicators')).map(
	(n) => JSON.parse(readFileSync(join(root, 'data/indicators', n), 'utf8')) as { shortTitle: string },
);
const built = readdirSync(join(dist, 'bao-cao'))
	.filter((n) => n.endsWith('.docx'))
	.sort();

function checkFormat(doc: DocxParts) {
	// Page: A4 portrait, margins per Nghị định 30 in twips; the appendix section is A4 landscape.
	const margins = [...doc.document.matchAll(/<w:pgMar ([^>]*)\/>/g)].map((m) => m[1]!);
	expect(margins).toHaveLength(2);
	for (const m of margins) {
		expect(m).toContain(`w:top="${convertMillimetersToTwip(MARGINS_MM.top)}"`);
		expect(m).toContain(`w:bottom="${convertMillimetersToTwip(MARGINS_MM.bottom)}"`);
		expect(m).toContain(`w:left="${convertMillimetersToTwip(MARGINS_MM.left)}"`);
		expect(m).toContain(`w:right="${convertMillimetersToTwip(MARGINS_MM.right)}"`);
	}
	expect([...doc.document.matchAll(/<w:pgSz [^>]*\/>/g)].map((m) => m[0])).toEqual([
		'<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>',
		'<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>',
	]);
	// Times New Roman everywhere: the default run style, and no other font named anywhere.
	expect(doc.styles).toMatch(/<w:docDefaults>[\s\S]*w:ascii="Times New Roman"[\s\S]*<\/w:docDefaults>/);
	const fonts = new Set([...(doc.styles + doc.document).matchAll(/w:(?:ascii|hAnsi|cs|eastAsia)="([^"]+)"/g)].map((m) => m[1]));
	expect([...fonts]).toEqual(['Times New Roman']);
	expect(doc.styles).toContain('<w:lang w:val="vi-VN"');
	// Page numbers from page 2: a different first page with an empty header, a PAGE field in the other.
	expect(doc.document).toContain('<w:titlePg/>');
	expect(doc.headers.filter((h) => /PAGE/.test(h))).toHaveLength(2);
	expect(doc.headers.some((h) => docxText(h) === '' && !/PAGE/.test(h))).toBe(true);
	// Real headings.
	expect((doc.document.match(/<w:pStyle w:val="Heading1"\/>/g) ?? []).length).toBe(7);
}

function checkHeader(table: string) {
	expect(table).toContain('<w:tblLayout w:type="fixed"/>');
	expect(table).toContain(`<w:tblW w:type="dxa" w:w="${TEXT_WIDTH}"/>`);
	expect([...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))).toEqual(HEADER_COLUMNS);
	expect([...table.matchAll(/<w:tcW w:type="(\w+)" w:w="(\d+)"\/>/g)].map((m) => `${m[1]}:${m[2]}`)).toEqual(
		HEADER_COLUMNS.map((w) => `dxa:${w}`),
	);
	const borders = /<w:tblBorders>([\s\S]*?)<\/w:tblBorders>/.exec(table)![1]!;
	expect([...borders.matchAll(/w:val="(\w+)"/g)].every((m) => m[1] === 'none' || m[1] === 'nil')).toBe(true);
	const [[left, right]] = tableRows(table) as [[string, string]];
	expect(left).toMatch(/^LIÊN ĐOÀN LAO ĐỘNG TỈNH LÂM ĐỒNG\nLIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ BẢO LỘC\n[\s\S]*Số: /);
	expect(right).toMatch(/^CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBảo Lộc, ngày /);
}

function checkTables(doc: DocxParts) {
	const tables = docxTables(doc.document);
	expect(tables).toHaveLength(4); // header, indicators, signature, appendix
	checkHeader(tables[0]!);
	const indicatorRows = tableRows(tables[1]!);
	expect(indicatorRows[0]).toEqual(['TT', 'Chỉ tiêu', 'Kết quả', 'Mức đề ra', 'Đánh giá']);
	expect(indicatorRows.slice(1).map((r) => r[0])).toEqual(Array.from({ length: 14 }, (_, i) => String(i + 1)));
	expect(
		indicatorRows
			.slice(1)
			.map((r) => r[1])
			.sort(),
	).toEqual(indicators.map((i) => i.shortTitle).sort());
	for (const row of indicatorRows.slice(1)) {
		expect(row[2]).not.toBe('');
		expect(row[4]).toMatch(/^(Đạt|Chưa đạt|Chưa có số liệu)/);
	}
	const appendixRows = tableRows(tables[3]!);
	expect(appendixRows[0]).toEqual(['TT', 'Nhiệm vụ', 'Đơn vị thực hiện', 'Kết quả thực hiện', 'Trạng thái', 'Văn bản']);
	expect(appendixRows).toHaveLength(45);
	expect(appendixRows[1]![0]).toBe('1.1');
	for (const row of appendixRows.slice(1))
		expect(row[4]).toMatch(/^(chưa triển khai|đang triển khai|hoàn thành|thực hiện thường xuyên|chưa có báo cáo)$/);
	expect(tables[3]).toContain('<w:tblHeader/>');
	return { indicatorRows, appendixRows };
}

describe.each(built)('dist/bao-cao/%s', (name) => {
	const doc = openDocx(readFileSync(join(dist, 'bao-cao', name)));
	const text = docxText(doc.document);
	it('is a Word document: A4, margins, Times New Roman, page numbers from page 2, headings', () => {
		expect(doc.files).toContain('[Content_Types].xml');
		checkFormat(doc);
	});
	it('has the header table, 14 indicators with results and 44 appendix rows', () => checkTables(doc));
	it('says on its first page and in its name that it uses illustrative data; shows what is missing', () => {
		expect(name).toMatch(/-minh-hoa\.docx$/);
		const firstPage = text.slice(0, text.indexOf('I. CÔNG TÁC LÃNH ĐẠO'));
		expect(firstPage).toContain('BẢN CÓ SỐ LIỆU MINH HỌA');
		expect(text).toContain('[cần bổ sung: họ tên người ký]');
		expect(text).toContain('Số: …/BC-LĐLĐ');
	});
});

describe('npm run report under the release rules', () => {
	let tmp = '';
	beforeAll(() => {
		tmp = mkdtempSync(join(tmpdir(), 'report-strict-'));
		cpSync(join(root, 'content'), join(tmp, 'content'), { recursive: true });
		cpSync(join(root, 'data'), join(tmp, 'data'), { recursive: true });
	});
	afterAll(() => rmSync(tmp, { recursive: true, force: true }));
	const run = (...args: string[]) =>
		spawnSync('npm', ['run', '-s', 'report', '--', ...args, `--root=${tmp}`], { cwd: root, env: buildEnv(), encoding: 'utf8' });

	it('refuses the shipped 2025 draft, naming its missing parts, and writes nothing', () => {
		const result = run('2025', '--strict', '--out', join(tmp, 'draft.docx'));
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('Còn thiếu: số văn bản, ngày ký, công tác lãnh đạo');
		expect(readdirSync(tmp)).not.toContain('draft.docx');
	});
	it('writes a complete report without illustrative data and without any placeholder', () => {
		cpSync(join(root, 'tests/fixtures/report/reports/2025.md'), join(tmp, 'content/reports/2025.md'));
		const out = join(tmp, 'out', 'bao-cao.docx');
		const result = run('2025', '--strict', '--out', out);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain(`✓ Đã ghi ${out}`);
		const doc = openDocx(readFileSync(out));
		const text = docxText(doc.document);
		checkFormat(doc);
		const { indicatorRows, appendixRows } = checkTables(doc);
		expect(findPlaceholders(text, false)).toEqual([]);
		expect(text).not.toContain('MINH HỌA');
		for (const row of indicatorRows.slice(1)) {
			expect(row[2]!.split('\n').every((line) => line.endsWith('Chưa có số liệu'))).toBe(true);
			expect(row[4]).toBe('Chưa có số liệu');
		}
		expect(appendixRows.slice(1).every((r) => r[4] === 'chưa có báo cáo')).toBe(true);
		expect(text).toContain('Số: 99/BC-LĐLĐ');
		expect(text).toContain('Bảo Lộc, ngày 05 tháng 01 năm 2026');
	});
	it('without --strict writes the illustrative draft under its marked default name', () => {
		// Run from another folder: the default file lands where the editor typed the command.
		const result = spawnSync('npm', ['--prefix', root, 'run', '-s', 'report', '--', '2025-H1', `--root=${tmp}`], {
			cwd: tmp,
			env: buildEnv(),
			encoding: 'utf8',
		});
		expect(result.status).toBe(0);
		expect(readdirSync(tmp)).toContain('bao-cao-2025-H1-minh-hoa.docx');
	});
});
