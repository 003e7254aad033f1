import { expandQuery, MAX_VARIANTS } from './expand.ts';
import { mergeHits, pageItems, queryCoverage, rankItems, type PagefindHit, type SearchItem } from './results.ts';
import type { WordVocabulary } from './typo.ts';
import { wordsOf, type DVocabulary } from './vocabulary.ts';

/** What the engine needs from Pagefind's JS API (`pagefind.js`): only `search`. */
export interface PagefindApi {
	search(term: string): Promise<{ results: PagefindHit[] } | null>;
}

export interface SearchOutcome {
	/** The Pagefind queries that were run (the typed query and its đ variants). */
	queries: string[];
	/** Every matching section, best first (all kinds: filter with `item.kind`). */
	items: SearchItem[];
	/** A spelling of the query with one-letter typos corrected against the site's words, if one was needed. */
	suggestion?: string;
	/** True when a typed word matched nothing and `items` are the results for `suggestion` instead. */
	corrected?: boolean;
}

export interface SearchOptions {
	/** Sections listed per page. */
	perPage?: number;
	/** Loads the site's word list (typo.ts) when a typed word finds nothing; without it, no suggestions. */
	words?: () => Promise<WordVocabulary>;
}

/**
 * Pages whose fragments are loaded per query, in Pagefind's order. Each costs a request (about 2 KB on
 * the wire, 0.3–12 KB) on a first query. Measured on the programme queries: the expected page is at most
 * 12th in Pagefind's list ("dinh cong": 12th of 24), so 24 leaves room for adjacency to lift a low page;
 * with 12 the 82-query set lost "viec lam", with 8 it lost 8 queries (November 2026).
 */
const MAX_PAGES = 24;

/** Run one query and its đ variants through Pagefind and rank the sections. */
async function searchAsTyped(pagefind: PagefindApi, query: string, vocabulary: DVocabulary, perPage: number) {
	const queries = expandQuery(query, vocabulary, MAX_VARIANTS);
	if (queries.length === 0) return { queries, items: [] };
	const answers = await Promise.all(queries.map((q) => pagefind.search(q)));
	const hits = mergeHits(answers.map((a) => a?.results ?? [])).slice(0, MAX_PAGES);
	const pages = await Promise.all(hits.map(async (hit) => ({ hit, data: await hit.data() })));
	const items = rankItems(
		pages.flatMap(({ hit, data }) => pageItems(data, hit.score, perPage, query)),
		query,
	);
	return { queries, items };
}

/** Corrections tried when a typed word matches nothing; the site's text picks between them. */
const MAX_CORRECTIONS = 3;

/** How well a result list answers its query: its best section's coverage of the words, then adjacency. */
function strength(items: SearchItem[], query: string): number {
	const top = items[0];
	return top ? queryCoverage(top.excerpt, query) * 100 + top.adjacent : -1;
}

/**
 * Search as a Vietnamese reader means it: run the query and its đ variants (expand.ts) through Pagefind,
 * keep each page's best hit, list each page's matching sections, and rank sections where the typed
 * syllables stand together first (adjacency.ts).
 *
 * When a typed word is highlighted in no result (it matched nothing: "đoànn", "gia dinhh"), the site's
 * word list is loaded and the words one edit away are tried (typo.ts): up to MAX_CORRECTIONS corrected
 * queries are searched and the one whose best result shows most of its words, standing together, wins
 * ("doi thaoi" → "doi thoai", not "doi thai"). Its results replace the typed query's, and the
 * correction is spelled as the best result shows it ("gia đình"). Same code in the browser and in the
 * Node tests, so the tests measure what readers get.
 */
export async function searchSite(
	pagefind: PagefindApi,
	query: string,
	vocabulary: DVocabulary,
	options: SearchOptions = {},
): Promise<SearchOutcome> {
	const perPage = options.perPage ?? 3;
	const typed = await searchAsTyped(pagefind, query, vocabulary, perPage);
	if (!options.words || wordsOf(query).length === 0) return typed;
	const missing = wordsOf(query).some((w) => !typed.items.some((item) => queryCoverage(item.excerpt, w) > 0));
	if (!missing) return typed;
	// The typo code is loaded with the word list, only when needed (a chunk of its own in the browser).
	const [{ plainAsTyped, respell, suggestQueries }, words] = await Promise.all([import('./typo.ts'), options.words()]);
	const corrections = suggestQueries(query, words, MAX_CORRECTIONS);
	if (corrections.length === 0) return typed;
	// One after another: Pagefind's JS answered concurrent searches of different words incompletely here.
	const tried: ({ query: string } & Awaited<ReturnType<typeof searchAsTyped>>)[] = [];
	// Each searched without the diacritics the reader did not type (plainAsTyped): the text picks the spelling.
	for (const c of corrections) {
		const plain = plainAsTyped(c, query);
		tried.push({ query: plain, ...(await searchAsTyped(pagefind, plain, vocabulary, perPage)) });
	}
	const best = tried.reduce((a, b) => (strength(b.items, b.query) > strength(a.items, a.query) ? b : a));
	const suggestion = best.items[0]
		? respell(
				best.query,
				[...best.items[0].excerpt.matchAll(/<mark>([\s\S]*?)<\/mark>/g)].map((m) => m[1]!),
			)
		: best.query;
	if (best.items.length === 0) return { ...typed, suggestion };
	return { queries: [...typed.queries, ...tried.flatMap((t) => t.queries)], items: best.items, suggestion, corrected: true };
}
