import type { Element, Root } from 'hast';
import { asciiSlug } from '../utils/vietnamese.ts';

function textOf(node: Element): string {
	return node.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? textOf(child) : '')).join('');
}

/** Give every heading without an id an ASCII id ("1. Mục đích" → "1-muc-dich"), unique in the document. */
export function rehypeAsciiHeadingIds() {
	return (tree: Root) => {
		const used = new Set<string>();
		const visit = (node: Root | Element) => {
			for (const child of node.children) {
				if (child.type !== 'element') continue;
				if (/^h[1-6]$/.test(child.tagName)) {
					if (typeof child.properties.id === 'string') {
						used.add(child.properties.id);
					} else {
						const base = asciiSlug(textOf(child)) || 'muc';
						let id = base;
						for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
						used.add(id);
						child.properties.id = id;
					}
				}
				visit(child);
			}
		};
		visit(tree);
	};
}
