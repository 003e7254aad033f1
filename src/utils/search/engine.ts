import { expandQuery, MAX_VARIANTS } from './expand.ts';
import { mergeHits, pageItems, rankItems, type PagefindHit, type SearchItem } from './results.ts';
import type { DVocabulary } from './vocabulary.ts';

/** What the engine needs from Pagefind's JS API (`pagefind.js`): only `search`. */
export interface PagefindApi {
	search(term: string): Promise<{ results: PagefindHit[] } | null>;
}

export interface SearchOutcome {
	/** The Pagefind queries that were run (the typed query and its đ variants). */
	queries: string[];
	/** Every matching section, best first (all kinds: filter with `item.kind`). */
	items: SearchItem[];
}

/** Pages whose fragments are loaded per query; the site has a few dozen pages. */
const MAX_PAGES = 40;

/**
 * Search as a Vietnamese reader means it: run the query and its đ variants (expand.ts) through Pagefind,
 * keep each page's best hit, and list each page's matching sections. Same code in the browser and in the
 * Node tests, so the tests measure what readers get.
 */
export async function searchSite(pagefind: PagefindApi, query: string, vocabulary: DVocabulary, perPage = 3): Promise<SearchOutcome> {
	const queries = expandQuery(query, vocabulary, MAX_VARIANTS);
	if (queries.length === 0) return { queries, items: [] };
	const answers = await Promise.all(queries.map((q) => pagefind.search(q)));
	const hits = mergeHits(answers.map((a) => a?.results ?? [])).slice(0, MAX_PAGES);
	const pages = await Promise.all(hits.map(async (hit) => ({ hit, data: await hit.data() })));
	const items = rankItems(
		pages.flatMap(({ hit, data }) => pageItems(data, hit.score, perPage)),
		query,
	);
	return { queries, items };
}
