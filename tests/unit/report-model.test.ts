import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRepository } from '../../scripts/lib/report-sources.ts';
import {
	buildReport,
	countsText,
	isPlaceholder,
	periodLabel,
	placeDate,
	reportPeriods,
	upper,
	type ReportInput,
} from '../../src/utils/report/model.ts';
import { parseReportBody, toBlocks } from '../../src/utils/report/text.ts';
import { isReportPublished } from '../../src/utils/report/publish.ts';
import { indicatorStatus, judgeYear } from '../../src/utils/indicators/status.ts';
import { formatMean, formatValue } from '../../src/utils/indicators/sentences.ts';
import { buildProgressModel, countsForPeriod, emptyCounts } from '../../src/utils/progress/model.ts';
import { buildModels } from '../../src/utils/indicators/model.ts';
import type { Indicator, Target } from '../../src/schemas/indicator.ts';
import type { ProgressEntryData } from '../../src/schemas/progress.ts';
import type { ResponsibleUnit } from '../../src/schemas/unit.ts';
import { parseMarkdownSource } from '../../src/checker/markdown-source.ts';
import { REPORT_SECTIONS, reportSchema, type ReportContentData } from '../../src/schemas/report.ts';
import { root } from '../helpers/dist.ts';

const repo = loadRepository(root, { strict: false });
const release = loadRepository(root, { strict: true });
const report = (period: string, sources = repo) => {
	const content = sources.reports.get(period);
	return buildReport({ ...sources.base, period, ...(content ? { content } : {}) });
};
const completeFile = () => {
	const source = parseMarkdownSource('x.md', readFileSync(join(root, 'tests/fixtures/report/reports/2025.md'), 'utf8'));
	return { data: reportSchema.parse(source.data), body: source.body };
};
const subtaskCount = repo.base.subtasks.length;

describe('report model: section III (indicators)', () => {
	const r = report('2025');
	it('has all 14 indicators in scorecard order, judged exactly as the scorecard judges the same year', () => {
		expect(r.indicators).toHaveLength(14);
		expect(r.indicators.map((i) => i.id)).toEqual(repo.base.indicators.map((m) => m.indicator.id));
		repo.base.indicators.forEach((model, i) => {
			const site = indicatorStatus(model);
			expect(site.latestYear).toBe(2025);
			expect(r.indicators[i]!.status).toBe(site.status);
			expect(r.indicators[i]!.parts.map((p) => p.status)).toEqual(site.parts.map((p) => p.judgement.status));
			const values = model.series.map((s) => s.points.find((p) => p.year === 2025)!.value);
			expect(r.indicators[i]!.parts.map((p) => p.result)).toEqual(values.map((v) => formatValue(model.indicator.unit, v)));
		});
	});
	it('shows the running mean that was judged for a "bình quân" target, as the indicator page does', () => {
		const i = repo.base.indicators.findIndex((m) => m.series.some((s) => s.target.aggregation === 'runningMean'));
		expect(i).toBeGreaterThanOrEqual(0);
		const model = repo.base.indicators[i]!;
		const judgement = judgeYear(model.series[0]!, 2025);
		expect(judgement.mean).toBeDefined();
		expect(r.indicators[i]!.parts[0]!.mean).toBe(formatMean(model.indicator.unit, judgement.mean!));
		expect(r.indicators.filter((row) => row.parts.some((p) => p.mean)).map((row) => row.id)).toEqual(
			repo.base.indicators.filter((m) => m.series.some((s) => s.target.aggregation === 'runningMean')).map((m) => m.indicator.id),
		);
	});
	it('counts met / not met / no data over the 14 indicators', () => {
		const t = r.indicatorTally;
		expect(t.met + t['not-met'] + t['no-data']).toBe(14);
		expect(t.met).toBe(r.indicators.filter((i) => i.status === 'met').length);
		expect(t['no-data']).toBe(0);
	});
	it('a half year shows the previous (whole) year, and says so', () => {
		const h1 = report('2025-H1');
		expect(h1.indicatorYear).toBe(2024);
		expect(h1.indicatorNote).toContain('kết quả năm 2024');
		expect(h1.periodLabel).toBe('6 tháng đầu năm 2025');
	});
	it('the release sources leave out illustrative figures: every indicator "Chưa có số liệu"', () => {
		const r2 = report('2025', release);
		expect(r2.indicators.every((i) => i.status === 'no-data' && i.parts.every((p) => p.result === 'Chưa có số liệu'))).toBe(true);
		expect(r2.indicatorTally).toEqual({ met: 0, 'not-met': 0, 'no-data': 14 });
	});
});

