import { describe, expect, it } from 'vitest';
import type { Indicator, Target } from '../../src/schemas/indicator.ts';
import type { ObservationFile } from '../../src/schemas/observation.ts';
import { formatDate, formatNumber, formatPercent, roundTo } from '../../src/utils/format.ts';
import { buildModels, observedValue, percentage } from '../../src/utils/indicators/model.ts';
import { combine, indicatorStatus, judge, ratingRank } from '../../src/utils/indicators/status.ts';
import { formatTarget, formatValue, inSentence, indicatorSummary, yearSentence } from '../../src/utils/indicators/sentences.ts';
import { BOM, csvField, toCsv } from '../../src/utils/indicators/csv.ts';
import { observationRows, observationsCsv } from '../../src/utils/indicators/export.ts';
import { downloadFiles } from '../../src/utils/indicators/downloads.ts';
import { chartSpec, ratingScore } from '../../src/utils/indicators/chart-data.ts';
import { yRange } from '../../src/utils/indicators/chart-range.ts';
import { parseBullets } from '../../src/utils/indicators/bullets.ts';
import { chartTitle, indicatorSources } from '../../src/utils/indicators/page-data.ts';
import { RATING_GOOD } from '../helpers/targets.ts';

const atLeast = (value: number): Target => ({
	kind: 'atLeast',
	value,
	aggregation: 'eachYear',
	minimum: value === 100 ? 'all' : 'stated',
	sourceText: 'x',
});
const range: Target = { kind: 'range', min: 500, max: 600, aggregation: 'eachYear', minimum: 'stated', sourceText: 'từ 500 đến 600' };
const rating = RATING_GOOD;

describe('Vietnamese number and date formatting', () => {
	it('uses a decimal comma and dot thousands', () => {
		expect(formatNumber(68.5)).toBe('68,5');
		expect(formatNumber(5890)).toBe('5.890');
		expect(formatNumber(12345.67)).toBe('12.345,7');
		expect(formatNumber(100)).toBe('100');
		expect(formatNumber(-1.5)).toBe('-1,5');
	});
	it('writes percentages without a space before the sign, as the programme does', () => {
		expect(formatPercent(68.5)).toBe(`68,5%`);
		expect(formatPercent(100)).toBe(`100%`);
	});
	it('writes dates as dd/mm/yyyy', () => {
		expect(formatDate('2024-12-31')).toBe('31/12/2024');
		expect(() => formatDate('31/12/2024')).toThrow();
	});
	it('rounds half away from zero without binary artefacts', () => {
		expect(roundTo(68.45)).toBe(68.5);
		expect(roundTo(1.005, 2)).toBe(1.01);
		expect(roundTo(69.96)).toBe(70);
	});
});

describe('percentage computation', () => {
	it('computes from numerator and denominator, rounded to one decimal', () => {
		expect(percentage(118, 152)).toBe(77.6);
		expect(percentage(11, 12)).toBe(91.7);
		expect(percentage(12, 12)).toBe(100);
		expect(percentage(0, 5)).toBe(0);
		expect(() => percentage(1, 0)).toThrow();
	});
	it('takes the typed value or the computed one, never both', () => {
		const base = { indicator: 'x', source: { name: 'B', date: '2025-01-01' }, status: 'official' as const };
		expect(observedValue({ ...base, numerator: 5890, denominator: 8600 })).toBe(68.5);
		expect(observedValue({ ...base, value: 68.46 })).toBe(68.5);
		expect(observedValue({ ...base, value: 'hoa\u0300n tha\u0300nh tốt' })).toBe('hoàn thành tốt');
	});
});

