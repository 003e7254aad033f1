import { diffArrays } from 'diff';
import type { Problem } from '../../validation/problem.ts';
import { correctingKinds, errataSchema } from '../../schemas/errata.ts';
import { ORIGINAL, PARAGRAPH, quoteWords, type Word } from '../programme-text.ts';

/**
 * No silent change to the official text: the programme's words on the site (content/programme, content/tasks)
 * are compared with the unmodified original (content/source/) word by word (Myers diff of the word lists,
 * from the `diff` package), and every difference must be covered by exactly one erratum of content/errata.json.
 *
 * An erratum covers a difference when its `source` quote, found in the original, and its `corrected` quote,
 * found on the site, are the two sides of the same stretch of the diff: the changed words plus the same
 * unchanged words around them on both sides. Every erratum must cover as many places as it says
 * (`occurrences`, 1 by default), at the page it names (`href`). Pure: the caller reads the files.
 */
export interface FidelityInput {
	/** The original's words (undefined when the file is missing). */
	original?: Word[];
	/** The site's words, in the order of the programme (undefined when a content file could not be read). */
	site?: Word[];
	/** The errata records; `data` undefined when the file could not be parsed, [] when there is no file. */
	errata: { file: string; data: unknown };
}

const EQUAL = 0;
const REMOVED = 1;
const ADDED = 2;

interface Op {
	kind: typeof EQUAL | typeof REMOVED | typeof ADDED;
	/** Index in the original's words (EQUAL, REMOVED) or -1. */
	source: number;
	/** Index in the site's words (EQUAL, ADDED) or -1. */
	site: number;
	/** Index of the hunk (a run of REMOVED/ADDED ops) or -1 for EQUAL. */
	hunk: number;
}

interface Hunk {
	/** Ops [start, end). */
	start: number;
	end: number;
}

/** Words of context shown around a difference. */
const CONTEXT = 4;
/** Beyond this many changed words the texts are not the same document any more: stop comparing. */
const MAX_EDIT = 4000;

/** The ops of the word diff, and its hunks. */
function align(source: string[], site: string[]): { ops: Op[]; hunks: Hunk[] } | undefined {
	const changes = diffArrays(source, site, { maxEditLength: MAX_EDIT });
	if (!changes) return undefined;
	const ops: Op[] = [];
	const hunks: Hunk[] = [];
	let s = 0;
	let t = 0;
	for (const change of changes) {
		const kind = change.added ? ADDED : change.removed ? REMOVED : EQUAL;
		if (kind !== EQUAL && (ops.length === 0 || ops[ops.length - 1]!.kind === EQUAL)) hunks.push({ start: ops.length, end: ops.length });
		for (let i = 0; i < change.count; i++) {
			ops.push({
				kind,
				source: kind === ADDED ? -1 : s++,
				site: kind === REMOVED ? -1 : t++,
				hunk: kind === EQUAL ? -1 : hunks.length - 1,
			});
		}
		if (kind !== EQUAL) hunks[hunks.length - 1]!.end = ops.length;
	}
	return { ops, hunks };
}

/**
 * Whether the words of a text, from `at`, hold a quote: the quote may start inside the first word and end
 * inside the last ("quả" quotes "quả,"), as the quote was cut from running text. Whole words inside the quote
 * are compared first (a cheap test that fails almost everywhere).
 */
function holds(words: string[], at: number, quote: string[]): boolean {
	const n = quote.length;
	if (n === 0 || at + n > words.length) return false;
	for (let k = 1; k < n - 1; k++) if (words[at + k] !== quote[k]) return false;
	if (n === 1) return words[at]!.includes(quote[0]!);
	return words[at]!.endsWith(quote[0]!) && words[at + n - 1]!.startsWith(quote[n - 1]!);
}

/** Where the given words occur (one pass), to find quotes by their second word, which is always whole. */
function positionsOf(words: string[], wanted: Set<string>): Map<string, number[]> {
	const positions = new Map<string, number[]>([...wanted].map((w) => [w, []]));
	words.forEach((word, i) => positions.get(word)?.push(i));
	return positions;
}

