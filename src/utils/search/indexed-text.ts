import { decodeEntities } from '../html.ts';

/**
 * Text Pagefind indexes from a built page: the contents of data-pagefind-body elements (or <main> when a
 * page has none), without elements marked data-pagefind-ignore, scripts, styles, code samples (<pre>, left
 * out of the index too: src/integrations/pagefind.ts) and tags. Approximate but
 * sufficient: the vocabulary only needs the words, and an extra word merely yields a variant with no hits.
 */
export function indexedText(html: string): string {
	const withoutCode = html.replace(/<(script|style|template|svg|pre)\b[\s\S]*?<\/\1>/gi, ' ');
	if (!/data-pagefind-body/.test(withoutCode)) return '';
	return decodeEntities(withoutCode.replace(/<[^>]+>/g, ' '));
}
