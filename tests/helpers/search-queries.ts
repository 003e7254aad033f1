/**
 * Real searches from the programme, with the section a reader expects among the first results.
 * `expected` is a site path with its anchor; typed with and without diacritics, abbreviations and
 * document numbers. Used by the Node index tests and the Chromium test (and scripts/measure-search.ts).
 */
export interface QueryCase {
	query: string;
	expected: string;
}

/** How many results a reader scans: the expected section must be within these. */
export const TOP = 5;

export const QUERIES: QueryCase[] = [
	{ query: 'kinh phí công đoàn', expected: '/nhiem-vu/nhom-4/#4-1' },
	{ query: 'kinh phi cong doan', expected: '/nhiem-vu/nhom-4/#4-1' },
	// Since the member guidance (issue 16), a reader searching "đối thoại" gets the plain-language guide first.
	{ query: 'đối thoại', expected: '/huong-dan/doi-thoai-hoi-nghi-nguoi-lao-dong/' },
	{ query: 'doi thoai', expected: '/huong-dan/doi-thoai-hoi-nghi-nguoi-lao-dong/' },
	{ query: 'thành lập công đoàn cơ sở', expected: '/nhiem-vu/nhom-1/#1-2' },
	{ query: 'thanh lap cdcs', expected: '/nhiem-vu/nhom-1/#1-2' },
	{ query: 'CĐCS', expected: '/thuat-ngu/#cdcs' },
	{ query: 'cdcs', expected: '/thuat-ngu/#cdcs' },
	{ query: 'ldld', expected: '/thuat-ngu/#ldld' },
	{ query: '02-NQ/TW', expected: '/chuong-trinh/' },
	{ query: '217-QĐ/TW', expected: '/nhiem-vu/nhom-5/#5-8' },
	{ query: '217-qd/tw', expected: '/nhiem-vu/nhom-5/#5-8' },
	{ query: '19-CT/TU', expected: '/nhiem-vu/nhom-1/#1-1' },
	{ query: 'thoa uoc lao dong tap the', expected: '/nhiem-vu/nhom-3/#3-3' },
	{ query: 'khu cong nghiep loc son', expected: '/nhiem-vu/nhom-1/#1-2' },
	{ query: 'cong nghe thong tin', expected: '/nhiem-vu/nhom-3/#3-9' },
	{ query: 'tham nhũng', expected: '/nhiem-vu/nhom-5/#5-7' },
	{ query: 'dao tao nghe', expected: '/nhiem-vu/nhom-3/#3-3' },
	{ query: 'nữ công', expected: '/nhiem-vu/nhom-3/#3-10' },
	{ query: 'muc dich yeu cau', expected: '/chuong-trinh/#muc-i' },
	{ query: 'tien do', expected: '/huong-dan/do-luong-tien-do/' },
];

/**
 * Indicator searches: the indicator page is the expected answer. It is listed once, linking to its top
 * (its summary, chart, table and definition are facets of one thing: see ONE_RESULT_META in
 * src/utils/search/results.ts).
 */
export const INDICATOR_QUERIES: QueryCase[] = [
	{ query: 'doi thoai tai noi lam viec', expected: '/chi-tieu/doi-thoai-noi-lam-viec/' },
	{ query: 'đối thoại', expected: '/chi-tieu/doi-thoai-noi-lam-viec/' },
	{ query: 'thăm hỏi tặng quà', expected: '/chi-tieu/tham-hoi-doan-vien/' },
	{ query: 'hoi nghi nguoi lao dong', expected: '/chi-tieu/hoi-nghi-nguoi-lao-dong/' },
	{ query: 'phúc lợi đoàn viên', expected: '/chi-tieu/phuc-loi-doan-vien/' },
	{ query: 'cdcs hoan thanh tot nhiem vu', expected: '/chi-tieu/cdcs-hoan-thanh-tot/' },
	{ query: 'su dung kinh phi', expected: '/chi-tieu/su-dung-kinh-phi/' },
];
