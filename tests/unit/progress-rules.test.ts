import { describe, expect, it } from 'vitest';
import { checkProgressData } from '../../src/checker/rules/progress.ts';
import { checkTree } from '../../src/checker/check-tree.ts';
import { root } from '../helpers/dist.ts';

const entry = (file: string, data: Record<string, unknown>, body = 'Đã làm.') => ({ file, data, body, bodyLine: 10 });
const base = { subtask: '3.6', period: '2025', asOf: '2025-12-31', status: 'hoàn thành', units: ['cdcs'] };
const units = {
	file: 'content/units.json',
	data: [{ id: 'cdcs', name: 'Các công đoàn cơ sở', shortName: 'CĐCS', roles: ['implements'], namedIn: ['3.2'] }],
};
const known = { subtaskIds: new Set(['3.2', '3.6']), indicatorIds: new Set(['tham-hoi-doan-vien']) };

describe('checkProgressData (pure)', () => {
	it('accepts a well-formed entry', () => {
		expect(checkProgressData({ entries: [entry('content/progress/2025/3-6.md', base)], units, ...known })).toEqual([]);
	});

	it('asks for content/units.json when it is missing', () => {
		const problems = checkProgressData({ entries: [entry('content/progress/2025/3-6.md', base)], unitsMissing: true, ...known });
		expect(problems).toEqual([
			{
				file: 'content/units.json',
				line: 1,
				field: '(toàn tệp)',
				expected: 'danh sách đơn vị content/units.json (tệp tiến độ ghi mã đơn vị từ đó)',
				found: 'không có tệp',
			},
		]);
	});

	it('takes the as-of date on the first day of the period, refuses the day before', () => {
		const h2 = (asOf: string) =>
			checkProgressData({ entries: [entry('content/progress/2025-H2/3-6.md', { ...base, period: '2025-H2', asOf })], units, ...known }).map(
				(p) => p.field,
			);
		expect(h2('2025-07-01')).toEqual([]);
		expect(h2('2025-06-30')).toEqual(['asOf']);
	});

	it('refuses impossible calendar dates and malformed document numbers', () => {
		const problems = checkProgressData({
			entries: [
				entry('content/progress/2025/3-6.md', {
					...base,
					evidence: [
						{ title: 'Báo cáo', number: '13/KH-LĐLĐ', date: '2025-02-30' },
						{ title: 'Kế hoạch', number: 'KH 13', date: '2025-03-01' },
					],
				}),
			],
			units,
			...known,
		});
		expect(problems.map((p) => `${p.field}: ${p.found}`)).toEqual(['evidence[0].date: "2025-02-30"', 'evidence[1].number: "KH 13"']);
	});

	it('accepts the document numbers Vietnamese bodies write', () => {
		for (const number of ['13/KH-LĐLĐ', '41-KH/ThU', '30/2020/NĐ-CP', '1270/BC-TCTTTg', '217-QĐ/TW', '02/NQ-LĐLĐ']) {
			const problems = checkProgressData({
				entries: [entry('content/progress/2025/3-6.md', { ...base, evidence: [{ title: 'Văn bản', number, date: '2025-03-01' }] })],
				units,
				...known,
			});
			expect(problems, number).toEqual([]);
		}
	});
});