describe('status rules', () => {
	it('atLeast: met at or above the threshold, distance in the unit', () => {
		expect(judge(atLeast(70), 68.5)).toEqual({ status: 'not-met', distance: -1.5 });
		expect(judge(atLeast(70), 70)).toEqual({ status: 'met', distance: 0 });
		expect(judge(atLeast(70), 72.3)).toEqual({ status: 'met', distance: 2.3 });
		expect(judge(atLeast(100), 91.7)).toEqual({ status: 'not-met', distance: -8.3 });
		expect(judge(atLeast(100), 97)).toMatchObject({ status: 'not-met' });
	});
	it('range: met from the lower bound; above the upper bound is still met', () => {
		expect(judge(range, 472)).toEqual({ status: 'not-met', distance: -28, band: 'below' });
		expect(judge(range, 500)).toEqual({ status: 'met', distance: 0, band: 'within' });
		expect(judge(range, 600)).toEqual({ status: 'met', distance: 100, band: 'within' });
		expect(judge(range, 615)).toEqual({ status: 'met', distance: 115, band: 'above' });
	});
	it('ratingAtLeast: met at the level or better, distance in levels', () => {
		expect(ratingRank('hoàn thành xuất sắc')).toBe(0);
		expect(judge(rating, 'hoàn thành xuất sắc')).toEqual({ status: 'met', distance: 1 });
		expect(judge(rating, 'hoàn thành tốt')).toEqual({ status: 'met', distance: 0 });
		expect(judge(rating, 'hoàn thành')).toEqual({ status: 'not-met', distance: -1 });
		expect(judge(rating, 'không hoàn thành')).toEqual({ status: 'not-met', distance: -2 });
		expect(() => judge(rating, 'khá')).toThrow();
	});
	it('no figure means no data, never a guess', () => {
		for (const t of [atLeast(70), range, rating]) expect(judge(t, undefined)).toEqual({ status: 'no-data' });
	});
	it('combines parts: any not met wins, then missing data', () => {
		expect(combine(['met', 'met'])).toBe('met');
		expect(combine(['met', 'not-met', 'no-data'])).toBe('not-met');
		expect(combine(['met', 'no-data'])).toBe('no-data');
		expect(combine([])).toBe('no-data');
	});
});

const src = { name: 'Báo cáo', date: '2025-01-15' };
const dialogue: Indicator = {
	id: 'doi-thoai',
	order: 2,
	bullet: 2,
	title: 'Đối thoại',
	shortTitle: 'Đối thoại tại nơi làm việc',
	definition: 'd',
	definitionStatus: 'proposed',
	unit: 'percent',
	breakdowns: [
		{ id: 'nha-nuoc', label: 'Doanh nghiệp nhà nước', target: atLeast(100) },
		{ id: 'ngoai-nha-nuoc', label: 'Doanh nghiệp ngoài khu vực nhà nước', target: atLeast(75) },
	],
	relatedTasks: ['3.8'],
};
const members: Indicator = {
	id: 'doan-vien-moi',
	order: 1,
	bullet: 5,
	title: 'Đoàn viên mới',
	shortTitle: 'Đoàn viên mới',
	definition: 'd',
	definitionStatus: 'proposed',
	unit: 'count',
	target: range,
	relatedTasks: [],
};
const files: ObservationFile[] = [
	{
		year: 2024,
		observations: [
			{ indicator: 'doi-thoai', breakdown: 'nha-nuoc', numerator: 12, denominator: 12, source: src, status: 'official' },
			{
				indicator: 'doi-thoai',
				breakdown: 'ngoai-nha-nuoc',
				value: 68.5,
				source: src,
				status: 'provisional',
				note: 'Ghi chú, có "ngoặc kép"',
			},
			{ indicator: 'doan-vien-moi', value: 615, source: src, status: 'illustrative' },
		],
	},
	{
		year: 2023,
		observations: [
			{ indicator: 'doi-thoai', breakdown: 'nha-nuoc', numerator: 11, denominator: 12, source: src, status: 'official' },
			{ indicator: 'doi-thoai', breakdown: 'ngoai-nha-nuoc', value: 70.1, source: src, status: 'official' },
			{ indicator: 'doan-vien-moi', value: 472, source: src, status: 'illustrative' },
		],
	},
];
const models = buildModels([dialogue, members], files);

