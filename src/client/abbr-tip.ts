/**
 * Abbreviations on touch screens. Each first use is a link to its glossary entry (works without
 * JavaScript). With scripts, a first tap shows the expansion in place, in a small polite live region
 * after the link; a second tap on the same link follows it to the glossary; Esc or a tap elsewhere closes.
 * Kept to a few hundred bytes: reading pages ship at most 2 KB of JavaScript.
 */
export function initAbbrTips(): void {
	let open: HTMLElement | undefined;
	const close = () => {
		open?.remove();
		open = undefined;
	};
	document.addEventListener('click', (event) => {
		const link = (event.target as Element).closest?.<HTMLAnchorElement>('a.abbr-link');
		if (!link) return close();
		if (open && open.previousElementSibling === link) return;
		event.preventDefault();
		close();
		const tip = document.createElement('span');
		tip.className = 'abbr-tip';
		tip.setAttribute('role', 'status');
		link.after(tip);
		open = tip;
		// Filled after insertion, so screen readers announce the change of the live region.
		setTimeout(() => {
			tip.textContent = `${link.firstElementChild?.getAttribute('title') ?? ''}. ${link.dataset.hint ?? ''}`;
		}, 30);
	});
	document.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') close();
	});
}
