import { describe, expect, it } from 'vitest';
import type { Indicator, Target } from '../../src/schemas/indicator.ts';
import type { ObservationFile } from '../../src/schemas/observation.ts';
import { BOM } from '../../src/utils/indicators/csv.ts';
import { buildModels } from '../../src/utils/indicators/model.ts';
import {
	INDICATOR_COLUMNS,
	OBSERVATION_COLUMNS,
	indicatorRows,
	indicatorsCsv,
	observationRows,
	observationsCsv,
	toJsonDownload,
} from '../../src/utils/indicators/export.ts';

/**
 * export.ts, cell by cell (issue 17, mutation testing): every column of both open-data tables for each kind
 * of target, the year filter and order, and the JSON download. Models are built inside the tests.
 */
const atLeast = (value: number): Target => ({ kind: 'atLeast', value, aggregation: 'eachYear', minimum: 'stated', sourceText: 'ít nhất' });
const range: Target = { kind: 'range', min: 500, max: 600, aggregation: 'runningMean', minimum: 'stated', sourceText: 'từ 500 đến 600' };
const rating: Target = {
	kind: 'ratingAtLeast',
	level: 'hoàn thành tốt',
	aggregation: 'eachYear',
	minimum: 'editorsReading',
	sourceText: 'hoàn thành tốt',
};
const base = { definition: 'Định nghĩa', definitionStatus: 'proposed' as const, relatedTasks: ['3.8', '3.9'] };
const dialogue: Indicator = {
	...base,
	id: 'doi-thoai',
	order: 2,
	bullet: 2,
	title: 'Tỷ lệ đối thoại',
	shortTitle: 'Đối thoại',
	numerator: 'Số doanh nghiệp có đối thoại',
	denominator: 'Số doanh nghiệp',
	unit: 'percent',
	breakdowns: [
		{ id: 'nha-nuoc', label: 'Doanh nghiệp nhà nước', target: atLeast(100) },
		{ id: 'ngoai-nha-nuoc', label: 'Doanh nghiệp ngoài nhà nước', target: atLeast(75) },
	],
};
const members: Indicator = {
	...base,
	id: 'doan-vien-moi',
	order: 1,
	bullet: 5,
	title: 'Đoàn viên mới',
	shortTitle: 'Đoàn viên',
	unit: 'count',
	target: range,
};
const grade: Indicator = {
	...base,
	id: 'xep-loai',
	order: 3,
	bullet: 6,
	title: 'Xếp loại',
	shortTitle: 'Xếp loại',
	unit: 'rating',
	target: rating,
};
const src = (year: number) => ({ name: `Báo cáo năm ${year}`, date: `${year + 1}-01-15` });
const files: ObservationFile[] = [
	{
		year: 2024,
		observations: [
			{ indicator: 'doi-thoai', breakdown: 'nha-nuoc', numerator: 11, denominator: 12, source: src(2024), status: 'official' },
			{ indicator: 'doi-thoai', breakdown: 'ngoai-nha-nuoc', value: 80, source: src(2024), status: 'provisional', note: 'Tạm tính' },
			{ indicator: 'doan-vien-moi', value: 538, source: src(2024), status: 'illustrative' },
			{ indicator: 'xep-loai', value: 'hoàn thành', source: src(2024), status: 'official' },
		],
	},
	{
		year: 2023,
		observations: [{ indicator: 'doan-vien-moi', value: 472, source: src(2023), status: 'illustrative' }],
	},
];
const build = () => buildModels([grade, dialogue, members], files);

