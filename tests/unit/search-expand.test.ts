import { describe, expect, it } from 'vitest';
import { expandQuery, wordVariants } from '../../src/utils/search/expand.ts';
import { buildDVocabulary } from '../../src/utils/search/vocabulary.ts';

const vocabulary = buildDVocabulary(['công đoàn đoàn viên doanh nghiệp đối thoại theo dõi tiến độ do đó CĐCS LĐLĐ Quyết định 217-QĐ/TW']);

describe('wordVariants', () => {
	it('turns d into đ where the site has đ ("doan" → "đoan", not "doanh")', () => {
		expect(wordVariants('doan', vocabulary)).toEqual(['đoan']);
	});
	it('keeps both spellings when both are real words, most frequent first', () => {
		expect(wordVariants('do', vocabulary)).toEqual(['đo', 'do']);
		expect(wordVariants('doi', vocabulary)).toEqual(['doi', 'đoi']);
	});
	it('keeps the tones the reader typed, so Pagefind still ranks exact matches first', () => {
		expect(wordVariants('Đoàn', vocabulary)).toEqual(['đoàn']);
		expect(wordVariants('doàn', vocabulary)).toEqual(['đoàn']);
	});
	it('expands abbreviations', () => {
		expect(wordVariants('cdcs', vocabulary)).toEqual(['cđcs']);
		expect(wordVariants('LDLD', vocabulary)).toEqual(['lđlđ']);
	});
	it('uses longer words as prefixes only while the reader is typing', () => {
		expect(wordVariants('doa', vocabulary).sort()).toEqual(['doa', 'đoa']);
	});
	it('leaves words without d, and unknown words, alone', () => {
		expect(wordVariants('cong', vocabulary)).toEqual(['cong']);
		expect(wordVariants('dxyz', vocabulary)).toEqual(['dxyz']);
	});
});

describe('expandQuery', () => {
	it('expands each word and keeps separators', () => {
		expect(expandQuery('kinh phi cong doan', vocabulary)).toEqual(['kinh phi cong đoan']);
		expect(expandQuery('217-qd/tw', vocabulary)).toEqual(['217-qđ/tw']);
	});
	it('lists combinations most likely first and caps their number', () => {
		expect(expandQuery('tien do', vocabulary)).toEqual(['tien đo', 'tien do']);
		const many = expandQuery('do do do do', vocabulary, 3);
		expect(many).toHaveLength(3);
		expect(many[0]).toBe('đo đo đo đo');
	});
	it('normalises spaces and returns nothing for an empty query', () => {
		expect(expandQuery('  cong   doan ', vocabulary)).toEqual(['cong đoan']);
		expect(expandQuery('   ', vocabulary)).toEqual([]);
	});
	it('runs a query with diacritics as typed', () => {
		expect(expandQuery('Công Đoàn', vocabulary)).toEqual(['công đoàn']);
	});
});

describe('expansion edges (from surviving mutants)', () => {
	it('a word already written with đ is kept as it is, even when "do" is also a word', () => {
		expect(wordVariants('đo', vocabulary)).toEqual(['đo']);
	});
	it('counts the prefixes of longer words, not the whole words: one variant per spelling, most frequent first', () => {
		const v = buildDVocabulary(['đoàn đoạt doanh']);
		expect(wordVariants('doa', v)).toEqual(['đoa', 'doa']);
	});
	it('keeps the cheapest combinations when there are more than allowed, in order of cost', () => {
		expect(expandQuery('do do do', vocabulary, 4)).toEqual(['đo đo đo', 'đo đo do', 'đo do đo', 'do đo đo']);
	});
	it('a word whose lower case changes length (dotted capital İ) is searched as typed, not with đ put in the wrong place', () => {
		// "İdd" lower-cases to "i" + combining dot + "dd" (4 code units) and folds to "idd" (3).
		expect(wordVariants('İdd', { idd: { idđ: 1 } })).toEqual(['i\u0307dd']);
		expect(wordVariants('idd', { idd: { idđ: 1 } })).toEqual(['idđ']);
	});
	it('lower-cases the parts between words too', () => {
		expect(expandQuery('Ⅻ', vocabulary)).toEqual(['ⅻ']);
	});
});
