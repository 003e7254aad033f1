import { describe, expect, it } from 'vitest';
import { searchSite, type PagefindApi } from '../../src/utils/search/engine.ts';
import type { PagefindHit } from '../../src/utils/search/results.ts';
import { buildDVocabulary, foldKeepD } from '../../src/utils/search/vocabulary.ts';
import {
	buildWordVocabulary,
	isKnownWord,
	plainAsTyped,
	respell,
	suggestQueries,
	suggestQuery,
	suggestWord,
	withinOneEdit,
	wordCandidates,
} from '../../src/utils/search/typo.ts';

const vocabulary = buildWordVocabulary([
	'Công đoàn cơ sở (CĐCS) vận động đoàn viên; giai đoạn 2018-2023.',
	'Đối thoại tại nơi làm việc. Trạng thái: đang thực hiện. Thái độ. Đình công, lãn công; gia đình; quy định.',
	'Doanh nghiệp, đoàn viên công đoàn, đoàn thể.',
]);

describe('buildWordVocabulary', () => {
	it('counts spellings by folded word, in lower case, without numbers', () => {
		expect(vocabulary.doan).toEqual({ đoàn: 5, đoạn: 1 });
		expect(vocabulary.cdcs).toEqual({ cđcs: 1 });
		expect(vocabulary.dinh).toEqual({ đình: 2, định: 1 });
		expect(Object.keys(vocabulary).some((k) => /\d/.test(k))).toBe(false);
	});
});

describe('withinOneEdit', () => {
	it('accepts one letter added, removed, changed, or two neighbours swapped', () => {
		expect(withinOneEdit('doann', 'doan')).toBe(true);
		expect(withinOneEdit('doa', 'doan')).toBe(true);
		expect(withinOneEdit('coog', 'cong')).toBe(true);
		expect(withinOneEdit('cogn', 'cong')).toBe(true);
		expect(withinOneEdit('cong', 'cong')).toBe(true);
	});
	it('refuses two edits', () => {
		expect(withinOneEdit('doannn', 'doan')).toBe(false);
		expect(withinOneEdit('ocgn', 'cong')).toBe(false);
		expect(withinOneEdit('thaio', 'thoai')).toBe(false);
		expect(withinOneEdit('abc', 'xyz')).toBe(false);
	});
});

describe('suggestWord', () => {
	it('corrects a word the site does not have to the most frequent word one edit away', () => {
		// "doann": "doan" (6 uses) beats "doanh" (1).
		expect(suggestWord('đoànn', vocabulary)).toBe('đoàn');
		expect(suggestWord('doann', vocabulary)).toBe('đoàn');
		expect(wordCandidates('doann', vocabulary).map((c) => [c.key, c.form, c.count])).toEqual([
			['doan', 'đoàn', 6],
			['doanh', 'doanh', 1],
		]);
	});
	it('spells the correction as close to what was typed as the site allows', () => {
		expect(suggestWord('đoạnn', vocabulary)).toBe('đoạn');
		expect(suggestWord('cogn', vocabulary)).toBe('công');
	});
	it('leaves known words, the start of a word being typed, short words and numbers alone', () => {
		expect(suggestWord('đoàn', vocabulary)).toBeUndefined();
		expect(suggestWord('doan', vocabulary)).toBeUndefined();
		expect(suggestWord('doanh', vocabulary)).toBeUndefined();
		expect(isKnownWord('nghi', vocabulary, true)).toBe(true);
		expect(suggestWord('nghi', vocabulary, true)).toBeUndefined();
		expect(suggestWord('nghi', vocabulary, false)).toBeUndefined(); // nothing one edit away
		expect(suggestWord('dx', vocabulary)).toBeUndefined();
		expect(suggestWord('20188', vocabulary)).toBeUndefined();
		expect(suggestWord('xqzwv', vocabulary)).toBeUndefined();
	});
});

describe('suggestQueries / suggestQuery', () => {
	it('replaces only the unknown words, keeping separators and capitals', () => {
		expect(suggestQuery('dinh cogn', vocabulary)).toBe('dinh công');
		expect(suggestQuery('CĐCSS', vocabulary)).toBe('CĐCS');
		expect(suggestQuery('gia-dinhh', vocabulary)).toBe('gia-đình');
		expect(suggestQuery('doi thoai', vocabulary)).toBeUndefined();
	});
	it('offers several corrections, most likely first, for the text to decide', () => {
		// "thaoi": "thai" (2 uses, one letter dropped) and "thoai" (1 use, two letters swapped).
		expect(suggestQueries('doi thaoi', vocabulary, 3)).toEqual(['doi thái', 'doi thoại']);
		expect(suggestQueries('doi thaoi', vocabulary, 1)).toEqual(['doi thái']);
	});
});

