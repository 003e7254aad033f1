/**
 * Vietnamese text helpers: folding diacritics (including đ/Đ, which Unicode does not decompose)
 * and ASCII slugs for ids and URLs. The one owner of folding: search (utils/search/) builds on it.
 */

/** Remove tones and vowel marks (every combining mark), keep đ/Đ: what Unicode decomposition folds. */
export function stripMarks(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** Remove tones and vowel marks, and map đ/Đ to d/D. "Công đoàn" → "Cong doan". */
export function foldVietnamese(text: string): string {
	return stripMarks(text).replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** Lower-case ASCII slug: "1. Mục đích" → "1-muc-dich". */
export function asciiSlug(text: string): string {
	return foldVietnamese(text)
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/**
 * A whitespace-delimited token that is (part of) a document number such as "02-NQ/TW" or "16/CT-TTg": it holds
 * a digit or a slash. Abbreviations inside such numbers are document-type symbols, not words of the text.
 */
export function isDocumentNumber(token: string): boolean {
	return /[\d/]/.test(token);
}
