import { describe, expect, it } from 'vitest';
import { readPage, textOf } from '../helpers/dist.ts';

/**
 * What the built pages say about chosen indicators, checked word for word against the illustrative figures
 * in data/observations/*.json (worked out by hand, not by the site's own code):
 *  - van-hoa-the-thao, "at least 80%", 2025: 79,4% → not met, 0,6 points short;
 *  - doan-vien-moi, range 500–600 as a running mean: 472, 538, 615, 585 → means 472; 505; 541,7; 552,5 →
 *    2022 not met (28 short), 2025 met (52,5 above 500);
 *  - xep-loai-ldld, rating "hoàn thành tốt" or better: 2023 "hoàn thành" (1 level short), 2025 met;
 *  - the scorecard tally for 2025: 11 met (14 indicators, of which not met: thăm hỏi 99,3 < 100,
 *    văn hóa 79,4 < 80, giới thiệu Đảng 97 < 100), 0 without data.
 * The no-data case (an indicator without figures) is in tests/site/indicators-fixture.test.ts: the real data
 * has a figure for every indicator in 2025.
 */
const text = (path: string) => textOf(readPage(path));

/** The scorecard's card of one indicator: its data-status and visible text. */
function scorecardCard(id: string): { status: string; text: string } {
	const html = readPage('chi-tieu/');
	const match = new RegExp(`<li data-status="([a-z-]+)" data-indicator="${id}"[^>]*>([\\s\\S]*?)</li>`).exec(html);
	expect(match, `no scorecard card for ${id}`).not.toBeNull();
	return { status: match![1]!, text: textOf(match![2]!) };
}

/** The row of the report's table of indicators that links to the indicator page. */
function reportRow(period: string, id: string): string {
	const rows = [...readPage(`bao-cao/${period}/`).matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => m[1]!);
	const row = rows.filter((r) => r.includes(`href="/chi-tieu/${id}/"`));
	expect(row, `rows of ${id} in the ${period} report`).toHaveLength(1);
	return textOf(row[0]!);
}

