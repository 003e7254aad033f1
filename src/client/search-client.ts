import { searchSite, type PagefindApi, type SearchOutcome } from '../utils/search/engine.ts';
import { VOCABULARY_FILE, WORDS_FILE, type DVocabulary } from '../utils/search/vocabulary.ts';
import type { WordVocabulary } from '../utils/search/typo.ts';

interface PagefindModule extends PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
}

/** Words shown around a match in excerpts. */
const EXCERPT_WORDS = 24;

let engine: Promise<{ pagefind: PagefindModule; vocabulary: DVocabulary }> | undefined;
let words: Promise<WordVocabulary> | undefined;

const bundlePath = () => `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/`;

/** The site's word list for typo suggestions: fetched once, only when a typed word finds nothing. */
function loadWords(): Promise<WordVocabulary> {
	words ??= fetch(`${bundlePath()}${WORDS_FILE}`).then((r) => {
		if (!r.ok) throw new Error(`${WORDS_FILE}: HTTP ${r.status}`);
		return r.json() as Promise<WordVocabulary>;
	});
	words.catch(() => {
		words = undefined;
	});
	return words;
}

/**
 * Load Pagefind and the đ/Đ vocabulary once, on the reader's first search. The bundle lives at
 * <base>pagefind/, so sub-path deploys (BASE_PATH) work; Pagefind derives result URLs from that path.
 */
export function loadEngine() {
	engine ??= (async () => {
		const bundle = bundlePath();
		const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindModule;
		// noWorker: the index is small, so searching on the main thread takes a few ms and saves fetching
		// pagefind-worker.js (42 KB, a second copy of the search code) on the first query.
		await pagefind.options({ excerptLength: EXCERPT_WORDS, noWorker: true });
		const [vocabulary] = await Promise.all([
			fetch(`${bundle}${VOCABULARY_FILE}`).then((r) => {
				if (!r.ok) throw new Error(`${VOCABULARY_FILE}: HTTP ${r.status}`);
				return r.json() as Promise<DVocabulary>;
			}),
			pagefind.init(),
		]);
		return { pagefind, vocabulary };
	})();
	engine.catch(() => {
		engine = undefined; // let the next attempt retry (e.g. after the network comes back)
	});
	return engine;
}

/** Search the site for what the reader typed. */
export async function runSearch(query: string): Promise<SearchOutcome> {
	const { pagefind, vocabulary } = await loadEngine();
	return searchSite(pagefind, query, vocabulary, { words: loadWords });
}

/**
 * Debounced search for as-you-type input: only the latest query's answer is delivered; earlier ones
 * that finish late are dropped.
 */
export function createSearcher(onResult: (query: string, outcome: SearchOutcome) => void, onError: (error: unknown) => void, delay = 200) {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let latest = 0;
	return (query: string, immediate = false) => {
		clearTimeout(timer);
		const ticket = ++latest;
		const run = () =>
			runSearch(query).then(
				(outcome) => ticket === latest && onResult(query, outcome),
				(error) => ticket === latest && onError(error),
			);
		if (immediate) void run();
		else timer = setTimeout(run, delay);
	};
}
