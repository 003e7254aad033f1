import { describe, expect, it } from 'vitest';
import {
	buildProgressModel,
	comparePeriods,
	countsByGroup,
	countsByPeriod,
	countsForPeriod,
	isPublished,
	parsePeriod,
	progressFilePath,
	sortPeriods,
	sortUnits,
	splitEntryBody,
	unitsOf,
	type ProgressEntry,
	type SubtaskInfo,
} from '../../src/utils/progress/model.ts';
import { progressEntrySchema, type ProgressStatus } from '../../src/schemas/progress.ts';

const subtasks: SubtaskInfo[] = [
	{ id: '1.1', group: 1, number: 1 },
	{ id: '1.2', group: 1, number: 2 },
	{ id: '2.10', group: 2, number: 10 },
	{ id: '2.9', group: 2, number: 9 },
];

function entry(subtask: string, period: string, status: ProgressStatus, extra: Record<string, unknown> = {}): ProgressEntry {
	const data = progressEntrySchema.parse({ subtask, period, asOf: parsePeriod(period)!.end, status, ...extra });
	return { file: progressFilePath(subtask, period), data, body: 'Đã làm.' };
}

describe('periods', () => {
	it('parses years and halves with their first and last days', () => {
		expect(parsePeriod('2025')).toEqual({ id: '2025', year: 2025, start: '2025-01-01', end: '2025-12-31' });
		expect(parsePeriod('2025-H1')).toEqual({ id: '2025-H1', year: 2025, half: 1, start: '2025-01-01', end: '2025-06-30' });
		expect(parsePeriod('2025-H2')).toEqual({ id: '2025-H2', year: 2025, half: 2, start: '2025-07-01', end: '2025-12-31' });
		expect(parsePeriod('2025-H3')).toBeUndefined();
		expect(parsePeriod('2025-h1')).toBeUndefined();
	});

	it('orders H1 < H2 < the whole year < the next year, without repeats', () => {
		expect(sortPeriods(['2026-H1', '2025', '2025-H2', '2025-H1', '2025', 'x']).map((p) => p.id)).toEqual([
			'2025-H1',
			'2025-H2',
			'2025',
			'2026-H1',
		]);
		expect(comparePeriods(parsePeriod('2025')!, parsePeriod('2025-H2')!)).toBeGreaterThan(0);
	});
});

