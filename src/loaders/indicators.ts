import { getCollection } from 'astro:content';
import { checkIndicatorData } from '../checker/rules/indicators.ts';
import { formatProblem } from '../validation/problem.ts';
import { getSubtaskIndex } from './collections.ts';
import { buildModels, reportingYears, type IndicatorModel } from '../utils/indicators/model.ts';
import type { ObservationFile } from '../schemas/observation.ts';
import { isStrict } from '../config.ts';
import { omittedReport } from '../utils/release.ts';
import { publishedObservations } from '../utils/indicators/publish.ts';

export interface IndicatorData {
	models: IndicatorModel[];
	files: ObservationFile[];
	years: number[];
}

let cached: Promise<IndicatorData> | undefined;

/**
 * Indicator data for pages, checked once per build with the same rules as the checker, so a build never
 * renders data that `npm run check` would refuse (even before the checker CLI runs them). The release
 * build (STRICT=1) leaves illustrative figures out (src/utils/release.ts) and prints what it left out.
 */
export function getIndicatorData(): Promise<IndicatorData> {
	cached ??= load();
	return cached;
}

async function load(): Promise<IndicatorData> {
	const [indicators, observations, subtasks] = await Promise.all([
		getCollection('indicators'),
		getCollection('observations'),
		getSubtaskIndex(),
	]);
	const file = (e: { id: string; filePath?: string }, dir: string) => e.filePath ?? `data/${dir}/${e.id}.json`;
	const problems = checkIndicatorData({
		indicators: indicators.map((e) => ({ file: file(e, 'indicators'), data: e.data })),
		observations: observations.map((e) => ({ file: file(e, 'observations'), data: e.data })),
		subtaskIds: new Set(subtasks.keys()),
	});
	if (problems.length > 0) {
		throw new Error(`Dữ liệu chỉ tiêu có ${problems.length} lỗi:\n${problems.map(formatProblem).join('\n')}`);
	}
	const { files, omitted } = publishedObservations(
		observations.map((e) => e.data),
		isStrict(),
	);
	if (omitted.length > 0) console.log(omittedReport('số liệu "illustrative"', omitted));
	return {
		models: buildModels(
			indicators.map((e) => e.data),
			files,
		),
		files,
		years: reportingYears(files),
	};
}
