import { subtaskAnchor } from './subtasks.ts';

/** Anchor id of a numbered section of the full programme page: "IV" → "muc-iv". */
export function sectionAnchor(numeral: string | undefined): string {
	return `muc-${(numeral ?? '').toLowerCase()}`;
}

/** Site-relative paths of every page type, so links are written in one place. */
export const routes = {
	home: '',
	programme: 'chuong-trinh/',
	programmeSection: (numeral: string) => `chuong-trinh/#${sectionAnchor(numeral)}`,
	tasks: 'nhiem-vu/',
	taskGroup: (id: string) => `nhiem-vu/${id}/`,
	subtask: (group: string, subtaskId: string) => `nhiem-vu/${group}/#${subtaskAnchor(subtaskId)}`,
	implementation: 'to-chuc-thuc-hien/',
	/** The editors' notes on the text (formerly "Đính chính" at dinh-chinh/, which now redirects here). */
	errata: 'ghi-chu-van-ban/',
	/** Old address of the errata page, kept as a redirect page. */
	errataOld: 'dinh-chinh/',
	/** The programme's original text, unmodified, offered on the errata page. */
	originalText: 'ghi-chu-van-ban/van-ban-goc.md',
	glossary: 'thuat-ngu/',
	about: 'gioi-thieu/',
	guidelines: 'huong-dan/',
	guideline: (id: string) => `huong-dan/${id}/`,
	indicators: 'chi-tieu/',
	search: 'tim-kiem/',
	updates: 'cap-nhat/',
	updatesFeed: 'cap-nhat/rss.xml',
} as const;

/** Pages and downloads of the indicators (section III). */
export const indicatorRoutes = {
	indicator: (id: string) => `chi-tieu/${id}/`,
	reports: 'bao-cao/',
	/** The periodic report of a period ("2025", "2025-H1"); a year's old address is the same page. */
	report: (period: number | string) => `bao-cao/${period}/`,
	/** Its Word file; `fileBase` carries "-minh-hoa" when the report uses illustrative data. */
	reportDocx: (fileBase: string) => `bao-cao/${fileBase}.docx`,
	openData: 'du-lieu/',
	download: (file: string) => `du-lieu/${file}`,
} as const;

/** Progress of the sub-tasks (issue 9). */
export const progressRoutes = {
	dashboard: 'tien-do/',
	subtask: (subtaskId: string) => `tien-do/${subtaskAnchor(subtaskId)}/`,
	entry: (subtaskId: string, period: string) => `tien-do/${subtaskAnchor(subtaskId)}/#ky-${period.toLowerCase()}`,
} as const;
