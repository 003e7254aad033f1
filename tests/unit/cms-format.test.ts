import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { cmsConfig } from '../../src/cms/config.ts';
import {
	FRONT_MATTER_FORMAT,
	JSON_FORMAT,
	readFrontMatter,
	readJsonFile,
	readRootList,
	ROOT_LIST_FIELD,
	ROOT_LIST_FORMAT,
	sitePath,
	tidy,
	writeFrontMatter,
	writeJsonFile,
	writeRootList,
	writeRulesOf,
} from '../../src/cms/format.ts';
import { readCmsLists } from '../../src/cms/lists.ts';
import { root } from '../helpers/dist.ts';

const config = cmsConfig(readCmsLists(root), {
	repoUrl: 'https://github.com/o/r',
	branch: 'main',
	siteUrl: 'http://localhost/',
	base: '/',
});
/** The same rules the browser client derives from config.json (src/cms/client.ts). */
const rules = (format: string, numeric: string[] = []) =>
	writeRulesOf(
		config.collections.filter((c) => c.format === format).flatMap((c) => [c.fields ?? [], ...(c.files ?? []).map((f) => f.fields)]),
		numeric,
	);
const files = (dir: string, ext: string) =>
	readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
		.filter((n) => n.endsWith(ext))
		.map((n) => join(dir, n));

describe('CMS file formats: saving an unchanged entry rewrites no byte', () => {
	it.each(files('data/observations', '.json'))('%s', (file) => {
		const text = readFileSync(join(root, file), 'utf8');
		expect(writeJsonFile(readJsonFile(text), rules(JSON_FORMAT, ['value']))).toBe(text);
	});

	it('content/glossary/terms.json (a list at the file root, one term per line)', () => {
		const text = readFileSync(join(root, 'content/glossary/terms.json'), 'utf8');
		const data = readRootList(text, ROOT_LIST_FIELD);
		expect((data[ROOT_LIST_FIELD] as unknown[]).length).toBeGreaterThan(10);
		expect(writeRootList(data, ROOT_LIST_FIELD, rules(ROOT_LIST_FORMAT))).toBe(text);
	});

	it.each([
		...files('content/guidelines', '.md'),
		...files('content/updates', '.md'),
		...files('content/progress', '.md'),
		...files('content/reports', '.md'),
	])('%s', (file) => {
		const text = readFileSync(join(root, file), 'utf8');
		expect(writeFrontMatter(readFrontMatter(text, parse), rules(FRONT_MATTER_FORMAT))).toBe(text);
	});
});

describe('CMS file formats: what the form leaves behind', () => {
	const r = rules(JSON_FORMAT, ['value']);

	it('drops empty optional fields, writes numbers typed as text as numbers, keeps rating levels as text', () => {
		const row = { indicator: 'x', breakdown: '', value: '72.5', source: { name: 'B', date: '2026-01-15' }, note: null, status: 'official' };
		expect(tidy(row, r)).toEqual({ indicator: 'x', value: 72.5, source: { name: 'B', date: '2026-01-15' }, status: 'official' });
		expect(tidy({ indicator: 'x', value: 'hoàn thành tốt' }, r)).toEqual({ indicator: 'x', value: 'hoàn thành tốt' });
	});

	it('writes keys in form order whatever order the form kept them in, and text in NFC', () => {
		const out = tidy({ status: 'official', numerator: 3, indicator: 'x', note: 'Ghi chu\u0301' }, r) as Record<string, unknown>;
		expect(Object.keys(out)).toEqual(['indicator', 'numerator', 'note', 'status']);
		expect(out.note).toBe('Ghi chú'.normalize('NFC'));
	});

	it('writes a new progress entry in the house style: quoted texts, id lists on one line, evidence as a block', () => {
		const text = writeFrontMatter(
			{
				body: 'Đã làm.\n\n',
				status: 'hoàn thành',
				subtask: '2.3',
				period: '2026-H1',
				asOf: '2026-06-30',
				units: ['ldld-thanh-pho', 'cdcs'],
				evidence: [{ date: '2026-06-01', title: 'Kế hoạch', number: '13/KH-LĐLĐ', url: '' }],
			},
			rules(FRONT_MATTER_FORMAT),
		);
		expect(text).toBe(
			'---\nsubtask: "2.3"\nperiod: "2026-H1"\nasOf: "2026-06-30"\nstatus: "hoàn thành"\nunits: ["ldld-thanh-pho", "cdcs"]\nevidence:\n  - title: "Kế hoạch"\n    number: "13/KH-LĐLĐ"\n    date: "2026-06-01"\n---\n\nĐã làm.\n',
		);
	});

	it('gives progress folders their capital H back and leaves other paths alone', () => {
		expect(sitePath('content/progress/2026-h1/2-3.md')).toBe('content/progress/2026-H1/2-3.md');
		expect(sitePath('content/progress/2026/2-3.md')).toBe('content/progress/2026/2-3.md');
		expect(sitePath('content/reports/2025-h1.md')).toBe('content/reports/2025-h1.md');
	});

	it('refuses a glossary file that is not a list', () => {
		expect(() => readRootList('{"a": 1}', ROOT_LIST_FIELD)).toThrow(/danh sách JSON/);
	});
});