describe('checkProgressData: each rule only where it applies (in memory)', () => {
	const at = (file: string, data: unknown, body = 'Đã làm.') => ({ file, data, body, bodyLine: 10 });
	const good = 'content/progress/2025/3-6.md';
	const summary = (problems: { field: string; found: string }[]) => problems.map((p) => `${p.field}: ${p.found}`);

	it('a status of "chưa có báo cáo" says the page sets it; other fields and other statuses keep the schema message', () => {
		const noReport = checkProgressData({ entries: [at(good, { ...base, status: 'chưa có báo cáo', period: '2025-Q5' })], units, ...known });
		const status = noReport.find((p) => p.field === 'status');
		expect(status?.expected).toBe(
			'một trạng thái trong thang: "chưa triển khai", "đang triển khai", "hoàn thành", "thực hiện thường xuyên" ("chưa có báo cáo" do trang tự tính khi không có tệp: xóa tệp này nếu kỳ này chưa có báo cáo)',
		);
		const period = noReport.find((p) => p.field === 'period');
		expect(period?.expected).not.toContain('chưa có báo cáo');
		for (const other of ['xong', 5]) {
			const problems = checkProgressData({ entries: [at(good, { ...base, status: other })], units, ...known });
			expect(problems.map((p) => p.field)).toEqual(['status']);
			expect(problems[0]!.expected, String(other)).not.toContain('do trang tự tính');
		}
	});

	it('front matter that is null is one schema problem, not a crash; no front matter at all is left to the reader', () => {
		expect(checkProgressData({ entries: [at(good, null)], units, ...known }).map((p) => p.field)).toEqual(['(toàn tệp)']);
		expect(checkProgressData({ entries: [at(good, undefined)], units, ...known })).toEqual([]);
	});

	it('an unquoted date anywhere in the entry says how to write it', () => {
		const problems = checkProgressData({
			entries: [at(good, { ...base, evidence: [{ title: 'Báo cáo', number: '13/KH-LĐLĐ', date: new Date('2025-03-01') }] })],
			units,
			...known,
		});
		expect(summary(problems)).toEqual(['evidence[0].date: ngày viết không có dấu ngoặc kép (2025-03-01); hãy viết "2025-03-01"']);
	});

	it('a broken units list is reported and its ids are not used to judge entries', () => {
		const broken = { file: 'content/units.json', data: [{ id: 'cdcs' }] };
		const problems = checkProgressData({ entries: [at(good, { ...base, units: ['khong-co'] })], units: broken, ...known });
		expect(problems.length).toBeGreaterThan(0);
		expect(problems.every((p) => p.file === 'content/units.json')).toBe(true);
	});

	it('units: a repeated id and a place in the text that does not exist; "IV." places are accepted', () => {
		const list = {
			file: 'content/units.json',
			data: [
				{ ...units.data[0], namedIn: ['3.2', 'IV.1', '9.9'] },
				{ ...units.data[0], namedIn: ['3.6'] },
			],
		};
		const problems = checkProgressData({ entries: [], units: list, ...known });
		expect(summary(problems)).toEqual(['[0].namedIn[2]: "9.9"', '[1].id: "cdcs" (trùng với mục [0])']);
	});

	it('without the lists of sub-tasks and indicators (their own files broken), ids are not judged', () => {
		const list = { file: 'content/units.json', data: [{ ...units.data[0], namedIn: ['9.9'] }] };
		const entries = [at('content/progress/2025/9-9.md', { ...base, subtask: '9.9', indicators: ['khong-co'] })];
		expect(checkProgressData({ entries, units: list, subtaskIds: new Set(), indicatorIds: new Set() })).toEqual([]);
		expect(summary(checkProgressData({ entries, units: list, ...known }))).toEqual([
			'[0].namedIn[0]: "9.9"',
			'subtask: "9.9"',
			'indicators[0]: "khong-co"',
		]);
	});

	it('no units list: asks for it only when the file is missing', () => {
		expect(checkProgressData({ entries: [at(good, base)], ...known })).toEqual([]);
	});

	it('file places: a file outside the folder, another folder, a file that is not Markdown', () => {
		const outside = checkProgressData({ entries: [at('khac/2025/3-6.md', base)], units, ...known });
		expect(summary(outside)).toEqual(['period: kỳ "2025" trong thư mục "khac/2025"']);
		const ownDir = checkProgressData({ entries: [at('tien-do/2025/3-6.md', base)], units, dir: 'tien-do', ...known });
		expect(ownDir).toEqual([]);
		expect(checkProgressData({ entries: [at('content/progress/2025/3-6.txt', base)], units, ...known })).toEqual([]);
	});

	it('an empty body points at its first line that holds text', () => {
		const problems = checkProgressData({ entries: [at(good, base, '\n   \n## Khó khăn, vướng mắc\nThiếu kinh phí.')], units, ...known });
		expect(problems.map((p) => `${p.field}@${p.line}`)).toEqual(['body@12']);
		const blank = checkProgressData({ entries: [at(good, base, '  \n')], units, ...known });
		expect(blank.map((p) => `${p.field}@${p.line}`)).toEqual(['body@10']);
	});

	it('headings: only the two sections, written with any spacing; "##" inside a line and "###" are not headings', () => {
		const heads = (body: string) => checkProgressData({ entries: [at(good, base, body)], units, ...known }).map((p) => p.found);
		expect(heads('Đã làm.\n##   Khó khăn, vướng mắc  ##\nThiếu.\n## Phương hướng tiếp theo\nTiếp.')).toEqual([]);
		expect(heads('Đã làm ## một việc.\n### Chi tiết\nMột.')).toEqual([]);
		expect(heads('Đã làm.\n## Kết quả ###\nMột.')).toEqual(['"## Kết quả"']);
	});
});

describe('the real tree', () => {
	it('has no progress problem, in normal and strict mode (illustrative entries are left out of the release, not refused)', () => {
		for (const strict of [false, true]) {
			expect(checkTree(root, { strict }).filter((p) => p.file.startsWith('content/progress/') || p.file === 'content/units.json')).toEqual(
				[],
			);
		}
	});
});
