/**
 * Smaller word-index chunks for Pagefind, so a reader's first query fetches less.
 *
 * Pagefind splits its word index into chunks of a fixed size (about 20,000 word positions, not
 * configurable in 1.6): on this site that was three chunks of 17–28 KB gzipped, cut at "khu" and "tom", so any
 * query with words on both sides of a cut ("kinh phi cong doan": k, p, c and đ) fetches the whole index
 * (70 KB). Cut into chunks of ~CHUNK_BYTES, a query fetches only the chunks that hold its words.
 *
 * The files stay in Pagefind's own format, which pagefind.js reads unchanged: gzip of "pagefind_dcd"
 * followed by CBOR. The metadata file (pf_meta) lists the chunks as [first word, last word, hash] in
 * word order; the bounds are shortened to the prefixes that tell neighbouring chunks apart, as Pagefind
 * does (chunk_meta/get_prefixes in pagefind/src/index/mod.rs), because the search decides which chunk to
 * fetch for a typed word by comparing it with those bounds. Only the index layout changes: every word
 * and its positions are kept, byte for byte.
 */

import { decode, encode } from 'cbor2';

/** Raw CBOR bytes per chunk (before gzip: about a third of that on the wire). */
export const CHUNK_BYTES = 8_000;

/** The signature Pagefind puts before the CBOR of each file (checked by pagefind.js after gunzip). */
export const SIGNATURE = 'pagefind_dcd';

/** Pagefind versions whose file layout this was checked against (metadata: [version, pages, chunks, …]). */
export const KNOWN_VERSIONS = ['1.6.0'];

export type Cbor = number | string | boolean | null | Uint8Array | Cbor[];

/** Decode Pagefind's CBOR (cbor2; a truncated file or trailing bytes are errors). */
export function decodeCbor(bytes: Uint8Array): Cbor {
	try {
		return decode(bytes) as Cbor;
	} catch (error) {
		throw new Error(`CBOR: ${at(bytes, error)}`, { cause: error });
	}
}

const at = (bytes: Uint8Array, error: unknown) =>
	/outside the bounds|unexpected end/i.test(String(error))
		? `unexpected end (${bytes.length} bytes)`
		: /extra data/i.test(String(error))
			? 'bytes left over'
			: String(error);

/**
 * Encode as Pagefind's encoder (minicbor) does, which cbor2's defaults match: shortest integer heads,
 * definite lengths, byte strings for Uint8Array. Pagefind's files hold no fractions: one is an error.
 */
export function encodeCbor(value: Cbor): Uint8Array {
	const check = (v: Cbor): void => {
		if (typeof v === 'number' && !Number.isInteger(v)) throw new Error(`CBOR: not an integer: ${v}`);
		if (Array.isArray(v)) v.forEach(check);
	};
	check(value);
	return encode(value);
}

/**
 * The shortest prefixes of two neighbouring bounds that still tell them apart: the last word of one
 * chunk and the first word of the next ("apple", "apricot" → "app", "apr"). Pagefind's get_prefixes.
 */
export function boundPrefixes(last: string, first: string): [string, string] {
	const a = [...last];
	const b = [...first];
	let common = 0;
	while (common < a.length && common < b.length && a[common] === b[common]) common++;
	return [a.slice(0, common + 1).join(''), b.slice(0, common + 1).join('')];
}

/** Order of two words as Pagefind sorts them (Rust strings: by UTF-8 bytes). */
export function compareBytes(a: string, b: string): number {
	const x = new TextEncoder().encode(a);
	const y = new TextEncoder().encode(b);
	for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
	return x.length - y.length;
}

/** One word of the index: [folded word, …]; its encoded size decides where chunks are cut. */
type WordEntry = Cbor[];

/** Split the words (kept in order) into runs of about `target` encoded bytes; a larger word stands alone. */
export function splitWords(words: WordEntry[], target = CHUNK_BYTES): WordEntry[][] {
	const chunks: WordEntry[][] = [];
	let current: WordEntry[] = [];
	let size = 0;
	for (const word of words) {
		const bytes = encodeCbor(word).length;
		if (current.length > 0 && size + bytes > target) {
			chunks.push(current);
			current = [];
			size = 0;
		}
		current.push(word);
		size += bytes;
	}
	if (current.length > 0) chunks.push(current);
	return chunks;
}

/** The [from, to] bounds of each chunk, shortened against its neighbours as Pagefind does. */
export function chunkBounds(chunks: WordEntry[][]): [string, string][] {
	const bounds = chunks.map((c): [string, string] => [String(c[0]![0]), String(c.at(-1)![0])]);
	for (let i = 0; i + 1 < bounds.length; i++) {
		const [to, from] = boundPrefixes(bounds[i]![1], bounds[i + 1]![0]);
		bounds[i]![1] = to;
		bounds[i + 1]![0] = from;
	}
	return bounds;
}

export interface Rechunked {
	/** The new metadata (CBOR, without the signature). */
	meta: Uint8Array;
	/** The new chunks, by name (hash), as CBOR without the signature. */
	chunks: Map<string, Uint8Array>;
}

/**
 * Re-cut Pagefind's word index: `meta` is the decoded-from-gzip metadata without the signature,
 * `read(hash)` returns a chunk the same way, `hash(bytes)` names a new chunk. Words keep their order and
 * their bytes; only the cuts and the chunk list in the metadata change.
 */
export function rechunk(
	meta: Uint8Array,
	read: (hash: string) => Uint8Array,
	hash: (bytes: Uint8Array) => string,
	target = CHUNK_BYTES,
): Rechunked {
	const decoded = decodeCbor(meta);
	if (!Array.isArray(decoded) || typeof decoded[0] !== 'string' || !Array.isArray(decoded[2])) {
		throw new Error('Pagefind metadata: unexpected layout');
	}
	if (!KNOWN_VERSIONS.includes(decoded[0])) {
		throw new Error(`Pagefind ${decoded[0]}: index layout not checked for this version (known: ${KNOWN_VERSIONS.join(', ')})`);
	}
	const words: WordEntry[] = [];
	for (const entry of decoded[2] as Cbor[][]) {
		const chunk = decodeCbor(read(String(entry[2])));
		if (!Array.isArray(chunk) || chunk.length !== 1 || !Array.isArray(chunk[0])) {
			throw new Error('Pagefind index chunk: unexpected layout');
		}
		words.push(...(chunk[0] as WordEntry[]));
	}
	for (let i = 1; i < words.length; i++) {
		if (compareBytes(String(words[i - 1]![0]), String(words[i]![0])) >= 0) throw new Error('Pagefind index: words out of order');
	}
	const split = splitWords(words, target);
	const bounds = chunkBounds(split);
	const chunks = new Map<string, Uint8Array>();
	const list: Cbor[] = split.map((c, i) => {
		const bytes = encodeCbor([c]);
		let name = hash(bytes);
		while (chunks.has(name)) name = `${name}0`;
		chunks.set(name, bytes);
		return [bounds[i]![0], bounds[i]![1], name];
	});
	const out = [...decoded];
	out[2] = list;
	return { meta: encodeCbor(out), chunks };
}
