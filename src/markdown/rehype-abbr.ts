import type { Element, ElementContent, Root, Text } from 'hast';
import { isDocumentNumber } from '../utils/vietnamese.ts';
import { escapeRegExp } from '../utils/regexp.ts';

export interface AbbreviationTerm {
	id: string;
	term: string;
	expansion: string;
}

const SKIP = new Set(['a', 'abbr', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Whitespace-delimited token around a match: document numbers such as "02-NQ/TW" contain a digit or "/". */
function insideDocumentNumber(text: string, start: number, end: number): boolean {
	let from = start;
	while (from > 0 && !/\s/.test(text[from - 1]!)) from--;
	let to = end;
	// Stryker disable next-line EqualityOperator: equivalent, text[length] is undefined and the slice stops at the end anyway.
	while (to < text.length && !/\s/.test(text[to]!)) to++;
	return isDocumentNumber(text.slice(from, to));
}

/**
 * Wrap the first use of each glossary abbreviation in a document with
 * <abbr data-term="id" title="expansion">. Code, headings, links and existing <abbr> are left alone, and
 * so are abbreviations inside document numbers ("02-NQ/TW").
 *
 * With `glossaryHref` (the glossary page's URL, base path included) the <abbr> is also a link to its
 * glossary entry, <a class="abbr-link" href="…#id" data-tip="expansion. hint">: a tap on a phone (no hover, so no title tooltip)
 * opens the expansion without JavaScript; src/scripts/abbr-tip.ts shows it in place when scripts run.
 */
export function rehypeAbbr(options: { terms: AbbreviationTerm[]; glossaryHref?: string; tipHint?: string }) {
	const byTerm = new Map(options.terms.map((t) => [t.term, t]));
	const alternatives = [...byTerm.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
	const pattern = alternatives.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu') : undefined;

	return (tree: Root) => {
		if (!pattern) return;
		const seen = new Set<string>();

		const splitText = (node: Text): ElementContent[] | undefined => {
			const out: ElementContent[] = [];
			let last = 0;
			pattern.lastIndex = 0;
			for (const match of node.value.matchAll(pattern)) {
				const start = match.index;
				const end = start + match[0].length;
				const term = byTerm.get(match[0])!;
				if (seen.has(term.id) || insideDocumentNumber(node.value, start, end)) continue;
				seen.add(term.id);
				// Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, an empty text node renders as nothing.
				if (start > last) out.push({ type: 'text', value: node.value.slice(last, start) });
				const abbr: Element = {
					type: 'element',
					tagName: 'abbr',
					properties: { dataTerm: term.id, title: term.expansion },
					children: [{ type: 'text', value: match[0] }],
				};
				out.push(
					options.glossaryHref
						? {
								type: 'element',
								tagName: 'a',
								properties: {
									className: ['abbr-link'],
									href: `${options.glossaryHref}#${term.id}`,
									dataTip: options.tipHint ? `${term.expansion}. ${options.tipHint}` : term.expansion,
								},
								children: [abbr],
							}
						: abbr,
				);
				last = end;
			}
			// Stryker disable next-line ConditionalExpression: equivalent, without a match the node is rebuilt as one equal text node.
			if (!out.length) return undefined;
			// Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, an empty text node renders as nothing.
			if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
			return out;
		};

		const walk = (parent: Root | Element) => {
			const next: (typeof parent.children)[number][] = [];
			for (const child of parent.children) {
				if (child.type === 'text') {
					const replaced = splitText(child);
					if (replaced) next.push(...replaced);
					else next.push(child);
					continue;
				}
				if (child.type === 'element' && !SKIP.has(child.tagName)) walk(child);
				next.push(child);
			}
			parent.children = next as typeof parent.children;
		};
		walk(tree);
	};
}
