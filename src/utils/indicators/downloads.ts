import type { IndicatorModel } from './model.ts';
import { INDICATOR_COLUMNS, OBSERVATION_COLUMNS, indicatorRows, observationRows, toJsonDownload } from './export.ts';
import { toCsv } from './csv.ts';

/**
 * Every open-data file, by stable name under /du-lieu/:
 *   chi-tieu.{csv,json}            indicator definitions and targets
 *   so-lieu.{csv,json}             every figure of every year
 *   so-lieu-<year>.{csv,json}      one reporting year
 *   so-lieu-moi-nhat.{csv,json}    the latest reporting year (same content as its year's file)
 *   chi-tieu-<id>.{csv,json}       one indicator's figures (the JSON also holds its definition)
 */
export interface DownloadFile {
	name: string;
	body: string;
	type: 'text/csv; charset=utf-8' | 'application/json; charset=utf-8';
}

const CSV = 'text/csv; charset=utf-8' as const;
const JSON_TYPE = 'application/json; charset=utf-8' as const;

export const downloadNames = {
	indicators: 'chi-tieu',
	observations: 'so-lieu',
	year: (year: number) => `so-lieu-${year}`,
	latest: 'so-lieu-moi-nhat',
	indicator: (id: string) => `chi-tieu-${id}`,
} as const;

function pair(name: string, columns: readonly string[], kind: 'observations' | 'indicators', rows: Record<string, unknown>[], extra = {}): DownloadFile[] {
	const cells = rows as Record<string, string | number | undefined>[];
	return [
		{ name: `${name}.csv`, body: toCsv(columns, cells), type: CSV },
		{ name: `${name}.json`, body: toJsonDownload(kind, cells, extra), type: JSON_TYPE },
	];
}

export function downloadFiles(models: IndicatorModel[], years: number[]): DownloadFile[] {
	const files: DownloadFile[] = [
		...pair(downloadNames.indicators, INDICATOR_COLUMNS, 'indicators', indicatorRows(models)),
		...pair(downloadNames.observations, OBSERVATION_COLUMNS, 'observations', observationRows(models)),
	];
	for (const year of years) {
		files.push(...pair(downloadNames.year(year), OBSERVATION_COLUMNS, 'observations', observationRows(models, year), { year }));
	}
	const latest = years.at(-1);
	if (latest !== undefined) {
		files.push(...pair(downloadNames.latest, OBSERVATION_COLUMNS, 'observations', observationRows(models, latest), { year: latest }));
	}
	for (const model of models) {
		files.push(
			...pair(downloadNames.indicator(model.indicator.id), OBSERVATION_COLUMNS, 'observations', observationRows([model]), {
				indicator: model.indicator,
			}),
		);
	}
	return files;
}
