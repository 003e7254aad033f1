import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startTags } from '../../scripts/lib/site-links.ts';
import { cmsConfig } from '../../src/cms/config.ts';
import { readCmsLists } from '../../src/cms/lists.ts';
import { CMS_BUNDLE, CMS_DIR } from '../../src/cms/page.ts';
import { buildRepository } from '../../src/loaders/git-remote.ts';
import { dist, listHtml, readPage, root } from '../helpers/dist.ts';
import { parseCsp } from './security.test.ts';

/** The editing interface in the built site: its own page and policy, and nothing of it in the reading pages. */
const admin = readPage(`${CMS_DIR}/`);
const tags = startTags(admin);
const reading = listHtml();

describe('/admin/ page', () => {
	it('is not indexed and not searchable', () => {
		expect(tags.find((t) => t.name === 'meta' && t.attrs.get('name') === 'robots')?.attrs.get('content')).toBe('noindex, nofollow');
		expect(admin).not.toContain('data-pagefind-body');
		expect(tags.find((t) => t.name === 'body')?.attrs.get('data-pagefind-ignore')).toBe('all');
		expect(tags.find((t) => t.name === 'html')?.attrs.get('lang')).toBe('vi');
	});

	it('has its own CSP: scripts from the site only, no inline script, connections only to GitHub and the loopback backend', () => {
		const meta = tags.filter((t) => t.name === 'meta' && t.attrs.get('http-equiv') === 'Content-Security-Policy');
		expect(meta).toHaveLength(1);
		const csp = parseCsp(meta[0]!.attrs.get('content')!);
		expect(csp.get('default-src')).toEqual(["'self'"]);
		expect(csp.get('script-src')).toEqual(["'self'", "'unsafe-eval'", "'wasm-unsafe-eval'"]);
		expect(csp.get('connect-src')).toEqual(["'self'", 'https://api.github.com', 'http://127.0.0.1:*', 'http://localhost:*']);
		expect(csp.get('object-src')).toEqual(["'none'"]);
		expect(csp.get('frame-src')).toEqual(["'none'"]);
		const scripts = tags.filter((t) => t.name === 'script');
		expect(scripts.map((t) => t.attrs.get('src'))).toEqual(['setup.js', CMS_BUNDLE, 'cms.js']);
		for (const s of scripts) expect(existsSync(join(dist, CMS_DIR, s.attrs.get('src')!))).toBe(true);
		expect(admin).not.toMatch(/<script>(?!<\/script>)/);
	});

	it('serves the configuration generated from the schemas for this build', () => {
		const served = JSON.parse(readFileSync(join(dist, CMS_DIR, 'config.json'), 'utf8'));
		const repo = buildRepository();
		const expected = cmsConfig(readCmsLists(root), {
			repoUrl: repo?.url,
			branch: repo?.branch ?? 'main',
			siteUrl: served.site_url,
			base: '/',
		});
		expect(served.collections).toEqual(JSON.parse(JSON.stringify(expected.collections)));
	});
});

describe('reading pages load nothing of the CMS', () => {
	it('lists every reading page and no /admin/ page among them', () => {
		expect(reading.length).toBeGreaterThan(40);
		expect(reading.filter((p) => p.startsWith(`${CMS_DIR}/`))).toEqual([]);
	});

	it.each(reading)('%s', (page) => {
		const html = readFileSync(join(dist, page), 'utf8');
		const pageTags = startTags(html);
		const sources = pageTags
			.filter((t) => t.name === 'script' || t.name === 'link')
			.map((t) => t.attrs.get('src') ?? t.attrs.get('href') ?? '');
		expect(sources.filter((s) => /admin\/|decap|cms\.js/.test(s))).toEqual([]);
		expect(html).not.toMatch(/decap-cms|CMS_MANUAL_INIT/);
		// Linked only from the editors' guideline (and never as the edit link of other pages).
		const links = pageTags.filter((t) => t.name === 'a' && /(^|\/)admin\/(\?|#|$)/.test(t.attrs.get('href') ?? ''));
		expect(links.length > 0).toBe(page === 'huong-dan/cap-nhat-noi-dung/index.html');
	});
});
