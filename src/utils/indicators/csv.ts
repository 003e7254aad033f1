/**
 * CSV as RFC 4180 describes it, written for Excel: UTF-8 with a byte order mark (without it Excel reads
 * Vietnamese as Windows-1252 mojibake), CRLF line ends, fields quoted when they hold a comma, quote or
 * line break, quotes doubled.
 */
export type Cell = string | number | undefined | null;

export const BOM = '\ufeff';

/**
 * One field. Text starting with a spreadsheet formula trigger (OWASP CSV injection: = + - @ tab carriage
 * return) gets a leading apostrophe. Only text cells: a number (even negative) stays a number.
 */
export function csvField(value: Cell): string {
	if (value === undefined || value === null) return '';
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
		return String(value);
	}
	let text = value.normalize('NFC');
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows under a header line, each row in `columns` order. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, Cell>[]): string {
	const lines = [columns.map(csvField).join(',')];
	for (const row of rows) lines.push(columns.map((c) => csvField(row[c])).join(','));
	return `${BOM}${lines.join('\r\n')}\r\n`;
}
