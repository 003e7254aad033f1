/**
 * How the editing interface (/admin/) reads and writes the site's JSON files, so a save changes only
 * what the editor changed: tab-indented JSON for the yearly observation files (exactly as committed),
 * and the glossary, a JSON array at the file's root that Decap CMS cannot edit directly, wrapped as
 * `{ items: [...] }` for the form and written back one term per line as before.
 * Runs in the browser (copied to dist/admin/ by src/integrations/cms.ts) and in vitest: no imports.
 */

/** What the form leaves behind that the file should not contain, and the order keys are written in. */
export interface WriteRules {
	/**
	 * Every list of sibling field names of the form, in form order. An object's keys are written in the
	 * order of the first list that holds them all (unknown keys last, as they came).
	 */
	orders: string[][];
	/** Field names whose text is a number when it looks like one (the observation `value`: number or rating level). */
	numeric: string[];
}

/** Format names registered with Decap CMS (src/cms/client.ts) and used by the config (src/cms/config.ts). */
export const JSON_FORMAT = 'json-tabs';
export const ROOT_LIST_FORMAT = 'json-root-list';
/** The one field a root-list file is edited through (the file itself is a plain JSON array). */
export const ROOT_LIST_FIELD = 'items';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const NUMBER = /^(?:0|[1-9]\d*)(?:\.\d+)?$/;

const isEmpty = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** The field order for an object with these keys (see WriteRules.orders). */
function orderFor(keys: string[], rules: WriteRules): string[] {
	let best: string[] = [];
	let bestHits = 0;
	for (const order of rules.orders) {
		const hits = keys.filter((k) => order.includes(k)).length;
		if (hits === keys.length) return order;
		if (hits > bestHits) [best, bestHits] = [order, hits];
	}
	return best;
}

/** Clean one value written by the form: empty optional fields dropped, keys in form order, text in NFC. */
export function tidy(value: unknown, rules: WriteRules): Json {
	if (Array.isArray(value)) return value.filter((v) => !isEmpty(v)).map((v) => tidy(v, rules));
	if (value && typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => !isEmpty(v));
		const order = orderFor(
			entries.map(([key]) => key),
			rules,
		);
		const ranked = entries
			.map(([key, v], i) => ({ key, v, at: order.includes(key) ? order.indexOf(key) : order.length + i }))
			.sort((a, b) => a.at - b.at);
		const out: Record<string, Json> = {};
		for (const { key, v } of ranked) {
			out[key] = rules.numeric.includes(key) && typeof v === 'string' && NUMBER.test(v.trim()) ? Number(v.trim()) : tidy(v, rules);
		}
		return out;
	}
	if (typeof value === 'string') return value.normalize('NFC');
	return value as Json;
}

/** A yearly observation file (or any JSON object file): tab indentation and a final newline. */
export function writeJsonFile(data: unknown, rules: WriteRules): string {
	return `${JSON.stringify(tidy(data, rules), null, '\t')}\n`;
}

export function readJsonFile(text: string): unknown {
	return JSON.parse(text.replace(/^\uFEFF/, ''));
}

/** The glossary's array, as the object the form edits: `{ [field]: [...] }`. */
export function readRootList(text: string, field: string): Record<string, unknown> {
	const data = readJsonFile(text);
	if (!Array.isArray(data)) throw new Error('Tệp cần là một danh sách JSON ([ … ]).');
	return { [field]: data };
}

