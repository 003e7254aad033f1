// @ts-check
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { rehypeSubtasks } from './src/markdown/rehype-subtasks.ts';
import { rehypeAsciiHeadingIds } from './src/markdown/rehype-ascii-heading-ids.ts';
import { rehypeAbbr } from './src/markdown/rehype-abbr.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { cms } from './src/integrations/cms.ts';

/**
 * Deployment settings come from the environment so the same tree builds for localhost, a custom domain
 * or a GitHub Pages project sub-path:
 *   SITE_URL   absolute origin, e.g. https://ldld-baoloc.github.io   (default http://localhost:4321)
 *   BASE_PATH  sub-path, e.g. /chuong-trinh-hanh-dong                (default /)
 */
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';
/** Output folder; tests build variants (e.g. with a base path) into their own folder. */
const outDir = process.env.OUT_DIR || './dist';

/** Glossary abbreviations marked automatically on first use (content/glossary/terms.json). */
const terms = JSON.parse(readFileSync(new URL('./content/glossary/terms.json', import.meta.url), 'utf8')).filter(
	(/** @type {{ abbreviation?: boolean }} */ t) => t.abbreviation !== false,
);

/** The inline theme script (ThemeScript.astro) must be allowed by hash: Astro hashes only its own bundles. */
const themeInit = readFileSync(new URL('./src/components/theme-init.js', import.meta.url), 'utf8');
const themeInitHash = /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(themeInit).digest('base64')}`);

const processor = unified({
	// Keep the programme's punctuation exactly as written ("..." and straight quotes stay).
	smartypants: false,
	rehypePlugins: [rehypeSubtasks, rehypeAsciiHeadingIds, [rehypeAbbr, { terms }]],
});

export default defineConfig({
	site,
	outDir,
	base,
	trailingSlash: 'always',
	build: { format: 'directory' },
	compressHTML: true,
	// No code blocks in the content; Shiki's inline styles would also conflict with the CSP below.
	markdown: { processor, syntaxHighlight: false },
	integrations: [mdx(), pagefind(), cms()],
	// Content Security Policy as a <meta> in every page: Astro hashes its own scripts and styles; nothing
	// third-party is allowed. Pagefind needs 'wasm-unsafe-eval' and fetches its index (connect-src 'self');
	// the chart PNG export uses a data: URL. A meta CSP cannot set frame-ancestors (host headers can).
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"connect-src 'self'",
				"worker-src 'self' blob:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [themeInitHash] },
		},
	},
});
