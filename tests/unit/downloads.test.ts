import { describe, expect, it } from 'vitest';
import { INDICATOR_COLUMNS, OBSERVATION_COLUMNS } from '../../src/utils/indicators/export.ts';
import { ui } from '../../src/i18n/ui.ts';

/** Issue 16: every column of the downloads has a Vietnamese header in the .xlsx twin (no English name leaks through). */
describe('spreadsheet headers', () => {
	for (const column of [...new Set([...OBSERVATION_COLUMNS, ...INDICATOR_COLUMNS])]) {
		it(`${column} has a Vietnamese header`, () => {
			const label = ui.indicators.columnLabels[column];
			expect(label, column).toBeTruthy();
			expect(label).not.toBe(column);
		});
	}
	it('headers are distinct within each file', () => {
		for (const columns of [OBSERVATION_COLUMNS, INDICATOR_COLUMNS]) {
			const labels = columns.map((c) => ui.indicators.columnLabels[c]);
			expect(new Set(labels).size).toBe(labels.length);
		}
	});
});
