/**
 * Content collections for pages and components, sorted and indexed (astro:content). The loaders are the
 * only modules that read collections; pure logic stays in src/utils/.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { parseSubtasks, type SubtaskRef } from '../utils/subtasks.ts';

export type TaskEntry = CollectionEntry<'tasks'>;

/** Task groups sorted by group number. */
export async function getTaskGroups(): Promise<TaskEntry[]> {
	const groups = await getCollection('tasks');
	return groups.sort((a, b) => a.data.group - b.data.group);
}

/** Programme sections sorted by their order in the programme. */
export async function getProgrammeSections(): Promise<CollectionEntry<'programme'>[]> {
	const sections = await getCollection('programme');
	return sections.sort((a, b) => a.data.order - b.data.order);
}

export async function getProgrammeSection(id: string): Promise<CollectionEntry<'programme'>> {
	const section = (await getProgrammeSections()).find((s) => s.id === id);
	if (!section) throw new Error(`content/programme/${id}.md is missing`);
	return section;
}

/** Sub-tasks of a task group, parsed from its Markdown body. */
export function subtasksOf(entry: TaskEntry): SubtaskRef[] {
	return parseSubtasks(entry.body ?? '');
}

/** How many task groups and sub-tasks section II has (the figures quoted on the home, tasks and about pages). */
export async function getTaskCounts(): Promise<{ groups: number; subtasks: number }> {
	const groups = await getTaskGroups();
	return { groups: groups.length, subtasks: groups.reduce((sum, group) => sum + subtasksOf(group).length, 0) };
}

/** Map of every sub-task id ("3.6") to the id of its task group entry ("nhom-3"). */
export async function getSubtaskIndex(): Promise<Map<string, { group: TaskEntry; subtask: SubtaskRef }>> {
	const index = new Map<string, { group: TaskEntry; subtask: SubtaskRef }>();
	for (const group of await getTaskGroups()) {
		for (const subtask of subtasksOf(group)) index.set(subtask.id, { group, subtask });
	}
	return index;
}

/** Guidelines sorted by their order, then title. */
export async function getGuidelines(): Promise<CollectionEntry<'guidelines'>[]> {
	const list = await getCollection('guidelines');
	return list.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'vi'));
}

/** Glossary terms in Vietnamese alphabetical order. */
export async function getGlossary(): Promise<CollectionEntry<'glossary'>[]> {
	return (await getCollection('glossary')).sort((a, b) => a.data.term.localeCompare(b.data.term, 'vi'));
}

/** Corrections of the source text, in file order. */
export function getErrata(): Promise<CollectionEntry<'errata'>[]> {
	return getCollection('errata');
}
