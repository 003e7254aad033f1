import type { Problem } from '../../validation/problem.ts';
import { describeFound, schemaProblems } from '../../validation/zod-issues.ts';
import { indicatorSchema, RATING_SCALE, type Indicator } from '../../schemas/indicator.ts';
import { observationFileSchema, type ObservationFile } from '../../schemas/observation.ts';
import { aggregationFromWording, minimumFromWording } from '../../utils/indicators/wording.ts';
import { fileStem } from '../file-stem.ts';
import { usedElsewhere } from '../unique.ts';

/**
 * Rules for data/indicators/*.json and data/observations/<year>.json: the zod schemas of each file,
 * then the rules that need several files (unknown indicator or breakdown, duplicates, unknown sub-task,
 * value fitting the unit, year matching the file name). Illustrative figures are valid data: the release
 * build leaves them out (src/utils/release.ts) instead of refusing them. Pure: the caller reads the files.
 */
export interface IndicatorDataInput {
	indicators: { file: string; data: unknown }[];
	observations: { file: string; data: unknown }[];
	subtaskIds: Set<string>;
}

const SCALE_TEXT = RATING_SCALE.map((l) => `"${l}"`).join(', ');

export function checkIndicatorData(input: IndicatorDataInput): Problem[] {
	const problems: Problem[] = [];
	const indicators = new Map<string, { file: string; indicator: Indicator }>();
	/** Ids of indicator files that failed their schema: their observations are not checked again. */
	const broken = new Set<string>();

	for (const { file, data } of input.indicators) {
		const parsed = schemaProblems(indicatorSchema, file, data);
		problems.push(...parsed.problems);
		const indicator = parsed.value;
		if (!indicator) {
			broken.add(fileStem(file));
			continue;
		}
		const expectedId = fileStem(file);
		if (indicator.id !== expectedId) {
			problems.push({ file, field: 'id', expected: `mã trùng tên tệp: "${expectedId}"`, found: `"${indicator.id}"` });
		}
		const other = indicators.get(indicator.id);
		if (other) {
			problems.push(usedElsewhere(file, 'id', 'một mã chưa dùng cho chỉ tiêu khác', `"${indicator.id}"`, other.file));
			continue;
		}
		indicator.relatedTasks.forEach((id, i) => {
			if (!input.subtaskIds.has(id)) {
				problems.push({ file, field: `relatedTasks[${i}]`, expected: 'mã một nhiệm vụ có trong mục II, ví dụ "3.6"', found: `"${id}"` });
			}
		});
		problems.push(...checkWording(file, indicator));
		indicators.set(indicator.id, { file, indicator });
	}

	const years = new Map<number, string>();
	for (const { file, data } of input.observations) {
		const parsed = schemaProblems(observationFileSchema, file, data);
		problems.push(...parsed.problems);
		const content = parsed.value;
		if (!content) continue;
		if (String(content.year) !== fileStem(file)) {
			problems.push({ file, field: 'year', expected: `năm trùng tên tệp: ${fileStem(file)}`, found: String(content.year) });
		}
		const previous = years.get(content.year);
		if (previous) {
			problems.push({ file, field: 'year', expected: 'mỗi năm chỉ một tệp số liệu', found: `${content.year} (đã có trong ${previous})` });
		}
		years.set(content.year, file);
		problems.push(...checkObservations(file, content, indicators, broken));
	}
	return problems;
}

const AGGREGATION_TEXT = { eachYear: '"eachYear"', runningMean: '"runningMean"' } as const;
const MINIMUM_TEXT = { stated: '"stated"', editorsReading: '"editorsReading"', all: '"all"' } as const;

