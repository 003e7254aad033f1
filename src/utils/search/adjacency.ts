/**
 * Vietnamese words are made of syllables that are common words on their own: "đình công" (strike) is
 * "đình" + "công", and "công" is on every page. Pagefind scores each syllable wherever it stands, so a
 * section with "định … công" scattered ranks as high as one saying "đình công". This module measures,
 * in the text Pagefind already returns for a page (its fragment's `content`), whether the typed syllables
 * stand together and in order, ignoring diacritics and đ, and cuts an excerpt of the real text around
 * the best place.
 */

import { foldAll, wordsOf } from './vocabulary.ts';

/** The typed syllables, folded ("Đình công" → ["dinh", "cong"]). */
export function typedSyllables(query: string): string[] {
	return wordsOf(query).map(foldAll);
}

/**
 * A page's text as folded syllables, with where each of Pagefind's words starts. Pagefind counts words
 * as runs between white space ("3.6", "(khóa" are one word each); its `locations` index those words.
 */
export interface FoldedText {
	/** Pagefind's words, as they stand in the text. */
	tokens: string[];
	/** Folded syllables of all tokens in order ("3.6" gives "3" and "6"). */
	syllables: string[];
	/** Index in `syllables` of each token's first syllable. */
	start: number[];
	/** Index in `tokens` of each syllable's token. */
	token: number[];
}

export function foldText(content: string): FoldedText {
	const tokens = content.split(/\s+/).filter(Boolean);
	// Folding the whole text at once is several times faster than word by word (one normalisation), and
	// keeps the white space, so its tokens line up with the real ones.
	const foldedAll = foldAll(content).split(/\s+/).filter(Boolean);
	const folded = foldedAll.length === tokens.length ? foldedAll : tokens.map(foldAll);
	const syllables: string[] = [];
	const start: number[] = [];
	const token: number[] = [];
	folded.forEach((t, i) => {
		start.push(syllables.length);
		for (const w of t.match(/[\p{L}\p{N}]+/gu) ?? []) {
			syllables.push(w);
			token.push(i);
		}
	});
	return { tokens, syllables, start, token };
}

/** Whether a folded syllable of the text is the typed one; the last typed syllable may be unfinished. */
function matches(syllable: string | undefined, typed: string, last: boolean): boolean {
	return syllable !== undefined && (syllable === typed || (last && syllable.startsWith(typed)));
}

export interface Adjacency {
	/** How many consecutive typed pairs (1–2, 2–3, …) stand side by side somewhere in the range. */
	pairs: number;
	/** How many times the whole typed sequence occurs in the range. */
	phrases: number;
	/** Token where the best run starts (the first whole phrase, else the longest run), or -1. */
	at: number;
	/**
	 * How the whole typed sequence is spelled where it occurs (lower case, as in the text) → occurrences:
	 * "dinh cong" stands as "đình công" in the strike passages and as "định công" in "quyết định công nhận".
	 */
	spellings: Record<string, number>;
}

/** The text's syllables s … s+n-1 as they are written (lower case, with diacritics). */
function spelled(text: FoldedText, s: number, n: number): string {
	const out: string[] = [];
	for (let i = s; i < s + n; i++) {
		const t = text.token[i]!;
		const runs =
			text.tokens[t]!.normalize('NFC')
				.toLowerCase()
				.match(/[\p{L}\p{N}]+/gu) ?? [];
		out.push(runs[i - text.start[t]!] ?? text.syllables[i]!);
	}
	return out.join(' ');
}

/**
 * Adjacency of the typed syllables inside tokens [from, to) of a text: which typed pairs stand together,
 * how often the whole sequence does, and where. A single typed syllable has no pairs; it still gets
 * `phrases` (its occurrences) and `at`. Pure: the unit tests call it with plain strings.
 */
export function adjacency(text: FoldedText, typed: string[], from = 0, to = text.tokens.length): Adjacency {
	const found = new Set<number>();
	let phrases = 0;
	let at = -1;
	let bestRun = 0;
	const spellings: Record<string, number> = {};
	const n = typed.length;
	if (n === 0) return { pairs: 0, phrases: 0, at: -1, spellings };
	const first = text.start[from] ?? text.syllables.length;
	const end = text.start[to] ?? text.syllables.length;
	for (let s = first; s < end; s++) {
		// Longest run of typed syllables, in order, starting here with typed[k] for some k.
		for (let k = 0; k < n; k++) {
			if (!matches(text.syllables[s], typed[k]!, k === n - 1)) continue;
			let run = 1;
			while (k + run < n && s + run < end && matches(text.syllables[s + run], typed[k + run]!, k + run === n - 1)) {
				found.add(k + run - 1);
				run++;
			}
			if (k === 0 && run === n) {
				phrases++;
				const form = spelled(text, s, n);
				spellings[form] = (spellings[form] ?? 0) + 1;
			}
			const score = run + (k === 0 && run === n ? n : 0);
			if (score > bestRun) {
				bestRun = score;
				at = text.token[s]!;
			}
		}
	}
	return { pairs: found.size, phrases, at, spellings };
}

/** Escape text for HTML (the excerpt is inserted with innerHTML). */
function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * An excerpt of the real text (with its diacritics) around token `at`, inside tokens [from, to), about
 * `length` words long, with the typed syllables marked: what a reader scanning the results needs to see
 * is the place where the words stand together, not where Pagefind found the most scattered syllables.
 */
export function excerptAt(text: FoldedText, typed: string[], at: number, from: number, to: number, length = 24): string {
	const begin = Math.max(from, Math.min(at - Math.floor(length / 3), to - length));
	const stop = Math.min(to, begin + length);
	const wanted = new Set(typed);
	const lastTyped = typed.at(-1) ?? '';
	const out: string[] = [];
	for (let i = begin; i < stop; i++) {
		const token = text.tokens[i]!;
		// Mark the letters of a token, keeping its punctuation outside the mark ("(khóa" → "(<mark>khóa</mark>").
		out.push(
			token
				.split(/([\p{L}\p{N}]+)/u)
				.map((part, j) => {
					if (j % 2 === 0) return escapeHtml(part);
					const folded = foldAll(part.normalize('NFC'));
					const hit = wanted.has(folded) || (lastTyped.length > 0 && folded.startsWith(lastTyped) && /\p{L}/u.test(lastTyped));
					return hit ? `<mark>${escapeHtml(part)}</mark>` : escapeHtml(part);
				})
				.join(''),
		);
	}
	return (begin > from ? '… ' : '') + out.join(' ') + (stop < to ? ' …' : '');
}
