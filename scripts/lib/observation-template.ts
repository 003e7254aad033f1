import { REPORTING_YEARS, type Indicator } from '../../src/schemas/indicator.ts';

/** One empty figure to fill in: null where a number or rating goes, "" where text goes. */
export interface EmptyObservation {
	indicator: string;
	breakdown?: string;
	value?: null;
	numerator?: null;
	denominator?: null;
	source: { name: string; date: string };
	status: 'provisional';
}

/** Why a year cannot get a new file, in Vietnamese; undefined when it can. */
export function refuseYear(year: number, existingYears: number[]): string | undefined {
	if (!Number.isInteger(year) || year < REPORTING_YEARS.first || year > REPORTING_YEARS.last) {
		return `Năm phải là số từ ${REPORTING_YEARS.first} đến ${REPORTING_YEARS.last}, ví dụ: npm run new-year -- 2026`;
	}
	if (existingYears.includes(year)) return `Đã có tệp data/observations/${year}.json; không ghi đè.`;
	return undefined;
}

/**
 * The observation file for a new reporting year: every indicator (in scorecard order) and every breakdown
 * listed once, with empty values. Percentages with a defined numerator/denominator get both, so the
 * percentage is computed rather than typed; counts and ratings get "value". `npm run check` lists every
 * entry still empty, with its line, until it is filled in or removed ("no data yet" on the site).
 */
export function observationTemplate(year: number, indicators: Indicator[]): { year: number; observations: EmptyObservation[] } {
	const observations: EmptyObservation[] = [];
	for (const indicator of [...indicators].sort((a, b) => a.order - b.order)) {
		const figure =
			indicator.unit === 'percent' && indicator.numerator && indicator.denominator
				? { numerator: null, denominator: null }
				: { value: null };
		const parts = indicator.breakdowns?.map((b) => b.id) ?? [undefined];
		for (const breakdown of parts) {
			observations.push({
				indicator: indicator.id,
				...(breakdown ? { breakdown } : {}),
				...figure,
				source: { name: '', date: '' },
				status: 'provisional',
			} as EmptyObservation);
		}
	}
	return { year, observations };
}