/** Each target's rule must be the one its quoted wording says (src/utils/indicators/wording.ts). */
function checkWording(file: string, indicator: Indicator): Problem[] {
	const problems: Problem[] = [];
	// Stryker disable next-line ArrayDeclaration: equivalent, the schema refuses an indicator with neither target nor breakdowns
	const breakdowns = indicator.breakdowns ?? [];
	const targets = indicator.target
		? [{ t: indicator.target, path: 'target' }]
		: breakdowns.map((b, i) => ({ t: b.target, path: `breakdowns[${i}].target` }));
	for (const { t, path } of targets) {
		const aggregation = aggregationFromWording(t.sourceText);
		if (t.aggregation !== aggregation) {
			const why = aggregation === 'runningMean' ? 'câu chữ có "bình quân"' : 'câu chữ không có "bình quân"';
			problems.push({
				file,
				field: `${path}.aggregation`,
				expected: `${AGGREGATION_TEXT[aggregation]} (${why})`,
				found: `"${t.aggregation}"`,
			});
		}
		const minimum = minimumFromWording(indicator.unit, t);
		// "all" against the value is the schema's rule: it refuses "all" without a 100% target and a 100% target
		// without "all", so here "all" only ever meets "all" and the difference is in the wording's floor words.
		if (t.minimum !== minimum) {
			const why = minimum === 'stated' ? 'câu chữ có "trở lên", "ít nhất" hoặc "từ"' : 'câu chữ không có "trở lên", "ít nhất" hay "từ"';
			problems.push({ file, field: `${path}.minimum`, expected: `${MINIMUM_TEXT[minimum]} (${why})`, found: `"${t.minimum}"` });
		}
	}
	return problems;
}

function checkObservations(
	file: string,
	content: ObservationFile,
	indicators: Map<string, { file: string; indicator: Indicator }>,
	broken: Set<string>,
): Problem[] {
	const problems: Problem[] = [];
	const seen = new Map<string, number>();
	content.observations.forEach((o, i) => {
		const at = (field: string) => `observations[${i}].${field}`;
		const entry = indicators.get(o.indicator);
		if (!entry && broken.has(o.indicator)) return;
		if (!entry) {
			const known = [...indicators.keys()].sort().join(', ');
			problems.push({
				file,
				field: at('indicator'),
				expected: `mã một chỉ tiêu có trong data/indicators/ (${known})`,
				found: `"${o.indicator}"`,
			});
			return;
		}
		const { indicator } = entry;
		if (indicator.breakdowns) {
			const ids: (string | undefined)[] = indicator.breakdowns.map((b) => b.id);
			if (!ids.includes(o.breakdown)) {
				problems.push({
					file,
					field: at('breakdown'),
					expected: `một khu vực của chỉ tiêu "${indicator.id}": ${ids.map((id) => `"${id}"`).join(', ')}`,
					found: describeFound(o.breakdown),
				});
				return;
			}
		} else if (o.breakdown !== undefined) {
			problems.push({
				file,
				field: at('breakdown'),
				expected: `không có khu vực (chỉ tiêu "${indicator.id}" không tách theo khu vực)`,
				found: `"${o.breakdown}"`,
			});
			return;
		}
		const key = `${o.indicator}/${o.breakdown ?? ''}`;
		const first = seen.get(key);
		if (first !== undefined) {
			problems.push({
				file,
				field: at('indicator'),
				expected: 'mỗi chỉ tiêu (và khu vực) chỉ một số liệu trong một năm',
				found: `trùng với observations[${first}] ("${key.replace(/\/$/, '')}")`,
			});
		} else seen.set(key, i);
		problems.push(...checkUnit(file, i, o, indicator));
	});
	return problems;
}

function checkUnit(file: string, i: number, o: ObservationFile['observations'][number], indicator: Indicator): Problem[] {
	const at = (field: string) => `observations[${i}].${field}`;
	const hasFraction = o.numerator !== undefined;
	switch (indicator.unit) {
		case 'percent':
			if (typeof o.value === 'string') return [{ file, field: at('value'), expected: 'một số từ 0 đến 100', found: `"${o.value}"` }];
			if ((o.value ?? 0) > 100) return [{ file, field: at('value'), expected: 'một số từ 0 đến 100', found: String(o.value) }];
			return [];
		case 'count':
			if (hasFraction)
				return [
					{
						file,
						field: at('numerator'),
						expected: 'chỉ một số đếm "value" (chỉ tiêu đếm số lượng, không phải tỷ lệ)',
						found: String(o.numerator),
					},
				];
			if (!Number.isInteger(o.value)) {
				return [{ file, field: at('value'), expected: 'một số nguyên không âm', found: describeFound(o.value) }];
			}
			return [];
		case 'rating': {
			if (hasFraction)
				return [{ file, field: at('numerator'), expected: `một mức xếp loại "value": ${SCALE_TEXT}`, found: String(o.numerator) }];
			const level = typeof o.value === 'string' ? o.value.normalize('NFC') : o.value;
			if (!(RATING_SCALE as readonly unknown[]).includes(level)) {
				return [{ file, field: at('value'), expected: `một mức trong thang xếp loại: ${SCALE_TEXT}`, found: describeFound(o.value) }];
			}
			return [];
		}
	}
}
