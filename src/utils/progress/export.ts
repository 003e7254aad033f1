import { progressUi } from '../../i18n/ui.ts';
import { NO_REPORT, PROGRESS_CELL_STATUSES, PROGRESS_STATUS_KEYS } from '../../schemas/progress.ts';
import type { ResponsibleUnit } from '../../schemas/unit.ts';
import { toCsv, type Cell } from '../indicators/csv.ts';
import { splitEntryBody, type ProgressModel } from './model.ts';

/**
 * The progress open data: one row per entry (sub-task × period that has a report), oldest period first,
 * then programme order. A sub-task without a row for a period has no report for it ("chưa có báo cáo");
 * the JSON lists those pairs too. Machine-readable: dates YYYY-MM-DD, ids in ASCII beside the words.
 */
export const PROGRESS_COLUMNS = [
	'subtask',
	'group',
	'period',
	'period_label',
	'as_of',
	'status',
	'status_key',
	'units',
	'unit_names',
	'evidence',
	'indicators',
	'done',
	'difficulties',
	'next_steps',
	'illustrative',
	'url',
] as const;
export type ProgressRow = Record<(typeof PROGRESS_COLUMNS)[number], Cell>;

export const progressDownloadName = 'tien-do';

/** Markdown → one line of plain text (emphasis, links and line breaks removed). */
export function plainText(markdown: string): string {
	return markdown
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/^#{1,6}\s+/gm, '')
		.replace(/^\s*[-*+]\s+/gm, '')
		.replace(/(\*\*|__|\*|_|`)/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Rows of every entry shown. `url` gives the absolute address of a sub-task's progress page. */
export function progressRows(model: ProgressModel, units: Map<string, ResponsibleUnit>, url: (subtask: string) => string): ProgressRow[] {
	const rows: ProgressRow[] = [];
	for (const period of model.periods) {
		for (const s of model.subtasks) {
			const entry = s.cells.find((c) => c.period === period.id)?.entry;
			if (!entry) continue;
			const { data } = entry;
			const body = splitEntryBody(entry.body);
			rows.push({
				subtask: data.subtask,
				group: s.subtask.group,
				period: data.period,
				period_label: progressUi.period(data.period),
				as_of: data.asOf,
				status: data.status,
				status_key: PROGRESS_STATUS_KEYS[data.status],
				units: data.units.join(' '),
				unit_names: data.units.map((u) => units.get(u)?.shortName ?? u).join('; '),
				evidence: data.evidence.map((e) => `${e.number} (${e.date}) ${e.title}`).join('; '),
				indicators: data.indicators.join(' '),
				done: plainText(body.done),
				difficulties: body.difficulties ? plainText(body.difficulties) : undefined,
				next_steps: body.nextSteps ? plainText(body.nextSteps) : undefined,
				illustrative: data.illustrative ? 'true' : 'false',
				url: url(data.subtask),
			});
		}
	}
	return rows;
}

export function progressCsv(model: ProgressModel, units: Map<string, ResponsibleUnit>, url: (subtask: string) => string): string {
	return toCsv(PROGRESS_COLUMNS, progressRows(model, units, url));
}

/**
 * JSON: the scale, the units, the periods, every entry (evidence as objects) and every sub-task × period
 * without a report. A notice heads the file when any entry is illustrative.
 */
export function progressJson(model: ProgressModel, units: Map<string, ResponsibleUnit>, url: (subtask: string) => string): string {
	const rows = progressRows(model, units, url);
	const entries = new Map(model.subtasks.flatMap((s) => s.entries.map((e) => [`${e.data.subtask}@${e.data.period}`, e] as const)));
	const progress = rows.map((row) => {
		const entry = entries.get(`${row.subtask}@${row.period}`)!;
		return {
			...Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v ?? null])),
			units: entry.data.units,
			evidence: entry.data.evidence.map((e) => ({ title: e.title, number: e.number, date: e.date, url: e.url ?? null })),
			indicators: entry.data.indicators,
			illustrative: entry.data.illustrative,
		};
	});
	return `${JSON.stringify(
		{
			kind: 'progress',
			...(model.illustrative ? { notice: `${progressUi.illustrative}: ${progressUi.illustrativeNote}` } : {}),
			asOf: model.asOf ?? null,
			statuses: PROGRESS_CELL_STATUSES.map((s) => ({ status: s, status_key: PROGRESS_STATUS_KEYS[s], computed: s === NO_REPORT })),
			periods: model.periods.map((p) => ({ period: p.id, label: progressUi.period(p.id), start: p.start, end: p.end })),
			units: [...units.values()].map((u) => ({ id: u.id, name: u.name, shortName: u.shortName })),
			progress,
			noReport: model.periods.flatMap((p) =>
				model.subtasks
					.filter((s) => s.cells.some((c) => c.period === p.id && c.status === NO_REPORT))
					.map((s) => ({ subtask: s.subtask.id, period: p.id })),
			),
		},
		null,
		2,
	)}\n`;
}