describe('report model: section II and appendix (progress)', () => {
	const r = report('2025');
	it('has every sub-task once, in programme order, and the period counts of the progress model', () => {
		expect(r.appendix).toHaveLength(subtaskCount);
		expect(subtaskCount).toBe(44);
		expect(r.appendix[0]!.id).toBe('1.1');
		expect(r.appendix.at(-1)!.id).toBe(repo.base.subtasks.at(-1)!.id);
		const ids = r.appendix.map((s) => s.id);
		expect(ids.indexOf('3.10')).toBe(ids.indexOf('3.9') + 1);
		expect(r.counts).toEqual(countsForPeriod(repo.base.progress!, '2025'));
		expect(Object.values(r.counts).reduce((a, b) => a + b, 0)).toBe(44);
		expect(r.groups.reduce((n, g) => n + g.total, 0)).toBe(44);
	});
	it("puts an entry's status, text, difficulties, units and evidence under its sub-task", () => {
		const s = r.appendix.find((x) => x.id === '3.8')!;
		expect(s.status).toBe('đang triển khai');
		expect(s.done.map((b) => b.text).join(' ')).toContain('tổ chức đối thoại định kỳ tại nơi làm việc');
		expect(s.difficulties.map((b) => b.text).join(' ')).toContain('chưa phối hợp chặt chẽ');
		expect(s.units).toEqual(['CĐCS', repo.base.units.get('nguoi-su-dung-lao-dong')!.shortName]);
		expect(s.evidence).toEqual(['Báo cáo tổng kết năm 2025 (văn bản mẫu minh họa, không có thật), số 000/BC-MH ngày 20/12/2025']);
		expect(s.illustrative).toBe(true);
		expect(r.groups.find((g) => g.group === 3)!.subtasks).toContain(s);
	});
	it('a sub-task without an entry is "chưa có báo cáo" with nothing else', () => {
		const s = r.appendix.find((x) => x.id === '2.3')!;
		expect(s).toMatchObject({ status: 'chưa có báo cáo', done: [], units: [], evidence: [], illustrative: false });
	});
	it('a period with no entries: 44 × "chưa có báo cáo", per group and overall', () => {
		const r2 = report('2024');
		expect(r2.appendix.every((s) => s.status === 'chưa có báo cáo')).toBe(true);
		expect(r2.counts).toEqual({ ...emptyCounts(), 'chưa có báo cáo': 44 });
		expect(r2.countsText).toBe('Trong 44 nhiệm vụ: 44 chưa có báo cáo.');
		for (const g of r2.groups) expect(g.countsText).toBe(`Trong ${g.total} nhiệm vụ: ${g.total} chưa có báo cáo.`);
	});
	it('the release sources drop illustrative entries: the period is all "chưa có báo cáo", not illustrative', () => {
		const r2 = report('2025', release);
		expect(r2.appendix.filter((s) => s.status !== 'chưa có báo cáo')).toEqual([]);
		expect(r2.illustrative).toBe(false);
		expect(r2.fileBase).toBe('2025');
	});
	it('writes counts in scale order and leaves out zeros', () => {
		expect(countsText({ ...emptyCounts(), 'hoàn thành': 2, 'chưa triển khai': 1, 'chưa có báo cáo': 3 })).toBe(
			'Trong 6 nhiệm vụ: 1 chưa triển khai, 2 hoàn thành, 3 chưa có báo cáo.',
		);
	});
});

