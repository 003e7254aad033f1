/** Site-relative paths of every page type, so links are written in one place. */
export const routes = {
	home: '',
	programme: 'chuong-trinh/',
	tasks: 'nhiem-vu/',
	taskGroup: (id: string) => `nhiem-vu/${id}/`,
	subtask: (group: string, subtaskId: string) => `nhiem-vu/${group}/#${subtaskId.replace('.', '-')}`,
	implementation: 'to-chuc-thuc-hien/',
	errata: 'dinh-chinh/',
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
	subtask: (subtaskId: string) => `tien-do/${subtaskId.replace('.', '-')}/`,
	entry: (subtaskId: string, period: string) => `tien-do/${subtaskId.replace('.', '-')}/#ky-${period.toLowerCase()}`,
} as const;
