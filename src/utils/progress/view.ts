import { progressUi, ui } from '../../i18n/ui.ts';
import { PROGRESS_STATUS_KEYS } from '../../schemas/progress.ts';
import { escapeHtml } from '../html.ts';
import { formatDate } from '../format.ts';
import type { SubtaskProgress } from './model.ts';

/**
 * HTML-string helpers for the progress shown inside rendered Markdown (group pages) and for taking a
 * sub-task's rendered text out of its group page. Text from data is escaped here.
 */

/**
 * The rendered section of one sub-task (what rehype-subtasks wraps in <section class="subtask">), without
 * its heading; undefined when the HTML has no such section.
 */
export function subtaskSectionHtml(groupHtml: string, anchor: string): string | undefined {
	const open = new RegExp(`<section class="subtask" aria-labelledby="${anchor}">`);
	const match = open.exec(groupHtml);
	if (!match) return undefined;
	const start = match.index + match[0].length;
	const end = groupHtml.indexOf('</section>', start);
	const inner = groupHtml.slice(start, end < 0 ? undefined : end);
	return inner.replace(/^<div class="subtask-heading">[\s\S]*?<\/div>/, '').trim();
}

/** Insert a block after the heading of each sub-task whose anchor ("3-6") has one. */
export function insertAfterSubtaskHeadings(groupHtml: string, blocks: Map<string, string>): string {
	return groupHtml.replace(
		/(<div class="subtask-heading"><h2 id="(\d+-\d+)">[\s\S]*?<\/div>)/g,
		(heading: string, _all: string, anchor: string) => {
			const block = blocks.get(anchor);
			return block ? `${heading}${block}` : heading;
		},
	);
}

/**
 * The line under a sub-task's heading on its group page: latest status (icon + word), its period and
 * as-of date, and a link to the progress page. `link` is the page's URL (base path included).
 */
export function groupProgressLine(progress: SubtaskProgress, link: string): string {
	const status = progress.latestStatus;
	const key = PROGRESS_STATUS_KEYS[status];
	const latest = progress.latest?.data;
	const when = latest ? ` (${escapeHtml(progressUi.latestLine(progressUi.period(latest.period), formatDate(latest.asOf)))})` : '';
	const demo = latest?.illustrative ? ` <span class="demo-label">${escapeHtml(progressUi.illustrative)}</span>` : '';
	return (
		`<p class="subtask-progress" data-pagefind-ignore data-progress-status="${key}">` +
		`<span class="sp-label">${escapeHtml(progressUi.groupLine)}</span> ` +
		`<span class="sp-status ps-${key}"><span aria-hidden="true" class="sp-icon">${escapeHtml(progressUi.icon[status] ?? '')}</span> ${escapeHtml(status)}</span>${when}${demo} · ` +
		`<a href="${escapeHtml(link)}">${escapeHtml(progressUi.groupLink)}<span class="visually-hidden"> ${escapeHtml(ui.subtask(progress.subtask.id).toLowerCase())}</span></a>` +
		'</p>'
	);
}

/** Make the ids of an entry's rendered body unique on a page that shows several entries. */
export function prefixIds(html: string, prefix: string): string {
	return html.replace(/(\sid=")([^"]*")/g, `$1${prefix}-$2`).replace(/(\shref="#)([^"]*")/g, `$1${prefix}-$2`);
}

/** Anchor of a period's item in a sub-task's timeline ("ky-2025-h1"); routes.entry links to it. */
export function periodAnchor(period: string): string {
	return `ky-${period.toLowerCase()}`;
}
