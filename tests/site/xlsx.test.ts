import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dist } from '../helpers/dist.ts';
import { ui } from '../../src/i18n/ui.ts';

/**
 * Issue 16: every CSV download has an .xlsx twin that a real spreadsheet program opens. LibreOffice
 * (headless, Debian's libreoffice-calc-nogui, installed by .ci/run) converts each workbook back to CSV,
 * every sheet apart; its first sheet must hold the CSV's rows under Vietnamese headers, with numbers
 * stored as numbers (LibreOffice writes them unquoted, text quoted).
 */
const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';
const folder = join(dist, 'du-lieu');

interface Field {
	text: string;
	quoted: boolean;
}

/** RFC 4180 CSV, keeping whether each field was quoted. */
function parseCsv(input: string): Field[][] {
	const text = input.replace(/^\ufeff/, '');
	const rows: Field[][] = [];
	let row: Field[] = [];
	let i = 0;
	while (i < text.length) {
		let value = '';
		let quoted = false;
		if (text[i] === '"') {
			quoted = true;
			i++;
			while (i < text.length) {
				if (text[i] === '"' && text[i + 1] === '"') {
					value += '"';
					i += 2;
				} else if (text[i] === '"') {
					i++;
					break;
				} else value += text[i++];
			}
		} else {
			while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') value += text[i++];
		}
		row.push({ text: value, quoted });
		if (text[i] === ',') i++;
		else {
			if (text[i] === '\r') i++;
			if (text[i] === '\n') i++;
			rows.push(row);
			row = [];
		}
	}
	return rows;
}

const NUMBER = /^-?\d+(\.\d+)?$/;

describe('.xlsx downloads opened with LibreOffice', () => {
	const workbooks = existsSync(folder)
		? readdirSync(folder)
				.filter((f) => f.endsWith('.xlsx'))
				.sort()
		: [];
	let out: string;

	beforeAll(() => {
		if (!existsSync(SOFFICE))
			throw new Error(`LibreOffice not found at ${SOFFICE}: apt-get install -y libreoffice-calc-nogui (see .ci/run)`);
		out = mkdtempSync(join(tmpdir(), 'xlsx-'));
		// 44,34,76,1: comma, double quote, UTF-8, quote text cells; the last token -1 writes every sheet apart.
		execFileSync(
			SOFFICE,
			[
				'--headless',
				'--norestore',
				`-env:UserInstallation=file://${join(out, 'profile')}`,
				'--convert-to',
				'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
				'--outdir',
				out,
				...workbooks.map((f) => join(folder, f)),
			],
			{ stdio: 'pipe', timeout: 240_000 },
		);
	}, 300_000);
	afterAll(() => {
		if (out) rmSync(out, { recursive: true, force: true });
	});

	it('offers one .xlsx beside every .csv', () => {
		// The indicator figures (decimals a Vietnamese-locale spreadsheet misreads in a CSV) have a workbook twin;
		// the sub-tasks' progress table (tien-do.csv: words and dates, no decimals) is offered as CSV and JSON only.
		const csvs = readdirSync(folder)
			.filter((f) => f.endsWith('.csv') && f !== 'tien-do.csv')
			.sort();
		expect(csvs.length).toBeGreaterThanOrEqual(20);
		expect(workbooks).toEqual(csvs.map((f) => f.replace(/\.csv$/, '.xlsx')));
	});

	it('every workbook has the CSV’s rows under Vietnamese headers, numbers as numbers', () => {
		for (const workbook of workbooks) {
			const name = workbook.replace(/\.xlsx$/, '');
			const sheet = name === 'chi-tieu' ? ui.indicators.sheetIndicators : ui.indicators.sheetObservations;
			const converted = join(out, `${name}-${sheet}.csv`);
			expect(existsSync(converted), `${workbook}: sheet "${sheet}"`).toBe(true);
			const [header, ...rows] = parseCsv(readFileSync(converted, 'utf8'));
			const [machineHeader, ...expected] = parseCsv(readFileSync(join(folder, `${name}.csv`), 'utf8'));
			expect(
				header!.map((f) => f.text),
				workbook,
			).toEqual(machineHeader!.map((f) => ui.indicators.columnLabels[f.text]));
			expect(rows.length, `${workbook}: rows`).toBe(expected.length);
			rows.forEach((row, r) => {
				expect(row.length, `${workbook} row ${r + 1}`).toBe(expected[r]!.length);
				row.forEach((field, c) => {
					const want = expected[r]![c]!.text;
					const where = `${workbook} row ${r + 1} column ${machineHeader![c]!.text}`;
					if (NUMBER.test(want) && machineHeader![c]!.text !== 'source_date') {
						expect(field.quoted, `${where}: a number, not text`).toBe(false);
						expect(Number(field.text), where).toBe(Number(want));
					} else {
						expect(field.text, where).toBe(want);
					}
				});
			});
		}
	});

	it('a workbook with illustrative figures says so on its second sheet', () => {
		const notice = join(out, 'so-lieu-Ghi chú.csv');
		const csv = readFileSync(join(folder, 'so-lieu.csv'), 'utf8');
		if (csv.includes(',illustrative,')) {
			expect(readFileSync(notice, 'utf8')).toContain(`${ui.indicators.illustrative}: ${ui.indicators.illustrativeNote}`);
		} else expect(existsSync(notice)).toBe(false);
		// Definitions carry no figures, so no notice.
		expect(existsSync(join(out, 'chi-tieu-Ghi chú.csv'))).toBe(false);
	});
});
