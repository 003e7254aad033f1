import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { dist, listHtml, root } from '../helpers/dist.ts';

/**
 * Every HTML file of the built site validates with html-validate's recommended rules, configured in
 * .htmlvalidate.json at the repository root (JSON without comments, so the three relaxed rules are
 * justified here):
 * - valid-id relaxed: sub-task anchors are the programme's own numbers (#3-6); HTML5 allows ids that
 *   start with a digit, the strict mode only exists for CSS-selector convenience.
 * - long-title off: task-group titles are the programme's headings (up to ~95 characters with the site
 *   name); shortening them would misquote the source. Search engines truncate, readers are not harmed.
 * - prefer-native-element, except role=region: scrollable table wrappers are
 *   <div role="region" tabindex="0" aria-labelledby> so keyboard users can scroll them; a <section>
 *   would add an outline section for what is only a wrapper.
 */
describe('HTML validation of every built page', () => {
	const validator = new HtmlValidate(new FileSystemConfigLoader());
	const pages = listHtml();

	it('crawls dist/ for pages', () => expect(pages.length).toBeGreaterThan(5));

	it('catches invalid markup with the same configuration', async () => {
		const report = await validator.validateString(
			'<!doctype html><html lang="vi"><head><title>x</title></head><body><p id="a"><div id="a"></div></body></html>',
			join(root, 'probe.html'),
		);
		expect(report.valid).toBe(false);
	});

	it('reports no error or warning on any page', async () => {
		const lines: string[] = [];
		for (const page of pages) {
			const report = await validator.validateFile(join(dist, page));
			for (const result of report.results) {
				for (const m of result.messages) lines.push(`${page}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
			}
		}
		expect(lines).toEqual([]);
	});
});
