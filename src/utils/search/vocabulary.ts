/**
 * Build-time vocabulary for the đ/Đ gap in Pagefind's diacritic folding.
 *
 * Pagefind (1.5+) folds tones and vowel marks by Unicode decomposition, so "cong" finds "công"; but đ/Đ do
 * not decompose, so "doan" never reaches "đoàn". For every word of the indexed text whose fully folded
 * form contains a "d", we record the forms Pagefind itself can match: tones removed, đ kept
 * ("đoàn" → key "doan", form "đoan"), with how often each occurs. At query time (expand.ts) a reader's
 * "doan" becomes "đoan", which Pagefind's own folding then matches to "đoàn", "đoạn"…
 */

import { foldVietnamese, stripMarks } from '../vietnamese.ts';

/** Folded key → Pagefind-matchable form → number of occurrences in the indexed text. */
export type DVocabulary = Record<string, Record<string, number>>;

/** Lower-case, remove tones and vowel marks, keep đ (what Pagefind's folding makes of a word). */
export function foldKeepD(word: string): string {
	return stripMarks(word).toLowerCase();
}

/** Lower-case, remove tones and vowel marks, and map đ → d. Same length as foldKeepD(). */
export function foldAll(word: string): string {
	return foldVietnamese(word).toLowerCase();
}

/** Words (runs of letters and digits) of a text, NFC. */
export function wordsOf(text: string): string[] {
	return text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A spelling used less than once in this many uses of its folded word is ignored. */
export const RARE = 50;

/** Count, for every word whose folded form contains "d", the đ-keeping forms it takes. */
export function buildDVocabulary(texts: Iterable<string>): DVocabulary {
	const vocabulary: DVocabulary = {};
	for (const text of texts) {
		for (const word of wordsOf(text)) {
			const key = foldAll(word);
			if (!key.includes('d')) continue;
			const form = foldKeepD(word);
			const forms = (vocabulary[key] ??= {});
			forms[form] = (forms[form] ?? 0) + 1;
		}
	}
	// Drop spellings rarer than 1 in RARE of a word's uses: quoted unaccented examples ("kinh phi cong
	// doan" in the search guideline) and typos, which would otherwise add a useless variant to every query.
	for (const forms of Object.values(vocabulary)) {
		const total = Object.values(forms).reduce((a, b) => a + b, 0);
		for (const [form, count] of Object.entries(forms)) if (count * RARE < total) delete forms[form];
	}
	// Stable key order makes the emitted JSON reproducible between builds.
	return Object.fromEntries(
		Object.keys(vocabulary)
			.sort()
			.map((k) => [k, vocabulary[k]!]),
	);
}

/** File name of the vocabulary, written next to Pagefind's bundle (dist/pagefind/). */
export const VOCABULARY_FILE = 'vi-d-vocabulary.json';

/** File name of the site's word list for typo suggestions (typo.ts), next to the vocabulary. */
export const WORDS_FILE = 'vi-words.json';
