import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { close, createIndex } from 'pagefind';
import { KNOWN_VERSIONS, rechunk, SIGNATURE } from '../utils/search/index-chunks.ts';
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

/** Pagefind's file body: gunzip, check and drop the signature. */
function unpack(file: Buffer): Uint8Array {
	const raw = gunzipSync(file);
	if (raw.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error('Pagefind file without its signature');
	return raw.subarray(SIGNATURE.length);
}
const pack = (cbor: Uint8Array) => gzipSync(Buffer.concat([Buffer.from(SIGNATURE), cbor]), { level: 9 });

/**
 * Re-cut the word index into smaller chunks (src/utils/search/index-chunks.ts) and point the entry file at
 * the new metadata: a first query then fetches only the chunks holding its words. A Pagefind version whose
 * file layout was not checked is left as written (null): search still works, the first query is heavier
 * (the bench's first-query budget and the site test of the chunks say so).
 */
export async function splitIndex(output: string): Promise<{ before: number; after: number } | null> {
	const entryFile = join(output, 'pagefind-entry.json');
	const entry = JSON.parse(await readFile(entryFile, 'utf8')) as { version: string; languages: Record<string, { hash: string }> };
	if (!KNOWN_VERSIONS.includes(entry.version)) return null;
	const indexDir = join(output, 'index');
	const names = (await readdir(indexDir)).filter((n) => n.endsWith('.pf_index'));
	const old = new Map(
		await Promise.all(names.map(async (n) => [n.replace(/\.pf_index$/, ''), await readFile(join(indexDir, n))] as const)),
	);
	const written = new Map<string, Uint8Array>();
	for (const language of Object.values(entry.languages)) {
		const prefix = language.hash.replace(/_.*$/, '');
		const metaFile = join(output, `pagefind.${language.hash}.pf_meta`);
		const { meta, chunks } = rechunk(
			unpack(await readFile(metaFile)),
			(hash) => {
				const bytes = old.get(hash);
				if (!bytes) throw new Error(`Pagefind index chunk missing: ${hash}`);
				return unpack(bytes);
			},
			(bytes) => `${prefix}_${createHash('sha256').update(bytes).digest('hex').slice(0, 7)}`,
		);
		for (const [hash, bytes] of chunks) written.set(hash, bytes);
		const metaHash = `${prefix}_${createHash('sha256').update(meta).digest('hex').slice(0, 10)}`;
		await rm(metaFile);
		await writeFile(join(output, `pagefind.${metaHash}.pf_meta`), pack(meta));
		language.hash = metaHash;
	}
	await Promise.all(names.map((n) => rm(join(indexDir, n))));
	await Promise.all([...written].map(([hash, bytes]) => writeFile(join(indexDir, `${hash}.pf_index`), pack(bytes))));
	await writeFile(entryFile, JSON.stringify(entry));
	return { before: old.size, after: written.size };
}

/**
 * Left out of the index on every page: code samples (<pre>: the file samples and error messages of the
 * editors' guide, ~900 words that also quote misspelt programme text on purpose), which no reader
 * searches for and which made that guide the largest fragment fetched for common words.
 */
const EXCLUDED = ['pre'];

async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/**
 * Index the built site with Pagefind after `astro build`, so `astro build` alone writes dist/pagefind/:
 * - the whole site is Vietnamese: `forceLanguage: 'vi'` keeps one index whatever a page declares;
 * - pages opt in with data-pagefind-body; header, footer, breadcrumb and table of contents carry
 *   data-pagefind-ignore="all"; code samples are left out (EXCLUDED);
 * - the word index is re-cut into small chunks (splitIndex), so a first query fetches only what it needs;
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
				const { index, errors } = await createIndex({ forceLanguage: 'vi', excludeSelectors: EXCLUDED });
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
				const split = await splitIndex(output);
				if (split) logger.info(`word index re-cut from ${split.before} into ${split.after} chunks`);
				else
					logger.warn(`Pagefind's word index left in its own chunks: re-cutting is checked only for Pagefind ${KNOWN_VERSIONS.join(', ')}`);
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
