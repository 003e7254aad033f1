/**
 * Abbreviations on touch screens. Each first use is a link to its glossary entry (works without
 * JavaScript). With scripts, a first tap shows the expansion in place, in a small polite live region after
 * the link (its text comes from the link's data-tip); a second tap on the same link follows it to the
 * glossary; a tap elsewhere closes it. A few hundred bytes: reading pages ship at most 2 KB of JS.
 */
export function initAbbrTips(): void {
	let open: Element | undefined;
	document.addEventListener('click', (event) => {
		const link = (event.target as Element).closest<HTMLElement>('a.abbr-link');
		if (link && open?.previousElementSibling === link) return;
		open?.remove();
		if (!link) return;
		event.preventDefault();
		const tip = (open = document.createElement('span'));
		tip.className = 'abbr-tip';
		tip.setAttribute('role', 'status');
		link.after(tip);
		// Filled after insertion, so screen readers announce the change of the live region.
		setTimeout(() => (tip.textContent = link.dataset.tip ?? ''), 30);
	});
}
