import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmsConfig, COLLECTION_SCHEMAS, describedJsonSchema, repoSlug, type CmsField, type JsonSchemaNode } from '../../src/cms/config.ts';
import { readCmsLists } from '../../src/cms/lists.ts';
import { root } from '../helpers/dist.ts';

/**
 * Drift test: the CMS forms are generated from the zod schemas; this walks each schema's JSON Schema
 * (the same one data/schemas/ and the editors' hover texts come from) beside the generated fields, so a
 * schema change the generator does not follow — or a hand edit of the generator that departs from the
 * schema — fails here.
 */
const lists = readCmsLists(root);
const config = cmsConfig(lists, { repoUrl: 'https://github.com/o/r', branch: 'main', siteUrl: 'http://localhost/', base: '/' });
const collection = (name: string) => config.collections.find((c) => c.name === name)!;
const formFields = (name: string): CmsField[] => {
	const c = collection(name);
	const fields = c.fields ?? c.files?.[0]?.fields[0]?.fields ?? [];
	return fields.filter((f) => f.name !== 'body');
};
const rootNode = (name: keyof typeof COLLECTION_SCHEMAS): JsonSchemaNode => {
	const { schema, jsonSchemaFile } = COLLECTION_SCHEMAS[name];
	const node = describedJsonSchema(schema, jsonSchemaFile);
	return node.type === 'array' && node.items ? node.items : node;
};
const first = (node: JsonSchemaNode) => node.anyOf?.[0] ?? node;

/** Compare one level of properties with one level of fields, recursively; returns the differences. */
function drift(node: JsonSchemaNode, fields: CmsField[], path = ''): string[] {
	const out: string[] = [];
	const props = Object.entries(node.properties ?? {});
	const names = fields.map((f) => f.name);
	if (JSON.stringify(props.map(([n]) => n)) !== JSON.stringify(names))
		out.push(`${path || '(root)'}: schema ${props.map(([n]) => n)} ≠ form ${names}`);
	const required = new Set(node.required ?? []);
	for (const [name, child] of props) {
		const field = fields.find((f) => f.name === name);
		if (!field) continue;
		const at = path ? `${path}.${name}` : name;
		if ((field.required !== false) !== required.has(name))
			out.push(`${at}: required ${required.has(name)} ≠ form ${field.required !== false}`);
		if (!field.label || field.label === name) out.push(`${at}: no Vietnamese label`);
		if (child.description && field.hint !== child.description) out.push(`${at}: hint ≠ schema description`);
		const c = first(child);
		const values = (field.options ?? []).map((o) => o.value);
		if (c.enum && JSON.stringify(values) !== JSON.stringify(c.enum.map(String))) out.push(`${at}: options ≠ enum`);
		if (c.type === 'array' && c.items?.enum && JSON.stringify(values) !== JSON.stringify(c.items.enum.map(String)))
			out.push(`${at}: options ≠ enum`);
		if ((c.type === 'integer' || c.type === 'number') && field.widget === 'number') {
			if (field.min !== (c.minimum ?? c.exclusiveMinimum)) out.push(`${at}: min ${field.min} ≠ ${c.minimum}`);
			if (c.maximum !== undefined && c.maximum < Number.MAX_SAFE_INTEGER && field.max !== c.maximum) out.push(`${at}: max ≠ ${c.maximum}`);
			if ((field.value_type === 'int') !== (c.type === 'integer')) out.push(`${at}: value_type ≠ ${c.type}`);
		}
		if (c.format === 'date' && (field.widget !== 'datetime' || field.format !== 'YYYY-MM-DD')) out.push(`${at}: not a date picker`);
		if (c.type === 'object') out.push(...drift(c, field.fields ?? [], at));
		if (c.type === 'array' && c.items?.type === 'object') out.push(...drift(c.items, field.fields ?? [], at));
	}
	return out;
}

