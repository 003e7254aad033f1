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

describe('the real tree', () => {
	it('has no progress problem, in normal and strict mode (illustrative entries are left out of the release, not refused)', () => {
		for (const strict of [false, true]) {
			expect(checkTree(root, { strict }).filter((p) => p.file.startsWith('content/progress/') || p.file === 'content/units.json')).toEqual(
				[],
			);
		}
	});
});
