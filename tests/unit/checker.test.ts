import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkTree } from '../../src/checker/check-tree.ts';
import { formatProblem, isWarning, type Problem } from '../../src/validation/problem.ts';
import { githubAnnotation } from '../../scripts/lib/github-annotations.ts';
import { parseFieldPath } from '../../src/validation/field-path.ts';
import { findPlaceholders } from '../../src/checker/rules/text-hygiene.ts';
import { observationTemplate } from '../../scripts/lib/observation-template.ts';
import { indicatorSchema } from '../../src/schemas/indicator.ts';
import { root } from '../helpers/dist.ts';

const fixtures = join(root, 'tests/fixtures/checker');
const temps: string[] = [];
/** Every message the fixture cases produced, to compare with the examples quoted in the editors' guideline. */
const seen = new Set<string>();
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/**
 * A change a case makes to a copy of the real file (so the case follows later edits of that file): replace
 * one unique piece of text, or delete every line holding a piece of text.
 */
type Edit = { file: string; find: string; replace: string } | { file: string; deleteLineWith: string };

/** A copy of the real content/ and data/ with a case's files laid over it and its edits made. */
function treeWith(caseDir?: string, edits: Edit[] = []): string {
	const dir = mkdtempSync(join(tmpdir(), 'checker-'));
	temps.push(dir);
	cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
	cpSync(join(root, 'data'), join(dir, 'data'), { recursive: true });
	if (caseDir && existsSync(join(caseDir, 'files'))) cpSync(join(caseDir, 'files'), dir, { recursive: true });
	for (const edit of edits) {
		const file = join(dir, edit.file);
		const text = readFileSync(file, 'utf8');
		let changed: string;
		if ('find' in edit) {
			if (text.split(edit.find).length !== 2) throw new Error(`${edit.file}: "${edit.find}" must occur exactly once`);
			changed = text.replace(edit.find, () => edit.replace);
		} else {
			changed = text
				.split('\n')
				.filter((line) => !line.includes(edit.deleteLineWith))
				.join('\n');
			if (changed === text) throw new Error(`${edit.file}: no line holds "${edit.deleteLineWith}"`);
		}
		writeFileSync(file, changed);
	}
	return dir;
}

interface Expectation {
	file: string;
	line?: number;
	column?: number;
	field: string;
	expected?: string;
	found?: string;
}
interface Case {
	strict?: boolean;
	edits?: Edit[];
	count?: number;
	expect: Expectation[];
}

describe('checker on the real tree', () => {
	it('passes the clean content/ and data/', () => {
		expect(checkTree(root).map(formatProblem)).toEqual([]);
	});

	it('in strict mode accepts the illustrative figures shipped today (the release build leaves them out)', () => {
		expect(checkTree(root, { strict: true }).map(formatProblem)).toEqual([]);
	});
});

describe('checker on broken files', () => {
	for (const name of readdirSync(fixtures).sort()) {
		const caseDir = join(fixtures, name);
		const spec = JSON.parse(readFileSync(join(caseDir, 'case.json'), 'utf8')) as Case;
		it(`${name}: names file, line and field`, () => {
			const problems = checkTree(treeWith(caseDir, spec.edits), { strict: spec.strict });
			problems.forEach((p) => seen.add(formatProblem(p)));
			expect(problems.length).toBeGreaterThan(0);
			for (const want of spec.expect) {
				const match = problems.find(
					(p) =>
						p.file === want.file &&
						p.field === want.field &&
						(want.line === undefined || p.line === want.line) &&
						(want.column === undefined || p.column === want.column) &&
						(want.expected === undefined || p.expected.includes(want.expected)) &&
						(want.found === undefined || p.found.includes(want.found)),
				);
				expect(match, `${JSON.stringify(want)} not in\n${problems.map(formatProblem).join('\n')}`).toBeDefined();
				expect(match!.line).toBeGreaterThan(0);
				const line = formatProblem(match!);
				expect(line).toContain(`${want.file}:${match!.line}`);
				expect(line).toContain(`trường "${want.field}"`);
			}
			if (spec.count !== undefined) {
				expect(problems.filter((p) => p.file === spec.expect[0]?.file)).toHaveLength(spec.count);
			}
		});
	}

	it('reports every problem at once, across files', () => {
		const dir = treeWith(join(fixtures, 'duplicate-id'));
		cpSync(join(fixtures, 'out-of-range/files'), dir, { recursive: true });
		cpSync(join(fixtures, 'bad-front-matter/files'), dir, { recursive: true });
		const files = new Set(
			checkTree(dir)
				.filter((p) => !isWarning(p))
				.map((p) => p.file),
		);
		expect([...files].sort()).toEqual(
			['content/glossary/terms.json', 'content/guidelines/doc-va-tim-kiem.md', 'data/observations/2025.json'].sort(),
		);
	});
});