describe('CMS configuration generated from the zod schemas', () => {
	it.each(Object.keys(COLLECTION_SCHEMAS) as (keyof typeof COLLECTION_SCHEMAS)[])(
		'%s: every schema field, in order, with its rules',
		(name) => {
			expect(drift(rootNode(name), formFields(name))).toEqual([]);
		},
	);

	it('the drift check itself notices a missing field, a wrong requirement and changed options', () => {
		const fields = structuredClone(formFields('progress'));
		expect(drift(rootNode('progress'), fields.slice(1))).toHaveLength(1);
		fields[0]!.required = false;
		fields.find((f) => f.name === 'status')!.options!.pop();
		expect(drift(rootNode('progress'), fields)).toEqual(['subtask: required true ≠ form false', 'status: options ≠ enum']);
	});

	it('Markdown collections end with the body; the programme text itself is not editable', () => {
		for (const name of ['guidelines', 'updates', 'progress', 'reports']) expect(collection(name).fields?.at(-1)?.widget).toBe('markdown');
		const folders = config.collections.map((c) => c.folder ?? c.files?.map((f) => f.file).join());
		expect(folders).toEqual([
			'data/observations',
			'content/glossary/terms.json',
			'content/guidelines',
			'content/updates',
			'content/progress',
			'content/reports',
		]);
		expect(folders.some((f) => /content\/(programme|tasks|source)|errata|indicators/.test(f ?? ''))).toBe(false);
	});

	it('sub-task, indicator, breakdown and unit ids are selects from the real lists', () => {
		const rows = formFields('observations').find((f) => f.name === 'observations')!.fields!;
		const ids = readdirSync(join(root, 'data/indicators'))
			.map((n) => n.replace(/\.json$/, ''))
			.sort();
		expect(
			rows
				.find((f) => f.name === 'indicator')!
				.options!.map((o) => o.value)
				.sort(),
		).toEqual(ids);
		expect(
			rows
				.find((f) => f.name === 'breakdown')!
				.options!.map((o) => o.value)
				.sort(),
		).toEqual(['ngoai-nha-nuoc', 'nha-nuoc']);
		const progress = formFields('progress');
		const subtasks = progress.find((f) => f.name === 'subtask')!.options!.map((o) => o.value);
		expect(subtasks).toHaveLength(44);
		expect(subtasks.slice(0, 3)).toEqual(['1.1', '1.2', '1.3']);
		expect(
			formFields('guidelines')
				.find((f) => f.name === 'relatedTasks')!
				.options!.map((o) => o.value),
		).toEqual(subtasks);
		const units = (JSON.parse(readFileSync(join(root, 'content/units.json'), 'utf8')) as { id: string }[]).map((u) => u.id);
		expect(progress.find((f) => f.name === 'units')!.options!.map((o) => o.value)).toEqual(units);
		expect(
			formFields('reports')
				.find((f) => f.name === 'issuer')!
				.options!.map((o) => o.value),
		).toEqual(units);
		expect(
			progress
				.find((f) => f.name === 'period')!
				.options!.map((o) => o.value)
				.slice(-3),
		).toEqual(['2021', '2021-H2', '2021-H1']);
	});

	it('online mode: GitHub backend with pull requests (editorial workflow), Vietnamese interface', () => {
		expect(config.backend).toEqual({ name: 'github', repo: 'o/r', branch: 'main' });
		expect(config.publish_mode).toBe('editorial_workflow');
		expect(config.locale).toBe('vi');
		const withAuth = cmsConfig(lists, {
			repoUrl: 'https://github.com/o/r',
			branch: 'main',
			siteUrl: 'http://x/',
			base: '/',
			authUrl: 'https://auth.example.org',
		});
		expect(withAuth.backend.base_url).toBe('https://auth.example.org');
		expect(repoSlug('https://github.com/ldld-baoloc/chuong-trinh-hanh-dong')).toBe('ldld-baoloc/chuong-trinh-hanh-dong');
		expect(() => repoSlug('https://gitlab.com/a/b/c')).toThrow(/REPO_URL/);
	});

	it('a numerator cannot be negative or fractional in the form (the checker has the cross-field rules)', () => {
		const rows = formFields('observations').find((f) => f.name === 'observations')!.fields!;
		expect(rows.find((f) => f.name === 'numerator')).toMatchObject({ widget: 'number', value_type: 'int', min: 0 });
		expect(rows.find((f) => f.name === 'status')!.options!.map((o) => o.label)).toEqual(['Chính thức', 'Tạm tính', 'Số liệu minh họa']);
	});
});
