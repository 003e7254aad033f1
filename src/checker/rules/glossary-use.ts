import type { Problem } from '../../validation/problem.ts';
import { glossarySchema } from '../../schemas/glossary.ts';
import { isDocumentNumber } from '../../utils/vietnamese.ts';
import { PARAGRAPH, type Word } from '../programme-text.ts';

/**
 * The glossary may not lose a term that the programme text still uses in abbreviated form: every abbreviation
 * in the site's programme text needs an entry in content/glossary/terms.json. An abbreviation is a word part
 * of two or more capitals ("CĐCS", "HĐND", "CNH" in "CNH-HĐH"), except Roman numerals, parts of document
 * numbers ("02-NQ/TW", which hold a digit or a slash, as for the <abbr> marking) and all-capitals lines
 * (headings, the signature). A warning in everyday checks, an error under the release rules (`strict`).
 */
export function checkGlossaryUse(input: {
	site: Word[];
	glossary: { file: string; data: unknown } | undefined;
	strict: boolean;
}): Problem[] {
	// No glossary file: nothing is explained. An unreadable or broken one is reported by the content rules.
	const parsed = glossarySchema.safeParse(input.glossary ? input.glossary.data : []);
	if (!parsed.success) return [];
	const file = input.glossary?.file ?? 'content/glossary/terms.json';
	const known = new Set(parsed.data.map((t) => t.term.normalize('NFC')));
	// Lines (or front-matter fields) without a lower-case letter are headings in capitals, not running text.
	// Words of one line are neighbours in the list: look at a candidate's neighbours only.
	const words = input.site;
	const sameLine = (a: Word, b: Word) => a.file === b.file && a.field === b.field && a.line === b.line;
	const runningText = new Map<Word, boolean>();
	const inRunningText = (i: number): boolean => {
		let start = i;
		while (start > 0 && sameLine(words[start - 1]!, words[i]!)) start--;
		const first = words[start]!;
		const cached = runningText.get(first);
		if (cached !== undefined) return cached;
		let lower = false;
		for (let k = start; k < words.length && sameLine(words[k]!, first) && !lower; k++) lower = /\p{Ll}/u.test(words[k]!.text);
		runningText.set(first, lower);
		return lower;
	};
	const reported = new Set<string>();
	const problems: Problem[] = [];
	for (let i = 0; i < words.length; i++) {
		const word = words[i]!;
		if (!TWO_CAPITALS.test(word.text) || word.text === PARAGRAPH || isDocumentNumber(word.text) || !inRunningText(i)) continue;
		for (const part of word.text.split(/[^\p{L}]+/u)) {
			if (!isAbbreviation(part) || known.has(part) || reported.has(part)) continue;
			reported.add(part);
			problems.push({
				file: word.file,
				line: word.line,
				column: word.column,
				field: word.field,
				expected: `một mục giải thích chữ viết tắt "${part}" trong ${file} (văn bản chương trình dùng chữ này)`,
				found: `"${part}", không có trong bảng thuật ngữ`,
				...(input.strict ? {} : { severity: 'warning' as const }),
			});
		}
	}
	return problems;
}

const TWO_CAPITALS = /\p{Lu}\S*\p{Lu}/u;

/** Two or more capitals, nothing but letters, not a Roman numeral. */
export function isAbbreviation(part: string): boolean {
	return (part.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && /^\p{Lu}\p{L}*$/u.test(part) && !/^[IVXLCDM]+$/.test(part);
}
