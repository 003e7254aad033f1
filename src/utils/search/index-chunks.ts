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

/** Raw CBOR bytes per chunk (before gzip: about a third of that on the wire). */
export const CHUNK_BYTES = 8_000;

/** The signature Pagefind puts before the CBOR of each file (checked by pagefind.js after gunzip). */
export const SIGNATURE = 'pagefind_dcd';

/** Pagefind versions whose file layout this was checked against (metadata: [version, pages, chunks, …]). */
export const KNOWN_VERSIONS = ['1.6.0'];

export type Cbor = number | string | boolean | null | Uint8Array | Cbor[];

/** Decode the CBOR subset Pagefind writes (integers, strings, byte strings, arrays, simple values). */
export function decodeCbor(bytes: Uint8Array): Cbor {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let at = 0;
	const length = (info: number): number => {
		if (info < 24) return info;
		if (info === 24) return view.getUint8(at++);
		if (info === 25) return ((at += 2), view.getUint16(at - 2));
		if (info === 26) return ((at += 4), view.getUint32(at - 4));
		if (info === 27) return ((at += 8), Number(view.getBigUint64(at - 8)));
		throw new Error(`CBOR: unsupported length ${info} at ${at}`);
	};
	const item = (): Cbor => {
		if (at >= bytes.length) throw new Error('CBOR: unexpected end');
		const head = bytes[at++]!;
		const major = head >> 5;
		const info = head & 31;
		switch (major) {
			case 0:
				return length(info);
			case 1:
				return -1 - length(info);
			case 2:
			case 3: {
				const n = length(info);
				const slice = bytes.subarray(at, (at += n));
				return major === 3 ? new TextDecoder().decode(slice) : slice;
			}
			case 4: {
				if (info === 31) {
					const out: Cbor[] = [];
					while (bytes[at] !== 0xff) out.push(item());
					at++;
					return out;
				}
				const n = length(info);
				return Array.from({ length: n }, item);
			}
			case 7:
				if (info === 20) return false;
				if (info === 21) return true;
				if (info === 22) return null;
		}
		throw new Error(`CBOR: unsupported item 0x${head.toString(16)} at ${at - 1}`);
	};
	const value = item();
	if (at !== bytes.length) throw new Error(`CBOR: ${bytes.length - at} bytes left over`);
	return value;
}

/** Encode as Pagefind's encoder (minicbor) does: shortest integer heads, definite lengths. */
export function encodeCbor(value: Cbor): Uint8Array {
	const out: number[] = [];
	const head = (major: number, n: number) => {
		const m = major << 5;
		if (n < 24) out.push(m | n);
		else if (n < 0x100) out.push(m | 24, n);
		else if (n < 0x10000) out.push(m | 25, n >> 8, n & 0xff);
		else if (n < 0x100000000) out.push(m | 26, (n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
		else throw new Error(`CBOR: integer too large: ${n}`);
	};
	const item = (v: Cbor) => {
		if (typeof v === 'number') {
			if (!Number.isInteger(v)) throw new Error(`CBOR: not an integer: ${v}`);
			if (v >= 0) head(0, v);
			else head(1, -1 - v);
		} else if (typeof v === 'string') {
			const b = new TextEncoder().encode(v);
			head(3, b.length);
			out.push(...b);
		} else if (v instanceof Uint8Array) {
			head(2, v.length);
			out.push(...v);
		} else if (Array.isArray(v)) {
			head(4, v.length);
			v.forEach(item);
		} else out.push(v === null ? 0xf6 : v ? 0xf5 : 0xf4);
	};
	item(value);
	return Uint8Array.from(out);
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
