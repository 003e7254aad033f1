import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateJsonSchemas, JSON_SCHEMA_DIR, vscodeJsonSchemas } from '../../scripts/lib/schema-export.ts';
import { root } from '../helpers/dist.ts';

describe('JSON Schema files for editors', () => {
	const generated = generateJsonSchemas();

	it('the committed files equal what zod generates now (run "npm run json-schema" after changing a schema)', () => {
		const committed = readdirSync(join(root, JSON_SCHEMA_DIR))
			.filter((n) => n.endsWith('.schema.json'))
			.sort();
		expect(committed).toEqual(Object.keys(generated).sort());
		for (const [name, text] of Object.entries(generated)) {
			expect(readFileSync(join(root, JSON_SCHEMA_DIR, name), 'utf8'), name).toBe(text);
		}
	});

	it('VS Code maps every schema to its data files', () => {
		const settings = JSON.parse(readFileSync(join(root, '.vscode/settings.json'), 'utf8'));
		expect(settings['json.schemas']).toEqual(vscodeJsonSchemas());
	});

	it('describes the fields editors type (required fields, enums, no unknown keys)', () => {
		const observations = JSON.parse(generated['observations.schema.json'] ?? '{}');
		expect(observations.required).toEqual(['year', 'observations']);
		const item = observations.properties.observations.items;
		expect(item.required).toEqual(expect.arrayContaining(['indicator', 'source', 'status']));
		expect(item.properties.status.enum).toEqual(['official', 'provisional', 'illustrative']);
		expect(item.additionalProperties).toBe(false);
		const indicator = JSON.parse(generated['indicator.schema.json'] ?? '{}');
		expect(indicator.properties.unit.enum).toEqual(['percent', 'count', 'rating']);
		// Fields with defaults are optional for editors.
		expect(indicator.required).not.toContain('relatedTasks');
	});

	it('every field carries its Vietnamese description from the zod schema', () => {
		const missing: string[] = [];
		const walk = (node: unknown, path: string): void => {
			if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${path}[${i}]`));
			if (node === null || typeof node !== 'object') return;
			const { properties, ...rest } = node as { properties?: Record<string, { description?: unknown }> };
			for (const [key, field] of Object.entries(properties ?? {})) {
				if (typeof field.description !== 'string' || field.description === '') missing.push(`${path}.${key}`);
				walk(field, `${path}.${key}`);
			}
			for (const [key, value] of Object.entries(rest)) walk(value, `${path}/${key}`);
		};
		for (const [name, text] of Object.entries(generated)) walk(JSON.parse(text), name);
		expect(missing).toEqual([]);
		const observations = JSON.parse(generated['observations.schema.json'] ?? '{}');
		expect(observations.properties.year.description).toBe('Năm báo cáo; trùng tên tệp (2026.json → 2026).');
	});
});