describe('observationRows', () => {
	it('fills every column of a fraction figure of a breakdown', () => {
		const row = observationRows(build(), 2024).find((r) => r.breakdown_id === 'nha-nuoc');
		expect(row).toStrictEqual({
			year: 2024,
			indicator_id: 'doi-thoai',
			indicator_short_title: 'Đối thoại',
			breakdown_id: 'nha-nuoc',
			breakdown_label: 'Doanh nghiệp nhà nước',
			unit: 'percent',
			value: 91.7,
			numerator: 11,
			denominator: 12,
			target_kind: 'atLeast',
			target_value: 100,
			target_min: undefined,
			target_max: undefined,
			target_level: undefined,
			target_text: '100%',
			target_aggregation: 'eachYear',
			judged_value: 91.7,
			judged_from_year: 2024,
			status: 'not-met',
			status_label: 'Chưa đạt',
			distance: -8.3,
			source_name: 'Báo cáo năm 2024',
			source_date: '2025-01-15',
			note: undefined,
			figure_status: 'official',
			figure_status_label: 'Chính thức',
		});
	});
	it('fills the judged mean and the range columns of an averaged target, and leaves the breakdown empty', () => {
		const row = observationRows(build(), 2024).find((r) => r.indicator_id === 'doan-vien-moi');
		expect(row).toStrictEqual({
			year: 2024,
			indicator_id: 'doan-vien-moi',
			indicator_short_title: 'Đoàn viên',
			breakdown_id: undefined,
			breakdown_label: undefined,
			unit: 'count',
			value: 538,
			numerator: undefined,
			denominator: undefined,
			target_kind: 'range',
			target_value: undefined,
			target_min: 500,
			target_max: 600,
			target_level: undefined,
			target_text: 'bình quân mỗi năm 500–600',
			target_aggregation: 'runningMean',
			judged_value: 505,
			judged_from_year: 2023,
			status: 'met',
			status_label: 'Đạt',
			distance: 5,
			source_name: 'Báo cáo năm 2024',
			source_date: '2025-01-15',
			note: undefined,
			figure_status: 'illustrative',
			figure_status_label: 'Số liệu minh họa',
		});
	});
	it('fills the level of a rating target and the note', () => {
		const rows = observationRows(build(), 2024);
		expect(rows.find((r) => r.indicator_id === 'xep-loai')).toMatchObject({
			value: 'hoàn thành',
			target_kind: 'ratingAtLeast',
			target_level: 'hoàn thành tốt',
			target_value: undefined,
			target_text: 'hoàn thành tốt trở lên',
			status: 'not-met',
			distance: -1,
		});
		expect(rows.find((r) => r.breakdown_id === 'ngoai-nha-nuoc')).toMatchObject({
			note: 'Tạm tính',
			figure_status: 'provisional',
			figure_status_label: 'Tạm tính',
		});
	});
	it('keeps one year when asked, and sorts all years ascending, indicators in model order within a year', () => {
		const models = build();
		expect(observationRows(models, 2023).map((r) => [r.year, r.indicator_id])).toEqual([[2023, 'doan-vien-moi']]);
		expect(observationRows(models, 2022)).toEqual([]);
		expect(observationRows(models).map((r) => [r.year, r.indicator_id, r.breakdown_id])).toEqual([
			[2023, 'doan-vien-moi', undefined],
			[2024, 'doan-vien-moi', undefined],
			[2024, 'doi-thoai', 'nha-nuoc'],
			[2024, 'doi-thoai', 'ngoai-nha-nuoc'],
			[2024, 'xep-loai', undefined],
		]);
		// Sorted by year even when the models come newest figures first.
		expect(observationRows([...models].reverse()).map((r) => r.year)).toEqual([2023, 2024, 2024, 2024, 2024]);
	});
});

