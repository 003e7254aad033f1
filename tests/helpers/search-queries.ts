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
	{ query: 'đối thoại', expected: '/nhiem-vu/nhom-3/#3-3' },
	{ query: 'doi thoai', expected: '/nhiem-vu/nhom-3/#3-3' },
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

/** Indicator searches: run only once the indicator pages (/chi-tieu/<id>/) are in dist/. */
export const INDICATOR_QUERIES: { query: string; prefix: string }[] = [
	{ query: 'doi thoai tai noi lam viec', prefix: '/chi-tieu/' },
	{ query: 'thăm hỏi tặng quà', prefix: '/chi-tieu/' },
];
