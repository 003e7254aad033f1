import { getCollection } from 'astro:content';
import { getSubtaskIndex } from './collections.ts';
import { isStrict } from '../config.ts';
import { forRelease, omittedReport } from '../utils/release.ts';
import { buildProgressModel, sortUnits, type ProgressEntry, type ProgressModel } from '../utils/progress/model.ts';
import type { ResponsibleUnit } from '../schemas/unit.ts';

export interface ProgressData {
	model: ProgressModel;
	/** Units by id, in reading order (sortUnits). */
	units: Map<string, ResponsibleUnit>;
}

let cached: Promise<ProgressData> | undefined;

/**
 * Progress entries and units for pages, once per build. With STRICT=1 (the release build) illustrative
 * entries are left out through isPublished(): their sub-tasks show "chưa có báo cáo" for that period.
 */
export function getProgressData(): Promise<ProgressData> {
	cached ??= load();
	return cached;
}

async function load(): Promise<ProgressData> {
	const [entries, units, subtasks] = await Promise.all([getCollection('progress'), getCollection('units'), getSubtaskIndex()]);
	const progress: ProgressEntry[] = entries.map((e) => ({
		file: e.filePath ?? `content/progress/${e.id}.md`,
		data: e.data,
		body: e.body ?? '',
		...(e.rendered?.html !== undefined ? { html: e.rendered.html } : {}),
	}));
	// What the release build leaves out, said in the build log (the model drops the same entries: isPublished).
	const { omitted } = forRelease(
		progress.map((e) => ({ file: e.file, illustrative: e.data.illustrative })),
		isStrict(),
	);
	if (omitted.length > 0)
		console.log(
			omittedReport(
				'mục tiến độ "illustrative"',
				omitted.map((e) => e.file),
			),
		);
	const model = buildProgressModel({
		subtasks: [...subtasks.values()].map(({ subtask }) => ({ id: subtask.id, group: subtask.group, number: subtask.number })),
		entries: progress,
		strict: isStrict(),
	});
	return { model, units: new Map(sortUnits(units.map((u) => u.data)).map((u) => [u.id, u])) };
}
