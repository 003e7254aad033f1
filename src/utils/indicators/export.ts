import type { Target } from '../../schemas/indicator.ts';
import { ui } from '../../i18n/ui.ts';
import { toCsv, type Cell } from './csv.ts';
import type { IndicatorModel } from './model.ts';
import { judgeYear } from './status.ts';
import { formatTarget } from './sentences.ts';

/**
 * Flat rows for the open-data downloads. Machine-readable on purpose: numbers with a decimal point,
 * dates as YYYY-MM-DD, codes in English; Vietnamese labels sit in their own columns.
 */

/** The target's columns, shared by both files. */
const TARGET_COLUMNS = ['target_kind', 'target_value', 'target_min', 'target_max', 'target_level', 'target_text'] as const;

export const OBSERVATION_COLUMNS = [
	'year',
	'indicator_id',
	'indicator_short_title',
	'breakdown_id',
	'breakdown_label',
	'unit',
	'value',
	'numerator',
	'denominator',
	...TARGET_COLUMNS,
	'target_aggregation',
	'judged_value',
	'judged_from_year',
	'status',
	'status_label',
	'distance',
	'source_name',
	'source_date',
	'note',
	'figure_status',
	'figure_status_label',
] as const;

export const INDICATOR_COLUMNS = [
	'indicator_id',
	'order',
	'bullet',
	'title',
	'short_title',
	'definition',
	'numerator_definition',
	'denominator_definition',
	'unit',
	'breakdown_id',
	'breakdown_label',
	...TARGET_COLUMNS,
	'target_aggregation',
	'target_minimum',
	'target_source_text',
	'definition_status',
	'related_tasks',
] as const;

export type ObservationRow = Record<(typeof OBSERVATION_COLUMNS)[number], Cell>;
export type IndicatorRow = Record<(typeof INDICATOR_COLUMNS)[number], Cell>;

function targetCells(target: Target) {
	return {
		target_kind: target.kind,
		// Stryker disable next-line ConditionalExpression: equivalent, a target of another kind has no such field (strict schema).
		target_value: target.kind === 'atLeast' ? target.value : undefined,
		// Stryker disable next-line ConditionalExpression: equivalent, a target of another kind has no such field (strict schema).
		target_min: target.kind === 'range' ? target.min : undefined,
		// Stryker disable next-line ConditionalExpression: equivalent, a target of another kind has no such field (strict schema).
		target_max: target.kind === 'range' ? target.max : undefined,
		// Stryker disable next-line ConditionalExpression: equivalent, a target of another kind has no such field (strict schema).
		target_level: target.kind === 'ratingAtLeast' ? target.level : undefined,
	};
}

/** One row per figure, sorted by year then indicator order. `year` limits to one reporting year. */
export function observationRows(models: IndicatorModel[], year?: number): ObservationRow[] {
	const rows: ObservationRow[] = [];
	for (const { indicator, series } of models) {
		for (const s of series) {
			for (const p of s.points) {
				if (year !== undefined && p.year !== year) continue;
				const judgement = judgeYear(s, p.year);
				rows.push({
					year: p.year,
					indicator_id: indicator.id,
					indicator_short_title: indicator.shortTitle,
					breakdown_id: s.key || undefined,
					breakdown_label: s.key ? s.label : undefined,
					unit: indicator.unit,
					value: p.value,
					numerator: p.numerator,
					denominator: p.denominator,
					...targetCells(s.target),
					target_text: formatTarget(indicator.unit, s.target),
					target_aggregation: s.target.aggregation,
					// The figure compared with the target: the year's own, or the running mean beside it.
					judged_value: judgement.mean ? judgement.mean.value : p.value,
					judged_from_year: judgement.mean ? judgement.mean.from : p.year,
					status: judgement.status,
					status_label: ui.indicators.status[judgement.status],
					distance: judgement.distance,
					source_name: p.source.name,
					source_date: p.source.date,
					note: p.note,
					figure_status: p.figureStatus,
					figure_status_label: ui.indicators.figureStatus[p.figureStatus],
				});
			}
		}
	}
	return rows.sort((a, b) => Number(a.year) - Number(b.year));
}

/** One row per indicator part (breakdown), with its target. */
export function indicatorRows(models: IndicatorModel[]): IndicatorRow[] {
	return models.flatMap(({ indicator, series }) =>
		series.map((s) => ({
			indicator_id: indicator.id,
			order: indicator.order,
			bullet: indicator.bullet,
			title: indicator.title,
			short_title: indicator.shortTitle,
			definition: indicator.definition,
			numerator_definition: indicator.numerator,
			denominator_definition: indicator.denominator,
			unit: indicator.unit,
			breakdown_id: s.key || undefined,
			breakdown_label: s.key ? s.label : undefined,
			...targetCells(s.target),
			target_text: formatTarget(indicator.unit, s.target),
			target_aggregation: s.target.aggregation,
			target_minimum: s.target.minimum,
			target_source_text: s.target.sourceText,
			definition_status: indicator.definitionStatus,
			related_tasks: indicator.relatedTasks.join(' '),
		})),
	);
}

export function observationsCsv(models: IndicatorModel[], year?: number): string {
	return toCsv(OBSERVATION_COLUMNS, observationRows(models, year));
}

export function indicatorsCsv(models: IndicatorModel[]): string {
	return toCsv(INDICATOR_COLUMNS, indicatorRows(models));
}

/** JSON download: rows with null for empty cells, plus a notice when figures are illustrative. */
export function toJsonDownload(
	kind: 'observations' | 'indicators',
	rows: Record<string, Cell>[],
	extra: Record<string, unknown> = {},
): string {
	const illustrative = rows.some((r) => r.figure_status === 'illustrative');
	const clean = rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v ?? null])));
	return `${JSON.stringify(
		{
			kind,
			...(illustrative ? { notice: `${ui.indicators.illustrative}: ${ui.indicators.illustrativeNote}` } : {}),
			...extra,
			[kind]: clean,
		},
		null,
		2,
	)}\n`;
}