describe("the editors' guideline", () => {
	it('quotes real checker messages', () => {
		checkTree(root, { strict: true }).forEach((p) => seen.add(formatProblem(p)));
		const dir = treeWith();
		const file = join(dir, 'data/observations/2026.json');
		const indicators = readdirSync(join(dir, 'data/indicators')).map((n) =>
			indicatorSchema.parse(JSON.parse(readFileSync(join(dir, 'data/indicators', n), 'utf8'))),
		);
		writeFileSync(file, `${JSON.stringify(observationTemplate(2026, indicators), null, '\t')}\n`);
		checkTree(dir).forEach((p) => seen.add(formatProblem(p)));
		const guideline = readFileSync(join(root, 'content/guidelines/cap-nhat-noi-dung.md'), 'utf8');
		const quoted = [...guideline.matchAll(/```text\n([\s\S]*?)```/g)].flatMap((m) => (m[1] ?? '').trim().split('\n'));
		expect(quoted.length).toBeGreaterThanOrEqual(12);
		for (const line of quoted) {
			// Lines shortened with "…" in the guideline must match the start and end of a real message.
			const [start, end] = line.split(' …');
			const real = [...seen].some((m) => (end === undefined ? m === line : m.startsWith(start ?? '') && m.endsWith(end)));
			expect(real, line).toBe(true);
		}
	});
});

describe('checker helpers', () => {
	it('parses field paths back into JSON paths', () => {
		expect(parseFieldPath('observations[3].value')).toEqual(['observations', 3, 'value']);
		expect(parseFieldPath('[2].id')).toEqual([2, 'id']);
		expect(parseFieldPath('(cú pháp JSON)')).toEqual([]);
	});

	it('finds placeholder markers but not code spans or lower-case words', () => {
		const text = 'A TODO here, `TODO` in code, xxx and todo, [chờ số liệu 2025], TBD.';
		expect(findPlaceholders(text, true).map((h) => h.marker)).toEqual(['TODO', '[chờ số liệu 2025]', 'TBD']);
		expect(findPlaceholders(text, false).map((h) => h.marker)).toEqual(['TODO', 'TODO', '[chờ số liệu 2025]', 'TBD']);
	});

	it('formats GitHub annotations with escaped properties', () => {
		const p: Problem = { file: 'data/a,b.json', line: 4, column: 2, field: 'x', expected: 'một số', found: '"a"\n' };
		expect(githubAnnotation(p)).toBe(
			'::error file=data/a%2Cb.json,line=4,col=2,title=Trường x::data/a,b.json:4:2  trường "x": cần một số; tìm thấy "a"%0A',
		);
		expect(githubAnnotation({ ...p, found: '"a"', severity: 'warning' })).toBe(
			'::warning file=data/a%2Cb.json,line=4,col=2,title=Trường x::data/a,b.json:4:2  cảnh báo, trường "x": cần một số; tìm thấy "a"',
		);
	});
});
