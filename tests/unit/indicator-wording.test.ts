import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indicatorSchema, type Indicator, type Target } from '../../src/schemas/indicator.ts';
import { observationFileSchema } from '../../src/schemas/observation.ts';
import { buildModels, type Series } from '../../src/utils/indicators/model.ts';
import { indicatorStatus, judge, judgeYear } from '../../src/utils/indicators/status.ts';
import { formatTarget, ruleText, yearSentence } from '../../src/utils/indicators/sentences.ts';
import { observationRows } from '../../src/utils/indicators/export.ts';
import { aggregationFromWording, minimumFromWording } from '../../src/utils/indicators/wording.ts';
import { root } from '../helpers/dist.ts';

/**
 * The status rules follow each target's wording (issue 15, point 1). The real indicator files and the
 * real section III text are read, so a data edit that changes a rule without changing the wording fails.
 */
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const indicators: Indicator[] = readdirSync(join(root, 'data/indicators'))
	.sort()
	.map((name) => indicatorSchema.parse(readJson(join(root, 'data/indicators', name))));
const observations = readdirSync(join(root, 'data/observations')).map((name) =>
	observationFileSchema.parse(readJson(join(root, 'data/observations', name))),
);
const sectionIII = readFileSync(join(root, 'content/programme/chi-tieu.md'), 'utf8').normalize('NFC');
const byId = (id: string) => indicators.find((i) => i.id === id)!;
const targetsOf = (i: Indicator) =>
	i.target ? [{ part: '', target: i.target }] : i.breakdowns!.map((b) => ({ part: b.id, target: b.target }));

describe('the average rule on the real 500–600 target ("bình quân mỗi năm")', () => {
	const members = byId('doan-vien-moi');
	const target = members.target!;

	it('is recorded as a running mean with a stated floor', () => {
		expect(target).toMatchObject({ kind: 'range', min: 500, max: 600, aggregation: 'runningMean', minimum: 'stated' });
		expect(target.sourceText).toBe('bình quân mỗi năm tăng ít nhất từ 500 đến 600 đoàn viên mới');
	});

	it('2022 alone is below (472), the average 2022–2025 meets it (552,5): met, both figures shown', () => {
		const model = buildModels([members], observations)[0]!;
		const series = model.series[0]!;
		expect(series.points.map((p) => [p.year, p.value])).toEqual([
			[2022, 472],
			[2023, 538],
			[2024, 615],
			[2025, 585],
		]);
		// The year's own figure judged alone.
		expect(judge(target, 472)).toEqual({ status: 'not-met', distance: -28, band: 'below' });
		// The average since the first reported year.
		expect(judgeYear(series, 2025)).toEqual({
			status: 'met',
			distance: 52.5,
			band: 'within',
			mean: { value: 552.5, from: 2022, to: 2025, years: 4 },
		});
		expect(indicatorStatus(model).status).toBe('met');
		expect(yearSentence(members, series, 2025, false)).toBe(
			'Năm 2025: 585; bình quân mỗi năm 2022–2025: 552,5 — đạt chỉ tiêu bình quân mỗi năm 500–600 (cao hơn mức tối thiểu 500 là 52,5).',
		);
		// In 2022 the mean is 2022 alone: not met, and the sentence says which figure was judged.
		expect(judgeYear(series, 2022)).toMatchObject({
			status: 'not-met',
			distance: -28,
			mean: { value: 472, from: 2022, to: 2022, years: 1 },
		});
		expect(yearSentence(members, series, 2022, false)).toBe(
			'Năm 2022: 472; bình quân mỗi năm (mới có số liệu năm 2022): 472 — chưa đạt chỉ tiêu bình quân mỗi năm 500–600 (thấp hơn mức tối thiểu 500 là 28).',
		);
		// 2023: 538 alone; mean (472 + 538) / 2 = 505 → met.
		expect(judgeYear(series, 2023)).toMatchObject({ status: 'met', mean: { value: 505, years: 2 } });
	});

	it('a year below 500 is met when the running mean is at least 500, and the year figure stays visible', () => {
		const series: Series = {
			key: '',
			label: members.shortTitle,
			target,
			points: [2021, 2022].map((year, i) => ({
				year,
				value: [640, 472][i]!,
				source: { name: 'Báo cáo', date: `${year + 1}-01-15` },
				figureStatus: 'official' as const,
			})),
		};
		expect(judge(target, 472).status).toBe('not-met');
		expect(judgeYear(series, 2022)).toMatchObject({ status: 'met', distance: 56, mean: { value: 556, from: 2021, to: 2022 } });
		expect(yearSentence(members, series, 2022, false)).toBe(
			'Năm 2022: 472; bình quân mỗi năm 2021–2022: 556 — đạt chỉ tiêu bình quân mỗi năm 500–600 (cao hơn mức tối thiểu 500 là 56).',
		);
		// A year without its own figure is not judged, even with a mean of earlier years.
		expect(judgeYear(series, 2023)).toEqual({ status: 'no-data' });
	});

	it('downloads carry the year figure, the judged mean and its first year', () => {
		const model = buildModels([members], observations)[0]!;
		const row = observationRows([model], 2025)[0]!;
		expect(row).toMatchObject({
			value: 585,
			target_aggregation: 'runningMean',
			judged_value: 552.5,
			judged_from_year: 2022,
			status: 'met',
			distance: 52.5,
		});
		const first = observationRows([model], 2022)[0]!;
		expect(first).toMatchObject({ value: 472, judged_value: 472, judged_from_year: 2022, status: 'not-met' });
	});
});

