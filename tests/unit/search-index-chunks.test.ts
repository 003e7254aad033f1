import { describe, expect, it } from 'vitest';
import {
	boundPrefixes,
	chunkBounds,
	compareBytes,
	decodeCbor,
	encodeCbor,
	rechunk,
	splitWords,
	type Cbor,
} from '../../src/utils/search/index-chunks.ts';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

/** A word entry as Pagefind 1.6 writes it: [folded word, [[page, positions, meta positions]], variants]. */
const word = (w: string, page: number, positions: number[]): Cbor[] => [w, [[page, [-25, ...positions], []]], []];

describe('CBOR as Pagefind writes it', () => {
	it('encodes integers with the shortest head, strings as UTF-8 text, arrays with their length', () => {
		expect(hex(encodeCbor(23))).toBe('17');
		expect(hex(encodeCbor(24))).toBe('1818');
		expect(hex(encodeCbor(256))).toBe('190100');
		expect(hex(encodeCbor(65536))).toBe('1a00010000');
		expect(hex(encodeCbor(-25))).toBe('3818');
		expect(hex(encodeCbor('đ'))).toBe('62c491');
		expect(hex(encodeCbor([1, [], null, true, false]))).toBe('8501 80f6f5f4'.replace(' ', ''));
	});
	it('decodes what it encodes, byte strings and indefinite arrays included', () => {
		const value: Cbor = ['1.6.0', [['vi_1234567', 981, '']], [['công', [[3, [-25, 70, 4000, 70000], []]], []]]];
		expect(decodeCbor(encodeCbor(value))).toEqual(value);
		expect(decodeCbor(Uint8Array.from([0x9f, 0x01, 0x42, 0xaa, 0xbb, 0xff]))).toEqual([1, Uint8Array.from([0xaa, 0xbb])]);
	});
	it('rejects truncated or trailing bytes and floats', () => {
		expect(() => decodeCbor(Uint8Array.from([0x82, 0x01]))).toThrow(/unexpected end/);
		expect(() => decodeCbor(Uint8Array.from([0x01, 0x02]))).toThrow(/left over/);
		expect(() => encodeCbor(1.5)).toThrow(/not an integer/);
	});
});

describe('chunk bounds', () => {
	it('shortens neighbouring bounds to the prefixes that tell them apart (Pagefind get_prefixes)', () => {
		expect(boundPrefixes('apple', 'apricot')).toEqual(['app', 'apr']);
		expect(boundPrefixes('cataraman', 'yacht')).toEqual(['c', 'y']);
		expect(boundPrefixes('cath', 'cathartic')).toEqual(['cath', 'catha']);
		expect(boundPrefixes('khuyen', 'kich')).toEqual(['kh', 'ki']);
		expect(boundPrefixes('tong', 'đoan')).toEqual(['t', 'đ']);
	});
	it('keeps the outer bounds whole and cuts the inner ones (Pagefind chunk_meta)', () => {
		const chunks = [[word('apple', 0, [1])], [word('apricot', 0, [2]), word('banana', 0, [3])], [word('peach', 0, [4])]];
		expect(chunkBounds(chunks)).toEqual([
			['apple', 'app'],
			['apr', 'b'],
			['p', 'peach'],
		]);
	});
	it('orders words by UTF-8 bytes, as Rust sorts strings (đ after z)', () => {
		expect(compareBytes('zo', 'đa')).toBeLessThan(0);
		expect(compareBytes('cong', 'cong')).toBe(0);
		expect(compareBytes('con', 'cong')).toBeLessThan(0);
	});
});

describe('splitWords', () => {
	const words = ['anh', 'bao', 'cho', 'dan', 'gia', 'xin'].map((w, i) => word(w, i, [i]));
	const size = encodeCbor(words[0]!).length;
	it('cuts runs of at most the target size, in order, losing nothing', () => {
		const chunks = splitWords(words, size * 2);
		expect(chunks.map((c) => c.map((w) => w[0]))).toEqual([
			['anh', 'bao'],
			['cho', 'dan'],
			['gia', 'xin'],
		]);
	});
	it('puts a word larger than the target in a chunk of its own', () => {
		const big = word(
			'cong',
			1,
			Array.from({ length: 50 }, (_, i) => i),
		);
		const chunks = splitWords([words[0]!, big, words[3]!], size * 2);
		expect(chunks.map((c) => c.map((w) => w[0]))).toEqual([['anh'], ['cong'], ['dan']]);
	});
});

describe('rechunk', () => {
	// A Pagefind 1.6 metadata file: [version, pages, chunks [from, to, hash], filters, sorts, meta fields].
	const original = {
		a: encodeCbor([['anh', 'bao', 'cho'].map((w, i) => word(w, i, [i]))]),
		b: encodeCbor([['dan', 'gia', 'xin'].map((w, i) => word(w, i, [i]))]),
	};
	const meta = (version = '1.6.0') =>
		encodeCbor([
			version,
			[['vi_page', 10, '']],
			[
				['anh', 'ch', 'a'],
				['d', 'xin', 'b'],
			],
			[['kind', 'vi_filter']],
			[],
			['title'],
		]);
	const read = (hash: string) => original[hash as 'a' | 'b'];

	it('re-cuts the same words into smaller chunks and lists them in the metadata, everything else kept', () => {
		let n = 0;
		const size = encodeCbor(word('anh', 0, [0])).length;
		const { meta: out, chunks } = rechunk(meta(), read, () => `vi_${n++}`, size * 2);
		const decoded = decodeCbor(out) as Cbor[];
		expect(decoded[0]).toBe('1.6.0');
		expect(decoded[1]).toEqual([['vi_page', 10, '']]);
		expect(decoded.slice(3)).toEqual([[['kind', 'vi_filter']], [], ['title']]);
		expect(decoded[2]).toEqual([
			['anh', 'b', 'vi_0'],
			['c', 'd', 'vi_1'],
			['g', 'xin', 'vi_2'],
		]);
		const words = [...chunks.values()].flatMap((c) => (decodeCbor(c) as Cbor[][])[0]!);
		expect(words).toEqual([...(decodeCbor(original.a) as Cbor[][])[0]!, ...(decodeCbor(original.b) as Cbor[][])[0]!]);
	});
	it('gives two chunks with the same hash distinct names', () => {
		const { chunks } = rechunk(meta(), read, () => 'vi_same', 1);
		expect([...chunks.keys()]).toEqual(['vi_same', 'vi_same0', 'vi_same00', 'vi_same000', 'vi_same0000', 'vi_same00000']);
	});
	it('refuses a Pagefind version whose layout was not checked, and words out of order', () => {
		expect(() => rechunk(meta('2.0.0'), read, () => 'x')).toThrow(/Pagefind 2\.0\.0: index layout not checked/);
		const swapped = (hash: string) => (hash === 'a' ? original.b : original.a);
		expect(() => rechunk(meta(), swapped, () => 'x')).toThrow(/out of order/);
	});
});