describe('buildProgressModel', () => {
	const entries = [
		entry('1.1', '2025-H1', 'đang triển khai', { units: ['cdcs'] }),
		entry('1.1', '2025', 'hoàn thành', { units: ['ldld-thanh-pho', 'cdcs'] }),
		entry('1.2', '2025-H1', 'thực hiện thường xuyên'),
		entry('2.9', '2025', 'chưa triển khai', { illustrative: true }),
	];
	const model = buildProgressModel({ subtasks, entries });

	it('lists periods with an entry, oldest first, and the latest period', () => {
		expect(model.periods.map((p) => p.id)).toEqual(['2025-H1', '2025']);
		expect(model.latestPeriod?.id).toBe('2025');
		expect(model.asOf).toBe('2025-12-31');
	});

	it('keeps programme order (2.9 before 2.10) and computes "chưa có báo cáo" for missing cells', () => {
		expect(model.subtasks.map((s) => s.subtask.id)).toEqual(['1.1', '1.2', '2.9', '2.10']);
		expect(model.subtasks.map((s) => s.cells.map((c) => c.status))).toEqual([
			['đang triển khai', 'hoàn thành'],
			['thực hiện thường xuyên', 'chưa có báo cáo'],
			['chưa có báo cáo', 'chưa triển khai'],
			['chưa có báo cáo', 'chưa có báo cáo'],
		]);
	});

	it('gives each sub-task its timeline newest first and its latest status', () => {
		const [s11, s12, , s210] = model.subtasks;
		expect(s11!.entries.map((e) => e.data.period)).toEqual(['2025', '2025-H1']);
		expect(s11!.latestStatus).toBe('hoàn thành');
		expect(unitsOf(s11!)).toEqual(['cdcs', 'ldld-thanh-pho']);
		// Latest entry, even when the newest period has none.
		expect(s12!.latestStatus).toBe('thực hiện thường xuyên');
		expect(s12!.latest?.data.period).toBe('2025-H1');
		expect(s210!.latestStatus).toBe('chưa có báo cáo');
		expect(s210!.latest).toBeUndefined();
		expect(model.illustrative).toBe(true);
	});

	it('counts statuses per period, per group and per period over time', () => {
		expect(countsForPeriod(model, '2025')).toEqual({
			'chưa triển khai': 1,
			'đang triển khai': 0,
			'hoàn thành': 1,
			'thực hiện thường xuyên': 0,
			'chưa có báo cáo': 2,
		});
		expect(countsByGroup(model, '2025-H1')).toEqual([
			{
				group: 1,
				total: 2,
				counts: { 'chưa triển khai': 0, 'đang triển khai': 1, 'hoàn thành': 0, 'thực hiện thường xuyên': 1, 'chưa có báo cáo': 0 },
			},
			{
				group: 2,
				total: 2,
				counts: { 'chưa triển khai': 0, 'đang triển khai': 0, 'hoàn thành': 0, 'thực hiện thường xuyên': 0, 'chưa có báo cáo': 2 },
			},
		]);
		expect(countsByPeriod(model).map((p) => [p.period.id, p.total, p.counts['chưa có báo cáo']])).toEqual([
			['2025-H1', 4, 2],
			['2025', 4, 2],
		]);
	});

	it('the release build leaves illustrative entries out but keeps their period ("chưa có báo cáo")', () => {
		expect(isPublished({ data: { illustrative: true } }, true)).toBe(false);
		expect(isPublished({ data: { illustrative: true } }, false)).toBe(true);
		expect(isPublished({ data: { illustrative: false } }, true)).toBe(true);
		const strict = buildProgressModel({ subtasks, entries, strict: true });
		expect(strict.periods.map((p) => p.id)).toEqual(['2025-H1', '2025']);
		expect(strict.subtasks[2]!.cells.map((c) => c.status)).toEqual(['chưa có báo cáo', 'chưa có báo cáo']);
		expect(strict.illustrative).toBe(false);
		const onlyIllustrative = buildProgressModel({ subtasks, entries: [entries[3]!], strict: true });
		expect(onlyIllustrative.periods.map((p) => p.id)).toEqual(['2025']);
		expect(countsForPeriod(onlyIllustrative, '2025')['chưa có báo cáo']).toBe(4);
		expect(onlyIllustrative.asOf).toBeUndefined();
	});

	it('with no entries has no periods and every sub-task unreported', () => {
		const empty = buildProgressModel({ subtasks, entries: [] });
		expect(empty.periods).toEqual([]);
		expect(empty.latestPeriod).toBeUndefined();
		expect(empty.subtasks.every((s) => s.latestStatus === 'chưa có báo cáo' && s.cells.length === 0)).toBe(true);
	});
});

describe('splitEntryBody', () => {
	it('splits what was done, difficulties and next steps', () => {
		const body = 'Đã làm A.\n\nĐã làm B.\n\n## Khó khăn, vướng mắc\n\nThiếu người.\n\n## Phương hướng tiếp theo\n\nLàm tiếp.\n';
		expect(splitEntryBody(body)).toEqual({ done: 'Đã làm A.\n\nĐã làm B.', difficulties: 'Thiếu người.', nextSteps: 'Làm tiếp.' });
	});

	it('leaves out empty or absent sections and keeps other headings in place', () => {
		expect(splitEntryBody('Đã làm.\n\n### Chi tiết\n\nX.\n\n## Phương hướng tiếp theo\n')).toEqual({
			done: 'Đã làm.\n\n### Chi tiết\n\nX.',
		});
	});
});

describe('sortUnits', () => {
	it('orders by first role in the programme, then by name', () => {
		const u = (name: string, roles: string[]) => ({ name, roles });
		const sorted = sortUnits([
			u('Phòng Kinh tế', ['partner']),
			u('Các công đoàn cơ sở', ['implements']),
			u('Ban Dân vận', ['monitors']),
			u('LĐLĐ', ['coordinates', 'implements']),
			u('Chi cục Thuế', ['partner']),
		]);
		expect(sorted.map((x) => x.name)).toEqual(['LĐLĐ', 'Ban Dân vận', 'Các công đoàn cơ sở', 'Chi cục Thuế', 'Phòng Kinh tế']);
	});
});