describe('report model: editor-written parts, placeholders, illustrative label', () => {
	it('the shipped 2025 file: bodies from content/units.json, blank number and date, named placeholders', () => {
		const r = report('2025');
		expect(r.header.parentBody).toBe('LIÊN ĐOÀN LAO ĐỘNG TỈNH LÂM ĐỒNG');
		expect(r.header.issuer).toBe('LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ BẢO LỘC');
		expect(r.header.number).toBe('Số: …/BC-LĐLĐ');
		expect(r.header.placeDate).toBe('Bảo Lộc, ngày … tháng … năm …');
		expect(r.parts.basis.blocks?.[0]?.text).toMatch(/^Thực hiện Chương trình hành động/);
		expect(r.parts.leadership).toEqual({ placeholder: '[cần bổ sung: công tác lãnh đạo, chỉ đạo, tổ chức thực hiện]' });
		expect(r.signer).toMatchObject({
			capacity: 'TM. BAN THƯỜNG VỤ',
			title: 'CHỦ TỊCH',
			name: '[cần bổ sung: họ tên người ký]',
			missing: true,
		});
		expect(r.complete).toBe(false);
		expect(r.missing).toEqual([
			'số văn bản',
			'ngày ký',
			'công tác lãnh đạo, chỉ đạo, tổ chức thực hiện',
			'khái quát kết quả thực hiện nhiệm vụ',
			'ưu điểm',
			'hạn chế',
			'nguyên nhân',
			'phương hướng, nhiệm vụ kỳ tới',
			'kiến nghị, đề xuất',
			'họ tên người ký',
		]);
		expect(isReportPublished(r, true)).toBe(false);
		expect(isReportPublished(r, false)).toBe(true);
	});
	it('a period without a file: every part is a placeholder, including the bodies', () => {
		const r = buildReport({ ...repo.base, period: '2023' });
		expect(r.header.issuer).toBe('[cần bổ sung: cơ quan ban hành]');
		expect(r.header.number).toBe('Số: …/BC-…');
		expect(r.missing).toContain('cơ quan ban hành');
		expect(r.missing).toContain('nơi nhận');
		expect(r.recipients).toEqual({ placeholder: '[cần bổ sung: nơi nhận]' });
	});
	it('a complete file: no placeholder anywhere, published by the release rules', () => {
		const r = buildReport({ ...release.base, period: '2025', content: completeFile() });
		expect(r.missing).toEqual([]);
		expect(r.complete).toBe(true);
		expect(JSON.stringify(r)).not.toContain('cần bổ sung');
		expect(r.header.number).toBe('Số: 99/BC-LĐLĐ');
		expect(r.header.placeDate).toBe('Bảo Lộc, ngày 05 tháng 01 năm 2026');
		expect(r.parts.leadership.blocks).toEqual([
			{ kind: 'paragraph', text: 'Văn bản thử nghiệm: phần lãnh đạo.' },
			{ kind: 'bullet', text: 'Dòng thứ nhất của danh sách.' },
			{ kind: 'bullet', text: 'Dòng thứ hai của danh sách.' },
		]);
		expect(isReportPublished(r, true)).toBe(true);
	});
	it('marks a report using illustrative data in its file name', () => {
		expect(report('2025')).toMatchObject({ illustrative: true, fileBase: '2025-minh-hoa' });
		expect(report('2025-H1')).toMatchObject({ illustrative: true, fileBase: '2025-H1-minh-hoa' });
	});
	it('writes the date as Nghị định 30 does: leading zero for days < 10 and months < 3', () => {
		expect(placeDate('Bảo Lộc', '2026-02-05')).toBe('Bảo Lộc, ngày 05 tháng 02 năm 2026');
		expect(placeDate('Bảo Lộc', '2025-12-31')).toBe('Bảo Lộc, ngày 31 tháng 12 năm 2025');
		expect(placeDate('Bảo Lộc', '2025-03-09')).toBe('Bảo Lộc, ngày 09 tháng 3 năm 2025');
	});
});

describe('report periods and release data', () => {
	it('every year with figures, every progress period and every report file, a year after its halves', () => {
		expect(repo.periods).toEqual(['2022', '2023', '2024', '2025-H1', '2025']);
		expect(reportPeriods({ years: [2026], progressPeriods: ['2026-H2', '2026-H1'], reportFiles: ['2027'] }).map((p) => p.id)).toEqual([
			'2026-H1',
			'2026-H2',
			'2026',
			'2027',
		]);
	});
});

describe('report text', () => {
	it('paragraphs and "- " lines; emphasis and links reduced to their text', () => {
		expect(toBlocks('Một **đậm** và [liên kết](https://x).\ndòng nối\n\n- mục *một*\n  tiếp\n- mục hai')).toEqual([
			{ kind: 'paragraph', text: 'Một đậm và liên kết. dòng nối' },
			{ kind: 'bullet', text: 'mục một tiếp' },
			{ kind: 'bullet', text: 'mục hai' },
		]);
	});
	it('sections by heading, numbering tolerated; unknown and repeated headings reported with their line', () => {
		const body = parseReportBody(
			'## I. Công tác lãnh đạo, chỉ đạo, tổ chức thực hiện\n\nA.\n\n## Khác\n\nB.\n\n## Ưu điểm:\n\nC.\n\n## Ưu điểm\n\nD.',
		);
		expect(body.sections.leadership).toEqual([{ kind: 'paragraph', text: 'A.' }]);
		expect(body.sections.strengths).toEqual([{ kind: 'paragraph', text: 'C.' }]);
		expect(body.unknown).toEqual([{ heading: 'Khác', line: 4 }]);
		expect(body.duplicate).toEqual([{ heading: 'Ưu điểm', line: 12 }]);
	});
});

