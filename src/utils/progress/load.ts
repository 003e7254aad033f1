import { getCollection } from 'astro:content';
import { getSubtaskIndex } from '../collections.ts';
import { isStrict } from '../indicators/load.ts';
import { buildProgressModel, sortUnits, type ProgressEntry, type ProgressModel } from './model.ts';
import type { ResponsibleUnit } from '../../schemas/unit.ts';

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
	const model = buildProgressModel({
		subtasks: [...subtasks.values()].map(({ subtask }) => ({ id: subtask.id, group: subtask.group, number: subtask.number })),
		entries: progress,
		strict: isStrict(),
	});
	return { model, units: new Map(sortUnits(units.map((u) => u.data)).map((u) => [u.id, u])) };
}
