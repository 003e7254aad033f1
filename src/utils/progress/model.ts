import { isIllustrative } from '../release.ts';
import {
	NO_REPORT,
	PERIOD_PATTERN,
	PROGRESS_BODY_SECTIONS,
	PROGRESS_CELL_STATUSES,
	type ProgressCellStatus,
	type ProgressEntryData,
} from '../../schemas/progress.ts';
import { subtaskAnchor } from '../subtasks.ts';

/**
 * The progress entries joined into what pages, downloads and the periodic report read: the reporting
 * periods, one cell per sub-task and period (an entry's status, or "chưa có báo cáo" when there is no
 * entry), each sub-task's history newest first, and counts per status, per group and per period.
 * Pure: the loader (load.ts) reads the collection and passes plain data in.
 */

/** A reporting period: a whole year, or its first or second half. */
export interface Period {
	/** "2025", "2025-H1" or "2025-H2", exactly as written in the entries. */
	id: string;
	year: number;
	/** 1 or 2 for a half year; undefined for a whole year. */
	half?: 1 | 2;
	/** First and last day, YYYY-MM-DD. */
	start: string;
	end: string;
}

/** One progress file as the model reads it. */
export interface ProgressEntry {
	/** Repository-relative path, e.g. "content/progress/2025-H1/3-6.md". */
	file: string;
	data: ProgressEntryData;
	/** The Markdown body (what was done; optional difficulties and next steps sections). */
	body: string;
	/** The body rendered to HTML by the content layer, when the caller has it (pages). */
	html?: string;
}

/** A sub-task as the model needs it (from content/tasks, see src/utils/subtasks.ts). */
export interface SubtaskInfo {
	id: string;
	group: number;
	number: number;
}

/** The status of one sub-task in one period. */
export interface Cell {
	subtask: string;
	period: string;
	status: ProgressCellStatus;
	/** The entry behind the status; undefined for "chưa có báo cáo". */
	entry?: ProgressEntry;
}

export interface SubtaskProgress {
	subtask: SubtaskInfo;
	/** One cell per period of the model, oldest period first. */
	cells: Cell[];
	/** Every entry of the sub-task, newest period first (the timeline). */
	entries: ProgressEntry[];
	/** The entry of the newest period that has one; undefined when the sub-task was never reported on. */
	latest?: ProgressEntry;
	/** The latest entry's status, or "chưa có báo cáo". */
	latestStatus: ProgressCellStatus;
}

export type StatusCounts = Record<ProgressCellStatus, number>;

export interface ProgressModel {
	/** Periods that have at least one entry file (published or not), oldest first. */
	periods: Period[];
	/** The newest period; undefined when there is no entry at all. */
	latestPeriod?: Period;
	/** Every sub-task of the programme, in programme order. */
	subtasks: SubtaskProgress[];
	/** True when any entry shown is illustrative (pages and downloads then carry the label). */
	illustrative: boolean;
	/** The latest as-of date of the entries shown ("cập nhật đến"); undefined without entries. */
	asOf?: string;
}

/** Parse "2025", "2025-H1", "2025-H2"; undefined for anything else. */
export function parsePeriod(id: string): Period | undefined {
	const match = PERIOD_PATTERN.exec(id);
	if (!match) return undefined;
	const year = Number(match[1]);
	const half = match[2] ? (Number(match[2]) as 1 | 2) : undefined;
	const start = half === 2 ? `${year}-07-01` : `${year}-01-01`;
	const end = half === 1 ? `${year}-06-30` : `${year}-12-31`;
	return { id, year, ...(half ? { half } : {}), start, end };
}

/**
 * Order of periods: by last day, and a whole year after its second half (the yearly report sums the
 * year up). 2025-H1 < 2025-H2 < 2025 < 2026-H1.
 */
export function comparePeriods(a: Period, b: Period): number {
	return a.end.localeCompare(b.end) || (a.half ? 0 : 1) - (b.half ? 0 : 1);
}