describe('indicatorRows', () => {
	it('one row per part, every column', () => {
		const rows = indicatorRows(build());
		expect(rows.map((r) => [r.indicator_id, r.breakdown_id])).toEqual([
			['doan-vien-moi', undefined],
			['doi-thoai', 'nha-nuoc'],
			['doi-thoai', 'ngoai-nha-nuoc'],
			['xep-loai', undefined],
		]);
		expect(rows[1]).toStrictEqual({
			indicator_id: 'doi-thoai',
			order: 2,
			bullet: 2,
			title: 'Tỷ lệ đối thoại',
			short_title: 'Đối thoại',
			definition: 'Định nghĩa',
			numerator_definition: 'Số doanh nghiệp có đối thoại',
			denominator_definition: 'Số doanh nghiệp',
			unit: 'percent',
			breakdown_id: 'nha-nuoc',
			breakdown_label: 'Doanh nghiệp nhà nước',
			target_kind: 'atLeast',
			target_value: 100,
			target_min: undefined,
			target_max: undefined,
			target_level: undefined,
			target_text: '100%',
			target_aggregation: 'eachYear',
			target_minimum: 'stated',
			target_source_text: 'ít nhất',
			definition_status: 'proposed',
			related_tasks: '3.8 3.9',
		});
		expect(rows[0]).toMatchObject({
			breakdown_id: undefined,
			breakdown_label: undefined,
			numerator_definition: undefined,
			target_min: 500,
			target_max: 600,
			target_text: 'bình quân mỗi năm 500–600',
			target_aggregation: 'runningMean',
		});
		expect(rows[3]).toMatchObject({ target_level: 'hoàn thành tốt', target_minimum: 'editorsReading' });
	});
});

describe('CSV and JSON downloads', () => {
	it('write the columns in order, one line per row', () => {
		const models = build();
		const observations = observationsCsv(models, 2023).split('\r\n');
		expect(observations[0]).toBe(`${BOM}${OBSERVATION_COLUMNS.join(',')}`);
		expect(observations.slice(1)).toEqual([
			'2023,doan-vien-moi,Đoàn viên,,,count,472,,,range,,500,600,,bình quân mỗi năm 500–600,runningMean,472,2023,not-met,Chưa đạt,-28,Báo cáo năm 2023,2024-01-15,,illustrative,Số liệu minh họa',
			'',
		]);
		expect(observationsCsv(models).split('\r\n')).toHaveLength(7);
		const indicators = indicatorsCsv(models).split('\r\n');
		expect(indicators[0]).toBe(`${BOM}${INDICATOR_COLUMNS.join(',')}`);
		expect(indicators[4]).toBe(
			'xep-loai,3,6,Xếp loại,Xếp loại,Định nghĩa,,,rating,,,ratingAtLeast,,,,hoàn thành tốt,hoàn thành tốt trở lên,eachYear,editorsReading,hoàn thành tốt,proposed,3.8 3.9',
		);
		expect(indicators).toHaveLength(6);
	});
	it('JSON: null for empty cells, the illustrative notice only when a figure is illustrative, the extra fields before the rows', () => {
		const rows = observationRows(build(), 2024);
		const text = toJsonDownload('observations', rows, { year: 2024 });
		expect(text.endsWith('}\n')).toBe(true);
		expect(text.startsWith('{\n  "kind": "observations",\n  "notice": ')).toBe(true);
		const json = JSON.parse(text);
		expect(Object.keys(json)).toEqual(['kind', 'notice', 'year', 'observations']);
		expect(json.notice).toBe(
			'Số liệu minh họa: Đây là số liệu minh họa do ban biên tập tạo để thử cách trình bày, không phải số liệu báo cáo thật. Chưa dùng để đánh giá việc thực hiện chương trình.',
		);
		expect(json.observations).toHaveLength(4);
		expect(json.observations[0].breakdown_id).toBeNull();
		expect(json.observations[0].note).toBeNull();
		expect(json.observations[0].value).toBe(538);
		const official = rows.filter((r) => r.figure_status !== 'illustrative');
		const plain = JSON.parse(toJsonDownload('observations', official));
		expect(Object.keys(plain)).toEqual(['kind', 'observations']);
		expect(plain.observations).toHaveLength(3);
		const indicators = JSON.parse(toJsonDownload('indicators', indicatorRows(build())));
		expect(Object.keys(indicators)).toEqual(['kind', 'indicators']);
		expect(indicators.kind).toBe('indicators');
	});
});