/** One object on one line, as the glossary writes its terms: { "id": "x", "term": "Y" }. */
function inline(value: Json): string {
	if (value && typeof value === 'object' && !Array.isArray(value)) {
		const parts = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`);
		return parts.length ? `{ ${parts.join(', ')} }` : '{}';
	}
	return JSON.stringify(value);
}

/** Back to the file: a JSON array, one item per line, two-space indent, final newline. */
export function writeRootList(data: unknown, field: string, rules: WriteRules): string {
	const list = (data as Record<string, unknown> | null)?.[field];
	const items = tidy(Array.isArray(list) ? list : [], rules) as Json[];
	if (items.length === 0) return '[]\n';
	return `[\n${items.map((item) => `  ${inline(item)}`).join(',\n')}\n]\n`;
}

type FieldList = { name: string; fields?: unknown[] }[];

/** The write rules of the collections using one format: each collection's fields (Decap field configs, nested through `fields`). */
export function writeRulesOf(collections: FieldList[], numeric: string[] = []): WriteRules {
	const rules: WriteRules = { orders: [], numeric };
	const walk = (list: FieldList) => {
		rules.orders.push(list.map((f) => f.name));
		for (const f of list) if (Array.isArray(f.fields)) walk(f.fields as FieldList);
	};
	for (const fields of collections) walk(fields);
	return rules;
}

/** Markdown with YAML front matter, written in the house style of content/ (see writeFrontMatter). */
export const FRONT_MATTER_FORMAT = 'frontmatter-tidy';
/** Lists of ids (no spaces) are written on one line (`["a", "b"]`), lists of texts one item per line. */
const isIdList = (list: Json[]) => list.every((v) => typeof v !== 'string' || !/\s/.test(v));

function yamlScalar(value: Json): string {
	return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function yamlLines(data: Record<string, Json>, indent: string): string[] {
	const lines: string[] = [];
	for (const [key, value] of Object.entries(data)) {
		if (Array.isArray(value)) {
			if (value.every((v) => v === null || typeof v !== 'object')) {
				if (isIdList(value)) lines.push(`${indent}${key}: [${value.map(yamlScalar).join(', ')}]`);
				else lines.push(`${indent}${key}:`, ...value.map((v) => `${indent}  - ${yamlScalar(v)}`));
			} else {
				lines.push(`${indent}${key}:`);
				for (const item of value) {
					const inner = yamlLines(item as Record<string, Json>, `${indent}    `);
					lines.push(...inner.map((line, i) => (i === 0 ? `${indent}  - ${line.trimStart()}` : line)));
				}
			}
		} else if (value && typeof value === 'object') {
			lines.push(`${indent}${key}:`, ...yamlLines(value, `${indent}  `));
		} else {
			lines.push(`${indent}${key}: ${yamlScalar(value)}`);
		}
	}
	return lines;
}

/**
 * A Markdown file as the site's files are written: every text in double quotes, short lists on one line,
 * a blank line after the front matter, a final newline. `body` is the Markdown below the front matter.
 */
export function writeFrontMatter(data: unknown, rules: WriteRules): string {
	const { body, ...rest } = (data ?? {}) as Record<string, unknown>;
	const front = tidy(rest, rules) as Record<string, Json>;
	const text = typeof body === 'string' ? body.normalize('NFC').replace(/\s+$/, '') : '';
	return `---\n${yamlLines(front, '').join('\n')}\n---\n${text ? `\n${text}\n` : ''}`;
}

/** Front matter and body of a Markdown file; `parseYaml` is the yaml package's parse (browser or Node). */
export function readFrontMatter(text: string, parseYaml: (yaml: string) => unknown): Record<string, unknown> {
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	if (lines[0]?.trim() !== '---') return { body: text };
	const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
	if (close < 0) return { body: text };
	const data = (parseYaml(lines.slice(1, close).join('\n')) ?? {}) as Record<string, unknown>;
	const body = lines
		.slice(close + 1)
		.join('\n')
		.replace(/^\n/, '');
	return { ...data, body };
}

/**
 * Decap CMS lower-cases every value it puts in a file path ("2026-H1" → "2026-h1"; "3.6" → "3-6"), but
 * progress folders are named exactly as their period: give the half-year its capital H back before the
 * backend writes (src/cms/client.ts wraps the backends' persistEntry with this).
 */
export function sitePath(path: string): string {
	return path.replace(/^(content\/progress\/\d{4})-h([12])\//, '$1-H$2/');
}
