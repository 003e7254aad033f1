import { z } from 'astro/zod';
import { observationFileSchema, FIGURE_STATUSES } from '../schemas/observation.ts';
import { RATING_SCALE } from '../schemas/indicator.ts';
import { glossarySchema } from '../schemas/glossary.ts';
import { guidelineSchema, audiences } from '../schemas/guideline.ts';
import { updateSchema, updateKinds } from '../schemas/update.ts';
import { readFileSync } from 'node:fs';
import { cms, editing, ui } from '../i18n/ui.ts';
import type { CmsLists } from './lists.ts';
import { FRONT_MATTER_FORMAT, JSON_FORMAT, ROOT_LIST_FIELD, ROOT_LIST_FORMAT } from './format.ts';
import { progressEntrySchema, PROGRESS_STATUSES } from '../schemas/progress.ts';
import { reportSchema } from '../schemas/report.ts';

/**
 * The Decap CMS configuration of /admin/, generated from the zod schemas (src/schemas/) so the forms are
 * never described twice: every field of a schema becomes a form field with its Vietnamese label
 * (src/i18n/ui.ts `cms`) and, as hint, the same description as the JSON Schema files (data/schemas/,
 * `npm run json-schema`); enums become selects; sub-task, indicator and breakdown ids become selects from
 * the real lists (content/tasks/, data/indicators/). What the form cannot check (cross-file rules) is left
 * to `npm run check`, which CI runs on every pull request.
 */

/** A JSON Schema node as z.toJSONSchema writes it (the subset this generator reads). */
export interface JsonSchemaNode {
	type?: string;
	properties?: Record<string, JsonSchemaNode>;
	required?: string[];
	items?: JsonSchemaNode;
	enum?: (string | number)[];
	const?: unknown;
	anyOf?: JsonSchemaNode[];
	oneOf?: JsonSchemaNode[];
	pattern?: string;
	format?: string;
	minimum?: number;
	maximum?: number;
	exclusiveMinimum?: number;
	minLength?: number;
	maxLength?: number;
	minItems?: number;
	default?: unknown;
	description?: string;
}

export interface CmsOption {
	label: string;
	value: string;
}

/** A Decap CMS field (the options this site uses). */
export interface CmsField {
	name: string;
	label: string;
	widget: string;
	required?: boolean;
	hint?: string;
	default?: unknown;
	options?: CmsOption[];
	multiple?: boolean;
	min?: number;
	max?: number;
	step?: number;
	value_type?: 'int' | 'float';
	pattern?: [string, string];
	fields?: CmsField[];
	field?: CmsField;
	summary?: string;
	label_singular?: string;
	collapsed?: boolean;
	minimize_collapsed?: boolean;
	format?: string;
	date_format?: string;
	time_format?: boolean;
	picker_utc?: boolean;
	modes?: string[];
	add_to_top?: boolean;
}

export interface CmsCollection {
	name: string;
	label: string;
	label_singular?: string;
	description?: string;
	folder?: string;
	files?: { name: string; label: string; file: string; fields: CmsField[] }[];
	extension?: string;
	format?: string;
	create?: boolean;
	delete?: boolean;
	slug?: string;
	path?: string;
	identifier_field?: string;
	summary?: string;
	sortable_fields?: string[];
	fields?: CmsField[];
}

export interface CmsConfig {
	backend: {
		name: 'github';
		repo?: string;
		branch: string;
		base_url?: string;
		auth_endpoint?: string;
		commit_messages?: Record<string, string>;
	};
	publish_mode: 'editorial_workflow';
	local_backend: boolean;
	locale: 'vi';
	site_url?: string;
	display_url?: string;
	media_folder: string;
	public_folder: string;
	show_preview_links: boolean;
	editor: { preview: boolean };
	slug: { encoding: 'ascii'; clean_accents: boolean; sanitize_replacement: string };
	collections: CmsCollection[];
}

