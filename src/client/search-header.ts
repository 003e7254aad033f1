import { clientStrings as ui } from '../i18n/ui.ts';
import type { SearchOutcome } from '../utils/search/engine.ts';
import { createSearcher, loadEngine } from './search-client.ts';
import { renderList, renderNoResults, renderSuggestion } from './search-render.ts';

/** Results shown in the header panel; the search page shows them all. */
const PANEL_RESULTS = 5;
/** Shortest query searched as the reader types ("do" is a Vietnamese word). */
export const MIN_QUERY = 2;

/**
 * The header search box, once the reader starts using it: live results in a panel under the header.
 * Esc closes the panel and returns focus to the box; Enter submits the form to /tim-kiem/?q=…;
 * ArrowDown moves into the results. A polite live region announces the number of results.
 */
export function attachHeaderSearch(input: HTMLInputElement): void {
	const form = input.form;
	if (!form || form.dataset.searchReady) return;
	form.dataset.searchReady = 'true';
	const searchPage = form.action;
	const links = [
		{ href: form.dataset.tasks ?? '', label: ui.nav.tasks },
		{ href: form.dataset.glossary ?? '', label: ui.nav.glossary },
	];

	const status = document.createElement('p');
	status.className = 'visually-hidden';
	status.setAttribute('role', 'status');
	const panel = document.createElement('div');
	panel.id = 'header-search-panel';
	panel.className = 'search-panel';
	panel.setAttribute('role', 'region');
	panel.setAttribute('aria-label', ui.search.results);
	panel.hidden = true;
	form.append(status);
	form.after(panel);
	input.setAttribute('aria-controls', panel.id);

	// Focus coming back to the box reopens earlier results, except when Esc just closed them.
	let returning = false;
	const close = (returnFocus: boolean) => {
		panel.hidden = true;
		if (returnFocus) {
			returning = true;
			input.focus();
			returning = false;
		}
	};
	const show = (content: Node[]) => {
		panel.replaceChildren(...content);
		panel.hidden = false;
	};
	const announce = (text: string) => {
		status.textContent = text;
	};

	const onResult = (query: string, { items, suggestion, corrected }: SearchOutcome) => {
		if (input.value.trim() !== query) return;
		const all = `${searchPage}?q=${encodeURIComponent(query)}`;
		const suggestionLine = suggestion ? [renderSuggestion(suggestion, searchPage)] : [];
		if (items.length === 0) {
			show([...suggestionLine, renderNoResults(query, searchPage, links)]);
			announce(ui.search.none(query));
			return;
		}
		const count = document.createElement('p');
		count.className = 'search-count';
		const counted =
			corrected && suggestion ? ui.search.countCorrected(items.length, suggestion, query) : ui.search.countFor(items.length, query);
		count.textContent = counted;
		const more = document.createElement('a');
		more.className = 'search-more';
		more.href = all;
		more.textContent = ui.search.seeAll(items.length);
		show([count, ...suggestionLine, renderList(items.slice(0, PANEL_RESULTS)), more]);
		announce(counted);
	};
	const onError = () => {
		const p = document.createElement('p');
		p.textContent = ui.search.loadError;
		show([p]);
		announce(ui.search.loadError);
	};
	const search = createSearcher(onResult, onError);

	const update = (immediate = false) => {
		const query = input.value.trim();
		if (query.length < MIN_QUERY) {
			close(false);
			announce('');
			return;
		}
		search(query, immediate);
	};
	input.addEventListener('input', () => update());
	input.addEventListener('focus', () => {
		if (!returning && input.value.trim().length >= MIN_QUERY && panel.childElementCount) panel.hidden = false;
	});
	const onKey = (event: KeyboardEvent) => {
		if (event.key === 'Escape' && !panel.hidden) {
			event.preventDefault();
			close(true);
		} else if (event.key === 'ArrowDown' && event.target === input && !panel.hidden) {
			const first = panel.querySelector<HTMLAnchorElement>('a');
			if (first) {
				event.preventDefault();
				first.focus();
			}
		}
	};
	form.addEventListener('keydown', onKey);
	panel.addEventListener('keydown', onKey);
	document.addEventListener('click', (event) => {
		const target = event.target as Node;
		if (!panel.hidden && !form.contains(target) && !panel.contains(target)) close(false);
	});
	panel.addEventListener('click', (event) => {
		// Following a result on the same page (another anchor): close the panel so the target shows.
		if ((event.target as Element).closest('a')) close(false);
	});

	void loadEngine().catch(() => undefined);
	// Text typed while this chunk was loading: search it now (no debounce, the reader already waited).
	update(true);
}
