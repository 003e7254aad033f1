// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { rehypeSubtasks } from './src/markdown/rehype-subtasks.ts';
import { rehypeAsciiHeadingIds } from './src/markdown/rehype-ascii-heading-ids.ts';
import { rehypeAbbr } from './src/markdown/rehype-abbr.ts';
import { pagefind } from './src/integrations/pagefind.ts';

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
	markdown: { processor },
	integrations: [mdx(), pagefind()],
});
