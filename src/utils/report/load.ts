import { getCollection } from 'astro:content';
import { getIndicatorData, isStrict } from '../indicators/load.ts';
import { getProgressData } from '../progress/load.ts';
import { getProgrammeSection, getTaskGroups, subtasksOf } from '../collections.ts';
import { buildReport, reportPeriods, type ReportModel } from './model.ts';
import { isReportPublished } from './publish.ts';
import { reportDocx } from './docx.ts';

let cached: Promise<ReportModel[]> | undefined;

/**
 * Every periodic report of this build, oldest first. The release build (STRICT=1) reads figures and
 * progress without illustrative data (their loaders filter it) and publishes only complete reports.
 */
export function getReports(): Promise<ReportModel[]> {
	cached ??= load();
	return cached;
}

async function load(): Promise<ReportModel[]> {
	const [{ models, years }, { model: progress, units }, reports, groups, preamble] = await Promise.all([
		getIndicatorData(),
		getProgressData(),
		getCollection('reports'),
		getTaskGroups(),
		getProgrammeSection('mo-dau'),
	]);
	const base = {
		programmeTitle: preamble.data.subtitle ?? preamble.data.heading,
		indicators: models,
		progress,
		units,
		groups: groups.map((g) => ({ group: g.data.group, title: g.data.title })),
		subtasks: groups.flatMap((g) => subtasksOf(g).map((s) => ({ id: s.id, group: s.group, text: s.text }))),
	};
	const files = new Map(reports.map((r) => [r.data.period, { data: r.data, body: r.body ?? '' }]));
	const periods = reportPeriods({ years, progressPeriods: progress.periods.map((p) => p.id), reportFiles: [...files.keys()] });
	return periods
		.map((p) => {
			const content = files.get(p.id);
			return buildReport({ ...base, period: p.id, ...(content ? { content } : {}) });
		})
		.filter((r) => isReportPublished(r, isStrict()));
}

const docxCache = new Map<string, Promise<Buffer>>();
/** The Word file of a report, built once per build. */
export function getReportDocx(report: ReportModel): Promise<Buffer> {
	let bytes = docxCache.get(report.period.id);
	if (!bytes) docxCache.set(report.period.id, (bytes = reportDocx(report)));
	return bytes;
}
