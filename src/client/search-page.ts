import { clientStrings as ui } from '../i18n/ui.ts';
import { countKinds, type SearchItem } from '../utils/search/results.ts';
import { createSearcher, loadEngine } from './search-client.ts';
import { renderList, renderNoResults, renderSuggestion } from './search-render.ts';
import type { SearchOutcome } from '../utils/search/engine.ts';

/**
 * The /tim-kiem/ page: reads ?q= (and ?loai= for the kind filter) so results can be linked, searches as
 * the reader types, keeps the URL in step (replaceState), filters by kind with counts, and announces
 * the number of results in a polite live region.
 */
export function attachSearchPage(): void {
	const root = document.querySelector<HTMLElement>('[data-search-page]');
	const form = root?.querySelector('form');
	const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
	const filters = root?.querySelector<HTMLFieldSetElement>('[data-search-filters]');
	const status = root?.querySelector<HTMLElement>('[data-search-status]');
	const results = root?.querySelector<HTMLElement>('[data-search-results]');
	if (!root || !form || !input || !filters || !status || !results) return;
	const searchPage = form.action;
	const links = [
		{ href: root.dataset.tasks ?? '', label: ui.nav.tasks },
		{ href: root.dataset.glossary ?? '', label: ui.nav.glossary },
	];
	const radios = [...filters.querySelectorAll<HTMLInputElement>('input[name="loai"]')];

	let current: { query: string; items: SearchItem[]; suggestion?: string; corrected?: boolean } = { query: '', items: [] };
	const selectedKind = () => radios.find((r) => r.checked)?.value ?? '';

	const syncUrl = () => {
		const url = new URL(location.href);
		const query = input.value.trim();
		if (query) url.searchParams.set('q', query);
		else url.searchParams.delete('q');
		if (selectedKind()) url.searchParams.set('loai', selectedKind());
		else url.searchParams.delete('loai');
		history.replaceState(null, '', url);
	};

	const render = () => {
		const { query, items, suggestion, corrected } = current;
		const suggestionLine = suggestion ? [renderSuggestion(suggestion, searchPage)] : [];
		if (!query) {
			filters.hidden = true;
			status.textContent = '';
			results.replaceChildren();
			return;
		}
		if (items.length === 0) {
			filters.hidden = true;
			status.textContent = ui.search.none(query);
			results.replaceChildren(...suggestionLine, renderNoResults(query, searchPage, links));
			return;
		}
		const counts = countKinds(items);
		for (const span of filters.querySelectorAll<HTMLElement>('[data-count]')) {
			const kind = span.dataset.count ?? '';
			span.textContent = `(${kind ? (counts.get(kind) ?? 0) : items.length})`;
		}
		filters.hidden = false;
		const kind = selectedKind();
		const shown = kind ? items.filter((i) => i.kind === kind) : items;
		status.textContent = kind
			? ui.search.countFiltered(shown.length, items.length, kind)
			: corrected && suggestion
				? ui.search.countCorrected(items.length, suggestion, query)
				: ui.search.countFor(items.length, query);
		results.replaceChildren(...suggestionLine, renderList(shown));
	};

	const search = createSearcher(
		(query, outcome: SearchOutcome) => {
			current = { query, items: outcome.items, suggestion: outcome.suggestion, corrected: outcome.corrected };
			render();
		},
		() => {
			status.textContent = ui.search.loadError;
		},
	);
	const update = (immediate: boolean) => {
		syncUrl();
		const query = input.value.trim();
		if (!query) {
			current = { query: '', items: [] };
			render();
			return;
		}
		if (immediate) status.textContent = ui.search.loading;
		search(query, immediate);
	};

	const params = new URLSearchParams(location.search);
	// ?q= fills the box only if the reader has not started typing before this script ran.
	const linkedQuery = params.get('q');
	if (linkedQuery && !input.value) input.value = linkedQuery;
	const kindParam = params.get('loai') ?? '';
	for (const radio of radios) radio.checked = radio.value === kindParam;
	if (!radios.some((r) => r.checked)) radios[0]!.checked = true;

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		update(true);
	});
	input.addEventListener('input', () => update(false));
	// The first keystroke starts loading Pagefind, during the typing pause rather than after it (as the
	// header box does on focus); not on focus, which the page gives the box on every visit.
	input.addEventListener('input', () => void loadEngine().catch(() => undefined), { once: true });
	filters.addEventListener('change', () => {
		syncUrl();
		render();
	});
	if (input.value.trim()) update(true);
	else input.focus();
}
