import { clientStrings as ui } from '../i18n/ui.ts';
import type { SearchItem } from '../utils/search/results.ts';

/** Build an element with a class and text (text set as text, never parsed as HTML). */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

/** One result: linked title (section, with its anchor), kind, page it belongs to, excerpt with <mark>. */
export function renderItem(item: SearchItem): HTMLLIElement {
	const li = el('li', 'search-result');
	const heading = el('p', 'search-result-title');
	const link = el('a', undefined, item.title);
	link.href = item.url;
	heading.append(link);
	const meta = el('p', 'search-result-meta');
	const kind = el('span', 'search-kind');
	kind.append(el('span', 'visually-hidden', `${ui.search.kindLabel} `), item.kind);
	meta.append(kind);
	if (item.page) {
		const page = el('span', 'search-result-page');
		page.append(el('span', 'visually-hidden', `${ui.search.inPage} `), item.page);
		meta.append(page);
	}
	const excerpt = el('p', 'search-result-excerpt');
	excerpt.innerHTML = item.excerpt; // safeExcerpt(): only <mark> survives
	li.append(heading, meta, excerpt);
	return li;
}

/** The list of results. */
export function renderList(items: SearchItem[]): HTMLOListElement {
	const list = el('ol', 'search-results');
	list.append(...items.map(renderItem));
	return list;
}

/** "Có phải bạn muốn tìm “đoàn”?", the correction linking to its own search. */
export function renderSuggestion(suggestion: string, searchPage: string): HTMLParagraphElement {
	const line = el('p', 'search-suggestion', `${ui.search.didYouMean} “`);
	const link = el('a', undefined, suggestion);
	link.href = `${searchPage}?q=${encodeURIComponent(suggestion)}`;
	line.append(link, '”?');
	return line;
}

/** "Không tìm thấy" with suggestions and example searches (links to the search page). */
export function renderNoResults(query: string, searchPage: string, links: { href: string; label: string }[]): HTMLElement {
	const box = el('div', 'search-empty');
	box.append(el('p', 'search-empty-title', ui.search.none(query)), el('p', undefined, ui.search.suggestionsTitle));
	const tips = el('ul');
	tips.append(...ui.search.suggestions.map((s) => el('li', undefined, s)));
	box.append(tips);
	const more = el('p', 'search-links');
	for (const link of links) {
		const a = el('a', undefined, link.label);
		a.href = link.href;
		more.append(a, ' ');
	}
	const examples = el('p', 'search-examples');
	examples.append(ui.search.examplesTitle, ' ');
	ui.search.examples.forEach((q, i) => {
		const a = el('a', undefined, q);
		a.href = `${searchPage}?q=${encodeURIComponent(q)}`;
		examples.append(i ? ', ' : '', a);
	});
	box.append(more, examples);
	return box;
}
