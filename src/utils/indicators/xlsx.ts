import ExcelJS from 'exceljs';
import type { Cell } from './csv.ts';

/**
 * Spreadsheet (.xlsx) twin of a CSV download, for readers who open files in Excel or LibreOffice with a
 * Vietnamese locale: Vietnamese column headers, numbers stored as numbers (the reader's program shows them
 * with its own decimal comma), text as text (no formula is ever written), dates kept as the text
 * YYYY-MM-DD. The CSV keeps its machine-friendly column names. A notice (illustrative figures) goes on a
 * second sheet, so the first sheet holds exactly the CSV's rows.
 */
export interface SpreadsheetTable {
	/** Sheet name (≤ 31 characters). */
	sheet: string;
	columns: readonly string[];
	/** Vietnamese header of each column. */
	labels: Record<string, string>;
	rows: readonly Record<string, Cell>[];
	/** Shown on a second sheet "Ghi chú", when given. */
	notice?: string;
}

/** Fixed workbook dates: the same data always gives the same document properties. */
const EPOCH = new Date(Date.UTC(2021, 0, 1));

export async function toXlsx(table: SpreadsheetTable): Promise<Uint8Array<ArrayBuffer>> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = '';
	workbook.created = EPOCH;
	workbook.modified = EPOCH;
	const sheet = workbook.addWorksheet(table.sheet.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
	sheet.columns = table.columns.map((key) => {
		const header = table.labels[key] ?? key;
		const widest = Math.max(header.length, ...table.rows.map((r) => String(r[key] ?? '').length));
		return { header, key, width: Math.min(60, Math.max(8, widest + 2)) };
	});
	sheet.getRow(1).font = { bold: true };
	for (const row of table.rows) {
		sheet.addRow(
			Object.fromEntries(
				table.columns.map((key) => {
					const value = row[key];
					if (value === undefined || value === null) return [key, null];
					if (typeof value === 'number') {
						if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
						return [key, value];
					}
					return [key, value.normalize('NFC')];
				}),
			),
		);
	}
	if (table.notice) {
		const notes = workbook.addWorksheet('Ghi chú');
		notes.getColumn(1).width = 100;
		notes.addRow([table.notice]).alignment = { wrapText: true, vertical: 'top' };
	}
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}
