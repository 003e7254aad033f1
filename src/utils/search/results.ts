/**
 * Turning Pagefind answers into the result list the reader sees: merge the searches of the query's
 * variants, flatten each page into its sections (sub-results, so a match in sub-task 3.6 links to #3-6),
 * rank, and make excerpts safe to insert.
 */

import { adjacency, excerptAt, foldText, typedSyllables } from './adjacency.ts';
import { foldAll, wordsOf } from './vocabulary.ts';

/** The part of Pagefind's fragment data the UI uses (Pagefind 1.6 `result.data()`). */
export interface PagefindWeightedLocation {
	weight: number;
	balanced_score: number;
	location: number;
}
export interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
	anchor?: { element: string; id: string; text?: string; location: number };
	locations?: number[];
	weighted_locations?: PagefindWeightedLocation[];
}
export interface PagefindData {
	url: string;
	excerpt: string;
	/** The page's indexed text; `locations` and anchors' `location` count its white-space separated words. */
	content?: string;
	/** Every heading with an id, in page order (where each section starts). */
	anchors?: { element: string; id: string; text?: string; location: number }[];
	meta: Record<string, string | undefined>;
	filters?: Record<string, string[]>;
	sub_results?: PagefindSubResult[];
}
export interface PagefindHit {
	id: string;
	score: number;
	data: () => Promise<PagefindData>;
}

/** One line of the result list. */
export interface SearchItem {
	/** Link target, with the section's anchor when the match is inside one ("/nhiem-vu/nhom-3/#3-6"). */
	url: string;
	/** Section heading ("Nhiệm vụ 3.6", "CĐCS") or the page title when the match is before any heading. */
	title: string;
	/** Title of the page the section belongs to; empty when `title` already is the page title. */
	page: string;
	/** Content kind from data-pagefind-filter="kind:…" ("Nhiệm vụ", "Chỉ tiêu"…). */
	kind: string;
	/** Excerpt HTML: Pagefind's text with only <mark> tags kept. */
	excerpt: string;
	/** How many typed syllable pairs stand side by side in the section ("đình công", not "định … công"). */
	adjacent: number;
	/** How many times the whole typed sequence occurs in the section (0 for one-word queries). */
	phrases: number;
	/** How the whole typed sequence is spelled where it occurs in the section → occurrences (adjacency.ts). */
	spellings?: Record<string, number>;
	score: number;
}

/** Keep the best-scoring hit of each page across the searches of all query variants. */
export function mergeHits<T extends { id: string; score: number }>(lists: T[][]): T[] {
	const best = new Map<string, T>();
	for (const list of lists) {
		for (const hit of list) {
			const seen = best.get(hit.id);
			if (!seen || hit.score > seen.score) best.set(hit.id, hit);
		}
	}
	return [...best.values()].sort((a, b) => b.score - a.score);
}

/**
 * Excerpt HTML safe for innerHTML: Pagefind escapes page text, but we do not rely on it. Everything but
 * <mark> and </mark> has its angle brackets escaped, so no other element can be created.
 */
export function safeExcerpt(html: string): string {
	// Stryker disable next-line Regex: equivalent, the split already isolates each <mark> and </mark>, so the anchors change nothing.
	const isMark = (part: string) => /^<\/?mark>$/.test(part);
	return html
		.split(/(<\/?mark>)/)
		.map((part) => (isMark(part) ? part : part.replace(/</g, '&lt;').replace(/>/g, '&gt;')))
		.join('');
}

/**
 * Weight of a section: its matched words, each counted with its heading weight (h1 = 7, text = 1).
 * Pagefind's balanced_score would let a page's title (weight 7, boosted further) outrank the sub-task
 * that actually discusses the query (23 matches in 4.1 vs the words of the group title).
 */
export function subScore(sub: PagefindSubResult): number {
	if (sub.weighted_locations?.length) return sub.weighted_locations.reduce((sum, l) => sum + l.weight, 0);
	return sub.locations?.length ?? 0;
}

/** Distinct words highlighted in an excerpt, folded ("Đoàn," and "đoàn" count once). */
export function markedWords(excerpt: string): Set<string> {
	const words = new Set<string>();
	for (const m of excerpt.matchAll(/<mark>([\s\S]*?)<\/mark>/g)) {
		// Stryker disable Regex: equivalent, removing each character or each run of them leaves the same word.
		const word = m[1]!
			.normalize('NFC')
			.toLowerCase()
			.replace(/[^\p{L}\p{N}]+/gu, '');
		// Stryker restore Regex
		if (word) words.add(word);
	}
	return words;
}

/**
 * Rank of a section inside its page: first how many different query words its excerpt shows (a section
 * with both "đối" and "thoại" beats a title that only has "đổi"), then its weighted matches.
 */
