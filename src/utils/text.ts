/**
 * Vietnamese text helpers: folding diacritics (including đ/Đ, which Unicode does not decompose)
 * and ASCII slugs for ids and URLs.
 */

/** Remove tones and vowel marks, and map đ/Đ to d/D. "Công đoàn" → "Cong doan". */
export function foldVietnamese(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'D')
		.normalize('NFC');
}

/** Lower-case ASCII slug: "1. Mục đích" → "1-muc-dich". */
export function asciiSlug(text: string): string {
	return foldVietnamese(text)
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** Anchor id of a numbered section of the full programme page: "IV" → "muc-iv" (none for the title block). */
export function sectionAnchor(numeral: string | undefined): string {
	return `muc-${(numeral ?? '').toLowerCase()}`;
}

/** Anchor id of a sub-task: "3.6" → "3-6". */
export function subtaskAnchor(id: string): string {
	return id.replace('.', '-');
}

/**
 * A whitespace-delimited token that is (part of) a document number such as "02-NQ/TW" or "16/CT-TTg": it holds
 * a digit or a slash. Abbreviations inside such numbers are document-type symbols, not words of the text.
 */
export function isDocumentNumber(token: string): boolean {
	return /[\d/]/.test(token);
}
