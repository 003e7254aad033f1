/** Escaping, entity decoding and small transforms of HTML strings that the site itself rendered. */
import { decodeHTML, decodeHTMLAttribute } from 'entities';

const HTML_ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;',
};

/** Escape text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]!);
}

/** Decode character references in HTML text (the WHATWG table, via the entities library): "&amp;lt;" → "&lt;". */
export function decodeEntities(text: string): string {
	return decodeHTML(text);
}

/** Decode character references in an attribute value (legacy references without ";" stay as written before = or letters). */
export function decodeAttribute(value: string): string {
	return decodeHTMLAttribute(value);
}

/**
 * Serialise data for a <script type="application/json"> block: JSON.stringify, then escape every
 * character that could end the script element or start markup, so the text is inert in HTML.
 */
export function jsonForScript(value: unknown): string {
	return JSON.stringify(value)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}

/** Move every heading in rendered HTML down by `levels` (h2 → h4 for 2), capped at h6. */
export function shiftHeadings(html: string, levels: number): string {
	return html.replace(/<(\/?)h([1-6])(?=[\s>])/g, (_match, slash: string, level: string) => {
		const shifted = Math.min(6, Number(level) + levels);
		return `<${slash}h${shifted}`;
	});
}

/**
 * Several rendered entries shown on one page each mark the first use of an abbreviation. Keep only
 * the first <abbr> per term on the page and unwrap the others to plain text.
 */
export function keepFirstAbbr(html: string, seen: Set<string> = new Set()): string {
	// The <abbr> may sit in its glossary link (<a class="abbr-link" …>): both go for a repeated term.
	const pattern = /(?:<a class="abbr-link"[^>]*>)?<abbr data-term="([^"]*)"[^>]*>([^<]*)<\/abbr>(?:<\/a>)?/g;
	return html.replace(pattern, (match, term: string, text: string) => {
		if (seen.has(term)) return text;
		seen.add(term);
		return match;
	});
}