/** Every index where `quote` starts in `words`. */
function occurrences(words: string[], positions: Map<string, number[]>, quote: string[]): number[] {
	const anchored = quote.length >= 3 ? positions.get(quote[1]!) : undefined;
	if (anchored) return anchored.map((i) => i - 1).filter((i) => i >= 0 && holds(words, i, quote));
	const found: number[] = [];
	for (let i = 0; i + quote.length <= words.length; i++) if (holds(words, i, quote)) found.push(i);
	return found;
}

const quoted = (words: string[]) => `"${words.join(' ')}"`;

/** A few words before and after a stretch of words, for messages: "…a b [changed] c d…". */
function excerpt(words: Word[], from: number, to: number): string {
	const start = Math.max(0, from - CONTEXT);
	const end = Math.min(words.length, to + CONTEXT);
	const text = words
		.slice(start, end)
		.map((w) => w.text)
		.join(' ');
	return `"${start > 0 ? '…' : ''}${text}${end < words.length ? '…' : ''}"`;
}

export function checkFidelity(input: FidelityInput): Problem[] {
	const problems: Problem[] = [];
	const { original, site } = input;
	const errataFile = input.errata.file;
	if (!original) {
		return [
			{
				file: ORIGINAL,
				line: 1,
				field: '(tệp)',
				expected: 'văn bản gốc chưa chỉnh sửa của chương trình, để so sánh với nội dung trang',
				found: 'không có tệp này',
			},
		];
	}
	// Unreadable or broken records are reported by the content rules; without them no difference can be judged.
	const parsed = errataSchema.safeParse(input.errata.data);
	if (!site || !parsed.success) return problems;
	const errata = parsed.data;

	const sourceText = original.map((w) => w.text);
	const siteText = site.map((w) => w.text);
	const aligned = align(sourceText, siteText);
	if (!aligned) {
		const first = site.find((w) => w.text !== PARAGRAPH) ?? site[0];
		return [
			{
				file: first?.file ?? ORIGINAL,
				line: first?.line,
				field: first?.field ?? 'body',
				expected: `nội dung chương trình như văn bản gốc (${ORIGINAL}), các chỗ sửa ghi trong ${errataFile}`,
				found: `hơn ${MAX_EDIT} từ khác văn bản gốc: không còn là cùng một văn bản`,
			},
		];
	}
	const { ops, hunks } = aligned;
	const opOfSource: number[] = [];
	ops.forEach((op, i) => {
		if (op.source >= 0) opOfSource[op.source] = i;
	});

	/** Site words of ops [from, to), and the hunks inside. */
	const sideOf = (from: number, to: number) => {
		const words: string[] = [];
		const inside = new Set<number>();
		let sourceCount = 0;
		for (let i = from; i < to; i++) {
			const op = ops[i]!;
			if (op.site >= 0) words.push(siteText[op.site]!);
			if (op.source >= 0) sourceCount++;
			if (op.hunk >= 0) inside.add(op.hunk);
		}
		return { words, inside, sourceCount };
	};
	/** The op range of an occurrence of a quote in the original, widened to whole hunks. */
	const rangesOf = (start: number, length: number): [number, number][] => {
		const first = opOfSource[start]!;
		const last = opOfSource[start + length - 1]!;
		const from = ops[first]!.hunk >= 0 ? hunks[ops[first]!.hunk]!.start : first;
		const to = ops[last]!.hunk >= 0 ? hunks[ops[last]!.hunk]!.end : last + 1;
		// Words only added on the site right before or after the quote may belong to it too.
		const before = from > 0 && ops[from - 1]!.kind === ADDED ? hunks[ops[from - 1]!.hunk]!.start : from;
		const after = to < ops.length && ops[to]!.kind === ADDED ? hunks[ops[to]!.hunk]!.end : to;
		// Without such words a range repeats the first one, which then fails again: harmless.
		return [
			[from, to],
			[before, to],
			[from, after],
			[before, after],
		];
	};

	const anchors = new Set(
		errata.flatMap((e) =>
			[e.source, e.corrected ?? '']
				.map((q) => quoteWords(q))
				.filter((q) => q.length >= 3)
				.map((q) => q[1]!),
		),
	);
	const sourcePositions = positionsOf(sourceText, anchors);
	const sitePositions = positionsOf(siteText, anchors);
	const coveredBy = new Map<number, number>();
	errata.forEach((erratum, index) => {
		if (erratum.kind === 'structure') return;
		const at = (key: string) => `[${index}].${key}`;
		const corrects = correctingKinds.includes(erratum.kind);
		if (corrects && erratum.corrected === undefined) {
			problems.push({
				file: errataFile,
				field: at('corrected'),
				expected: 'nguyên văn trên trang sau khi sửa',
				found: 'không có (thiếu trường này)',
			});
			return;
		}
		if (!corrects && erratum.corrected !== undefined) {
			problems.push({
				file: errataFile,
				field: at('corrected'),
				expected: `không có "corrected" (loại "${erratum.kind}" giữ nguyên văn bản gốc)`,
				found: `"${erratum.corrected}"`,
			});
			return;
		}
		const source = quoteWords(erratum.source);
		const corrected = erratum.corrected === undefined ? undefined : quoteWords(erratum.corrected);
		const inOriginal = occurrences(sourceText, sourcePositions, source);
		if (inOriginal.length === 0) {
			problems.push({
				file: errataFile,
				field: at('source'),
				expected: `nguyên văn một đoạn của văn bản gốc (${ORIGINAL}), đúng từng chữ; ¶ là chỗ xuống đoạn`,
				found: `${quoted(source)}, không có trong văn bản gốc`,
			});
			return;
		}
		const expectedOnSite = corrected ?? source;
		if (occurrences(siteText, sitePositions, expectedOnSite).length === 0) {
			problems.push({
				file: errataFile,
				field: at(corrected ? 'corrected' : 'source'),
				expected: 'nguyên văn một đoạn của nội dung trang (content/programme/, content/tasks/), đúng từng chữ',
				found: `${quoted(expectedOnSite)}, không có trong nội dung trang`,
			});
			return;
		}
		const matches: { hunks: Set<number>; firstSite: number }[] = [];
		for (const start of inOriginal) {
			if (!corrected) {
				// Kept as in the original: the quote is unchanged on the site, word for word.
				const first = opOfSource[start]!;
				const range = sideOf(first, opOfSource[start + source.length - 1]! + 1);
				if (range.inside.size === 0) matches.push({ hunks: range.inside, firstSite: ops[first]!.site });
				continue;
			}
			for (const [from, to] of rangesOf(start, source.length)) {
				const range = sideOf(from, to);
				if (range.inside.size === 0 || range.sourceCount !== source.length) continue;
				if (range.words.length !== corrected.length || !holds(range.words, 0, corrected)) continue;
				const firstHunk = hunks[Math.min(...range.inside)]!;
				const changed = ops.slice(firstHunk.start, firstHunk.end).find((op) => op.site >= 0);
				// Words only removed: the site word after them (the op after a hunk is always EQUAL), or the last one.
				const firstSite = changed?.site ?? ops[firstHunk.end]?.site ?? site.length - 1;
				matches.push({ hunks: range.inside, firstSite });
				break;
			}
		}
		const wanted = erratum.occurrences ?? 1;
		if (matches.length === 0) {
			problems.push({
				file: errataFile,
				field: at(corrected ? 'corrected' : 'source'),
				expected: corrected
					? `chỗ văn bản gốc ghi ${quoted(source)} và trang ghi ${quoted(corrected)} ở cùng một vị trí`
					: `${quoted(source)} giữ nguyên trên trang, đúng chỗ của văn bản gốc`,
				found: corrected
					? 'không có chỗ nào như vậy (hai đoạn trích không phải hai phía của cùng một chỗ sửa)'
					: 'đoạn này đã bị sửa trên trang',
			});
			return;
		}
		if (matches.length !== wanted) {
			problems.push({
				file: errataFile,
				field: at('occurrences'),
				expected: `số chỗ sửa đúng bằng số chỗ tìm thấy trong văn bản (${matches.length})`,
				found: erratum.occurrences === undefined ? 'không có (nghĩa là 1 chỗ)' : String(erratum.occurrences),
			});
		}
		const places = [...new Set(matches.map((m) => site[m.firstSite]!.place))];
		if (!places.includes(erratum.href) || places.length > 1) {
			problems.push({
				file: errataFile,
				field: at('href'),
				expected:
					places.length > 1
						? `một trang duy nhất (chỗ sửa nằm ở ${places.map((p) => `"${p}"`).join(', ')}: tách thành nhiều mục)`
						: `"${places[0]}" (nơi có chỗ sửa)`,
				found: `"${erratum.href}"`,
			});
		}
		const overlaps = new Set<number>();
		for (const hunk of matches.flatMap((m) => [...m.hunks])) {
			const other = coveredBy.get(hunk);
			if (other === undefined) {
				coveredBy.set(hunk, index);
				continue;
			}
			// Stryker disable next-line ConditionalExpression: equivalent, two matches of one erratum never share a hunk (each spans whole hunks holding exactly the quote's words)
			if (other !== index) overlaps.add(other);
		}
		for (const other of overlaps) {
			problems.push({
				file: errataFile,
				field: at('source'),
				expected: 'mỗi chỗ khác văn bản gốc chỉ ghi trong một ghi chú biên tập',
				found: `chỗ sửa này đã có trong mục [${other}] ("${errata[other]!.id}")`,
			});
		}
	});

	hunks.forEach((hunk, i) => {
		if (coveredBy.has(i)) return;
		problems.push(uncovered(hunk, ops, original, site, errataFile));
	});
	return problems;
}

