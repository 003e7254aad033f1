import { describe, expect, it } from 'vitest';
import { checkReports } from '../../src/checker/rules/report.ts';
import { checkGlossaryUse } from '../../src/checker/rules/glossary-use.ts';
import type { Word } from '../../src/checker/programme-text.ts';

/** The front matter of content/reports/2025.md, cut to what the rules read. */
const facts = { period: '2025', issuer: 'ldld-thanh-pho', parentBody: 'ldld-tinh', numberSymbol: 'BC-LĐLĐ', place: 'Bảo Lộc' };
const report = (file: string, data: Record<string, unknown>, body = '## Căn cứ\n\nThực hiện Chương trình.\n') => ({
	file,
	data: { ...facts, ...data },
	body,
	bodyLine: 12,
});
const units = new Set(['ldld-thanh-pho', 'ldld-tinh']);
const summary = (problems: { field: string; expected: string; found: string; line?: number }[]) =>
	problems.map((p) => `${p.field}${p.line ? `@${p.line}` : ''}: ${p.expected} | ${p.found}`);

describe('checkReports (in memory)', () => {
	it('accepts a signed report with its number and a date inside the period, its first day included', () => {
		const signed = report('content/reports/2025-h2.md', { period: '2025-H2', number: '15/BC-LĐLĐ', date: '2025-12-20' });
		expect(checkReports({ reports: [signed], unitIds: units })).toEqual([]);
		const firstDay = report('content/reports/2025-h2.md', { period: '2025-H2', date: '2025-07-01' });
		expect(checkReports({ reports: [firstDay], unitIds: units })).toEqual([]);
	});

	it('refuses a signing date before the period, and a number with another symbol', () => {
		const problems = checkReports({
			reports: [report('content/reports/2025-h2.md', { period: '2025-H2', number: '15/KH-LĐLĐ', date: '2025-06-30' })],
			unitIds: units,
		});
		expect(summary(problems)).toEqual([
			'number: số hiệu kết thúc bằng "/BC-LĐLĐ" (trường numberSymbol) | "15/KH-LĐLĐ"',
			'date: ngày ký không sớm hơn ngày đầu kỳ báo cáo (2025-07-01) | "2025-06-30"',
		]);
	});

	it('names the file a period belongs in, in lower case', () => {
		const problems = checkReports({ reports: [report('content/reports/2025.md', { period: '2025-H1' })], unitIds: units });
		expect(summary(problems)).toEqual([
			'period: kỳ báo cáo khớp tên tệp (tệp "2025-h1.md" cho kỳ "2025-H1") | "2025-H1" trong tệp "2025.md"',
		]);
	});

	it('one file per period: the second names the first', () => {
		const problems = checkReports({
			reports: [
				report('content/reports/2025.md', {}),
				report('content/reports/nhap/2025.md', {}),
				report('content/reports/2024.md', { period: '2024' }),
			],
			unitIds: units,
		});
		expect(summary(problems)).toEqual(['period: một kỳ chưa có tệp báo cáo khác | "2025" (đã có content/reports/2025.md)']);
	});

	it('text before the first heading is named with its line', () => {
		const problems = checkReports({ reports: [report('content/reports/2025.md', {}, 'Mở đầu.\n\n## Căn cứ\nMột.\n')], unitIds: units });
		expect(problems).toHaveLength(1);
		expect(problems[0]!.line).toBe(12);
		expect(problems[0]!.expected).toBe(
			'nội dung nằm dưới một trong các mục "## Căn cứ", "## Công tác lãnh đạo, chỉ đạo, tổ chức thực hiện", "## Khái quát kết quả", "## Ưu điểm", "## Hạn chế", "## Nguyên nhân", "## Phương hướng, nhiệm vụ kỳ tới", "## Kiến nghị, đề xuất"',
		);
		expect(problems[0]!.found).toBe('đoạn văn trước mục đầu tiên');
	});

	it('units are judged only when the list of units could be read', () => {
		const stranger = report('content/reports/2025.md', { issuer: 'khong-co' });
		expect(summary(checkReports({ reports: [stranger], unitIds: units }))).toEqual([
			'issuer: mã một đơn vị có trong content/units.json, ví dụ "ldld-thanh-pho" | "khong-co"',
		]);
		expect(checkReports({ reports: [stranger] })).toEqual([]);
	});
});

const word = (text: string, line: number, extra: Partial<Word> = {}): Word => ({
	text,
	file: 'content/tasks/nhom-1.md',
	field: 'body',
	line,
	column: 1,
	place: 'nhiem-vu/nhom-1/',
	...extra,
});

describe('checkGlossaryUse (in memory)', () => {
	it('without a glossary file every abbreviation is unexplained, and the message names the file to add it to', () => {
		const problems = checkGlossaryUse({ site: [word('Các', 3), word('CĐCS', 3), word('vững', 3)], glossary: undefined, strict: true });
		expect(problems.map((p) => [p.found, p.expected, p.severity])).toEqual([
			[
				'"CĐCS", không có trong bảng thuật ngữ',
				'một mục giải thích chữ viết tắt "CĐCS" trong content/glossary/terms.json (văn bản chương trình dùng chữ này)',
				undefined,
			],
		]);
	});

	it('is a warning in everyday checks; a broken glossary is left to the content rules', () => {
		const site = [word('Các', 3), word('CĐCS', 3)];
		expect(checkGlossaryUse({ site, glossary: undefined, strict: false }).map((p) => p.severity)).toEqual(['warning']);
		expect(checkGlossaryUse({ site, glossary: { file: 'content/glossary/terms.json', data: { term: 'CĐCS' } }, strict: true })).toEqual([]);
	});
});
