import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { ui } from '../i18n/ui.ts';
import { SUBTASK_START, subtaskAnchor } from '../utils/subtasks.ts';

function startsSubtask(node: RootContent): string | undefined {
	// Stryker disable next-line ConditionalExpression: equivalent, a node that is not an element has no tagName, so it is not "p" either
	if (node.type !== 'element' || node.tagName !== 'p') return undefined;
	const first = node.children[0];
	if (!first || first.type !== 'text') return undefined;
	const match = SUBTASK_START.exec(first.value);
	return match ? `${Number(match[1])}.${Number(match[2])}` : undefined;
}

function heading(id: string): Element {
	const anchor = subtaskAnchor(id);
	return {
		type: 'element',
		tagName: 'div',
		properties: { className: ['subtask-heading'] },
		children: [
			{ type: 'element', tagName: 'h2', properties: { id: anchor }, children: [{ type: 'text', value: ui.subtask(id) }] },
			{
				type: 'element',
				tagName: 'a',
				properties: { className: ['anchor-link'], href: `#${anchor}`, dataPagefindIgnore: '' },
				children: [
					{ type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
					{
						type: 'element',
						tagName: 'span',
						properties: { className: ['visually-hidden'] },
						children: [{ type: 'text', value: ui.subtaskLink(id) }],
					},
				],
			},
		],
	};
}

/**
 * Turn the programme's numbered paragraphs ("1.2. …") into addressable sections:
 * <section class="subtask"> with an <h2 id="1-2"> and a visible-on-focus anchor link. Paragraphs that
 * follow belong to the same sub-task until the next number or heading.
 */
export function rehypeSubtasks() {
	return (tree: Root) => {
		const children: RootContent[] = [];
		let section: Element | undefined;
		for (const node of tree.children) {
			const id = startsSubtask(node);
			if (id) {
				const paragraph = node as Element;
				const first = paragraph.children[0] as Text;
				first.value = first.value.replace(SUBTASK_START, '');
				section = {
					type: 'element',
					tagName: 'section',
					properties: { className: ['subtask'], ariaLabelledby: subtaskAnchor(id) },
					children: [heading(id), paragraph],
				};
				children.push(section);
				continue;
			}
			// Stryker disable next-line ConditionalExpression: equivalent, a node that is not an element has no tagName for the pattern to match
			if (node.type === 'element' && /^h[1-6]$/.test(node.tagName)) section = undefined;
			if (section && node.type !== 'doctype' && node.type !== 'comment') {
				section.children.push(node as ElementContent);
			} else {
				children.push(node);
			}
		}
		tree.children = children;
	};
}