export interface CmsEnvironment {
	/** Web address of the repository (REPO_URL), e.g. https://github.com/owner/name. */
	/** Web address of the repository; absent when none is configured (then only local mode can save). */
	repoUrl?: string | undefined;
	branch: string;
	/** Absolute site address including the base path, e.g. https://owner.github.io/name/. */
	siteUrl?: string | undefined;
	/** Base path of the site ("/" or "/name/"). */
	base: string;
	/** The small OAuth service Decap's GitHub backend signs in through (CMS_AUTH_URL), if any. */
	authUrl?: string;
}

/** "owner/name" from a GitHub address. */
export function repoSlug(url: string): string {
	const match = /github\.com[/:]([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(url);
	if (!match?.[1]) throw new Error(`cms: REPO_URL "${url}" is not a GitHub repository address`);
	return match[1];
}

const DATE_WIDGET = { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true } as const;

/**
 * Schema paths ("observations.indicator") whose values come from the site's real lists, and the
 * observation `value` (a number or a rating level: one text box with a pattern, numbers written as numbers
 * by the JSON format).
 */
function overrides(lists: CmsLists): Record<string, Partial<CmsField>> {
	const subtasks = lists.subtasks.map((s) => ({ label: `${s.id} — ${s.label}`, value: s.id }));
	const units = lists.units.map((u) => ({ label: u.shortName, value: u.id }));
	const indicators = lists.indicators.map((i) => ({ label: `${i.shortTitle} (${i.id})`, value: i.id }));
	const periods = lists.periods.map((p) => ({ label: p, value: p }));
	const number = '(?:0|[1-9]\\d*)(?:\\.\\d+)?';
	return {
		'observations.indicator': { widget: 'select', options: indicators },
		'observations.breakdown': { widget: 'select', options: lists.breakdowns.map((b) => ({ label: `${b.label} (${b.id})`, value: b.id })) },
		'observations.value': {
			widget: 'string',
			pattern: [`^(?:${number}|${RATING_SCALE.join('|')})$`, cms.ratingPattern],
		},
		relatedTasks: { widget: 'select', multiple: true, options: subtasks },
		subtask: { widget: 'select', options: subtasks },
		period: { widget: 'select', options: periods },
		units: { widget: 'select', multiple: true, options: units },
		indicators: { widget: 'select', multiple: true, options: indicators },
		issuer: { widget: 'select', options: units },
		parentBody: { widget: 'select', options: units },
	};
}

/** Vietnamese display names of enum values the site already names (figure status, audience, update kind). */
const ENUM_LABELS: Record<string, Record<string, string>> = {
	status: ui.indicators.figureStatus,
	audience: ui.audience,
	kind: editing.updateKinds,
};

function labelOf(path: string, name: string, collection = ''): string {
	const label = cms.fields[`${collection}.${path}`] ?? cms.fields[path.split('.').slice(-2).join('.')] ?? cms.fields[name];
	if (!label) throw new Error(`cms: no Vietnamese label for field "${path}" (add it to cms.fields in src/i18n/ui.ts)`);
	return label;
}

/** The non-null branch of a union such as `number | string` (z.toJSONSchema writes anyOf). */
function variants(node: JsonSchemaNode): JsonSchemaNode[] {
	return node.anyOf ?? node.oneOf ?? [node];
}

/** One JSON Schema property → one Decap field. `path` is the dotted schema path used by overrides and hints. */
function toField(collection: string, path: string, name: string, node: JsonSchemaNode, required: boolean, lists: CmsLists): CmsField {
	const field: CmsField = { name, label: labelOf(path, name, collection), widget: 'string' };
	if (!required) field.required = false;
	const hint = node.description ?? cms.hints[`${collection}.${path}`] ?? cms.hints[path];
	if (hint) field.hint = hint;
	if (node.default !== undefined) field.default = node.default;
	const override = overrides(lists)[path] ?? overrides(lists)[name];
	if (override) return { ...field, ...override };

	const [first] = variants(node);
	if (!first) return field;
	if (first.enum) {
		field.widget = 'select';
		field.options = first.enum.map((v) => ({ label: ENUM_LABELS[name]?.[String(v)] ?? String(v), value: String(v) }));
	} else if (first.type === 'object') {
		field.widget = 'object';
		field.fields = toFields(collection, first, lists, path);
	} else if (first.type === 'array' && first.items) {
		const items = first.items;
		if (items.enum) {
			field.widget = 'select';
			field.multiple = true;
			field.options = items.enum.map((v) => ({ label: ENUM_LABELS[name]?.[String(v)] ?? String(v), value: String(v) }));
		} else if (items.type === 'object') {
			field.widget = 'list';
			field.fields = toFields(collection, items, lists, path);
			field.collapsed = true;
		} else {
			// A list of texts: one text box per item.
			field.widget = 'list';
			field.field = { name: 'item', label: field.label, widget: 'string' };
		}
		if (first.minItems) field.min = first.minItems;
	} else if (first.type === 'integer' || first.type === 'number') {
		field.widget = 'number';
		field.value_type = first.type === 'integer' ? 'int' : 'float';
		if (first.type === 'integer') field.step = 1;
		const min = first.minimum ?? first.exclusiveMinimum;
		if (min !== undefined) field.min = min;
		// zod writes Number.MAX_SAFE_INTEGER as the bound of every int(): no real maximum.
		if (first.maximum !== undefined && first.maximum < Number.MAX_SAFE_INTEGER) field.max = first.maximum;
	} else if (first.type === 'boolean') {
		field.widget = 'boolean';
	} else if (first.format === 'date') {
		Object.assign(field, DATE_WIDGET);
	} else {
		field.widget = (first.maxLength ?? 0) > 120 ? 'text' : 'string';
		// Unicode classes (\p{L}) need the "u" flag, which Decap's patterns lack: those stay with npm run check.
		if (first.pattern && !first.pattern.includes('\\p{')) field.pattern = [first.pattern, patternMessage(first.pattern)];
	}
	return field;
}

/** Vietnamese explanation of the few id patterns the schemas use. */
function patternMessage(pattern: string): string {
	if (pattern.includes('#')) return 'đường dẫn trong trang: chữ thường không dấu, số, "/", "#" và "-"';
	return 'chữ thường không dấu, số và gạch nối, ví dụ "doi-thoai"';
}

function toFields(collection: string, node: JsonSchemaNode, lists: CmsLists, prefix = ''): CmsField[] {
	const required = new Set(node.required ?? []);
	return Object.entries(node.properties ?? {}).map(([name, child]) =>
		toField(collection, prefix ? `${prefix}.${name}` : name, name, child, required.has(name), lists),
	);
}

/** The committed JSON Schema files (data/schemas/, `npm run json-schema`; a test keeps them current). */
const JSON_SCHEMA_FILES = new URL('../../data/schemas/', import.meta.url);

/**
 * JSON Schema of a zod schema with its descriptions: the committed JSON Schema file when the schema has
 * one (the hover texts editors see in VS Code), otherwise z.toJSONSchema (descriptions from
 * `.meta({ description })`). "input": what editors write (defaults make fields optional).
 */
export function describedJsonSchema(schema: z.ZodType, file?: string): JsonSchemaNode {
	if (file) return JSON.parse(readFileSync(new URL(file, JSON_SCHEMA_FILES), 'utf8')) as JsonSchemaNode;
	return z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as JsonSchemaNode;
}

/** The schemas behind the collections, by collection name (the drift test walks the same list). */
export const COLLECTION_SCHEMAS = {
	observations: { schema: observationFileSchema as z.ZodType, jsonSchemaFile: 'observations.schema.json' },
	glossary: { schema: glossarySchema as z.ZodType, jsonSchemaFile: 'glossary.schema.json' },
	guidelines: { schema: guidelineSchema as z.ZodType, jsonSchemaFile: undefined },
	updates: { schema: updateSchema as z.ZodType, jsonSchemaFile: undefined },
	progress: { schema: progressEntrySchema as z.ZodType, jsonSchemaFile: undefined },
	reports: { schema: reportSchema as z.ZodType, jsonSchemaFile: undefined },
} as const;

const body = (): CmsField => ({
	name: 'body',
	label: cms.bodyLabel,
	widget: 'markdown',
	hint: cms.hints.body,
	modes: ['raw', 'rich_text'],
});

/** The whole configuration (written to dist/admin/config.json by src/integrations/cms.ts). */
export function cmsConfig(lists: CmsLists, env: CmsEnvironment): CmsConfig {
	const json = (name: keyof typeof COLLECTION_SCHEMAS) => {
		const { schema, jsonSchemaFile } = COLLECTION_SCHEMAS[name];
		return describedJsonSchema(schema, jsonSchemaFile);
	};
	const glossaryItems = json('glossary').items;
	if (!glossaryItems) throw new Error('cms: the glossary schema is no longer a list');
	const c = cms.collections;
	const observationFields = toFields('observations', json('observations'), lists);
	const rows = observationFields.find((f) => f.name === 'observations');
	if (rows) Object.assign(rows, { summary: cms.summaries.observationRow, label_singular: cms.rowLabel });
	const glossaryList: CmsField = {
		name: ROOT_LIST_FIELD,
		label: labelOf(ROOT_LIST_FIELD, ROOT_LIST_FIELD),
		widget: 'list',
		collapsed: true,
		summary: cms.summaries.glossaryTerm,
		label_singular: cms.termLabel,
		fields: toFields('glossary', glossaryItems, lists),
	};
	/** A folder content/<name>/ of Markdown files: labels from ui.ts, front matter fields from the schema, then the body. */
	const markdownFolder = (name: 'guidelines' | 'updates' | 'progress' | 'reports', options: Record<string, unknown>) => ({
		name,
		label: c[name].label,
		label_singular: c[name].singular,
		description: c[name].description,
		folder: `content/${name}`,
		extension: 'md',
		format: FRONT_MATTER_FORMAT,
		create: true,
		...options,
		fields: [...toFields(name, json(name), lists), body()],
	});
	const base = env.base.endsWith('/') ? env.base : `${env.base}/`;
	return {
		backend: {
			name: 'github',
			...(env.repoUrl ? { repo: repoSlug(env.repoUrl) } : {}),
			branch: env.branch,
			...(env.authUrl ? { base_url: env.authUrl, auth_endpoint: 'auth' } : {}),
		},
		publish_mode: 'editorial_workflow',
		local_backend: true,
		locale: 'vi',
		...(env.siteUrl ? { site_url: env.siteUrl, display_url: env.siteUrl } : {}),
		media_folder: 'public/media',
		public_folder: `${base}media`,
		show_preview_links: false,
		editor: { preview: false },
		slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
		collections: [
			{
				name: 'observations',
				label: c.observations.label,
				label_singular: c.observations.singular,
				description: c.observations.description,
				folder: 'data/observations',
				extension: 'json',
				format: JSON_FORMAT,
				create: false,
				delete: false,
				identifier_field: 'year',
				summary: cms.summaries.observations,
				fields: observationFields,
			},
			{
				name: 'glossary',
				label: c.glossary.label,
				label_singular: c.glossary.singular,
				description: c.glossary.description,
				format: ROOT_LIST_FORMAT,
				extension: 'json',
				delete: false,
				files: [{ name: 'terms', label: c.glossaryFile, file: 'content/glossary/terms.json', fields: [glossaryList] }],
			},
			markdownFolder('guidelines', { slug: '{{slug}}', identifier_field: 'title', sortable_fields: ['title', 'updated'] }),
			markdownFolder('updates', {
				slug: '{{year}}-{{month}}-{{day}}-{{slug}}',
				identifier_field: 'title',
				sortable_fields: ['date', 'title'],
			}),
			markdownFolder('progress', {
				// Decap writes "3.6" as "3-6" in paths; the period folder's capital H is restored by src/cms/client.ts.
				path: '{{period}}/{{subtask}}',
				slug: '{{subtask}}',
				identifier_field: 'subtask',
				summary: cms.summaries.progress,
				sortable_fields: ['subtask', 'period', 'asOf'],
			}),
			markdownFolder('reports', {
				slug: '{{period | lower}}',
				identifier_field: 'period',
				summary: cms.summaries.reports,
			}),
		],
	};
}

/** Every enum's values, for the drift test. */
export const ENUMS = { FIGURE_STATUSES, audiences, updateKinds, PROGRESS_STATUSES } as const;