describe('every target follows the wording recorded in its indicator file', () => {
	/** The reading of every target of section III (issue 15): id/part → [aggregation, minimum]. */
	const expected: Record<string, [Target['aggregation'], Target['minimum']]> = {
		'hoc-tap-chinh-sach': ['eachYear', 'stated'],
		'doi-thoai-noi-lam-viec/nha-nuoc': ['eachYear', 'all'],
		'doi-thoai-noi-lam-viec/ngoai-nha-nuoc': ['eachYear', 'stated'],
		'hoi-nghi-nguoi-lao-dong/nha-nuoc': ['eachYear', 'all'],
		'hoi-nghi-nguoi-lao-dong/ngoai-nha-nuoc': ['eachYear', 'editorsReading'],
		'phuc-loi-doan-vien': ['eachYear', 'stated'],
		'tham-hoi-doan-vien': ['eachYear', 'all'],
		'van-hoa-the-thao': ['eachYear', 'editorsReading'],
		'chinh-sach-chuyen-doi-nghe': ['eachYear', 'stated'],
		'nang-cao-tay-nghe': ['eachYear', 'stated'],
		'doan-vien-moi': ['runningMean', 'stated'],
		'gioi-thieu-dang': ['eachYear', 'stated'],
		'xep-loai-ldld': ['eachYear', 'stated'],
		'cdcs-hoan-thanh-tot/nha-nuoc': ['eachYear', 'stated'],
		'cdcs-hoan-thanh-tot/ngoai-nha-nuoc': ['eachYear', 'stated'],
		'su-dung-kinh-phi': ['eachYear', 'all'],
		'cong-khai-tai-chinh': ['eachYear', 'all'],
	};
	const all = indicators.flatMap((i) =>
		targetsOf(i).map(({ part, target }) => ({ indicator: i, key: part ? `${i.id}/${part}` : i.id, target })),
	);

	it('covers the 17 targets of section III, each quoted word for word', () => {
		expect(all.map((a) => a.key).sort()).toEqual(Object.keys(expected).sort());
		for (const { key, target } of all) expect(sectionIII.includes(target.sourceText.normalize('NFC')), key).toBe(true);
	});

	it('records the rule its wording says', () => {
		for (const { indicator, key, target } of all) {
			expect([target.aggregation, target.minimum], key).toEqual(expected[key]);
			expect(target.aggregation, key).toBe(aggregationFromWording(target.sourceText));
			expect(target.minimum, key).toBe(minimumFromWording(indicator.unit, target));
		}
	});

	it('judges each kind as its rule says: floors met at the level, 100 % only at 100, each year alone unless averaged', () => {
		for (const { indicator, key, target } of all) {
			if (target.kind === 'atLeast') {
				expect(judge(target, target.value).status, key).toBe('met');
				expect(judge(target, target.value - 0.1).status, key).toBe('not-met');
				if (target.minimum === 'all') expect(judge(target, 99.9).status, key).toBe('not-met');
				else expect(judge(target, target.value + 5).status, key).toBe('met');
			}
			if (target.kind === 'ratingAtLeast') {
				expect(judge(target, 'hoàn thành xuất sắc').status, key).toBe('met');
				expect(judge(target, 'hoàn thành').status, key).toBe('not-met');
			}
			if (target.aggregation === 'eachYear' && target.kind !== 'ratingAtLeast') {
				// A strong earlier year does not lift a weak year: no average for yearly targets.
				const floor = target.kind === 'range' ? target.min : target.value;
				const series: Series = {
					key: '',
					label: 'x',
					target,
					points: [
						{
							year: 2023,
							value: Math.min(floor + 20, indicator.unit === 'percent' ? 100 : Infinity),
							source: { name: 'B', date: '2024-01-01' },
							figureStatus: 'official',
						},
						{ year: 2024, value: floor - 1, source: { name: 'B', date: '2025-01-01' }, figureStatus: 'official' },
					],
				};
				expect(judgeYear(series, 2024), key).toEqual(judge(target, floor - 1));
				expect(judgeYear(series, 2024).status, key).toBe('not-met');
			}
		}
	});

	it('explains the rule in words, naming the editors\u2019 reading where the text gives a bare level', () => {
		const bare = byId('van-hoa-the-thao');
		expect(ruleText(bare.unit, bare.target!)).toBe(
			'So số liệu của từng năm với mức phấn đấu. Câu chữ không ghi "trở lên"; ban biên tập hiểu đây là mức tối thiểu của chỉ tiêu phấn đấu, nên đạt khi bằng hoặc cao hơn (cách hiểu của ban biên tập).',
		);
		const members = byId('doan-vien-moi');
		expect(ruleText(members.unit, members.target!)).toContain(
			'bình quân các năm có số liệu, từ năm đầu đến năm đang xét, rồi so với mức 500',
		);
		const all = byId('tham-hoi-doan-vien');
		expect(ruleText(all.unit, all.target!)).toBe('So số liệu của từng năm với mức phấn đấu. Chỉ đạt khi đủ 100%.');
		expect(formatTarget(all.unit, all.target!)).toBe('100%');
	});

	it('every definition is marked as the editors\u2019 proposal until the federation confirms it', () => {
		expect(new Set(indicators.map((i) => i.definitionStatus))).toEqual(new Set(['proposed']));
	});
});