/** Periods sorted oldest first, without repeats; ids that are not periods are dropped. */
export function sortPeriods(ids: Iterable<string>): Period[] {
	return [...new Set(ids)]
		.map(parsePeriod)
		.filter((p): p is Period => p !== undefined)
		.sort(comparePeriods);
}

/** Sub-task ids "3.10" sort after "3.9". */
export function compareSubtaskIds(a: string, b: string): number {
	const [ga = 0, na = 0] = a.split('.').map(Number);
	const [gb = 0, nb = 0] = b.split('.').map(Number);
	return ga - gb || na - nb;
}

/** "3.6" → "3-6": the sub-task's part of URLs, file names and anchors (its anchor on the group page). */
export function subtaskSlug(id: string): string {
	return subtaskAnchor(id);
}

/** "3-6" → "3.6". */
export function subtaskFromSlug(slug: string): string {
	return slug.replace('-', '.');
}

/** Where an entry file belongs: content/progress/<period>/<group>-<n>.md. */
export function progressFilePath(subtask: string, period: string): string {
	return `content/progress/${period}/${subtaskSlug(subtask)}.md`;
}

/**
 * Whether an entry appears in a build. The release build (STRICT=1) leaves illustrative entries out:
 * their sub-task then shows "chưa có báo cáo" for that period. Every other build shows them, labelled.
 */
export function isPublished(entry: { data: { illustrative: boolean } }, strict: boolean): boolean {
	return !(strict && isIllustrative(entry.data));
}