describe('plainAsTyped', () => {
	it('drops the diacritics of a correction where the reader typed none', () => {
		expect(plainAsTyped('gia định', 'gia dinhh')).toBe('gia dinh');
		expect(plainAsTyped('gia định', 'gia đinhh')).toBe('gia định');
		expect(plainAsTyped('doi thoại', 'doi thaoi')).toBe('doi thoai');
		expect(plainAsTyped('CĐCS', 'cdccs')).toBe('CDCS');
		expect(plainAsTyped('tài chính công đoàn', 'tài chinhh công đoàn')).toBe('tài chinh công đoàn');
	});
});

describe('respell', () => {
	it('spells the query as the best result highlights it', () => {
		expect(respell('gia định', ['Gia', 'đình,'])).toBe('gia đình');
		expect(respell('cđcs', ['CĐCS'])).toBe('CĐCS');
		expect(respell('doi thoại', ['đối'])).toBe('đối thoại');
	});
});

describe('searchSite with typos', () => {
	/**
	 * A fake Pagefind: one page per known phrase, matched when every word of the query is in it; like
	 * Pagefind, it ignores tones and vowel marks but not đ.
	 */
	function fakePagefind(pages: Record<string, string>): { api: PagefindApi; asked: string[] } {
		const asked: string[] = [];
		const api: PagefindApi = {
			search: async (term) => {
				asked.push(term);
				const words = term.split(' ');
				const results: PagefindHit[] = Object.entries(pages)
					.filter(([, text]) => words.every((w) => text.split(' ').some((t) => foldKeepD(t) === foldKeepD(w))))
					.map(([url, text]) => {
						const hit = (w: string) => words.some((q) => foldKeepD(q) === foldKeepD(w));
						const excerpt = text
							.split(' ')
							.map((w) => (hit(w) ? `<mark>${w}</mark>` : w))
							.join(' ');
						const locations = text.split(' ').flatMap((w, i) => (hit(w) ? [i] : []));
						return {
							id: url,
							score: 1,
							data: async () => ({
								url,
								content: text,
								excerpt,
								meta: { title: url },
								filters: { kind: ['Nhiệm vụ'] },
								sub_results: [{ title: url, url, excerpt, locations }],
							}),
						};
					});
				return { results };
			},
		};
		return { api, asked };
	}
	const words = async () => vocabulary;

	it('searches the correction the text supports best when a typed word matches nothing', async () => {
		const { api, asked } = fakePagefind({ '/a/': 'tăng cường đối thoại tại nơi làm việc', '/b/': 'trạng thái thái độ' });
		const outcome = await searchSite(api, 'đối thaoi', {}, { words });
		// The corrections are searched without the diacritics the reader left out (plainAsTyped).
		expect(asked).toEqual(['đối thaoi', 'đối thai', 'đối thoai']);
		expect(outcome.suggestion).toBe('đối thoại');
		expect(outcome.corrected).toBe(true);
		expect(outcome.items.map((i) => i.url)).toEqual(['/a/']);
	});

	it('lets the text pick the spelling of an unaccented correction: the usual phrase wins', async () => {
		const pages = { '/a/': 'số giả định không phải số liệu', '/b/': 'trong gia đình và', '/c/': 'gia đình khó khăn' };
		const { api, asked } = fakePagefind(pages);
		const outcome = await searchSite(api, 'gia dinhh', buildDVocabulary(Object.values(pages)), { words });
		expect(asked).toContain('gia đinh');
		expect(outcome.suggestion).toBe('gia đình');
		expect(outcome.items.map((i) => i.url)).toEqual(['/b/', '/c/', '/a/']);
	});

	it('does not load the word list when every typed word is found', async () => {
		const { api } = fakePagefind({ '/a/': 'đối thoại tại nơi làm việc' });
		let loaded = 0;
		const outcome = await searchSite(api, 'đối thoại', {}, { words: async () => (loaded++, vocabulary) });
		expect(loaded).toBe(0);
		expect(outcome.suggestion).toBeUndefined();
		expect(outcome.items.map((i) => i.url)).toEqual(['/a/']);
	});

	it('suggests without replacing when the correction finds nothing either, and stays silent without a word list', async () => {
		const { api } = fakePagefind({ '/a/': 'tăng cường đối thoại' });
		expect(await searchSite(api, 'đoànn', {}, { words })).toEqual({ queries: ['đoànn'], items: [], suggestion: 'đoàn' });
		expect(await searchSite(api, 'đoànn', {})).toEqual({ queries: ['đoànn'], items: [] });
	});
});
