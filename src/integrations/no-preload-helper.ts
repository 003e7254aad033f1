/**
 * Vite wraps every lazy `import()` of the browser build in its preload helper (1.8 KB, 0.9 KB gz), and the
 * header search's loader imports that helper on every page at load, only to start the search code on focus.
 * With module preloading off (this site loads nothing ahead) a wrapped call whose list of files to preload is
 * empty does exactly what the bare `import()` does. Vite keeps the wrapper anyway (vitejs/vite#13952, #18551),
 * so this plugin unwraps such calls and drops the helper's import when nothing else uses it:
 * 1. renderChunk (code not yet minified, the helper still named `__vitePreload`): each wrapped call gets a
 *    marker string as an extra argument, saying whether these calls are the helper's only uses in the chunk;
 * 2. writeBundle (minified code, the lists of files filled in by Vite's generateBundle): a marked call with an empty list becomes
 *    `(import(…)…)`, any other marked call loses its marker; when every use was unwrapped the helper's import
 *    goes, and the helper file goes when no chunk imports it.
 */

import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The ESTree nodes read here (rolldown's `this.parse` and acorn both give start/end offsets). */
export interface EsNode {
	type: string;
	start: number;
	end: number;
	[key: string]: unknown;
}

const HELPER = '__vitePreload';
/** Markers: the chunk's only uses of the helper are marked calls (ALL), or not (SOME). */
export const MARK = { all: '__site_preload_only__', some: '__site_preload_some__' } as const;

const isNode = (value: unknown): value is EsNode =>
	typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';

function* walk(node: EsNode): Generator<EsNode> {
	yield node;
	for (const value of Object.values(node)) {
		for (const child of Array.isArray(value) ? value : [value]) if (isNode(child)) yield* walk(child);
	}
}

/** True for the file name (or import path) of Vite's helper chunk, e.g. "./preload-helper.DygEbaNj.js". */
export const isPreloadHelper = (path: string) => /(^|\/)preload-helper[.-][^/]*\.js$/.test(path);

const isHelperImport = (n: EsNode) =>
	n.type === 'ImportDeclaration' && isNode(n.source) && typeof n.source.value === 'string' && isPreloadHelper(n.source.value);

/** The value of a string literal, also as the minifier writes it (a template without expressions). */
function stringValue(node: EsNode): string | undefined {
	if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
	const quasis = node.quasis as { value: { cooked?: string } }[] | undefined;
	if (node.type === 'TemplateLiteral' && (node.expressions as unknown[]).length === 0 && quasis?.length === 1)
		return quasis[0]!.value.cooked;
	return undefined;
}

type Edit = { start: number; end: number; text: string };
const apply = (code: string, edits: Edit[]) =>
	[...edits].sort((a, b) => b.start - a.start).reduce((text, e) => text.slice(0, e.start) + e.text + text.slice(e.end), code);

/** Step 1: the unminified chunk with a marker added to each `__vitePreload(loader, deps)` call; null: none. */
export function markWrappedCalls(code: string, program: EsNode): string | null {
	const nodes = [...walk(program)];
	const imports = nodes.filter(isHelperImport);
	const calls = nodes.filter(
		(n) =>
			n.type === 'CallExpression' &&
			isNode(n.callee) &&
			n.callee.type === 'Identifier' &&
			n.callee.name === HELPER &&
			(n.arguments as unknown[]).length === 2,
	);
	if (calls.length === 0) return null;
	const inImport = (n: EsNode) => imports.some((i) => n.start >= i.start && n.end <= i.end);
	const uses = nodes.filter((n) => n.type === 'Identifier' && n.name === HELPER && !inImport(n)).length;
	const marker = JSON.stringify(uses === calls.length ? MARK.all : MARK.some);
	// The call's last character is its closing parenthesis.
	return apply(
		code,
		calls.map((c) => ({ start: c.end - 1, end: c.end - 1, text: `, ${marker}` })),
	);
}

/** Step 2: the minified chunk with marked calls unwrapped or unmarked; `dropped`: the helper import went; null: no marks. */
export function unwrapMarkedCalls(code: string, program: EsNode): { code: string; dropped: boolean } | null {
	const nodes = [...walk(program)];
	const marked = nodes.flatMap((n) => {
		if (n.type !== 'CallExpression') return [];
		const args = n.arguments as EsNode[];
		const last = args.at(-1);
		const mark = last ? stringValue(last) : undefined;
		return args.length === 3 && (mark === MARK.all || mark === MARK.some) ? [{ call: n, args, all: mark === MARK.all }] : [];
	});
	if (marked.length === 0) return null;
	const unmark = marked.map(({ call, args }) => ({ start: args[1]!.end, end: call.end, text: ')' }));
	const edits: Edit[] = [];
	let unwrapped = 0;
	for (const [i, { call, args }] of marked.entries()) {
		const [loader, deps] = args as [EsNode, EsNode];
		const empty = deps.type === 'ArrayExpression' && (deps.elements as unknown[]).length === 0;
		const bare = loader.type === 'ArrowFunctionExpression' && (loader.params as unknown[]).length === 0 && loader.expression === true;
		if (empty && bare) {
			const body = loader.body as EsNode;
			edits.push({ start: call.start, end: call.end, text: `(${code.slice(body.start, body.end)})` });
			unwrapped++;
		} else edits.push(unmark[i]!);
	}
	// A call unwrapped inside another marked call would overlap it: then only the markers go.
	const sorted = [...edits].sort((a, b) => a.start - b.start);
	if (sorted.some((e, i) => i > 0 && e.start < sorted[i - 1]!.end)) return { code: apply(code, unmark), dropped: false };
	const dropped = unwrapped === marked.length && marked.every((m) => m.all);
	if (dropped) for (const i of nodes.filter(isHelperImport)) edits.push({ start: i.start, end: i.end, text: '' });
	return { code: apply(code, edits), dropped };
}

interface OutputChunk {
	type: 'chunk';
	fileName: string;
	code: string;
	imports: string[];
}
interface OutputAsset {
	type: 'asset';
	fileName: string;
}
type Parse = { parse(code: string): unknown };

/** The Vite plugin: module preloading off and the preload helper unwrapped, in the browser build only. */
export function noPreloadHelper() {
	return {
		name: 'site:no-preload-helper',
		enforce: 'post' as const,
		applyToEnvironment: (environment: { name: string }) => environment.name === 'client',
		configEnvironment: (name: string) => (name === 'client' ? { build: { modulePreload: false as const } } : undefined),
		renderChunk(this: Parse, code: string) {
			if (!code.includes(HELPER)) return null;
			const marked = markWrappedCalls(code, this.parse(code) as EsNode);
			return marked === null ? null : { code: marked, map: null };
		},
		// After Vite's own generateBundle has filled in the lists of files, hence on the written files.
		writeBundle(this: Parse, options: { dir?: string }, bundle: Record<string, OutputChunk | OutputAsset>) {
			const dir = options.dir;
			if (!dir) return;
			const helper = Object.keys(bundle).find(isPreloadHelper);
			const importers = new Set<string>();
			for (const chunk of Object.values(bundle)) {
				if (chunk.type !== 'chunk') continue;
				const file = join(dir, chunk.fileName);
				const code = readFileSync(file, 'utf8');
				const result = code.includes(MARK.all) || code.includes(MARK.some) ? unwrapMarkedCalls(code, this.parse(code) as EsNode) : null;
				if (result) writeFileSync(file, result.code);
				if (helper && chunk.imports.includes(helper) && !result?.dropped) importers.add(chunk.fileName);
			}
			if (helper && importers.size === 0) rmSync(join(dir, helper), { force: true });
		},
	};
}
