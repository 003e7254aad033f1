/**
 * The only search code on reading pages (a few hundred bytes): the "/" shortcut, and loading the real
 * search (search-ui.ts, then Pagefind) when the reader first focuses or types in the header box.
 */
export function initSearchShortcut(): void {
	const input = document.querySelector<HTMLInputElement>('[data-search-input]');
	if (!input) return;
	const start = () => void import('./search-ui.ts').then((m) => m.attachHeaderSearch(input));
	input.addEventListener('focus', start, { once: true });
	document.addEventListener('keydown', (event) => {
		if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
		const target = event.target as HTMLElement | null;
		if (target?.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])')) return;
		event.preventDefault();
		input.focus();
		input.select();
	});
}
