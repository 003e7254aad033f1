import { getCollection, type CollectionEntry } from 'astro:content';

export type UpdateEntry = CollectionEntry<'updates'>;

/** "What's new" entries, newest first (same day: by file name, descending). */
export async function getUpdates(): Promise<UpdateEntry[]> {
	const list = await getCollection('updates');
	return list.sort((a, b) => b.data.date.localeCompare(a.data.date) || b.id.localeCompare(a.id));
}
