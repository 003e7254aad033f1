/**
 * How the editing interface (/admin/) reads and writes the site's JSON files, so a save changes only
 * what the editor changed: tab-indented JSON for the yearly observation files (exactly as committed),
 * and the glossary, a JSON array at the file's root that Decap CMS cannot edit directly, wrapped as
 * `{ items: [...] }` for the form and written back one term per line as before.
 * Runs in the browser (copied to dist/admin/ by src/integrations/cms.ts) and in vitest: no imports.
 */

/** What the form leaves behind that the file should not contain, and the order keys are written in. */
export interface WriteRules {
	/** Field names in form order; keys are written in this order, unknown keys after them as they came. */
	order: string[];
	/** Field name → default value: a field equal to its default is left out, as hand-written files do. */
	defaults: Record<string, unknown>;
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

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Clean one value written by the form: empty optional fields and defaults dropped, keys in form order. */
export function tidy(value: unknown, rules: WriteRules): Json {
	if (Array.isArray(value)) return value.filter((v) => !isEmpty(v)).map((v) => tidy(v, rules));
	if (value && typeof value === 'object') {
		const rank = new Map(rules.order.map((name, i) => [name, i]));
		const entries = Object.entries(value as Record<string, unknown>).filter(
			([key, v]) => !isEmpty(v) && !(key in rules.defaults && sameValue(v, rules.defaults[key])),
		);
		const ranked = entries
			.map(([key, v], i) => ({ key, v, at: rank.get(key) ?? rules.order.length + i }))
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

/** The write rules of a collection's fields (Decap field configs, nested through object/list `fields`). */
export function writeRulesOf(fields: { name: string; default?: unknown; fields?: unknown[]; widget?: string; pattern?: unknown }[], numeric: string[] = []): WriteRules {
	const rules: WriteRules = { order: [], defaults: {}, numeric };
	const walk = (list: typeof fields) => {
		for (const f of list) {
			if (!rules.order.includes(f.name)) rules.order.push(f.name);
			if (f.default !== undefined) rules.defaults[f.name] = f.default;
			if (Array.isArray(f.fields)) walk(f.fields as typeof fields);
		}
	};
	walk(fields);
	return rules;
}

/** Markdown with YAML front matter, written in the house style of content/ (see writeFrontMatter). */
export const FRONT_MATTER_FORMAT = 'frontmatter-tidy';
/** A flow list (`["a", "b"]`) when it fits this many characters, else one item per line. */
const FLOW_WIDTH = 80;

function yamlScalar(value: Json): string {
	return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function yamlLines(data: Record<string, Json>, indent: string): string[] {
	const lines: string[] = [];
	for (const [key, value] of Object.entries(data)) {
		if (Array.isArray(value)) {
			if (value.every((v) => v === null || typeof v !== 'object')) {
				const flow = `${indent}${key}: [${value.map(yamlScalar).join(', ')}]`;
				if (flow.length <= FLOW_WIDTH || value.length === 0) lines.push(flow);
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
	const body = lines.slice(close + 1).join('\n').replace(/^\n/, '');
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