describe('indicator model, latest status and summary', () => {
	it('orders indicators and years', () => {
		expect(models.map((m) => m.indicator.id)).toEqual(['doan-vien-moi', 'doi-thoai']);
		expect(models[1]!.series[0]!.points.map((p) => [p.year, p.value])).toEqual([
			[2023, 91.7],
			[2024, 100],
		]);
		expect(models[0]!.illustrative).toBe(true);
		expect(models[1]!.illustrative).toBe(false);
	});
	it('gives the latest status and direction', () => {
		const s = indicatorStatus(models[1]!);
		expect(s).toMatchObject({ latestYear: 2024, previousYear: 2023, status: 'not-met', direction: 'mixed' });
		expect(indicatorStatus(models[0]!)).toMatchObject({ latestYear: 2024, status: 'met', direction: 'up' });
		expect(indicatorStatus(buildModels([members], [])[0]!)).toMatchObject({ status: 'no-data' });
		expect(indicatorStatus(buildModels([members], [])[0]!).latestYear).toBeUndefined();
	});
	it('writes the summary in Vietnamese', () => {
		expect(yearSentence(dialogue, models[1]!.series[1]!, 2024, false)).toBe(
			'Năm 2024: 68,5% — chưa đạt chỉ tiêu ≥ 75% (thấp hơn chỉ tiêu 6,5 điểm phần trăm).',
		);
		expect(indicatorSummary(models[1]!)).toEqual([
			`Năm 2024, doanh nghiệp nhà nước: 100% — đạt chỉ tiêu 100%.`,
			'Năm 2024, doanh nghiệp ngoài khu vực nhà nước: 68,5% — chưa đạt chỉ tiêu ≥ 75% (thấp hơn chỉ tiêu 6,5 điểm phần trăm).',
			'So với năm 2023: doanh nghiệp nhà nước tăng; doanh nghiệp ngoài khu vực nhà nước giảm.',
		]);
		expect(indicatorSummary(models[0]!)).toEqual([
			'Năm 2024: 615 — đạt chỉ tiêu 500–600 (cao hơn mức tối thiểu 500 là 115, vượt cả mức trên 600).',
			'So với năm 2023: tăng.',
			'Số liệu minh họa.',
		]);
		expect(yearSentence(members, models[0]!.series[0]!, 2022, false)).toBe('Năm 2022: chưa có số liệu (chỉ tiêu 500–600).');
	});
	it('formats targets and values per unit', () => {
		expect(formatTarget('percent', atLeast(70))).toBe(`≥ 70%`);
		expect(formatTarget('count', atLeast(100))).toBe('≥ 100');
		expect(formatTarget('count', range)).toBe('500–600');
		expect(formatTarget('rating', rating)).toBe('hoàn thành tốt trở lên');
		expect(formatValue('count', 1234)).toBe('1.234');
	});
});

describe('indicator page data', () => {
	it('lists one source line per year and source, parts sharing a source once, and the noted figures', () => {
		const { lines, notes } = indicatorSources(models[1]!, [2023, 2024]);
		expect(lines.map((l) => [l.year, l.part, l.figureStatus])).toEqual([
			[2023, 'Doanh nghiệp ngoài khu vực nhà nước', 'official'],
			[2024, 'Doanh nghiệp ngoài khu vực nhà nước', 'provisional'],
		]);
		expect(notes.map((n) => [n.year, n.part, n.note])).toEqual([[2024, 'Doanh nghiệp ngoài khu vực nhà nước', 'Ghi chú, có "ngoặc kép"']]);
		expect(indicatorSources(models[0]!, [2023, 2024]).lines.every((l) => l.part === undefined)).toBe(true);
		expect(indicatorSources(buildModels([members], [])[0]!, [2024])).toEqual({ lines: [], notes: [] });
	});
	it('titles the chart with the first and last year', () => {
		expect(chartTitle('Đoàn viên mới', [2021, 2022, 2025])).toBe('Đoàn viên mới, 2021–2025');
	});
});

