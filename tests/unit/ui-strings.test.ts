import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@astrojs/compiler-rs';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/dist.ts';

/**
 * The team's rule: everything a reader sees is Vietnamese, and the interface's strings live in one place
 * (src/i18n/ui.ts). So no .astro file under src/ may contain a Vietnamese letter outside its comments: a
 * sentence written straight into a page or component belongs in ui.ts. Comments are found by Astro's own
 * parser (@astrojs/compiler-rs, the compiler `astro build` uses): `//`, `/* *\/` and `/** *\/` in the
 * frontmatter, in template expressions and in scripts, `<!-- -->` in the markup, and `/* *\/` in styles.
 * Text inside strings, attributes and markup is never taken for a comment.
 */

const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
/** The letters of Vietnamese that ASCII lacks: the 12 vowels with each of the 6 tones, minus plain a e i o u y, plus đ. */
const VIETNAMESE_LETTERS = new Set(
	[...VOWELS.flatMap((v) => TONES.map((t) => (v + t).normalize('NFC'))), 'đ']
		.filter((c) => !/^[a-z]$/.test(c))
		.flatMap((c) => [c, c.toUpperCase()]),
);

interface Node {
	type?: string;
	start?: number;
	end?: number;
	value?: unknown;
	[key: string]: unknown;
}

/** [start, end) ranges of every comment in an .astro source, as UTF-16 offsets (the parser's). */
function commentRanges(source: string): [number, number][] {
	const { ast, diagnostics } = parse(source);
	const errors = diagnostics.filter((d) => d.severity === 'error');
	if (errors.length > 0) throw new Error(`cannot parse: ${errors.map((d) => d.text).join('; ')}`);
	const ranges: [number, number][] = (ast.comments as Node[]).map((c) => [c.start!, c.end!]);
	const walk = (node: unknown): void => {
		if (Array.isArray(node)) return node.forEach(walk);
		if (!node || typeof node !== 'object') return;
		const n = node as Node;
		if (n.type === 'AstroComment') ranges.push([n.start!, n.end!]);
		const opening = n.openingElement as { name?: { name?: string } } | undefined;
		if (n.type === 'JSXElement' && opening?.name?.name === 'style') {
			for (const child of n.children as Node[]) {
				if (child.type !== 'JSXText') continue;
				for (const m of String(child.value).matchAll(/\/\*[\s\S]*?\*\//g))
					ranges.push([child.start! + m.index, child.start! + m.index + m[0].length]);
			}
		}
		for (const [key, value] of Object.entries(n)) if (key !== 'comments') walk(value);
	};
	walk(ast);
	return ranges;
}

/** Lines (1-based) of an .astro source that hold a Vietnamese letter outside comments, with that line's text. */
function offences(source: string): { line: number; text: string }[] {
	const chars = source.split('');
	for (const [start, end] of commentRanges(source)) for (let i = start; i < end; i++) if (chars[i] !== '\n') chars[i] = ' ';
	const lines = chars.join('').split('\n');
	const out: { line: number; text: string }[] = [];
	lines.forEach((line, i) => {
		if ([...line.normalize('NFC')].some((c) => VIETNAMESE_LETTERS.has(c))) out.push({ line: i + 1, text: line.trim() });
	});
	return out;
}

const astroFiles = (readdirSync(join(root, 'src'), { recursive: true }) as string[])
	.filter((f) => f.endsWith('.astro'))
	.map((f) => `src/${f.split('\\').join('/')}`)
	.sort();

describe('no interface text written into .astro files (it lives in src/i18n/ui.ts)', () => {
	it('knows the Vietnamese letters: 134 with diacritics and đ, both cases, and nothing of ASCII', () => {
		expect(VIETNAMESE_LETTERS.size).toBe(134);
		for (const c of 'ăâêôơưđĂÂÊÔƠƯĐáàảãạấầẩẫậắằẳẵặếềểễệốồổỗộớờởỡợứừửữựýỳỷỹỵíìỉĩịúùủũụóòỏõọéèẻẽẹ')
			expect(VIETNAMESE_LETTERS.has(c), c).toBe(true);
		for (const c of 'aeiouyAEIOUYdDñçü–…¶') expect(VIETNAMESE_LETTERS.has(c), c).toBe(false);
	});

	it('skips every kind of comment and flags strings, attributes, text, scripts and styles', () => {
		const fixture = [
			'---', // 1
			'// line comment: đây', // 2
			'/* block comment: ở */', // 3
			'/** doc comment: ư */', // 4
			"const s = 'https://x'; // trailing comment: đã", // 5
			"const u = 'https://đ'; // a string is not a comment", // 6
			'const t = `a ${s} b`;', // 7
			'---', // 8
			'<!-- markup comment: ế -->', // 9
			'<p title="ý">{/* expression comment: ố */} text', // 10
			'{', // 11
			'  // comment in an expression: ạ', // 12
			'  t', // 13
			'}', // 14
			'nội dung', // 15
			'</p>', // 16
			'<script>', // 17
			'  // script comment: ừ', // 18
			"  const x = 'ở';", // 19
			'</script>', // 20
			'<style>', // 21
			'  /* style comment: ỡ */', // 22
			"  p::after { content: 'ư'; }", // 23
			'</style>', // 24
		].join('\n');
		expect(offences(fixture).map((o) => o.line)).toEqual([6, 10, 15, 19, 23]);
	});

	it('reads text written in decomposed Unicode (NFD) too', () => {
		expect(offences('<p>Tie\u0302\u0301n đo\u0323\u0302</p>'.normalize('NFD'))).toEqual([
			{ line: 1, text: '<p>Tie\u0302\u0301n đo\u0323\u0302</p>'.normalize('NFD') },
		]);
	});

	it('finds the .astro files (pages, layouts, components)', () => {
		expect(astroFiles).toContain('src/pages/du-lieu/index.astro');
		expect(astroFiles).toContain('src/layouts/SectionPage.astro');
		expect(astroFiles.length).toBeGreaterThan(30);
	});

	it('no .astro file under src/ has a Vietnamese letter outside its comments', () => {
		const found = astroFiles.flatMap((file) =>
			offences(readFileSync(join(root, file), 'utf8')).map((o) => `${file}:${o.line}: ${o.text.slice(0, 100)}`),
		);
		expect(found).toEqual([]);
	});
});
