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
export function checkGlossaryUse(input: { site: Word[]; glossary: { file: string; data: unknown } | undefined; strict: boolean }): Problem[] {
	// No glossary file: nothing is explained. An unreadable or broken one is reported by the content rules.
	const parsed = glossarySchema.safeParse(input.glossary ? input.glossary.data : []);
	if (!parsed.success) return [];
	const file = input.glossary?.file ?? 'content/glossary/terms.json';
	const known = new Set(parsed.data.map((t) => t.term.normalize('NFC')));
	// Lines (or front-matter fields) without a lower-case letter are headings in capitals, not running text.
	// (Cheap tests first: most words have no capital beyond the first letter.)
	const lineKey = (w: Word) => `${w.file}\n${w.field}\n${w.line ?? ''}`;
	const candidates = input.site.filter((w) => w.text !== PARAGRAPH && w.text.slice(1) !== w.text.slice(1).toLowerCase() && !isDocumentNumber(w.text));
	const lines = new Set(candidates.map(lineKey));
	const runningText = new Set(input.site.filter((w) => w.text !== w.text.toUpperCase() && lines.has(lineKey(w))).map(lineKey));
	const reported = new Set<string>();
	const problems: Problem[] = [];
	for (const word of candidates) {
		if (!runningText.has(lineKey(word))) continue;
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

/** Two or more capitals, nothing but letters, not a Roman numeral. */
export function isAbbreviation(part: string): boolean {
	return (part.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && /^\p{Lu}\p{L}*$/u.test(part) && !/^[IVXLCDM]+$/.test(part);
}
