import type { ChartSpec } from './chart-data.ts';

// Imported by the client chart script: keep this module free of runtime imports (no zod, no ui.ts).

/**
 * The y axis: ratings span the whole scale; percentages end at 100 and start on a ten below the lowest
 * figure or target; counts start on a fifty below 80% of the lowest and leave room above the highest.
 */
export function yRange(spec: ChartSpec): { min: number; max?: number; suggestedMax?: number } {
	if (spec.ratingLabels) return { min: 0, max: spec.ratingLabels.length - 1 };
	const values = spec.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
	const all = [...values, ...spec.targets.flatMap((t) => (t.kind === 'band' ? [t.min, t.max] : [t.value]))];
	const bottom = Math.min(...all);
	const top = Math.max(...all);
	if (spec.unit === 'percent') return { min: Math.max(0, Math.floor((bottom - 10) / 10) * 10), max: 100 };
	return { min: Math.max(0, Math.floor((bottom * 0.8) / 50) * 50), suggestedMax: Math.ceil((top * 1.1) / 50) * 50 };
}
