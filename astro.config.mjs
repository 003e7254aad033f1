// @ts-check
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import { noPreloadHelper } from './src/integrations/no-preload-helper.ts';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { rehypeSubtasks } from './src/markdown/rehype-subtasks.ts';
import { rehypeAsciiHeadingIds } from './src/markdown/rehype-ascii-heading-ids.ts';
import { rehypeAbbr } from './src/markdown/rehype-abbr.ts';
import sitemap from '@astrojs/sitemap';
import { pagefind } from './src/integrations/pagefind.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { inSitemap } from './src/utils/share.ts';
import { ui } from './src/i18n/ui.ts';
import { basePath, outDir as outputDir, publicSiteUrl, siteUrl } from './src/config.ts';
import { cms } from './src/integrations/cms.ts';

/**
 * Deployment settings come from the environment (src/config.ts) so the same tree builds for localhost, a
 * custom domain or a GitHub Pages project sub-path; tests build variants into their own OUT_DIR.
 */
const site = siteUrl();
const base = basePath();
const outDir = outputDir();

/** Glossary abbreviations marked automatically on first use (content/glossary/terms.json). */
/** An expansion the document does not give says so in the <abbr> title too. */
const terms = JSON.parse(readFileSync(new URL('./content/glossary/terms.json', import.meta.url), 'utf8'))
	.filter((/** @type {{ abbreviation?: boolean }} */ t) => t.abbreviation !== false)
	.map((/** @type {{ expansion: string, expansionStanding?: string }} */ t) =>
		t.expansionStanding === 'editorsReading' ? { ...t, expansion: `${t.expansion} (${ui.glossaryEditorsReading.toLowerCase()})` } : t,
	);

/** The inline theme script (ThemeScript.astro) must be allowed by hash: Astro hashes only its own bundles. */
const themeInit = readFileSync(new URL('./src/client/theme-init.js', import.meta.url), 'utf8');
const themeInitHash = /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(themeInit).digest('base64')}`);

const processor = unified({
	// Keep the programme's punctuation exactly as written ("..." and straight quotes stay).
	smartypants: false,
	rehypePlugins: [
		rehypeSubtasks,
		rehypeAsciiHeadingIds,
		[rehypeAbbr, { terms, glossaryHref: `${base.replace(/\/+$/, '')}/thuat-ngu/`, tipHint: ui.abbr.hint }],
	],
});

export default defineConfig({
	site,
	outDir,
	base,
	trailingSlash: 'always',
	build: { format: 'directory' },
	compressHTML: true,
	// No module preloading and no preload helper in the browser build: see src/integrations/no-preload-helper.ts.
	vite: { plugins: [noPreloadHelper()] },
	// No code blocks in the content; Shiki's inline styles would also conflict with the CSP below.
	markdown: { processor, syntaxHighlight: false },
	// The sitemap (sitemap-index.xml) only for the real site: a sitemap of localhost addresses would be false.
	integrations: [
		mdx(),
		pagefind(),
		serviceWorker(),
		cms(),
		...(publicSiteUrl() ? [sitemap({ filter: (page) => inSitemap(page, base) })] : []),
	],
	// Content Security Policy as a <meta> in every page: Astro hashes its own scripts and styles; nothing
	// third-party is allowed. Pagefind needs 'wasm-unsafe-eval' and fetches its index (connect-src 'self');
	// the web app manifest is covered by default-src 'self';
	// the chart PNG export uses a data: URL. A meta CSP cannot set frame-ancestors (host headers can).
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"connect-src 'self'",
				// Only the site's own service worker (sw.js); Pagefind runs without a worker.
				"worker-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [themeInitHash] },
		},
	},
});
