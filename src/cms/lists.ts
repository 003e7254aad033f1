import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMarkdownSource } from '../checker/markdown-source.ts';
import { parseSubtasks, subtaskExcerpt } from '../utils/subtasks.ts';
import { REPORTING_YEARS } from '../schemas/indicator.ts';
import { UNITS_FILE } from '../checker/rules/progress.ts';

/** The real lists the CMS offers as selects (read from the repository at build time). */
export interface CmsLists {
	subtasks: { id: string; label: string }[];
	indicators: { id: string; shortTitle: string }[];
	/** Every breakdown id used by some indicator, once, with its first label. */
	breakdowns: { id: string; label: string }[];
	/** Responsible bodies (content/units.json). */
	units: { id: string; shortName: string }[];
	/** Reporting periods the schemas accept, newest first: "2030", "2030-H2", "2030-H1", … "2021-H1". */
	periods: string[];
}

const compareIds = (a: string, b: string) => {
	const [ag = 0, an = 0] = a.split('.').map(Number);
	const [bg = 0, bn = 0] = b.split('.').map(Number);
	return ag - bg || an - bn;
};

/** Read the lists from a repository checkout (content/tasks/*.md, data/indicators/*.json). */
export function readCmsLists(root: string, dataDir = 'data'): CmsLists {
	const tasksDir = join(root, 'content/tasks');
	const subtasks = readdirSync(tasksDir)
		.filter((n) => n.endsWith('.md'))
		.flatMap((name) => {
			const source = parseMarkdownSource(`content/tasks/${name}`, readFileSync(join(tasksDir, name), 'utf8'));
			return parseSubtasks(source.body).map((s) => ({ id: s.id, label: subtaskExcerpt(s.text, 70) }));
		})
		.sort((a, b) => compareIds(a.id, b.id));
	const indicatorsDir = join(root, dataDir, 'indicators');
	const indicatorFiles = existsSync(indicatorsDir)
		? readdirSync(indicatorsDir)
				.filter((n) => n.endsWith('.json'))
				.sort()
		: [];
	const raw = indicatorFiles.map(
		(name) =>
			JSON.parse(readFileSync(join(indicatorsDir, name), 'utf8')) as {
				id: string;
				order: number;
				shortTitle: string;
				breakdowns?: { id: string; label: string }[];
			},
	);
	raw.sort((a, b) => a.order - b.order);
	const breakdowns = new Map<string, string>();
	for (const indicator of raw) for (const b of indicator.breakdowns ?? []) if (!breakdowns.has(b.id)) breakdowns.set(b.id, b.label);
	const unitsFile = join(root, UNITS_FILE);
	const units = existsSync(unitsFile)
		? (JSON.parse(readFileSync(unitsFile, 'utf8')) as { id: string; shortName: string }[]).map((u) => ({
				id: u.id,
				shortName: u.shortName,
			}))
		: [];
	const periods: string[] = [];
	for (let year = REPORTING_YEARS.last; year >= REPORTING_YEARS.first; year--) periods.push(`${year}`, `${year}-H2`, `${year}-H1`);
	return {
		units,
		periods,
		subtasks,
		indicators: raw.map((i) => ({ id: i.id, shortTitle: i.shortTitle })),
		breakdowns: [...breakdowns].map(([id, label]) => ({ id, label })),
	};
}
