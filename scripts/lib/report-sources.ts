import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseMarkdownSource } from '../../src/checker/markdown-source.ts';
import { indicatorSchema } from '../../src/schemas/indicator.ts';
import { observationFileSchema, type ObservationFile } from '../../src/schemas/observation.ts';
import { programmeSectionSchema } from '../../src/schemas/programme.ts';
import { progressEntrySchema } from '../../src/schemas/progress.ts';
import { reportSchema } from '../../src/schemas/report.ts';
import { taskGroupSchema } from '../../src/schemas/task.ts';
import { unitsFileSchema } from '../../src/schemas/unit.ts';
import { buildModels, reportingYears } from '../../src/utils/indicators/model.ts';
import { buildProgressModel, type ProgressEntry } from '../../src/utils/progress/model.ts';
import { parseSubtasks } from '../../src/utils/subtasks.ts';
import { publishedObservations } from '../../src/utils/indicators/publish.ts';
import { reportPeriods, type ReportInput } from '../../src/utils/report/model.ts';

/**
 * The report's sources read straight from the repository's files, for `npm run report` and the tests
 * (the site reads the same files through Astro's content collections, src/loaders/report.ts). Only
 * called after `checkTree` found no problem, so the schemas' parse cannot fail on valid content.
 */
export interface RepositorySources {
	base: Omit<ReportInput, 'period' | 'content'>;
	reports: Map<string, NonNullable<ReportInput['content']>>;
	periods: string[];
}

const list = (dir: string, ext: string) =>
	existsSync(dir)
		? readdirSync(dir)
				.filter((n) => n.endsWith(ext))
				.sort()
		: [];
const json = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
const markdown = (root: string, file: string) => parseMarkdownSource(file, readFileSync(join(root, file), 'utf8').replace(/^\uFEFF/, ''));

export function loadRepository(
	root: string,
	options: { strict: boolean; dataDir?: string; progressDir?: string; reportsDir?: string },
): RepositorySources {
	const dataDir = resolve(root, options.dataDir ?? 'data');
	const progressDir = options.progressDir ?? 'content/progress';
	const reportsDir = options.reportsDir ?? 'content/reports';
	const indicators = list(join(dataDir, 'indicators'), '.json').map((n) => indicatorSchema.parse(json(join(dataDir, 'indicators', n))));
	const files: ObservationFile[] = publishedObservations(
		list(join(dataDir, 'observations'), '.json').map((n) => observationFileSchema.parse(json(join(dataDir, 'observations', n)))),
		options.strict,
	).files;
	const preamble = programmeSectionSchema.parse(markdown(root, 'content/programme/mo-dau.md').data);
	const groups = list(join(root, 'content/tasks'), '.md').map((n) => {
		const source = markdown(root, `content/tasks/${n}`);
		const data = taskGroupSchema.parse(source.data);
		return { group: data.group, title: data.title, subtasks: parseSubtasks(source.body) };
	});
	const units = unitsFileSchema.parse(json(join(root, 'content/units.json')));
	const entries: ProgressEntry[] = list(join(root, progressDir), '')
		.flatMap((period) => list(join(root, progressDir, period), '.md').map((n) => `${progressDir}/${period}/${n}`))
		.map((file) => {
			const source = markdown(root, file);
			return { file, data: progressEntrySchema.parse(source.data), body: source.body };
		});
	const subtasks = groups.flatMap((g) => g.subtasks.map((s) => ({ id: s.id, group: s.group, number: s.number, text: s.text })));
	const progress = buildProgressModel({ subtasks, entries, strict: options.strict });
	const reports = new Map(
		list(join(root, reportsDir), '.md').map((n) => {
			const source = markdown(root, `${reportsDir}/${n}`);
			const data = reportSchema.parse(source.data);
			return [data.period, { data, body: source.body }] as const;
		}),
	);
	return {
		base: {
			programmeTitle: preamble.subtitle ?? preamble.heading,
			indicators: buildModels(indicators, files),
			progress,
			units: new Map(units.map((u) => [u.id, u])),
			groups: groups.map((g) => ({ group: g.group, title: g.title })),
			subtasks,
		},
		reports,
		periods: reportPeriods({
			years: reportingYears(files),
			progressPeriods: progress.periods.map((p) => p.id),
			reportFiles: [...reports.keys()],
		}).map((p) => p.id),
	};
}
