import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PagefindApi } from '../../src/utils/search/engine.ts';
import { VOCABULARY_FILE, type DVocabulary } from '../../src/utils/search/vocabulary.ts';
import { WORDS_FILE, type WordVocabulary } from '../../src/utils/search/typo.ts';

/**
 * Load the built Pagefind bundle (dist/pagefind/pagefind.js) in Node: a fetch shim serves file: URLs,
 * and result URLs are made site-relative ("/nhiem-vu/nhom-3/#3-6"). `words` reads the site's word list (typo
 * suggestions), as the browser fetches it: only when asked.
 */
export async function loadPagefind(
	dist: string,
): Promise<{ pagefind: PagefindApi; vocabulary: DVocabulary; words: () => Promise<WordVocabulary> }> {
	const bundle = join(dist, 'pagefind');
	const realFetch = globalThis.fetch;
	globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
		const url = String(input instanceof Request ? input.url : input);
		if (url.startsWith('file:')) return new Response(await readFile(fileURLToPath(url.split('?')[0]!)));
		return realFetch(input, init);
	}) as typeof fetch;
	const pagefind = await import(/* @vite-ignore */ pathToFileURL(join(bundle, 'pagefind.js')).href);
	await pagefind.options({ basePath: pathToFileURL(bundle + '/').href, baseUrl: '/', excerptLength: 24 });
	await pagefind.init();
	const vocabulary = JSON.parse(await readFile(join(bundle, VOCABULARY_FILE), 'utf8')) as DVocabulary;
	const words = async () => JSON.parse(await readFile(join(bundle, WORDS_FILE), 'utf8')) as WordVocabulary;
	return { pagefind, vocabulary, words };
}
