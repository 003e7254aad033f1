/**
 * One-letter typos against the site's own words: "đoànn" → "đoàn", "dinh cogn" → "đình công".
 *
 * The build writes every word of the indexed text (vi-words.json next to Pagefind's bundle): folded key
 * ("doan") → its spellings with diacritics and how often each occurs. The search client loads it only
 * when a typed word finds nothing, so first queries do not pay for it. A typed word that is not a word
 * of the site (nor, for the last word, the start of one) is replaced by the most frequent word one edit
 * away (a letter added, removed, changed, or two neighbours swapped), ignoring diacritics; its spelling
 * is the one closest to what was typed.
 */

import { foldAll, wordsOf } from './vocabulary.ts';

export { WORDS_FILE } from './vocabulary.ts';

/** Folded word → spelling as it stands in the text (lower case, NFC) → occurrences. */
export type WordVocabulary = Record<string, Record<string, number>>;

/** Words shorter than this (folded) are never corrected: one edit from "do" is half the language. */
export const MIN_TYPO_LENGTH = 3;

/** Count every word of the indexed text by folded key and spelling. Words with digits are left out. */
export function buildWordVocabulary(texts: Iterable<string>): WordVocabulary {
	const vocabulary: WordVocabulary = {};
	for (const text of texts) {
		for (const word of wordsOf(text)) {
			if (/\p{N}/u.test(word)) continue;
			const form = word.toLowerCase();
			const forms = (vocabulary[foldAll(form)] ??= {});
			forms[form] = (forms[form] ?? 0) + 1;
		}
	}
	return Object.fromEntries(
		Object.keys(vocabulary)
			.sort()
			.map((k) => [k, vocabulary[k]!]),
	);
}

/** Whether two strings are at most one edit apart (insert, delete, substitute, swap two neighbours). */
export function withinOneEdit(a: string, b: string): boolean {
	if (a === b) return true;
	const x = [...a];
	const y = [...b];
	if (Math.abs(x.length - y.length) > 1) return false;
	let i = 0;
	while (i < x.length && i < y.length && x[i] === y[i]) i++;
	if (x.length === y.length) {
		const rest = (from: number) => x.slice(from).join('') === y.slice(from).join('');
		// substitution, or transposition of i and i+1
		return rest(i + 1) || (x[i] === y[i + 1] && x[i + 1] === y[i] && rest(i + 2));
	}
	const [long, short] = x.length > y.length ? [x, y] : [y, x];
	return long.slice(i + 1).join('') === short.slice(i).join('');
}

/** Edit distance (plain Levenshtein) between two short strings, by code point. */
function distance(a: string, b: string): number {
	const x = [...a];
	const y = [...b];
	let row = y.map((_, j) => j + 1);
	row.unshift(0);
	for (let i = 1; i <= x.length; i++) {
		const next = [i];
		for (let j = 1; j <= y.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
		row = next;
	}
	return row[y.length]!;
}

/** Whether the site has this word (folded), or for the last typed word, a word starting with it. */
export function isKnownWord(word: string, vocabulary: WordVocabulary, last = false): boolean {
	const key = foldAll(word.normalize('NFC').toLowerCase());
	if (vocabulary[key]) return true;
	return last && Object.keys(vocabulary).some((k) => k.startsWith(key));
}

/** A correction of one typed word: the site's word (folded key), its spelling, and how often it occurs. */
export interface WordCandidate {
	key: string;
	form: string;
	count: number;
}

/**
 * The site's words one edit away from a typed word the site does not have, most frequent first, at most
 * `max`; each spelled as closest to what was typed ("đoạnn" → "đoạn", "doann" → "đoàn"). Known words,
 * words with digits and short words get none.
 */
export function wordCandidates(word: string, vocabulary: WordVocabulary, last = false, max = 3): WordCandidate[] {
	const typed = word.normalize('NFC').toLowerCase();
	const key = foldAll(typed);
	if (/\p{N}/u.test(key) || [...key].length < MIN_TYPO_LENGTH || isKnownWord(typed, vocabulary, last)) return [];
	const found: WordCandidate[] = [];
	for (const [candidate, forms] of Object.entries(vocabulary)) {
		if (!withinOneEdit(key, candidate)) continue;
		const count = Object.values(forms).reduce((a, b) => a + b, 0);
		const form = Object.entries(forms).sort(
			(a, b) => distance(typed, a[0]) - distance(typed, b[0]) || b[1] - a[1] || a[0].localeCompare(b[0]),
		)[0]![0];
		found.push({ key: candidate, form, count });
	}
	return found.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)).slice(0, max);
}