export function sectionRank(sub: PagefindSubResult): number {
	return markedWords(sub.excerpt).size * 1000 + subScore(sub);
}

/**
 * Metadata a page sets (data-pagefind-meta="results:page") when it is one short thing whose sections
 * are facets of it, not separate answers: an indicator's summary, table and definition. Such a page is
 * listed once, linking to its top, with its best section's excerpt; otherwise a single indicator page
 * would fill two or three of the first results.
 */
export const ONE_RESULT_META = { key: 'results', value: 'page' } as const;

/**
 * One page hit → its matching sections, best first, at most `perPage`. Sections are ranked first by how
 * many typed syllable pairs stand together in them (adjacency.ts), then by sectionRank. Where they do,
 * the excerpt is cut from the page's real text around that place. A section's score is the page's score
 * scaled by the section's share of the best section's weight, so strong sections of a strong page rank
 * high and a page's minor mentions fall behind other pages' main matches.
 */
export function pageItems(data: PagefindData, score: number, perPage = 3, query = ''): SearchItem[] {
	const kind = data.filters?.kind?.[0] ?? '';
	const pageTitle = data.meta.title ?? data.url;
	const typed = typedSyllables(query);
	// Stryker disable next-line Regex: equivalent, the empty pieces of a split on single spaces are filtered out.
	const tokens = typed.length > 1 && data.content ? data.content.split(/\s+/).filter(Boolean) : [];
	// Typed syllables standing together are matched words standing together (or one word such as
	// "02-NQ/TW"): sections without such matches are not folded nor scanned, which keeps a first query fast.
	const mayAdjoin = (sub: PagefindSubResult) => {
		// Stryker disable next-line ArrayDeclaration: equivalent, a string in the set is neither a token index nor followed by another location.
		const at = new Set(sub.locations ?? sub.weighted_locations?.map((l) => l.location) ?? []);
		// Stryker disable next-line ArithmeticOperator: equivalent, a set holds some l and l + 1 exactly when it holds some l and l - 1.
		return [...at].some((l) => at.has(l + 1) || /[\p{L}\p{N}][^\p{L}\p{N}]+[\p{L}\p{N}]/u.test(tokens[l] ?? ''));
	};
	// Stryker disable next-line ArrayDeclaration: equivalent, a string has no locations, so it never adjoins.
	const text = data.content && tokens.length > 0 && (data.sub_results ?? []).some(mayAdjoin) ? foldText(data.content) : undefined;
	// Stryker disable next-line ArrayDeclaration: equivalent, a string has no heading element and is filtered out.
	const starts = (data.anchors ?? [])
		.filter((a) => /^h[1-6]$/i.test(a.element))
		.map((a) => a.location)
		.sort((a, b) => a - b);
	const subs = (data.sub_results ?? [])
		.map((sub) => {
			if (!text || !mayAdjoin(sub)) return { sub, excerpt: sub.excerpt, adjacent: 0, phrases: 0, spellings: {}, rank: sectionRank(sub) };
			const from = sub.anchor?.location ?? 0;
			const to = starts.find((l) => l > from) ?? text.tokens.length;
			const near = adjacency(text, typed, from, to);
			const excerpt = near.pairs > 0 ? excerptAt(text, typed, near.at, from, to) : sub.excerpt;
			const rank = markedWords(excerpt).size * 1000 + subScore(sub);
			return { sub, excerpt, adjacent: near.pairs, phrases: near.phrases, spellings: near.spellings, rank };
		})
		.sort((a, b) => b.adjacent - a.adjacent || b.rank - a.rank);
	if (subs.length === 0 || data.meta[ONE_RESULT_META.key] === ONE_RESULT_META.value) {
		const best = subs[0];
		const excerpt = safeExcerpt(best?.excerpt ?? data.excerpt);
		const spellings = best?.spellings ?? {};
		return [
			{
				url: data.url,
				title: pageTitle,
				page: '',
				kind,
				excerpt,
				adjacent: best?.adjacent ?? 0,
				phrases: best?.phrases ?? 0,
				spellings,
				score,
			},
		];
	}
	const top = Math.max(...subs.map((s) => s.rank)) || 1;
	return subs.slice(0, perPage).map(({ sub, excerpt, adjacent, phrases, spellings, rank }) => {
		const anchored = sub.url.includes('#') && sub.title !== pageTitle;
		return {
			url: sub.url,
			title: anchored ? sub.title : pageTitle,
			page: anchored ? pageTitle : '',
			kind,
			excerpt: safeExcerpt(excerpt),
			adjacent,
			phrases,
			spellings,
			score: score * (rank / top),
		};
	});
}

