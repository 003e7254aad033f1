import { describe, expect, it } from 'vitest';
import { buildProgressModel, parsePeriod, progressFilePath, type ProgressEntry } from '../../src/utils/progress/model.ts';
import { groupProgressLine, insertAfterSubtaskHeadings, prefixIds, subtaskSectionHtml } from '../../src/utils/progress/view.ts';
import { PROGRESS_COLUMNS, plainText, progressCsv, progressJson, progressRows } from '../../src/utils/progress/export.ts';
import { progressEntrySchema } from '../../src/schemas/progress.ts';
import { unitSchema } from '../../src/schemas/unit.ts';

const subtasks = [
	{ id: '3.5', group: 3, number: 5 },
	{ id: '3.6', group: 3, number: 6 },
];
const entry = (subtask: string, period: string, extra: Record<string, unknown>, body: string): ProgressEntry => ({
	file: progressFilePath(subtask, period),
	data: progressEntrySchema.parse({ subtask, period, asOf: parsePeriod(period)!.end, ...extra }),
	body,
});
const entries = [
	entry('3.6', '2025-H1', { status: 'đang triển khai', units: ['cdcs'], illustrative: true }, 'Đã thăm hỏi <b>"x"</b>.'),
	entry(
		'3.6',
		'2025',
		{
			status: 'hoàn thành',
			units: ['cdcs', 'ldld-thanh-pho'],
			evidence: [{ title: 'Báo cáo, năm', number: '13/BC-LĐLĐ', date: '2025-12-20' }],
		},
		'Đã **làm** [việc](https://example.org).\n\n## Khó khăn, vướng mắc\n\nThiếu, "kinh phí".\n',
	),
];
const model = buildProgressModel({ subtasks, entries });
const units = new Map(
	[
		{ id: 'cdcs', name: 'Các công đoàn cơ sở', shortName: 'CĐCS', roles: ['implements'], namedIn: ['3.2'] },
		{
			id: 'ldld-thanh-pho',
			name: 'Liên đoàn Lao động thành phố Bảo Lộc',
			shortName: 'LĐLĐ thành phố',
			roles: ['coordinates'],
			namedIn: ['IV.1'],
		},
	].map((u) => [u.id, unitSchema.parse(u)]),
);
const url = (s: string) => `https://example.org/tien-do/${s.replace('.', '-')}/`;

const groupHtml =
	'<section class="subtask" aria-labelledby="3-5"><div class="subtask-heading"><h2 id="3-5">Nhiệm vụ 3.5</h2><a class="anchor-link" href="#3-5"><span>#</span></a></div><p>Đẩy mạnh.</p></section>' +
	'<section class="subtask" aria-labelledby="3-6"><div class="subtask-heading"><h2 id="3-6">Nhiệm vụ 3.6</h2><a class="anchor-link" href="#3-6"><span>#</span></a></div><p>Quan tâm.</p><p>Tiếp.</p></section>';

describe('group page helpers', () => {
	it("takes one sub-task's rendered text without its heading", () => {
		expect(subtaskSectionHtml(groupHtml, '3-6')).toBe('<p>Quan tâm.</p><p>Tiếp.</p>');
		expect(subtaskSectionHtml(groupHtml, '3-7')).toBeUndefined();
	});

	it('inserts a block right after the headings that have one', () => {
		const out = insertAfterSubtaskHeadings(groupHtml, new Map([['3-6', '<p class="x">S</p>']]));
		expect(out).toContain('<span>#</span></a></div><p class="x">S</p><p>Quan tâm.</p>');
		expect(out.match(/class="x"/g)).toHaveLength(1);
	});

	it('writes the latest status as icon + word, its period and date, and a link; never reported says so', () => {
		const line = groupProgressLine(model.subtasks[1]!, '/tien-do/3-6/');
		expect(line.replace(/<[^>]+>/g, '')).toBe('Tiến độ: ✓ hoàn thành (năm 2025, cập nhật đến 31/12/2025) · Xem tiến độ nhiệm vụ 3.6');
		expect(line).toContain('data-progress-status="hoan-thanh"');
		expect(line).toContain('<span aria-hidden="true" class="sp-icon">✓</span>');
		const never = groupProgressLine(model.subtasks[0]!, '/tien-do/3-5/');
		expect(never.replace(/<[^>]+>/g, '')).toBe('Tiến độ: – chưa có báo cáo · Xem tiến độ nhiệm vụ 3.5');
		const h1 = buildProgressModel({ subtasks, entries: [entries[0]!] });
		expect(groupProgressLine(h1.subtasks[1]!, '/x/').replace(/<[^>]+>/g, '')).toContain(
			'(6 tháng đầu năm 2025, cập nhật đến 30/06/2025) Nội dung minh họa ·',
		);
	});

	it('prefixes ids and in-page links of an entry body', () => {
		expect(prefixIds('<h4 id="kho-khan">K</h4><a href="#kho-khan">k</a><a href="/x/">y</a>', 'ky-2025')).toBe(
			'<h4 id="ky-2025-kho-khan">K</h4><a href="#ky-2025-kho-khan">k</a><a href="/x/">y</a>',
		);
	});
});

