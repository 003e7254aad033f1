import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRepository } from '../../scripts/lib/report-sources.ts';
import { buildReport, countsText, placeDate, reportPeriods } from '../../src/utils/report/model.ts';
import { parseReportBody, toBlocks } from '../../src/utils/report/text.ts';
import { isReportPublished } from '../../src/utils/report/publish.ts';
import { indicatorStatus, judgeYear } from '../../src/utils/indicators/status.ts';
import { formatMean, formatValue } from '../../src/utils/indicators/sentences.ts';
import { countsForPeriod, emptyCounts } from '../../src/utils/progress/model.ts';
import { parseMarkdownSource } from '../../src/checker/markdown-source.ts';
import { reportSchema } from '../../src/schemas/report.ts';
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