/** The problem for a difference no erratum covers, pointing at the site's words. */
function uncovered(hunk: Hunk, ops: Op[], original: Word[], site: Word[], errataFile: string): Problem {
	const slice = ops.slice(hunk.start, hunk.end);
	const removed = slice.filter((op) => op.source >= 0).map((op) => op.source);
	const added = slice.filter((op) => op.site >= 0).map((op) => op.site);
	// Site and original positions of the stretch (an empty side sits between its neighbours; the op after a
	// hunk is always EQUAL, so it has both positions).
	const siteFrom = added[0] ?? ops[hunk.end]?.site ?? site.length;
	const siteTo = added.length > 0 ? added[added.length - 1]! + 1 : siteFrom;
	const sourceFrom = removed[0] ?? ops[hunk.end]?.source ?? original.length;
	const sourceTo = removed.length > 0 ? removed[removed.length - 1]! + 1 : sourceFrom;
	// Point at the first changed word, or where words are missing; never at a paragraph break.
	const pointed = [...site.slice(siteFrom), ...site.slice(0, siteFrom).reverse()].find((w) => w.text !== PARAGRAPH) ?? site[0]!;
	const words = (list: number[], from: Word[]) => list.map((i) => from[i]!.text);
	// An empty side counts as only breaks; the other side then has words, so the second test decides.
	const onlyBreaks = (list: string[]) => list.every((w) => w === PARAGRAPH);
	const removedWords = words(removed, original);
	const addedWords = words(added, site);
	let what: string;
	if (onlyBreaks(removedWords) && addedWords.length === 0) what = 'nối hai đoạn mà văn bản gốc tách (¶)';
	else if (onlyBreaks(addedWords) && removedWords.length === 0) what = 'tách đoạn ở chỗ văn bản gốc không xuống đoạn (¶)';
	else if (addedWords.length === 0) what = `thiếu ${quoted(removedWords)} của văn bản gốc`;
	else if (removedWords.length === 0) what = `thêm ${quoted(addedWords)} không có trong văn bản gốc`;
	else what = `${quoted(addedWords)} thay cho ${quoted(removedWords)} của văn bản gốc`;
	const sourceLine = original[sourceFrom]?.line ?? original[sourceFrom - 1]?.line;
	return {
		file: pointed.file,
		line: pointed.line,
		column: pointed.column,
		field: pointed.field,
		expected: `đúng văn bản gốc ${excerpt(original, sourceFrom, sourceTo)}${sourceLine ? ` (dòng ${sourceLine} của ${ORIGINAL})` : ''}, hoặc một mục trong ${errataFile} ghi chỗ sửa này`,
		found: `${excerpt(site, siteFrom, siteTo)}: ${what}, chưa có ghi chú biên tập`,
	};
}
