/**
 * Real searches from the programme, with the section a reader expects among the first results.
 * `expected` is a site path with its anchor; typed with and without diacritics, abbreviations and
 * document numbers. Used by the Node index tests (all of them, through the real built index), the
 * Chromium test (the UI behaviours and a sample) and scripts/measure-search.ts.
 */
export interface QueryCase {
	query: string;
	expected: string;
	/**
	 * Other pages that answer the query as well (a guideline or glossary entry written for it): the query
	 * passes when `expected` or one of these is among the first results. Each is named, with its reason.
	 */
	also?: string[];
}

/** The pages that count as an answer to a query. */
export const answers = (c: QueryCase): string[] => [c.expected, ...(c.also ?? [])];

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
	// The glossary defines it; the dialogue guideline has a section with this heading (issue 16).
	{
		query: 'thoa uoc lao dong tap the',
		expected: '/nhiem-vu/nhom-3/#3-3',
		also: ['/thuat-ngu/#thoa-uoc-lao-dong-tap-the', '/huong-dan/doi-thoai-hoi-nghi-nguoi-lao-dong/#thoa-uoc-lao-dong-tap-the'],
	},
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

/**
 * Words of two or more syllables, each syllable common on its own ("đình" + "công": "công" is on every
 * page), mostly typed without diacritics as on a phone. Pagefind alone scores each syllable wherever it
 * stands; the expected sub-task is the one where the syllables stand together (src/utils/search/adjacency.ts).
 */
export const WORD_QUERIES: QueryCase[] = [
	{ query: 'dinh cong', expected: '/nhiem-vu/nhom-3/#3-3' },
	{ query: 'đình công', expected: '/nhiem-vu/nhom-3/#3-4' },
	{ query: 'lan cong dinh cong', expected: '/nhiem-vu/nhom-3/#3-3' },
	{ query: 'gia dinh', expected: '/nhiem-vu/nhom-3/#3-10' },
	{ query: 'gia đình', expected: '/nhiem-vu/nhom-3/#3-10' },
	{ query: 'doi song', expected: '/nhiem-vu/nhom-3/#3-5' },
	{ query: 'đời sống', expected: '/nhiem-vu/nhom-4/#4-5' },
	{ query: 'viec lam', expected: '/nhiem-vu/nhom-6/#6-1' },
	{ query: 'việc làm bền vững', expected: '/nhiem-vu/nhom-6/#6-1' },
	{ query: 'tien luong', expected: '/nhiem-vu/nhom-3/#3-2' },
	{ query: 'tiền lương', expected: '/nhiem-vu/nhom-3/#3-2' },
	{ query: 'an toan ve sinh lao dong', expected: '/nhiem-vu/nhom-3/#3-2' },
	{ query: 'an toàn', expected: '/nhiem-vu/nhom-3/#3-2' },
	{ query: 'ky luat lao dong', expected: '/nhiem-vu/nhom-2/#2-5' },
	{ query: 'kỷ luật', expected: '/nhiem-vu/nhom-3/#3-3' },
	{ query: 'tranh chap lao dong', expected: '/nhiem-vu/nhom-3/#3-3' },
	{ query: 'thu nhap', expected: '/nhiem-vu/nhom-3/#3-2' },
	{ query: 'bao hiem xa hoi', expected: '/nhiem-vu/nhom-1/#1-2' },
	{ query: 'dan toc thieu so', expected: '/nhiem-vu/nhom-1/#1-3' },
	{ query: 'hien dai hoa', expected: '/nhiem-vu/nhom-5/#5-3' },
	{ query: 'cong nghiep hoa', expected: '/nhiem-vu/nhom-5/#5-3' },
	{ query: 'nha o', expected: '/nhiem-vu/nhom-6/#6-3' },
	{ query: 'benh nghe nghiep', expected: '/nhiem-vu/nhom-3/#3-6' },
	{ query: 'tai nan lao dong', expected: '/nhiem-vu/nhom-3/#3-6' },
	{ query: 'nang suat lao dong', expected: '/nhiem-vu/nhom-3/#3-5' },
	{ query: 'tac phong cong nghiep', expected: '/nhiem-vu/nhom-3/#3-3' },
	{ query: 'xa hoi hoa', expected: '/nhiem-vu/nhom-3/#3-6' },
	// The vocational training guideline's section on what the employer must do (Article 60 of the Labour Code).
	{
		query: 'nguoi su dung lao dong',
		expected: '/nhiem-vu/nhom-3/#3-8',
		also: ['/huong-dan/hoc-nghe-chuyen-doi-nghe/#doanh-nghiep-co-trach-nhiem-gi'],
	},
	{ query: 'quan he lao dong hai hoa', expected: '/nhiem-vu/nhom-3/#3-8' },
];

