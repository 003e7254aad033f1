import { describe, expect, it } from 'vitest';
import { adjacency, excerptAt, foldText, typedSyllables } from '../../src/utils/search/adjacency.ts';
import { pageItems, rankItems, titleHasPhrase, type PagefindData } from '../../src/utils/search/results.ts';

describe('adjacency spellings', () => {
	it('records how each whole occurrence of the typed syllables is written', () => {
		const text = foldText('Hạn chế đình công, lãn công. Ra quyết định công nhận; (Đình công).');
		expect(adjacency(text, typedSyllables('dinh cong')).spellings).toEqual({ 'đình công': 2, 'định công': 1 });
		expect(adjacency(text, typedSyllables('cong')).spellings).toEqual({ công: 4 });
		expect(adjacency(text, typedSyllables('dinh cong'), 0, 5).spellings).toEqual({ 'đình công': 1 });
		expect(adjacency(text, typedSyllables('cong nhan lan')).spellings).toEqual({});
	});
});

describe('typedSyllables / foldText', () => {
	it('folds tones, vowel marks and đ, and splits tokens such as "3.6" into syllables', () => {
		expect(typedSyllables('Đình  công')).toEqual(['dinh', 'cong']);
		const text = foldText('Nhiệm vụ 3.6. (khóa X)');
		expect(text.tokens).toEqual(['Nhiệm', 'vụ', '3.6.', '(khóa', 'X)']);
		expect(text.syllables).toEqual(['nhiem', 'vu', '3', '6', 'khoa', 'x']);
		expect(text.start).toEqual([0, 1, 2, 4, 5]);
		expect(text.token).toEqual([0, 1, 2, 2, 3, 4]);
	});
});

describe('adjacency', () => {
	const strike = foldText('quy định công khai; lôi kéo kích động đình công, lãn công, biểu tình');
	const scattered = foldText('theo quy định của pháp luật, tổ chức công đoàn');

	it('counts a typed pair standing together, ignoring diacritics, and where it stands', () => {
		// "định công" (tokens 1–2) and "đình công" (tokens 8–9) both fold to "dinh cong".
		expect(adjacency(strike, ['dinh', 'cong'])).toMatchObject({ pairs: 1, phrases: 2, at: 1 });
		expect(adjacency(strike, ['dinh', 'cong'], 3)).toMatchObject({ pairs: 1, phrases: 1, at: 8 });
	});

	it('finds no pair when the syllables are apart, but still says where the first one is', () => {
		expect(adjacency(scattered, ['dinh', 'cong'])).toMatchObject({ pairs: 0, phrases: 0, at: 2 });
	});

	it('counts each adjacent typed pair once, and whole phrases only in order', () => {
		const text = foldText('thỏa ước lao động tập thể; lao động thỏa ước');
		expect(adjacency(text, typedSyllables('thoa uoc lao dong tap the'))).toMatchObject({ pairs: 5, phrases: 1, at: 0 });
		// "động lao" never stands in that order; the best run is one syllable, the first found ("lao", unfinished last word).
		expect(adjacency(text, typedSyllables('dong lao'))).toMatchObject({ pairs: 0, phrases: 0, at: 2 });
		expect(adjacency(text, typedSyllables('lao dong thoa'))).toMatchObject({ pairs: 2, phrases: 1, at: 6 });
	});

	it('lets the last typed syllable be unfinished, but not the others', () => {
		const text = foldText('đào tạo nghề nghiệp');
		expect(adjacency(text, ['dao', 'ta'])).toMatchObject({ pairs: 1, phrases: 1, at: 0 });
		expect(adjacency(text, ['da', 'tao'])).toMatchObject({ pairs: 0, phrases: 0, at: 1 });
	});

	it('stays inside the given token range', () => {
		expect(adjacency(strike, ['dinh', 'cong'], 0, 8)).toMatchObject({ pairs: 1, phrases: 1, at: 1 });
		expect(adjacency(strike, ['dinh', 'cong'], 3, 8)).toMatchObject({ pairs: 0, phrases: 0, at: -1 });
		expect(adjacency(strike, ['dinh', 'cong'], 3, 9)).toMatchObject({ pairs: 0, phrases: 0, at: 8 });
	});

	it('has nothing to say about an empty query', () => {
		expect(adjacency(strike, [])).toMatchObject({ pairs: 0, phrases: 0, at: -1 });
	});
});

describe('excerptAt', () => {
	it('cuts the real text around the place, marks the typed words, keeps punctuation outside marks and escapes HTML', () => {
		const text = foldText('a b c d e f g h lôi kéo đình công, <x> & k l m n o p');
		const at = adjacency(text, ['dinh', 'cong']).at;
		expect(at).toBe(10);
		// A third of the window before the place (8 words: 2 before).
		expect(excerptAt(text, ['dinh', 'cong'], at, 0, text.tokens.length, 8)).toBe(
			'… lôi kéo <mark>đình</mark> <mark>công</mark>, &lt;x&gt; &amp; k l …',
		);
		// The window does not leave the section, and shows no "…" at its edges.
		expect(excerptAt(text, ['dinh', 'cong'], at, 9, 13, 8)).toBe('kéo <mark>đình</mark> <mark>công</mark>, &lt;x&gt;');
	});
});

