import type { IndicatorModel } from './model.ts';
import { INDICATOR_COLUMNS, OBSERVATION_COLUMNS, indicatorRows, observationRows, toJsonDownload } from './export.ts';
import { toCsv, type Cell } from './csv.ts';
import { toXlsx } from './xlsx.ts';
import { ui } from '../../i18n/ui.ts';

/**
 * Every open-data file, by stable name under /du-lieu/:
 *   chi-tieu.{csv,json}            indicator definitions and targets
 *   so-lieu.{csv,json}             every figure of every year
 *   so-lieu-<year>.{csv,json}      one reporting year
 *   so-lieu-moi-nhat.{csv,json}    the latest reporting year (same content as its year's file)
 *   chi-tieu-<id>.{csv,json}       one indicator's figures (the JSON also holds its definition)
 * and beside every CSV an .xlsx with the same rows under Vietnamese headers (spreadsheetFiles).
 */
export interface DownloadFile {
	name: string;
	body: string | Uint8Array<ArrayBuffer>;
	type: typeof CSV | typeof JSON_TYPE | typeof XLSX;
}

const CSV = 'text/csv; charset=utf-8' as const;
const JSON_TYPE = 'application/json; charset=utf-8' as const;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' as const;

/** One downloadable table: the source of its CSV, JSON and XLSX files. */
export interface DownloadTable {
	name: string;
	kind: 'observations' | 'indicators';
	columns: readonly string[];
	rows: Record<string, Cell>[];
	extra?: Record<string, unknown>;
}

export const downloadNames = {
	indicators: 'chi-tieu',
	observations: 'so-lieu',
	year: (year: number) => `so-lieu-${year}`,
	latest: 'so-lieu-moi-nhat',
	indicator: (id: string) => `chi-tieu-${id}`,
} as const;

/** Every table offered for download (see the file names above). */
export function downloadTables(models: IndicatorModel[], years: number[]): DownloadTable[] {
	const observations = (name: string, rows: Record<string, Cell>[], extra?: Record<string, unknown>): DownloadTable => ({
		name,
		kind: 'observations',
		columns: OBSERVATION_COLUMNS,
		rows,
		...(extra ? { extra } : {}),
	});
	const tables: DownloadTable[] = [
		{ name: downloadNames.indicators, kind: 'indicators', columns: INDICATOR_COLUMNS, rows: indicatorRows(models) },
		observations(downloadNames.observations, observationRows(models)),
	];
	for (const year of years) tables.push(observations(downloadNames.year(year), observationRows(models, year), { year }));
	const latest = years.at(-1);
	if (latest !== undefined) tables.push(observations(downloadNames.latest, observationRows(models, latest), { year: latest }));
	for (const model of models) {
		tables.push(observations(downloadNames.indicator(model.indicator.id), observationRows([model]), { indicator: model.indicator }));
	}
	return tables;
}

/** A CSV or JSON file: text. */
export type TextDownload = DownloadFile & { body: string };

/** CSV and JSON files of every table. */
export function downloadFiles(models: IndicatorModel[], years: number[]): TextDownload[] {
	return downloadTables(models, years).flatMap((t) => [
		{ name: `${t.name}.csv`, body: toCsv(t.columns, t.rows), type: CSV },
		{ name: `${t.name}.json`, body: toJsonDownload(t.kind, t.rows, t.extra), type: JSON_TYPE },
	]);
}

/** The .xlsx twin of every CSV: same rows, Vietnamese headers, numbers as numbers, a notice sheet for illustrative figures. */
export async function spreadsheetFiles(models: IndicatorModel[], years: number[]): Promise<DownloadFile[]> {
	const t = ui.indicators;
	return Promise.all(
		downloadTables(models, years).map(async (table) => ({
			name: `${table.name}.xlsx`,
			type: XLSX,
			body: await toXlsx({
				sheet: table.kind === 'indicators' ? t.sheetIndicators : t.sheetObservations,
				columns: table.columns,
				labels: t.columnLabels,
				rows: table.rows,
				...(table.rows.some((r) => r.figure_status === 'illustrative') ? { notice: `${t.illustrative}: ${t.illustrativeNote}` } : {}),
			}),
		})),
	);
}
