import { describe, expect, it } from 'vitest';
import { searchKindFilter, ui } from '../../src/i18n/ui.ts';
import { STATUSES, tallyStatuses } from '../../src/utils/indicators/status.ts';

describe('interface strings computed from data', () => {
	it("search kinds: one definition for the filter list and the pages' filter attribute", () => {
		expect(ui.search.kinds).toEqual(['Nhiệm vụ', 'Chỉ tiêu', 'Tiến độ', 'Hướng dẫn', 'Thuật ngữ', 'Toàn văn']);
		expect(searchKindFilter('progress')).toBe('kind:Tiến độ');
		expect(searchKindFilter('task')).toBe('kind:Nhiệm vụ');
		expect(searchKindFilter('fullText')).toBe('kind:Toàn văn');
	});
	it('task counts come from the arguments, the heading spells small numbers', () => {
		expect(ui.tasksIntro(7, 44)).toMatch(/^7 nhóm nhiệm vụ với 44 nhiệm vụ cụ thể\./);
		expect(ui.homeTasksLead(8, 45)).toBe(
			'Mục II của chương trình giao cho công đoàn cơ sở và công đoàn cấp trên 45 nhiệm vụ cụ thể, chia thành 8 nhóm.',
		);
		expect(ui.homeTasksHeading(7)).toBe('Bảy nhóm nhiệm vụ');
		expect(ui.homeTasksHeading(12)).toBe('12 nhóm nhiệm vụ');
	});
});

describe('tallyStatuses', () => {
	it('counts every status, zeros included, in the order of STATUSES', () => {
		expect(tallyStatuses(['met', 'no-data', 'met'])).toEqual({ met: 2, 'not-met': 0, 'no-data': 1 });
		expect(Object.keys(tallyStatuses([]))).toEqual([...STATUSES]);
	});
});