describe('ranking by adjacency', () => {
	// A page with two sections: 3.2 has "định" and "công" often but apart, 3.3 says "đình công" once.
	const content =
		'Nhóm 3 mở đầu. Nhiệm vụ 3.2 quy định về công tác, theo quy định của công đoàn, quy định cho công việc của công nhân. ' +
		'Nhiệm vụ 3.3 giải quyết tranh chấp lao động, lãn công, đình công.';
	const tokens = content.split(' ');
	const at32 = tokens.indexOf('3.2') - 2;
	const at33 = tokens.indexOf('3.3') - 2;
	// Where Pagefind matched "đinh"/"cong" (prefixes, diacritics folded): every "định", "đình", "công".
	const matched = (from: number, to: number) =>
		tokens.flatMap((t, i) => (i >= from && i < to && /^(định|đình|công)/.test(t) ? [{ weight: 1, balanced_score: 1, location: i }] : []));
	const page: PagefindData = {
		url: '/nhiem-vu/nhom-3/',
		excerpt: '',
		content,
		meta: { title: 'Nhóm 3' },
		filters: { kind: ['Nhiệm vụ'] },
		anchors: [
			{ element: 'h2', id: '3-2', text: 'Nhiệm vụ 3.2', location: at32 },
			{ element: 'span', id: 'x', location: at32 + 3 },
			{ element: 'h2', id: '3-3', text: 'Nhiệm vụ 3.3', location: at33 },
		],
		sub_results: [
			{
				title: 'Nhiệm vụ 3.2',
				url: '/nhiem-vu/nhom-3/#3-2',
				excerpt: 'quy <mark>định</mark> <mark>công</mark> tác',
				anchor: { element: 'h2', id: '3-2', location: at32 },
				weighted_locations: matched(at32, at33),
			},
			{
				title: 'Nhiệm vụ 3.3',
				url: '/nhiem-vu/nhom-3/#3-3',
				excerpt: 'lãn <mark>công</mark>, <mark>đình</mark>',
				anchor: { element: 'h2', id: '3-3', location: at33 },
				weighted_locations: matched(at33, tokens.length),
			},
		],
	};

	it('puts the section where the syllables stand together first, with an excerpt showing them', () => {
		const items = pageItems(page, 1, 3, 'dinh cong');
		expect(items.map((i) => [i.url, i.adjacent, i.phrases])).toEqual([
			['/nhiem-vu/nhom-3/#3-3', 1, 1],
			['/nhiem-vu/nhom-3/#3-2', 0, 0],
		]);
		// The scattered section keeps Pagefind's excerpt.
		expect(items[1]!.excerpt).toBe('quy <mark>định</mark> <mark>công</mark> tác');
		expect(items[0]!.excerpt).toBe(
			'Nhiệm vụ 3.3 giải quyết tranh chấp lao động, lãn <mark>công</mark>, <mark>đình</mark> <mark>công</mark>.',
		);
	});

	it("keeps Pagefind's excerpt and order for a one-word query", () => {
		const items = pageItems(page, 1, 3, 'công');
		expect(items.map((i) => [i.url, i.adjacent, i.excerpt])).toEqual([
			['/nhiem-vu/nhom-3/#3-2', 0, 'quy <mark>định</mark> <mark>công</mark> tác'],
			['/nhiem-vu/nhom-3/#3-3', 0, 'lãn <mark>công</mark>, <mark>đình</mark>'],
		]);
	});

	it('ranks adjacent sections above scattered ones across pages, whatever their score', () => {
		const item = (url: string, adjacent: number, score: number) => ({
			url,
			title: url,
			page: '',
			kind: 'Chỉ tiêu',
			excerpt: '<mark>định</mark> <mark>công</mark>',
			adjacent,
			phrases: adjacent,
			score,
		});
		expect(rankItems([item('/a/', 0, 10), item('/b/', 1, 1), item('/c/', 0, 5)], 'dinh cong').map((i) => i.url)).toEqual([
			'/b/',
			'/a/',
			'/c/',
		]);
	});

	it('titleHasPhrase: the typed words side by side in a heading', () => {
		expect(titleHasPhrase('Đo lường tiến độ thực hiện', 'tien do')).toBe(true);
		expect(titleHasPhrase('Tiến hành đo', 'tien do')).toBe(false);
		expect(titleHasPhrase('Tiến độ', 'tien')).toBe(false);
	});
});