describe('open data', () => {
	it('has one row per entry, oldest period first, with the body split into plain text', () => {
		const rows = progressRows(model, units, url);
		expect(rows.map((r) => `${r.subtask}@${r.period}:${r.status_key}`)).toEqual(['3.6@2025-H1:dang-trien-khai', '3.6@2025:hoan-thanh']);
		expect(rows[1]).toMatchObject({
			group: 3,
			period_label: 'Năm 2025',
			as_of: '2025-12-31',
			units: 'cdcs ldld-thanh-pho',
			unit_names: 'CĐCS; LĐLĐ thành phố',
			evidence: '13/BC-LĐLĐ (2025-12-20) Báo cáo, năm',
			done: 'Đã làm việc.',
			difficulties: 'Thiếu, "kinh phí".',
			next_steps: undefined,
			illustrative: 'false',
			url: 'https://example.org/tien-do/3-6/',
		});
		expect(rows[0]!.illustrative).toBe('true');
		expect(plainText('# A\n\n- *b* `c`\n<!-- x -->')).toBe('A b c');
	});

	it('CSV: BOM, CRLF, the documented columns, quoted fields', () => {
		const csv = progressCsv(model, units, url);
		expect(csv.startsWith('\ufeffsubtask,group,period,')).toBe(true);
		const lines = csv.slice(1).split('\r\n').filter(Boolean);
		expect(lines).toHaveLength(3);
		expect(lines[0]).toBe(PROGRESS_COLUMNS.join(','));
		expect(lines[2]).toContain(',"13/BC-LĐLĐ (2025-12-20) Báo cáo, năm",');
		expect(lines[2]).toContain(',"Thiếu, ""kinh phí"".",');
	});

	it('JSON: scale, periods, units, entries with evidence objects, the pairs without report, the illustrative notice', () => {
		const json = JSON.parse(progressJson(model, units, url));
		expect(json.kind).toBe('progress');
		expect(json.notice).toMatch(/^Nội dung minh họa: /);
		expect(json.statuses.map((s: { status: string }) => s.status)).toEqual([
			'chưa triển khai',
			'đang triển khai',
			'hoàn thành',
			'thực hiện thường xuyên',
			'chưa có báo cáo',
		]);
		expect(json.periods).toEqual([
			{ period: '2025-H1', label: '6 tháng đầu năm 2025', start: '2025-01-01', end: '2025-06-30' },
			{ period: '2025', label: 'Năm 2025', start: '2025-01-01', end: '2025-12-31' },
		]);
		expect(json.progress[1].evidence).toEqual([{ title: 'Báo cáo, năm', number: '13/BC-LĐLĐ', date: '2025-12-20', url: null }]);
		expect(json.progress[1].units).toEqual(['cdcs', 'ldld-thanh-pho']);
		expect(json.progress[0].illustrative).toBe(true);
		expect(json.noReport).toEqual([
			{ subtask: '3.5', period: '2025-H1' },
			{ subtask: '3.5', period: '2025' },
		]);
	});
});