/** An empty tally of every cell status. */
export function emptyCounts(): StatusCounts {
	return Object.fromEntries(PROGRESS_CELL_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

/** Count cells by status. */
export function countStatuses(cells: Iterable<{ status: ProgressCellStatus }>): StatusCounts {
	const counts = emptyCounts();
	for (const cell of cells) counts[cell.status] += 1;
	return counts;
}

/**
 * Join sub-tasks and entries. `strict` drops illustrative entries (isPublished) but keeps their periods,
 * so a release build shows those periods with "chưa có báo cáo". Entries for unknown sub-tasks or
 * malformed periods are ignored here: the checker refuses them before a build.
 * When two entries share a sub-task and period (also refused by the checker), the later as-of date wins.
 */
export function buildProgressModel(input: { subtasks: SubtaskInfo[]; entries: ProgressEntry[]; strict?: boolean }): ProgressModel {
	const strict = input.strict ?? false;
	const periods = sortPeriods(input.entries.map((e) => e.data.period));
	const order = new Map(periods.map((p, i) => [p.id, i]));
	const shown = input.entries.filter((e) => isPublished(e, strict) && order.has(e.data.period));
	const byKey = new Map<string, ProgressEntry>();
	for (const entry of shown) {
		const key = `${entry.data.subtask}@${entry.data.period}`;
		const other = byKey.get(key);
		if (!other || other.data.asOf < entry.data.asOf) byKey.set(key, entry);
	}
	const subtasks = [...input.subtasks]
		.sort((a, b) => compareSubtaskIds(a.id, b.id))
		.map((subtask): SubtaskProgress => {
			const cells = periods.map((p): Cell => {
				const entry = byKey.get(`${subtask.id}@${p.id}`);
				return entry
					? { subtask: subtask.id, period: p.id, status: entry.data.status, entry }
					: { subtask: subtask.id, period: p.id, status: NO_REPORT };
			});
			const entries = cells.flatMap((c) => (c.entry ? [c.entry] : [])).reverse();
			const latest = entries[0];
			return { subtask, cells, entries, ...(latest ? { latest } : {}), latestStatus: latest?.data.status ?? NO_REPORT };
		});
	const used = subtasks.flatMap((s) => s.entries);
	const asOf = used
		.map((e) => e.data.asOf)
		.sort()
		.at(-1);
	return {
		periods,
		...(periods.length > 0 ? { latestPeriod: periods[periods.length - 1] } : {}),
		subtasks,
		illustrative: used.some((e) => e.data.illustrative),
		...(asOf ? { asOf } : {}),
	};
}

/** The cell of every sub-task in one period, programme order. */
export function cellsOfPeriod(model: ProgressModel, periodId: string): Cell[] {
	return model.subtasks.flatMap((s) => s.cells.filter((c) => c.period === periodId));
}

/** Status counts of one period over all sub-tasks (the dashboard's overall bar). */
export function countsForPeriod(model: ProgressModel, periodId: string): StatusCounts {
	return countStatuses(cellsOfPeriod(model, periodId));
}

/** Status counts per period, oldest first. */
export function countsByPeriod(model: ProgressModel): { period: Period; counts: StatusCounts; total: number }[] {
	return model.periods.map((period) => {
		const counts = countsForPeriod(model, period.id);
		return { period, counts, total: total(counts) };
	});
}

/** Status counts of one period per task group, groups ascending (the dashboard's per-group bars). */
export function countsByGroup(model: ProgressModel, periodId: string): { group: number; counts: StatusCounts; total: number }[] {
	const groups = [...new Set(model.subtasks.map((s) => s.subtask.group))].sort((a, b) => a - b);
	return groups.map((group) => {
		const counts = countStatuses(cellsOfPeriod(model, periodId).filter((c) => c.subtask.startsWith(`${group}.`)));
		return { group, counts, total: total(counts) };
	});
}

/** Sum of a tally. */
export function total(counts: StatusCounts): number {
	return Object.values(counts).reduce((a, b) => a + b, 0);
}

/** Ids of every unit that acted on a sub-task, over all its entries shown, sorted. */
export function unitsOf(progress: SubtaskProgress): string[] {
	return [...new Set(progress.entries.flatMap((e) => e.data.units))].sort();
}

/** The parts of an entry's body: what was done, then the optional difficulties and next steps. */
export interface EntryBody {
	done: string;
	difficulties?: string;
	nextSteps?: string;
}

/**
 * Split a body at its "## Khó khăn, vướng mắc" and "## Phương hướng tiếp theo" headings
 * (PROGRESS_BODY_SECTIONS). Text before the first of them is "done". Other headings stay in the part
 * they are in. HTML comments (the hints of `npm run new-period`) are dropped.
 */
export function splitEntryBody(body: string): EntryBody {
	const headings = new Map<string, keyof EntryBody>([
		[PROGRESS_BODY_SECTIONS.difficulties, 'difficulties'],
		[PROGRESS_BODY_SECTIONS.nextSteps, 'nextSteps'],
	]);
	const parts: Record<keyof EntryBody, string[]> = { done: [], difficulties: [], nextSteps: [] };
	let current: keyof EntryBody = 'done';
	for (const line of body
		.normalize('NFC')
		.replace(/<!--[\s\S]*?-->/g, '')
		.split(/\r?\n/)) {
		const heading = /^##\s+(.+?)\s*#*\s*$/.exec(line);
		// Stryker disable next-line StringLiteral: equivalent, a match always has group 1 (.+?), so the fallback is never read
		const part = heading ? headings.get(heading[1] ?? '') : undefined;
		if (part) {
			current = part;
			continue;
		}
		parts[current].push(line);
	}
	const text = (key: keyof EntryBody) => parts[key].join('\n').trim();
	return {
		done: text('done'),
		...(text('difficulties') ? { difficulties: text('difficulties') } : {}),
		...(text('nextSteps') ? { nextSteps: text('nextSteps') } : {}),
	};
}

/**
 * Units in a stable reading order: by their first role in the programme (coordinates, monitors,
 * receivesReports, implements, partner), then by name. The collection loader does not keep the file's order.
 */
export function sortUnits<T extends { name: string; roles: readonly string[] }>(units: T[]): T[] {
	const order = ['coordinates', 'monitors', 'receivesReports', 'implements', 'partner'];
	const rank = (u: T) => Math.min(...u.roles.map((r) => (order.includes(r) ? order.indexOf(r) : order.length)));
	return [...units].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'vi'));
}