describe('CSV output', () => {
	it('quotes commas, quotes and line breaks, doubles quotes', () => {
		expect(csvField('Đối thoại')).toBe('Đối thoại');
		expect(csvField('a, b')).toBe('"a, b"');
		expect(csvField('có "ngoặc kép"')).toBe('"có ""ngoặc kép"""');
		expect(csvField('dòng 1\ndòng 2')).toBe('"dòng 1\ndòng 2"');
		expect(csvField(' lề ')).toBe('" lề "');
		expect(csvField(undefined)).toBe('');
		expect(csvField(68.5)).toBe('68.5');
		expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
		expect(() => csvField(Number.NaN)).toThrow('not a finite number: NaN');
		expect(() => csvField(Number.POSITIVE_INFINITY)).toThrow('not a finite number: Infinity');
	});
	it('guards every OWASP formula trigger at the start of a text cell (= + - @ tab carriage return)', () => {
		expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
		expect(csvField('+84 263')).toBe("'+84 263");
		expect(csvField('-2+3')).toBe("'-2+3");
		expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvField('\t=1')).toBe("'\t=1");
		expect(csvField('\r=1')).toBe('"\'\r=1"');
		// Only the first character counts; a trigger later in the text is plain text.
		expect(csvField('a=b-c')).toBe('a=b-c');
		expect(csvField("'=1")).toBe("'=1");
	});
	it('leaves numbers alone, negative ones included: only text cells are guarded', () => {
		expect(csvField(-6.5)).toBe('-6.5');
		expect(csvField(0)).toBe('0');
		expect(toCsv(['distance'], [{ distance: -6.5 }])).toBe(`${BOM}distance\r\n-6.5\r\n`);
		expect(() => csvField(Number.NaN)).toThrow();
		expect(() => csvField(Number.POSITIVE_INFINITY)).toThrow();
		expect(csvField(null)).toBe('');
	});
	it('starts with a UTF-8 BOM, ends lines with CRLF and keeps Vietnamese text in NFC', () => {
		const csv = toCsv(['a', 'b'], [{ a: 'hoa\u0300n tha\u0300nh', b: 1 }]);
		expect(csv.startsWith(BOM)).toBe(true);
		expect(csv).toBe(`${BOM}a,b\r\nhoàn thành,1\r\n`);
		const bytes = Buffer.from(csv, 'utf8');
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	});
	it('writes one row per figure with target, status and figure status', () => {
		const rows = observationRows(models);
		expect(rows).toHaveLength(6);
		expect(rows[0]).toMatchObject({ year: 2023 });
		const row = rows.find((r) => r.year === 2024 && r.breakdown_id === 'ngoai-nha-nuoc')!;
		expect(row).toMatchObject({
			value: 68.5,
			target_kind: 'atLeast',
			target_value: 75,
			status: 'not-met',
			distance: -6.5,
			figure_status: 'provisional',
		});
		const csv = observationsCsv(models, 2024);
		const lines = csv.slice(1).split('\r\n');
		expect(lines[0]!.split(',')).toContain('figure_status');
		expect(csv).toContain('"Ghi chú, có ""ngoặc kép"""');
		expect(csv).toContain('illustrative,Số liệu minh họa');
		expect(lines.filter(Boolean)).toHaveLength(4);
	});
});

describe('downloads and chart data', () => {
	it('lists stable file names, including a latest-year copy', () => {
		const files = downloadFiles(models, [2023, 2024]);
		const names = files.map((f) => f.name);
		for (const name of ['chi-tieu.csv', 'so-lieu.json', 'so-lieu-2023.csv', 'so-lieu-moi-nhat.csv', 'chi-tieu-doan-vien-moi.json']) {
			expect(names).toContain(name);
		}
		expect(new Set(names).size).toBe(names.length);
		const latest = files.find((f) => f.name === 'so-lieu-moi-nhat.json')!;
		expect(latest.body).toBe(files.find((f) => f.name === 'so-lieu-2024.json')!.body);
		const json = JSON.parse(latest.body);
		expect(json.notice).toContain('Số liệu minh họa');
		expect(json.observations.find((o: { indicator_id: string }) => o.indicator_id === 'doan-vien-moi').figure_status).toBe('illustrative');
	});
	it('draws a band for a range and one target line per part', () => {
		const members = chartSpec(models[0]!, [2022, 2023, 2024]);
		expect(members.series[0]!.values).toEqual([null, 472, 615]);
		expect(members.targets).toEqual([expect.objectContaining({ kind: 'band', min: 500, max: 600 })]);
		expect(members.text.illustrative).toBe('Số liệu minh họa');
		const dialogueSpec = chartSpec(models[1]!, [2023, 2024]);
		expect(dialogueSpec.series.map((s) => s.label)).toEqual(['Doanh nghiệp nhà nước', 'Doanh nghiệp ngoài khu vực nhà nước']);
		expect(dialogueSpec.targets.map((t) => (t.kind === 'line' ? t.value : null))).toEqual([100, 75]);
		expect(dialogueSpec.text.illustrative).toBeUndefined();
	});
	it('chooses a y axis that shows every figure and target', () => {
		expect(yRange(chartSpec(models[0]!, [2023, 2024]))).toEqual({ min: 350, suggestedMax: 700 });
		expect(yRange(chartSpec(models[1]!, [2023, 2024]))).toEqual({ min: 50, max: 100 });
	});
	it('scores ratings so the best level is highest', () => {
		expect(ratingScore('hoàn thành xuất sắc')).toBe(3);
		expect(ratingScore('không hoàn thành')).toBe(0);
	});
	it('reads the bullets of section III', () => {
		expect(parseBullets('intro\n\n- Phấn đấu A.\n\n- Phấn đấu B.\n')).toEqual(['Phấn đấu A.', 'Phấn đấu B.']);
	});
});