/**
 * How many of the typed words an excerpt highlights as whole words, ignoring diacritics and đ (the last
 * word may be unfinished, so it only has to start a highlighted word). Pagefind matches every word as a
 * prefix, so "nữ công" also finds "nước … công"; a section showing both typed words ranks first.
 */
export function queryCoverage(excerpt: string, query: string): number {
	const typed = wordsOf(query).map(foldAll);
	const marked = new Set<string>();
	for (const m of excerpt.matchAll(/<mark>([\s\S]*?)<\/mark>/g)) for (const w of wordsOf(m[1]!)) marked.add(foldAll(w));
	return typed.filter((t, i) => marked.has(t) || (i === typed.length - 1 && [...marked].some((w) => w.startsWith(t)))).length;
}

/**
 * Whether a section's heading is exactly what was typed, ignoring case, diacritics, đ and punctuation:
 * "cdcs" names the glossary entry "CĐCS", "nhiem vu 3.6" the heading "Nhiệm vụ 3.6".
 */
export function titleIsQuery(title: string, query: string): boolean {
	const typed = wordsOf(query).map(foldAll).join(' ');
	return typed !== '' && wordsOf(title).map(foldAll).join(' ') === typed;
}

/**
 * Whether a heading holds the typed words side by side, ignoring diacritics and đ (more than one word):
 * "tien do" in "Đo lường tiến độ", not in "Tiến hành đo".
 */
export function titleHasPhrase(title: string, query: string): boolean {
	const typed = typedSyllables(query);
	return typed.length > 1 && adjacency(foldText(title), typed).phrases > 0;
}

/**
 * Whether the text spells a typed phrase as typed: every typed syllable either has no diacritics (it may
 * stand for any spelling) or is written so; the last one may be unfinished. "dinh cong" fits "đình công"
 * and "định công", "đình công" only the first.
 */
export function fitsTyped(spelling: string, query: string): boolean {
	const typed = wordsOf(query).map((w) => w.toLowerCase());
	const text = spelling.split(' ');
	return (
		typed.length === text.length &&
		typed.every((t, i) => t === foldAll(t) || t === text[i] || (i === typed.length - 1 && text[i]!.startsWith(t)))
	);
}

/**
 * The usual meaning of the typed syllables, for each item: how often, across all items, its phrase's
 * spelling occurs. Unaccented syllables fold several words together ("dinh cong": "đình công", the strike,
 * and "định công" in "quyết định công nhận"; "gia dinh": "gia đình" and "giả định"); the reader most
 * likely means the spelling the site uses most. Only spellings that fit what was typed count (fitsTyped),
 * unless none does (a typo correction such as "gia định" fits neither). 0 for items without the phrase.
 */
export function usualSpelling(items: SearchItem[], query: string): number[] {
	const totals = new Map<string, number>();
	for (const item of items) for (const [form, n] of Object.entries(item.spellings ?? {})) totals.set(form, (totals.get(form) ?? 0) + n);
	const fitting = [...totals.keys()].filter((form) => fitsTyped(form, query));
	const counted = new Set(fitting.length > 0 ? fitting : totals.keys());
	return items.map((item) => Math.max(0, ...Object.keys(item.spellings ?? {}).map((form) => (counted.has(form) ? totals.get(form)! : 0))));
}

/**
 * Best first: sections showing more of the typed words; among those, sections where more typed syllables
 * stand together (adjacency.ts); then sections whose phrase is spelled the site's usual way
 * (usualSpelling); then a section whose heading is the query itself (an abbreviation's
 * glossary entry, a sub-task number), or holds it as a phrase; then sections where the whole phrase occurs more often (a page
 * about "tiến độ" before one that mentions it once); then by score. Sections showing
 * none of the typed words are dropped: for a word it cannot find, Pagefind falls back to shorter
 * prefixes, so "xqzwv" would list "(khóa X)"; the reader is better served by the "không tìm thấy"
 * suggestions.
 */
export function rankItems(items: SearchItem[], query: string): SearchItem[] {
	const usual = usualSpelling(items, query);
	return items
		.map((item, i) => ({
			item,
			usual: usual[i]!,
			coverage: queryCoverage(item.excerpt, query),
			named: titleIsQuery(item.title, query) ? 2 : titleHasPhrase(item.title, query) ? 1 : 0,
		}))
		.filter(({ coverage }) => coverage > 0)
		.sort(
			(a, b) =>
				b.coverage - a.coverage ||
				b.item.adjacent - a.item.adjacent ||
				b.usual - a.usual ||
				b.named - a.named ||
				b.item.phrases - a.item.phrases ||
				b.item.score - a.item.score,
		)
		.map(({ item }) => item);
}

/** Count items per kind, for the filter buttons. */
export function countKinds(items: SearchItem[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const item of items) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
	return counts;
}