// Mutation testing (issue 17): a small hand-made programme, every report built inside the test that reads it, so
// each mutant of model.ts is run by the test that can see it; exact values throughout.
describe('report model, value by value, on a small programme', () => {
	const unit = (id: string, name: string, shortName: string): ResponsibleUnit => ({
		id,
		name,
		shortName,
		roles: ['implements'],
		namedIn: ['1.1'],
	});
	const units = new Map(
		[
			unit('ldld-tp', 'Liên đoàn Lao động thành phố Bảo Lộc', 'LĐLĐ thành phố'),
			unit('ldld-tinh', 'Liên đoàn Lao động tỉnh Lâm Đồng', 'LĐLĐ tỉnh'),
			unit('cdcs', 'Công đoàn cơ sở', 'CĐCS'),
		].map((u) => [u.id, u]),
	);
	const subtasks = [
		{ id: '2.10', group: 2, text: 'Nhiệm vụ **hai mười**.' },
		{ id: '1.10', group: 1, text: 'Nhiệm vụ một mười.' },
		{ id: '2.9', group: 2, text: 'Nhiệm vụ hai chín.' },
		{ id: '1.2', group: 1, text: 'Nhiệm vụ một hai.' },
	];
	const entry = (
		subtask: string,
		period: string,
		status: ProgressEntryData['status'],
		body: string,
		extra: Partial<ProgressEntryData> = {},
	) => ({
		file: `content/progress/${period}/${subtask.replace('.', '-')}.md`,
		data: { subtask, period, asOf: '2025-12-20', status, units: [], evidence: [], indicators: [], illustrative: false, ...extra },
		body,
	});
	const progress = buildProgressModel({
		subtasks: subtasks.map((s) => ({ id: s.id, group: s.group, number: Number(s.id.split('.')[1]) })),
		entries: [
			entry('1.2', '2025', 'hoàn thành', 'Đã làm xong.\n\n## Khó khăn, vướng mắc\n\nThiếu kinh phí.', {
				units: ['cdcs', 'don-vi-la'],
				evidence: [{ title: 'Kế hoạch thử', number: '13/KH-LĐLĐ', date: '2025-03-05' }],
			}),
			entry('2.10', '2025', 'đang triển khai', 'Đang làm.'),
			entry('2.9', '2025-H1', 'chưa triển khai', 'Chưa làm.', { asOf: '2025-06-30', illustrative: true }),
		],
	});
	const atLeast = (value: number): Target => ({ kind: 'atLeast', value, aggregation: 'eachYear', minimum: 'stated', sourceText: 'x' });
	const meanRange: Target = { kind: 'range', min: 500, max: 600, aggregation: 'runningMean', minimum: 'stated', sourceText: 'x' };
	const indicatorBase = { definition: 'd', definitionStatus: 'proposed' as const, relatedTasks: [], bullet: 1 };
	/** Two parts with their own targets; used by the whole small programme and by the illustrative-part case. */
	const dialogueIndicator: Indicator = {
		...indicatorBase,
		id: 'doi-thoai',
		order: 1,
		title: 'Đối thoại',
		shortTitle: 'Đối thoại',
		unit: 'percent',
		breakdowns: [
			{ id: 'nha-nuoc', label: 'Nhà nước', target: atLeast(100) },
			{ id: 'ngoai', label: 'Ngoài nhà nước', target: atLeast(75) },
		],
	};
	const indicators = buildModels(
		[
			dialogueIndicator,
			{ ...indicatorBase, id: 'doan-vien', order: 2, title: 'Đoàn viên', shortTitle: 'Đoàn viên mới', unit: 'count', target: meanRange },
			{ ...indicatorBase, id: 'chua-co', order: 3, title: 'Chưa có', shortTitle: 'Chưa có số', unit: 'percent', target: atLeast(50) },
		],
		[
			{
				year: 2024,
				observations: [
					{ indicator: 'doi-thoai', breakdown: 'nha-nuoc', value: 100, source: { name: 'B', date: '2025-01-10' }, status: 'official' },
					{ indicator: 'doi-thoai', breakdown: 'ngoai', value: 70, source: { name: 'B', date: '2025-01-10' }, status: 'official' },
					{ indicator: 'doan-vien', value: 472, source: { name: 'B', date: '2025-01-10' }, status: 'official' },
				],
			},
			{
				year: 2025,
				observations: [
					{ indicator: 'doi-thoai', breakdown: 'nha-nuoc', value: 100, source: { name: 'B', date: '2026-01-10' }, status: 'official' },
					{ indicator: 'doi-thoai', breakdown: 'ngoai', value: 80, source: { name: 'B', date: '2026-01-10' }, status: 'official' },
					{ indicator: 'doan-vien', value: 615, source: { name: 'B', date: '2026-01-10' }, status: 'illustrative' },
				],
			},
		],
	);
	const input = (period: string, content?: ReportInput['content']): ReportInput => ({
		period,
		programmeTitle: 'Về xây dựng đội ngũ công nhân',
		indicators,
		progress,
		units,
		groups: [
			{ group: 2, title: 'Nhóm hai' },
			{ group: 1, title: 'Nhóm một' },
		],
		subtasks,
		...(content ? { content } : {}),
	});
	const data: ReportContentData = {
		period: '2025',
		issuer: 'ldld-tp',
		parentBody: 'ldld-tinh',
		numberSymbol: 'BC-LĐLĐ',
		number: '15/BC-LĐLĐ',
		date: '2026-01-05',
		place: 'Bảo Lộc',
		signer: { capacity: 'TM. BAN THƯỜNG VỤ', title: 'CHỦ TỊCH', name: 'Người Ký' },
		recipients: ['Thành ủy', 'Lưu: VT'],
	};
	const allSections = Object.values(REPORT_SECTIONS)
		.map((h) => `## ${h}\n\nVăn bản ${h}.`)
		.join('\n\n');

	it('refuses a period that is not one', () => {
		expect(() => buildReport(input('2025-H3'))).toThrow('not a reporting period: 2025-H3');
	});

	it('lists the sub-tasks by group, then by number (2.9 before 2.10), with their entry of the period only', () => {
		const r = buildReport(input('2025'));
		expect(r.appendix.map((s) => s.id)).toEqual(['1.2', '1.10', '2.9', '2.10']);
		expect(r.appendix[0]).toStrictEqual({
			id: '1.2',
			group: 1,
			excerpt: 'Nhiệm vụ một hai.',
			status: 'hoàn thành',
			done: [{ kind: 'paragraph', text: 'Đã làm xong.' }],
			difficulties: [{ kind: 'paragraph', text: 'Thiếu kinh phí.' }],
			units: ['CĐCS', 'don-vi-la'],
			evidence: ['Kế hoạch thử, số 13/KH-LĐLĐ ngày 05/03/2025'],
			asOf: '2025-12-20',
			illustrative: false,
		});
		expect(r.appendix[1]).toStrictEqual({
			id: '1.10',
			group: 1,
			excerpt: 'Nhiệm vụ một mười.',
			status: 'chưa có báo cáo',
			done: [],
			difficulties: [],
			units: [],
			evidence: [],
			illustrative: false,
		});
		// 2.9 has an entry only in 2025-H1: not in the year's report.
		expect(r.appendix[2]).toMatchObject({ id: '2.9', status: 'chưa có báo cáo', illustrative: false });
		expect(r.appendix[3]).toMatchObject({ id: '2.10', excerpt: 'Nhiệm vụ hai mười.', status: 'đang triển khai', difficulties: [] });
		expect(r.groups).toStrictEqual([
			{
				group: 1,
				title: 'Nhóm một',
				counts: { ...emptyCounts(), 'hoàn thành': 1, 'chưa có báo cáo': 1 },
				total: 2,
				countsText: 'Trong 2 nhiệm vụ: 1 hoàn thành, 1 chưa có báo cáo.',
				subtasks: [r.appendix[0], r.appendix[1]],
			},
			{
				group: 2,
				title: 'Nhóm hai',
				counts: { ...emptyCounts(), 'đang triển khai': 1, 'chưa có báo cáo': 1 },
				total: 2,
				countsText: 'Trong 2 nhiệm vụ: 1 đang triển khai, 1 chưa có báo cáo.',
				subtasks: [r.appendix[2], r.appendix[3]],
			},
		]);
		expect(r.counts).toEqual({ ...emptyCounts(), 'hoàn thành': 1, 'đang triển khai': 1, 'chưa có báo cáo': 2 });
		expect(r.countsText).toBe('Trong 4 nhiệm vụ: 1 đang triển khai, 1 hoàn thành, 2 chưa có báo cáo.');
		// Without a progress model every sub-task is unreported.
		const none = buildReport({ ...input('2025'), progress: undefined });
		expect(none.appendix.map((s) => s.status)).toEqual(['chưa có báo cáo', 'chưa có báo cáo', 'chưa có báo cáo', 'chưa có báo cáo']);
	});

	it('judges each indicator part in the period year, as the site does', () => {
		const r = buildReport(input('2025'));
		expect(r.indicatorYear).toBe(2025);
		expect(r.indicatorNote).toBeUndefined();
		expect(r.indicators).toStrictEqual([
			{
				id: 'doi-thoai',
				number: 1,
				title: 'Đối thoại',
				parts: [
					{
						label: 'Nhà nước',
						result: '100%',
						target: '100%',
						status: 'met',
						statusLabel: 'Đạt',
						distance: '',
						illustrative: false,
					},
					{
						label: 'Ngoài nhà nước',
						result: '80%',
						target: '≥ 75%',
						status: 'met',
						statusLabel: 'Đạt',
						distance: 'cao hơn chỉ tiêu 5 điểm phần trăm',
						illustrative: false,
					},
				],
				status: 'met',
				statusLabel: 'Đạt',
			},
			{
				id: 'doan-vien',
				number: 2,
				title: 'Đoàn viên mới',
				parts: [
					{
						result: '615',
						mean: 'bình quân mỗi năm 2024–2025: 543,5',
						target: 'bình quân mỗi năm 500–600',
						status: 'met',
						statusLabel: 'Đạt',
						distance: 'cao hơn mức tối thiểu 500 là 43,5',
						illustrative: true,
					},
				],
				status: 'met',
				statusLabel: 'Đạt',
			},
			{
				id: 'chua-co',
				number: 3,
				title: 'Chưa có số',
				parts: [
					{
						result: 'Chưa có số liệu',
						target: '≥ 50%',
						status: 'no-data',
						statusLabel: 'Chưa có số liệu',
						distance: '',
						illustrative: false,
					},
				],
				status: 'no-data',
				statusLabel: 'Chưa có số liệu',
			},
		]);
		expect(r.indicatorTally).toEqual({ met: 2, 'not-met': 0, 'no-data': 1 });
		expect(r.illustrative).toBe(true);
		expect(r.fileBase).toBe('2025-minh-hoa');
	});

	it('a half year judges the year before, says so, and is illustrative only through its own data', () => {
		const h2 = buildReport(input('2025-H2'));
		expect(h2.period).toEqual({ id: '2025-H2', year: 2025, half: 2, start: '2025-07-01', end: '2025-12-31' });
		expect(h2.periodLabel).toBe('6 tháng cuối năm 2025');
		expect(h2.indicatorYear).toBe(2024);
		expect(h2.indicatorNote).toBe('Các chỉ tiêu của mục III tính theo năm; bảng dưới đây là kết quả năm 2024, năm gần nhất đã kết thúc.');
		expect(h2.indicators.map((i) => [i.status, i.parts.map((p) => p.status)])).toEqual([
			['not-met', ['met', 'not-met']],
			['not-met', ['not-met']],
			['no-data', ['no-data']],
		]);
		expect(h2.indicators[1]!.parts[0]!.mean).toBe('bình quân mỗi năm (mới có số liệu năm 2024): 472');
		expect(h2.indicatorTally).toEqual({ met: 0, 'not-met': 2, 'no-data': 1 });
		expect(h2.illustrative).toBe(false);
		expect(h2.fileBase).toBe('2025-H2');
		expect(h2.summary).toBe('Kết quả thực hiện Chương trình hành động về xây dựng đội ngũ công nhân, 6 tháng cuối năm 2025');
		// An illustrative progress entry alone makes the report illustrative.
		const h1 = buildReport({ ...input('2025-H1'), indicators: [] });
		expect(h1.periodLabel).toBe('6 tháng đầu năm 2025');
		expect(h1.appendix.find((s) => s.id === '2.9')).toMatchObject({ status: 'chưa triển khai', illustrative: true });
		expect(h1.illustrative).toBe(true);
		expect(h1.fileBase).toBe('2025-H1-minh-hoa');
		expect(buildReport(input('2024')).periodLabel).toBe('năm 2024');
	});

	it('without a file: every editor-written part is a named placeholder, in report order', () => {
		const r = buildReport(input('2025'));
		expect(r.hasContent).toBe(false);
		expect(r.complete).toBe(false);
		expect(r.missing).toEqual([
			'cơ quan ban hành',
			'cơ quan cấp trên',
			'số văn bản',
			'ngày ký',
			'địa danh',
			'phần căn cứ',
			'công tác lãnh đạo, chỉ đạo, tổ chức thực hiện',
			'khái quát kết quả thực hiện nhiệm vụ',
			'ưu điểm',
			'hạn chế',
			'nguyên nhân',
			'phương hướng, nhiệm vụ kỳ tới',
			'kiến nghị, đề xuất',
			'họ tên người ký',
			'nơi nhận',
		]);
		expect(r.header).toStrictEqual({
			parentBody: '[cần bổ sung: cơ quan cấp trên]',
			issuer: '[cần bổ sung: cơ quan ban hành]',
			number: 'Số: …/BC-…',
			nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
			motto: 'Độc lập - Tự do - Hạnh phúc',
			placeDate: '[cần bổ sung: địa danh], ngày … tháng … năm …',
		});
		expect(r.docType).toBe('BÁO CÁO');
		expect(r.parts.basis).toStrictEqual({ placeholder: '[cần bổ sung: phần căn cứ]' });
		expect(r.parts.proposals).toStrictEqual({ placeholder: '[cần bổ sung: kiến nghị, đề xuất]' });
		expect(r.signer).toStrictEqual({ name: '[cần bổ sung: họ tên người ký]', missing: true });
		expect(r.recipients).toStrictEqual({ placeholder: '[cần bổ sung: nơi nhận]' });
	});

	it('with a complete file: capitals for the bodies, number, date, signer and recipients; nothing missing', () => {
		const r = buildReport(input('2025', { data, body: allSections }));
		expect(r.hasContent).toBe(true);
		expect(r.missing).toEqual([]);
		expect(r.complete).toBe(true);
		expect(r.header).toStrictEqual({
			parentBody: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH LÂM ĐỒNG',
			issuer: 'LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ BẢO LỘC',
			number: 'Số: 15/BC-LĐLĐ',
			nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
			motto: 'Độc lập - Tự do - Hạnh phúc',
			placeDate: 'Bảo Lộc, ngày 05 tháng 01 năm 2026',
		});
		expect(r.parts.basis).toStrictEqual({ blocks: [{ kind: 'paragraph', text: 'Văn bản Căn cứ.' }] });
		expect(r.parts.proposals).toStrictEqual({ blocks: [{ kind: 'paragraph', text: 'Văn bản Kiến nghị, đề xuất.' }] });
		expect(r.signer).toStrictEqual({ capacity: 'TM. BAN THƯỜNG VỤ', title: 'CHỦ TỊCH', name: 'Người Ký', missing: false });
		expect(r.recipients).toEqual(['Thành ủy', 'Lưu: VT']);
	});

	it('with a partial file: unknown bodies, no number, no signer name; the number keeps its symbol', () => {
		const partial: ReportContentData = {
			period: '2025',
			issuer: 'khong-co',
			parentBody: 'ldld-tinh',
			numberSymbol: 'BC-CĐ',
			place: 'Bảo Lộc',
			signer: { title: 'CHỦ TỊCH' },
		};
		const r = buildReport(input('2025', { data: partial, body: '## Ưu điểm\n\nTốt.' }));
		expect(r.missing).toEqual([
			'cơ quan ban hành',
			'số văn bản',
			'ngày ký',
			'phần căn cứ',
			'công tác lãnh đạo, chỉ đạo, tổ chức thực hiện',
			'khái quát kết quả thực hiện nhiệm vụ',
			'hạn chế',
			'nguyên nhân',
			'phương hướng, nhiệm vụ kỳ tới',
			'kiến nghị, đề xuất',
			'họ tên người ký',
			'nơi nhận',
		]);
		expect(r.header.issuer).toBe('[cần bổ sung: cơ quan ban hành]');
		expect(r.header.parentBody).toBe('LIÊN ĐOÀN LAO ĐỘNG TỈNH LÂM ĐỒNG');
		expect(r.header.number).toBe('Số: …/BC-CĐ');
		expect(r.header.placeDate).toBe('Bảo Lộc, ngày … tháng … năm …');
		expect(r.parts.strengths).toStrictEqual({ blocks: [{ kind: 'paragraph', text: 'Tốt.' }] });
		expect(r.signer).toStrictEqual({ title: 'CHỦ TỊCH', name: '[cần bổ sung: họ tên người ký]', missing: true });
		// An empty unit id names no body.
		const blank = buildReport(input('2025', { data: { ...data, issuer: '' }, body: allSections }));
		expect(blank.missing).toEqual(['cơ quan ban hành']);
		expect(blank.header.issuer).toBe('[cần bổ sung: cơ quan ban hành]');
	});

	it('without a signer block: the name is missing, no capacity or title; a unit without a name is missing', () => {
		const { signer: _, ...noSigner } = data;
		const r = buildReport(input('2025', { data: noSigner, body: allSections }));
		expect(r.missing).toEqual(['họ tên người ký']);
		expect(r.signer).toStrictEqual({ name: '[cần bổ sung: họ tên người ký]', missing: true });
		const nameless = new Map([...units, ['ldld-tp', { ...units.get('ldld-tp')!, name: '' }]]);
		const blankName = buildReport({ ...input('2025', { data, body: allSections }), units: nameless });
		expect(blankName.missing).toEqual(['cơ quan ban hành']);
		expect(blankName.header.issuer).toBe('[cần bổ sung: cơ quan ban hành]');
	});

	it('one illustrative part of one indicator makes the report illustrative', () => {
		const [dialogue] = buildModels(
			[dialogueIndicator],
			[
				{
					year: 2025,
					observations: [
						{ indicator: 'doi-thoai', breakdown: 'nha-nuoc', value: 100, source: { name: 'B', date: '2026-01-10' }, status: 'official' },
						{ indicator: 'doi-thoai', breakdown: 'ngoai', value: 80, source: { name: 'B', date: '2026-01-10' }, status: 'illustrative' },
					],
				},
			],
		);
		const r = buildReport({ ...input('2025'), progress: undefined, indicators: [dialogue!] });
		expect(r.indicators[0]!.parts.map((p) => p.illustrative)).toEqual([false, true]);
		expect(r.illustrative).toBe(true);
		expect(r.fileBase).toBe('2025-minh-hoa');
		const official = buildReport({ ...input('2025'), progress: undefined, indicators: [] });
		expect(official).toMatchObject({ illustrative: false, fileBase: '2025' });
	});

	it('counts text: scale order, zeros left out; place and date with leading zeros where the decree wants them', () => {
		expect(countsText(emptyCounts())).toBe('Trong 0 nhiệm vụ: .');
		expect(countsText({ ...emptyCounts(), 'thực hiện thường xuyên': 1 })).toBe('Trong 1 nhiệm vụ: 1 thực hiện thường xuyên.');
		expect(placeDate('Bảo Lộc', '2026-10-10')).toBe('Bảo Lộc, ngày 10 tháng 10 năm 2026');
		expect(placeDate('Bảo Lộc', '2026-03-01')).toBe('Bảo Lộc, ngày 01 tháng 3 năm 2026');
		expect(placeDate('Bảo Lộc', '2026-02-09')).toBe('Bảo Lộc, ngày 09 tháng 02 năm 2026');
		expect(placeDate('Bảo Lộc')).toBe('Bảo Lộc, ngày … tháng … năm …');
		expect(upper('liên đoàn lao động tỉnh lâm đồng')).toBe('LIÊN ĐOÀN LAO ĐỘNG TỈNH LÂM ĐỒNG');
		expect(periodLabel({ id: '2026', year: 2026, start: '2026-01-01', end: '2026-12-31' })).toBe('năm 2026');
	});

	it('a placeholder is text that starts with "[cần bổ sung", not text that mentions it', () => {
		expect(isPlaceholder('[cần bổ sung: số hiệu]')).toBe(true);
		expect(isPlaceholder('Ghi chú [cần bổ sung')).toBe(false);
		expect(isPlaceholder('Liên đoàn Lao động thành phố')).toBe(false);
	});
});
