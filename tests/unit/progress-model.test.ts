import { describe, expect, it } from 'vitest';
import {
	buildProgressModel,
	comparePeriods,
	compareSubtaskIds,
	countsByGroup,
	countsByPeriod,
	countsForPeriod,
	isPublished,
	parsePeriod,
	progressFilePath,
	sortPeriods,
	sortUnits,
	splitEntryBody,
	subtaskFromSlug,
	subtaskSlug,
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

describe('sub-task ids', () => {
	it('compares group first, then number as a number, and gives the difference', () => {
		expect(compareSubtaskIds('2.9', '2.10')).toBe(-1);
		expect(compareSubtaskIds('2.10', '2.9')).toBe(1);
		expect(compareSubtaskIds('1.5', '3.1')).toBe(-2);
		expect(compareSubtaskIds('3.1', '1.5')).toBe(2);
		expect(compareSubtaskIds('3.6', '3.6')).toBe(0);
	});

	it('turns an id into its slug and back', () => {
		expect(subtaskSlug('3.10')).toBe('3-10');
		expect(subtaskFromSlug('3-10')).toBe('3.10');
		expect(subtaskFromSlug(subtaskSlug('1.2'))).toBe('1.2');
		expect(progressFilePath('3.10', '2025-H1')).toBe('content/progress/2025-H1/3-10.md');
	});
});

describe('buildProgressModel', () => {
	// Built inside each test, not when the file is collected: mutation testing (stryker.config.mjs) switches a
	// mutant on per test, so code run at collection time would always run unmutated.
	const fixture = () => [
		entry('1.1', '2025-H1', 'đang triển khai', { units: ['cdcs'] }),
		entry('1.1', '2025', 'hoàn thành', { units: ['ldld-thanh-pho', 'cdcs'] }),
		entry('1.2', '2025-H1', 'thực hiện thường xuyên'),
		entry('2.9', '2025', 'chưa triển khai', { illustrative: true }),
	];
	const build = () => buildProgressModel({ subtasks, entries: fixture() });

	it('lists periods with an entry, oldest first, and the latest period', () => {
		const model = build();
		expect(model.periods.map((p) => p.id)).toEqual(['2025-H1', '2025']);
		expect(model.latestPeriod?.id).toBe('2025');
		expect(model.asOf).toBe('2025-12-31');
	});

	it('keeps programme order (2.9 before 2.10) and computes "chưa có báo cáo" for missing cells', () => {
		const model = build();
		expect(model.subtasks.map((s) => s.subtask.id)).toEqual(['1.1', '1.2', '2.9', '2.10']);
		expect(model.subtasks.map((s) => s.cells.map((c) => c.status))).toEqual([
			['đang triển khai', 'hoàn thành'],
			['thực hiện thường xuyên', 'chưa có báo cáo'],
			['chưa có báo cáo', 'chưa triển khai'],
			['chưa có báo cáo', 'chưa có báo cáo'],
		]);
	});

	it('gives each sub-task its timeline newest first and its latest status', () => {
		const model = build();
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
		const model = build();
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
		const entries = fixture();
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

	it('of two entries for the same sub-task and period keeps the later as-of date, the first on a tie', () => {
		const older = entry('1.1', '2025', 'đang triển khai', { asOf: '2025-12-01' });
		const newer = entry('1.1', '2025', 'hoàn thành', { asOf: '2025-12-31' });
		for (const entries of [
			[older, newer],
			[newer, older],
		]) {
			const model = buildProgressModel({ subtasks, entries });
			expect(model.subtasks[0]!.cells[0]!.status).toBe('hoàn thành');
			expect(model.subtasks[0]!.cells[0]!.entry).toBe(newer);
		}
		const twin = entry('1.1', '2025', 'chưa triển khai', { asOf: '2025-12-31' });
		const tie = buildProgressModel({ subtasks, entries: [newer, twin] });
		expect(tie.subtasks[0]!.latestStatus).toBe('hoàn thành');
		expect(tie.subtasks[0]!.entries).toEqual([newer]);
	});

	it('takes the newest as-of date over all shown entries, whatever their order', () => {
		const model = buildProgressModel({
			subtasks,
			entries: [
				entry('1.1', '2025', 'hoàn thành', { asOf: '2026-01-20' }),
				entry('1.2', '2025', 'hoàn thành', { asOf: '2025-12-31' }),
				entry('2.9', '2025-H1', 'đang triển khai', { asOf: '2025-07-05' }),
			],
		});
		expect(model.asOf).toBe('2026-01-20');
		expect(model.latestPeriod).toEqual({ id: '2025', year: 2025, start: '2025-01-01', end: '2025-12-31' });
	});

	it('is illustrative when any shown entry is, not only when all are', () => {
		const real = entry('1.1', '2025', 'hoàn thành');
		const shown = entry('1.2', '2025', 'hoàn thành', { illustrative: true });
		expect(buildProgressModel({ subtasks, entries: [real] }).illustrative).toBe(false);
		expect(buildProgressModel({ subtasks, entries: [real, shown] }).illustrative).toBe(true);
		expect(buildProgressModel({ subtasks, entries: [shown] }).illustrative).toBe(true);
	});

	it('counts groups in ascending order even when the sub-tasks are not in programme order', () => {
		const model = build();
		const shuffled = { ...model, subtasks: [...model.subtasks].reverse() };
		expect(countsByGroup(shuffled, '2025').map((g) => [g.group, g.total, g.counts['hoàn thành']])).toEqual([
			[1, 2, 1],
			[2, 2, 0],
		]);
	});

	it('with no entries has no periods and every sub-task unreported', () => {
		const empty = buildProgressModel({ subtasks, entries: [] });
		expect(empty.periods).toEqual([]);
		expect(empty.latestPeriod).toBeUndefined();
		expect(Object.keys(empty).sort()).toEqual(['illustrative', 'periods', 'subtasks']);
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

describe('splitEntryBody headings', () => {
	it('leaves out an empty difficulties section', () => {
		expect(splitEntryBody('Đã làm.\n\n## Khó khăn, vướng mắc\n\n## Phương hướng tiếp theo\n\nLàm tiếp.')).toEqual({
			done: 'Đã làm.',
			nextSteps: 'Làm tiếp.',
		});
	});

	it('takes a section heading only at the start of a line, with any spaces and closing hashes', () => {
		expect(splitEntryBody('Xem ## Khó khăn, vướng mắc\nHết.')).toEqual({ done: 'Xem ## Khó khăn, vướng mắc\nHết.' });
		expect(splitEntryBody('Đã làm.\n##   Khó khăn, vướng mắc  ##\nThiếu người.')).toEqual({
			done: 'Đã làm.',
			difficulties: 'Thiếu người.',
		});
	});

	it('drops HTML comments and reads Windows line ends', () => {
		expect(splitEntryBody('<!-- gợi ý\nnhiều dòng -->Đã làm.\r\n## Phương hướng tiếp theo\r\nLàm tiếp.')).toEqual({
			done: 'Đã làm.',
			nextSteps: 'Làm tiếp.',
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

	it('puts those who receive reports before those who implement, and partners before an unknown role', () => {
		const u = (name: string, roles: string[]) => ({ name, roles });
		const sorted = sortUnits([u('A', ['other']), u('B', ['implements']), u('C', ['partner']), u('D', ['receivesReports'])]);
		expect(sorted.map((x) => x.name)).toEqual(['D', 'B', 'C', 'A']);
	});

	it('orders names the Vietnamese way: đ after every d', () => {
		const u = (name: string) => ({ name, roles: ['partner'] });
		expect(sortUnits([u('Đoàn Thanh niên'), u('Dược phẩm')]).map((x) => x.name)).toEqual(['Dược phẩm', 'Đoàn Thanh niên']);
	});
});