/** The best correction of one typed word, or undefined (see wordCandidates). */
export function suggestWord(word: string, vocabulary: WordVocabulary, last = false): string | undefined {
	return wordCandidates(word, vocabulary, last, 1)[0]?.form;
}

/**
 * Corrections of a query, most likely first, at most `max`: each unknown word replaced by one of its
 * candidates (separators kept, an all-capitals word stays in capitals). Several are returned so the
 * search can let the site's text decide between "doi thái" and "doi thoại" (engine.ts). Empty when no
 * word needed, or found, a correction.
 */
export function suggestQueries(query: string, vocabulary: WordVocabulary, max = 3): string[] {
	const parts = query
		.normalize('NFC')
		.trim()
		.replace(/\s+/g, ' ')
		.split(/([\p{L}\p{N}]+)/u);
	const lastWord = parts.length - 2;
	let combos: { text: string; cost: number }[] = [{ text: '', cost: 0 }];
	let changed = false;
	parts.forEach((part, i) => {
		const fixes = i % 2 === 1 ? wordCandidates(part, vocabulary, i === lastWord, max) : [];
		if (fixes.length) changed = true;
		const caps = part.length > 1 && part === part.toUpperCase() && part !== part.toLowerCase();
		const alternatives = fixes.length ? fixes.map((f) => (caps ? f.form.toUpperCase() : f.form)) : [part];
		combos = combos
			.flatMap((c) => alternatives.map((alt, k) => ({ text: c.text + alt, cost: c.cost + k })))
			.sort((a, b) => a.cost - b.cost)
			.slice(0, max);
	});
	return changed ? combos.map((c) => c.text) : [];
}

/**
 * A correction as the reader would have typed it: a word typed without diacritics stays without them
 * ("gia dinhh" → "gia định" is searched as "gia dinh"), so the site's text, not the spelling picked for the
 * correction, decides between "gia đình" and "giả định". Words keep their case; the query and its
 * correction have the same words in the same places (suggestQueries).
 */
export function plainAsTyped(correction: string, query: string): string {
	const typed = wordsOf(query);
	let i = 0;
	return correction.replace(/[\p{L}\p{N}]+/gu, (w) => {
		const t = typed[i++];
		if (t === undefined || foldAll(t) !== t.toLowerCase()) return w;
		const plain = foldAll(w);
		return w === w.toLowerCase() ? plain : plain.toUpperCase();
	});
}

/** The most likely correction of a query, or undefined when no word needed (or found) one. */
export function suggestQuery(query: string, vocabulary: WordVocabulary): string | undefined {
	return suggestQueries(query, vocabulary, 1)[0];
}

/**
 * Spell a corrected query as the site does, from the words a result highlights: "gia định" (the most
 * frequent spelling of "dinh" alone) becomes "gia đình" when the best result marks "Gia đình"; "cđcs"
 * becomes "CĐCS". Words not highlighted keep the query's spelling.
 */
export function respell(query: string, marked: Iterable<string>): string {
	const byKey = new Map<string, string>();
	for (const word of marked) {
		const text = word.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '');
		// Abbreviations keep their capitals ("CĐCS"); other words are written in lower case.
		const form = text.length > 1 && text === text.toUpperCase() ? text : text.toLowerCase();
		if (form && !byKey.has(foldAll(form))) byKey.set(foldAll(form), form);
	}
	return query.normalize('NFC').replace(/[\p{L}\p{N}]+/gu, (w) => {
		const form = byKey.get(foldAll(w.toLowerCase()));
		if (!form || w !== w.toLowerCase()) return w;
		return form;
	});
}
