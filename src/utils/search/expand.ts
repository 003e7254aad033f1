import { foldAll, type DVocabulary } from './vocabulary.ts';

/** At most this many Pagefind searches per reader query (each variant is one search). */
export const MAX_VARIANTS = 6;

/**
 * The spellings of one typed word worth searching: the word with "d" turned into "đ" where the site's
 * text has "đ" at that place. Tones the reader typed are kept ("doàn" → "đoàn"), so Pagefind still ranks
 * exact matches first. Words already containing đ, or without d, are returned unchanged.
 *
 * Whole words are looked up first ("doan" → "đoan" only, since no word folds exactly to "doan" without
 * đ; "do" → "do" and "đo", since both "do" and "độ" occur). Only when no whole word matches (the reader is
 * still typing, "doa") are longer words used as prefixes ("doanh" → "doa", "đoàn" → "đoa").
 */
export function wordVariants(word: string, vocabulary: DVocabulary): string[] {
	const typed = word.normalize('NFC').toLowerCase();
	if (typed.includes('đ')) return [typed];
	const key = foldAll(typed);
	// Stryker disable next-line StringLiteral: equivalent, a fast path: without a d in the word every pattern found is the word itself.
	if (!key.includes('d') || key.length !== typed.length) return [typed];
	const counts = new Map<string, number>();
	const collect = (forms: Record<string, number>) => {
		for (const [form, count] of Object.entries(forms)) {
			const pattern = form.slice(0, key.length);
			counts.set(pattern, (counts.get(pattern) ?? 0) + count);
		}
	};
	const exact = vocabulary[key];
	if (exact) collect(exact);
	else for (const [k, forms] of Object.entries(vocabulary)) if (k.startsWith(key)) collect(forms);
	if (counts.size === 0) return [typed];
	return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([pattern]) => applyDPattern(typed, pattern));
}

/** Put đ into `typed` wherever `pattern` (same length, tones removed) has đ. */
function applyDPattern(typed: string, pattern: string): string {
	const chars = [...typed];
	const marks = [...pattern];
	// Stryker disable next-line ConditionalExpression: equivalent, where the pattern has đ the typed word has d (same fold).
	return chars.map((c, i) => (marks[i] === 'đ' && c === 'd' ? 'đ' : c)).join('');
}

/**
 * The queries to run for what the reader typed: the query itself when nothing needs expanding, otherwise
 * the combinations of word variants, most likely first, at most `max`. Separators (spaces, "-", "/") are
 * kept, so document numbers like "11/kh-ldld" expand too ("11/kh-lđlđ").
 */
export function expandQuery(query: string, vocabulary: DVocabulary, max = MAX_VARIANTS): string[] {
	const normalized = query.normalize('NFC').trim().replace(/\s+/g, ' ');
	if (!normalized) return [];
	// Stryker disable next-line Regex: equivalent, splitting on letters or on non-letters yields the same pieces.
	const parts = normalized.split(/([\p{L}]+)/u);
	// Each part: list of alternatives, best first, with a rank cost (index of the alternative).
	let combos: { text: string; cost: number }[] = [{ text: '', cost: 0 }];
	for (const part of parts) {
		// Stryker disable next-line Regex: equivalent, each part is all letters or has none, so the anchors change nothing.
		const alternatives = /^\p{L}+$/u.test(part) ? wordVariants(part, vocabulary) : [part.toLowerCase()];
		const next: { text: string; cost: number }[] = [];
		for (const combo of combos) {
			alternatives.forEach((alt, i) => next.push({ text: combo.text + alt, cost: combo.cost + i }));
		}
		next.sort((a, b) => a.cost - b.cost);
		combos = next.slice(0, max);
	}
	return [...new Set(combos.map((c) => c.text))];
}
