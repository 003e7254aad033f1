import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { buildDVocabulary, VOCABULARY_FILE } from '../utils/search/vocabulary.ts';
import { indexedText } from '../utils/search/indexed-text.ts';
import { buildWordVocabulary, WORDS_FILE } from '../utils/search/typo.ts';

/**
 * Pagefind also writes its ready-made UIs; the site uses its own small UI on the JS API (pagefind.js),
 * so these ~450 KB are never loaded and are not deployed. The worker is unused too: the search client
 * runs Pagefind with `noWorker` (src/client/search-client.ts); were a worker requested, Pagefind falls
 * back to the main thread when it cannot load one.
 */
const UNUSED_BUNDLES = [
	'pagefind-worker.js',
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-component-ui.js',
	'pagefind-component-ui.css',
	'pagefind-highlight.js',
];

async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/**
 * Index the built site with Pagefind after `astro build`, so `astro build` alone writes dist/pagefind/:
 * - the whole site is Vietnamese: `forceLanguage: 'vi'` keeps one index whatever a page declares;
 * - pages opt in with data-pagefind-body; header, footer, breadcrumb and table of contents carry
 *   data-pagefind-ignore="all";
 * - next to the bundle, the đ/Đ vocabulary (src/utils/search/vocabulary.ts) that lets the search UI turn
 *   "cong doan" into "cong đoan", which Pagefind's own folding then matches to "công đoàn";
 * - and the site's words (src/utils/search/typo.ts), loaded only when a typed word finds nothing, for
 *   "Có phải bạn muốn tìm …" on one-letter typos.
 */
export function pagefind(): AstroIntegration {
	return {
		name: 'site:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const output = join(root, 'pagefind');
				const { index, errors } = await createIndex({ forceLanguage: 'vi' });
				if (!index) throw new Error(`Pagefind: could not create the index: ${errors.join('; ')}`);
				try {
					const added = await index.addDirectory({ path: root });
					if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
					const written = await index.writeFiles({ outputPath: output });
					if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
					logger.info(`indexed ${added.page_count} pages into ${output}`);
				} finally {
					await close();
				}
				await Promise.all(UNUSED_BUNDLES.map((f) => rm(join(output, f), { force: true })));
				const texts = await Promise.all((await htmlFiles(root)).map(async (f) => indexedText(await readFile(f, 'utf8'))));
				const vocabulary = buildDVocabulary(texts);
				await writeFile(join(output, VOCABULARY_FILE), JSON.stringify(vocabulary));
				logger.info(`wrote ${Object.keys(vocabulary).length} d/đ words to ${VOCABULARY_FILE}`);
				const words = buildWordVocabulary(texts);
				await writeFile(join(output, WORDS_FILE), JSON.stringify(words));
				logger.info(`wrote ${Object.keys(words).length} words to ${WORDS_FILE}`);
			},
		},
	};
}