/** Per indicator: what its page, its scorecard card and its row in the 2025 report say. */
const CASES = [
	{
		name: 'a not-met "at least" target: van-hoa-the-thao',
		id: 'van-hoa-the-thao',
		pageTitle: "indicator page: status word, distance sentence, and each year's row",
		page: [
			'Năm gần nhất (2025): ✗ Chưa đạt',
			'Năm 2025: 79,4% — chưa đạt chỉ tiêu ≥ 80% (thấp hơn chỉ tiêu 0,6 điểm phần trăm). So với năm 2024: giảm.',
			'2024 81,2% ≥ 80% ✓ Đạt (cao hơn chỉ tiêu 1,2 điểm phần trăm)',
			'2025 79,4% ≥ 80% ✗ Chưa đạt (thấp hơn chỉ tiêu 0,6 điểm phần trăm)',
		],
		card: {
			status: 'not-met',
			text: 'Văn hóa, thể thao, nghỉ dưỡng Chỉ tiêu: ≥ 80% Năm gần nhất 2025: 79,4% ✗ Chưa đạt ↓ giảm so với năm 2024 Số liệu minh họa',
		},
		reportRow: '6 Văn hóa, thể thao, nghỉ dưỡng 79,4% Số liệu minh họa ≥ 80% ✗ Chưa đạt thấp hơn chỉ tiêu 0,6 điểm phần trăm',
	},
	{
		name: 'a range target judged on the running mean: doan-vien-moi',
		id: 'doan-vien-moi',
		pageTitle: "indicator page: the mean, not the year's own figure, is judged",
		page: [
			'Năm gần nhất (2025): ✓ Đạt',
			'Năm 2025: 585; bình quân mỗi năm 2022–2025: 552,5 — đạt chỉ tiêu bình quân mỗi năm 500–600 (cao hơn mức tối thiểu 500 là 52,5). So với năm 2024: giảm.',
			'2022 472 472 (2022) bình quân mỗi năm 500–600 ✗ Chưa đạt (thấp hơn mức tối thiểu 500 là 28)',
			'2023 538 505 (2022–2023) bình quân mỗi năm 500–600 ✓ Đạt (cao hơn mức tối thiểu 500 là 5)',
			'2024 615 541,7 (2022–2024) bình quân mỗi năm 500–600 ✓ Đạt (cao hơn mức tối thiểu 500 là 41,7)',
		],
		card: {
			status: 'met',
			text: 'Phát triển đoàn viên mới Chỉ tiêu: bình quân mỗi năm 500–600 Năm gần nhất 2025: 585 (bình quân mỗi năm 2022–2025: 552,5) ✓ Đạt ↓ giảm so với năm 2024 Số liệu minh họa',
		},
		reportRow:
			'9 Phát triển đoàn viên mới 585 Số liệu minh họa bình quân mỗi năm 2022–2025: 552,5 bình quân mỗi năm 500–600 ✓ Đạt cao hơn mức tối thiểu 500 là 52,5',
	},
	{
		name: 'a rating target: xep-loai-ldld',
		id: 'xep-loai-ldld',
		pageTitle: 'indicator page: status word and distance in levels',
		page: [
			'Năm gần nhất (2025): ✓ Đạt',
			'Năm 2025: hoàn thành tốt — đạt chỉ tiêu hoàn thành tốt trở lên. So với năm 2024: giảm.',
			'2023 hoàn thành hoàn thành tốt trở lên ✗ Chưa đạt (thấp hơn chỉ tiêu 1 bậc)',
			'2024 hoàn thành xuất sắc hoàn thành tốt trở lên ✓ Đạt (cao hơn chỉ tiêu 1 bậc)',
		],
		card: {
			status: 'met',
			text: 'Xếp loại cơ quan LĐLĐ thành phố Chỉ tiêu: hoàn thành tốt trở lên Năm gần nhất 2025: hoàn thành tốt ✓ Đạt ↓ giảm so với năm 2024 Số liệu minh họa',
		},
		reportRow: '11 Xếp loại cơ quan LĐLĐ thành phố hoàn thành tốt Số liệu minh họa hoàn thành tốt trở lên ✓ Đạt',
	},
];

describe.each(CASES)('$name', ({ id, pageTitle, page, card, reportRow: row }) => {
	it(pageTitle, () => {
		const shown = text(`chi-tieu/${id}/`);
		for (const sentence of page) expect(shown).toContain(sentence);
	});
	it('scorecard card and report row', () => {
		expect(scorecardCard(id)).toEqual(card);
		expect(reportRow('2025', id)).toBe(row);
	});
});

describe('the tally of 2025', () => {
	it('scorecard: the filter buttons and the cards by status', () => {
		expect(text('chi-tieu/')).toContain('Tất cả (14) ✓ Đạt (11) ✗ Chưa đạt (3) – Chưa có số liệu (0)');
		const statuses = [...readPage('chi-tieu/').matchAll(/<li data-status="([a-z-]+)" data-indicator="([^"]+)"/g)];
		expect(
			statuses
				.filter((m) => m[1] === 'not-met')
				.map((m) => m[2])
				.sort(),
		).toEqual(['gioi-thieu-dang', 'tham-hoi-doan-vien', 'van-hoa-the-thao']);
		expect(statuses.filter((m) => m[1] === 'met')).toHaveLength(11);
		expect(statuses.filter((m) => m[1] === 'no-data')).toHaveLength(0);
	});
	it('home summary', () => {
		expect(text('')).toContain(
			'Năm 2025: chưa có số liệu chính thức. Số liệu minh họa không phải số liệu thật: 11 đạt, 3 chưa đạt, 0 chưa có số liệu.',
		);
	});
	it('report /bao-cao/2025/', () => {
		expect(text('bao-cao/2025/')).toContain('Số liệu năm 2025: 11 chỉ tiêu đạt, 3 chỉ tiêu chưa đạt, 0 chỉ tiêu chưa có số liệu.');
	});
});