/** More of the programme's phrases: names of movements, bodies and duties. */
export const PHRASE_QUERIES: QueryCase[] = [
	{ query: 'bua an ca', expected: '/nhiem-vu/nhom-3/#3-6' },
	{ query: 'quy che dan chu', expected: '/nhiem-vu/nhom-3/#3-2' },
	{ query: 'chi cuc thue', expected: '/nhiem-vu/nhom-1/#1-2' },
	{ query: 'lãng phí', expected: '/nhiem-vu/nhom-4/#4-4' },
	{ query: 'thi dua khen thuong', expected: '/nhiem-vu/nhom-7/#7-1' },
	{ query: 'phản biện xã hội', expected: '/nhiem-vu/nhom-5/#5-8' },
	{ query: 'gop y xay dung dang', expected: '/nhiem-vu/nhom-5/#5-9' },
	{ query: 'mat tran to quoc', expected: '/nhiem-vu/nhom-6/#6-4' },
	{ query: 'uy ban kiem tra', expected: '/nhiem-vu/nhom-4/#4-6' },
	{ query: 'can bo cong doan chuyen trach', expected: '/nhiem-vu/nhom-2/#2-2' },
	{ query: 'lao dong gioi lao dong sang tao', expected: '/nhiem-vu/nhom-7/#7-3' },
	{ query: 'quy hoạch cán bộ', expected: '/nhiem-vu/nhom-2/#2-4' },
];

/**
 * One-letter typos (a letter doubled, dropped, swapped): no word of the site matches the typo, so the
 * search tries the site's words one edit away (src/utils/search/typo.ts), searches the one the text
 * supports best, and says "Có phải bạn muốn tìm “suggestion”?".
 */
export const TYPO_QUERIES: (QueryCase & { suggestion: string })[] = [
	{ query: 'gia dinhh', expected: '/nhiem-vu/nhom-3/#3-10', suggestion: 'gia đình' },
	{ query: 'tham nhungg', expected: '/nhiem-vu/nhom-5/#5-7', suggestion: 'tham nhũng' },
	{ query: 'dinh cogn', expected: '/nhiem-vu/nhom-3/#3-3', suggestion: 'đình công' },
	{ query: 'kinh phi cong doann', expected: '/nhiem-vu/nhom-4/#4-1', suggestion: 'kinh phí công đoàn' },
	// As for "doi thoai" (QUERIES): the guideline on workplace dialogue answers it first.
	{
		query: 'doi thaoi',
		expected: '/nhiem-vu/nhom-3/#3-3',
		also: ['/huong-dan/doi-thoai-hoi-nghi-nguoi-lao-dong/'],
		suggestion: 'đối thoại',
	},
	{ query: 'nu cogn', expected: '/nhiem-vu/nhom-3/#3-10', suggestion: 'nữ công' },
	{ query: 'cdccs', expected: '/thuat-ngu/#cdcs', suggestion: 'CĐCS' },
	{ query: 'tai chinhh cong doan', expected: '/nhiem-vu/nhom-4/#4-3', suggestion: 'tài chính công đoàn' },
	{ query: 'phuc loii doan vien', expected: '/chi-tieu/phuc-loi-doan-vien/', suggestion: 'phúc lợi đoàn viên' },
	{ query: 'thuong luongg', expected: '/nhiem-vu/nhom-3/#3-3', suggestion: 'thương lượng' },
];

/** Progress entries ("Tiến độ", /tien-do/<x-y>/): a sub-task's progress page for "tiến độ" and its number. */
export const PROGRESS_QUERIES: QueryCase[] = [
	{ query: 'tien do 3.6', expected: '/tien-do/3-6/' },
	{ query: 'tiến độ nhiệm vụ 1.2', expected: '/tien-do/1-2/' },
	{ query: 'tien do nhiem vu 4.1', expected: '/tien-do/4-1/' },
];

/** Every query of the set, for the figures (scripts/measure-search.ts) and the Node index test. */
export const ALL_QUERIES: QueryCase[] = [
	...QUERIES,
	...INDICATOR_QUERIES,
	...WORD_QUERIES,
	...PHRASE_QUERIES,
	...PROGRESS_QUERIES,
	...TYPO_QUERIES,
];
