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
	report: (year: number) => `bao-cao/${year}/`,
	openData: 'du-lieu/',
	download: (file: string) => `du-lieu/${file}`,
} as const;

/** Progress of the sub-tasks (issue 9). */
export const progressRoutes = {
	dashboard: 'tien-do/',
	subtask: (subtaskId: string) => `tien-do/${subtaskId.replace('.', '-')}/`,
	entry: (subtaskId: string, period: string) => `tien-do/${subtaskId.replace('.', '-')}/#ky-${period.toLowerCase()}`,
} as const;