describe('labels inside sentences', () => {
	it('lower-cases the first letter but keeps acronyms', () => {
		expect(inSentence('Doanh nghiệp nhà nước')).toBe('doanh nghiệp nhà nước');
		expect(inSentence('CĐCS khu vực nhà nước')).toBe('CĐCS khu vực nhà nước');
		expect(inSentence('Đoàn viên mới')).toBe('đoàn viên mới');
	});
});

describe('an indicator without figures yet', () => {
	const [empty] = buildModels([members], []);
	it('has no data, a plain summary and an empty chart with its target band', () => {
		expect(indicatorStatus(empty!).status).toBe('no-data');
		expect(indicatorSummary(empty!)).toEqual(['Chưa có số liệu chính thức cho chỉ tiêu này.']);
		const spec = chartSpec(empty!, [2024]);
		expect(spec.series[0]!.values).toEqual([null]);
		expect(spec.targets[0]).toMatchObject({ kind: 'band', min: 500, max: 600 });
		expect(observationRows([empty!])).toEqual([]);
	});
});

// Mutation testing (issue 17): every model is built inside the test, so each mutant of model.ts is run by it.
describe('model.ts: buildModels, observedValue and percentage, exactly', () => {
	const ind = (id: string, order: number): Indicator => ({ ...members, id, order, shortTitle: `Chỉ tiêu ${id}` });
	const obs = (indicator: string, extra: Partial<ObservationFile['observations'][number]>) => ({
		indicator,
		source: src,
		status: 'official' as const,
		...extra,
	});

	it('refuses a non-positive denominator and an observation with neither value nor a whole fraction, saying why', () => {
		expect(() => percentage(1, 0)).toThrow('denominator must be positive');
		expect(() => percentage(1, -2)).toThrow('denominator must be positive');
		expect(() => observedValue(obs('x', {}))).toThrow('observation of x has neither value nor fraction');
		expect(() => observedValue(obs('x', { numerator: 5 }))).toThrow('observation of x has neither value nor fraction');
		expect(() => observedValue(obs('x', { denominator: 5 }))).toThrow('observation of x has neither value nor fraction');
		expect(observedValue(obs('x', { numerator: 0, denominator: 3 }))).toBe(0);
	});

	it('sorts indicators by order, then by id when orders tie, whatever order they come in', () => {
		const built = buildModels([ind('b-hai', 2), ind('z-mot', 1), ind('c-ba', 3), ind('a-hai', 2)], []);
		expect(built.map((m) => m.indicator.id)).toEqual(['z-mot', 'a-hai', 'b-hai', 'c-ba']);
		const reversed = buildModels([ind('c-ba', 3), ind('a-hai', 2), ind('b-hai', 2), ind('z-mot', 1)], []);
		expect(reversed.map((m) => m.indicator.id)).toEqual(['z-mot', 'a-hai', 'b-hai', 'c-ba']);
	});

	it('puts the points of a series in year order whatever order the files come in', () => {
		const year = (y: number, value: number): ObservationFile => ({ year: y, observations: [obs('doan-vien-moi', { value })] });
		const [model] = buildModels([members], [year(2024, 615), year(2022, 472), year(2025, 585), year(2023, 538)]);
		expect(model!.series[0]!.points.map((p) => [p.year, p.value])).toEqual([
			[2022, 472],
			[2023, 538],
			[2024, 615],
			[2025, 585],
		]);
	});

	it('keeps the fraction and the note only on the points that have them', () => {
		const [model] = buildModels(
			[dialogue],
			[
				{
					year: 2024,
					observations: [
						obs('doi-thoai', { breakdown: 'nha-nuoc', numerator: 5890, denominator: 8600, note: 'Tạm tính' }),
						obs('doi-thoai', { breakdown: 'ngoai-nha-nuoc', value: 68.5 }),
					],
				},
			],
		);
		const [withFraction, withValue] = model!.series.map((s) => s.points[0]!);
		expect(withFraction).toEqual({
			year: 2024,
			value: 68.5,
			numerator: 5890,
			denominator: 8600,
			source: src,
			note: 'Tạm tính',
			figureStatus: 'official',
		});
		expect(Object.keys(withValue!).sort()).toEqual(['figureStatus', 'source', 'value', 'year']);
		expect(withValue).toEqual({ year: 2024, value: 68.5, source: src, figureStatus: 'official' });
	});
});
