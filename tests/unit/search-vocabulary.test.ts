import { describe, expect, it } from 'vitest';
import { buildDVocabulary, foldAll, foldKeepD, RARE, wordsOf } from '../../src/utils/search/vocabulary.ts';
import { indexedText } from '../../src/utils/search/indexed-text.ts';

describe('folding', () => {
	it('foldKeepD removes tones and vowel marks but keeps đ, like Pagefind', () => {
		expect(foldKeepD('Công Đoàn đối thoại')).toBe('cong đoan đoi thoai');
	});
	it('foldAll also maps đ → d and keeps the length', () => {
		expect(foldAll('ĐOÀN')).toBe('doan');
		expect(foldAll('Lđlđ')).toHaveLength(4);
		expect(foldAll('đoàn'.normalize('NFD'))).toBe('doan');
	});
	it('wordsOf splits on anything but letters and digits', () => {
		expect(wordsOf('(CĐCS), 02-NQ/TW')).toEqual(['CĐCS', '02', 'NQ', 'TW']);
	});
});

describe('indexedText', () => {
	it('keeps text of pages with data-pagefind-body, without tags and scripts', () => {
		const html = '<body><main data-pagefind-body><h2>Đối thoại</h2><script>var đ=1</script><p>công&nbsp;đoàn</p></main></body>';
		const text = indexedText(html);
		expect(wordsOf(text)).toEqual(['Đối', 'thoại', 'công', 'đoàn']);
	});
	it('leaves out code samples, as the index does', () => {
		const html = '<main data-pagefind-body><p>đoàn viên</p><pre>{ "indicator": "doan-vien-moi" }</pre></main>';
		expect(wordsOf(indexedText(html))).toEqual(['đoàn', 'viên']);
	});
	it('ignores pages that are not indexed', () => {
		expect(indexedText('<main><p>đoàn</p></main>')).toBe('');
	});
});

describe('buildDVocabulary', () => {
	it('records the đ-keeping forms of words whose folded form has a d', () => {
		const v = buildDVocabulary(['Công đoàn, đoàn viên và doanh nghiệp; theo dõi độ', 'do đó']);
		expect(v.doan).toEqual({ đoan: 2 });
		expect(v.doanh).toEqual({ doanh: 1 });
		expect(v.doi).toEqual({ doi: 1 });
		expect(v.do).toEqual({ đo: 2, do: 1 });
		expect(v.cong).toBeUndefined();
	});
	it('drops spellings used less than once in RARE uses (quoted unaccented examples, typos)', () => {
		const text = `${'công đoàn '.repeat(RARE + 1)} "cong doan"`;
		expect(buildDVocabulary([text]).doan).toEqual({ đoan: RARE + 1 });
	});
});
