import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkTree } from '../../src/checker/check-tree.ts';
import { formatProblem, isWarning, type Problem } from '../../src/validation/problem.ts';
import { ORIGINAL, originalWords, quotePattern, quoteWords, siteWords, type ContentFile } from '../../src/checker/programme-text.ts';
import { parseMarkdownSource } from '../../src/checker/markdown-source.ts';
import { correctingKinds, errataSchema, type Erratum } from '../../src/schemas/errata.ts';
import { isAbbreviation } from '../../src/checker/rules/glossary-use.ts';
import { root } from '../helpers/dist.ts';

const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the real content/ and data/ to break. */
function tree(): string {
	const dir = mkdtempSync(join(tmpdir(), 'fidelity-'));
	temps.push(dir);
	cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
	cpSync(join(root, 'data'), join(dir, 'data'), { recursive: true });
	return dir;
}

/** Replace one unique piece of text in a file of the copy. */
function edit(dir: string, file: string, find: string, replace: string): void {
	const text = readFileSync(join(dir, file), 'utf8');
	expect(text.split(find), `${file}: "${find}" once`).toHaveLength(2);
	writeFileSync(
		join(dir, file),
		text.replace(find, () => replace),
	);
}

const readErrata = (dir: string): Erratum[] => errataSchema.parse(JSON.parse(readFileSync(join(dir, 'content/errata.json'), 'utf8')));
const writeErrata = (dir: string, errata: unknown[]) =>
	writeFileSync(join(dir, 'content/errata.json'), `${JSON.stringify(errata, null, '\t')}\n`);
/** A copy with one erratum (the first that `which` picks) changed by `change`; its index in the list. */
function treeWithErratum(which: (e: Erratum) => boolean, change: Partial<Erratum>): { dir: string; i: number } {
	const dir = tree();
	const errata = readErrata(dir);
	const i = errata.findIndex(which);
	expect(i, 'the erratum to change').toBeGreaterThanOrEqual(0);
	errata[i] = { ...errata[i]!, ...change } as Erratum;
	writeErrata(dir, errata);
	return { dir, i };
}
const errors = (problems: Problem[]) => problems.filter((p) => !isWarning(p));
const check = (dir: string, ...args: string[]) =>
	spawnSync(process.execPath, ['scripts/check.ts', `--root=${dir}`, ...args], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, STRICT: '' },
	});

/** The one-word edit of the tests: "vững mạnh." → "vững chắc." in sub-task 5.1. */
const WORD_EDIT = { file: 'content/tasks/nhom-5.md', find: 'hệ thống chính trị vững mạnh.', replace: 'hệ thống chính trị vững chắc.' };
const WORD_ERRATUM = {
	id: 'thu-5-1',
	kind: 'typo',
	location: 'Nhiệm vụ 5.1',
	href: 'nhiem-vu/nhom-5/#5-1',
	source: 'chính trị vững mạnh',
	corrected: 'chính trị vững chắc',
	reason: 'Phép thử của bộ kiểm tra.',
};

describe('fidelity to the original: differences and errata', () => {
	it('a one-word edit in a task file without an erratum fails, naming file, line, column and the word', () => {
		const dir = tree();
		edit(dir, WORD_EDIT.file, WORD_EDIT.find, WORD_EDIT.replace);
		const found = errors(checkTree(dir));
		expect(found).toHaveLength(1);
		const lines = readFileSync(join(dir, WORD_EDIT.file), 'utf8').split('\n');
		const line = lines.findIndex((l) => l.includes('vững chắc.')) + 1;
		expect(found[0]).toMatchObject({ file: WORD_EDIT.file, line, field: 'body' });
		expect(lines[line - 1]!.slice(found[0]!.column! - 1)).toMatch(/^chắc\./);
		expect(found[0]!.found).toContain('"chắc." thay cho "mạnh." của văn bản gốc, chưa có ghi chú biên tập');
		expect(found[0]!.expected).toContain(
			`dòng ${
				readFileSync(join(root, ORIGINAL), 'utf8')
					.split('\n')
					.findIndex((l) => l.startsWith('5.1.')) + 1
			} của ${ORIGINAL}`,
		);
		expect(check(dir).status).toBe(1);
	});

	it('the same edit with its erratum passes', () => {
		const dir = tree();
		edit(dir, WORD_EDIT.file, WORD_EDIT.find, WORD_EDIT.replace);
		writeErrata(dir, [...readErrata(dir), WORD_ERRATUM]);
		expect(errors(checkTree(dir)).map(formatProblem)).toEqual([]);
	});

	it('an erratum must name the page where the correction is', () => {
		const dir = tree();
		edit(dir, WORD_EDIT.file, WORD_EDIT.find, WORD_EDIT.replace);
		const errata = [...readErrata(dir), { ...WORD_ERRATUM, href: 'nhiem-vu/nhom-5/#5-2' }];
		writeErrata(dir, errata);
		expect(errors(checkTree(dir)).map((p) => [p.field, p.expected, p.found])).toEqual([
			[`[${errata.length - 1}].href`, '"nhiem-vu/nhom-5/#5-1" (nơi có chỗ sửa)', '"nhiem-vu/nhom-5/#5-2"'],
		]);
	});

	it('emptied errata fail, every difference named; the first line printed names the first one', () => {
		const dir = tree();
		const real = readErrata(dir);
		writeErrata(dir, []);
		const found = errors(checkTree(dir));
		// Every place the site corrects: 4 page breaks, 2 + 7 "phấn đấu", "Bố trí", "IV."
		const places = real.reduce((n, e) => n + (e.kind === 'structure' || e.kind === 'unresolved' ? 0 : (e.occurrences ?? 1)), 0);
		expect(places).toBe(15);
		expect(found).toHaveLength(places);
		for (const p of found) expect(p.found).toMatch(/chưa có ghi chú biên tập$/);
		const result = check(dir);
		expect(result.status).toBe(1);
		expect(result.stderr.split('\n')[0]).toBe(formatProblem(found[0]!));
		expect(result.stderr.split('\n')[0]).toMatch(
			/^content\/programme\/chi-tieu\.md:4 {2}trường "heading": .*"PHẤN ĐẤU" thay cho "PHÂN ĐẦU"/,
		);
	});

	it('a shrunken list fails on exactly the differences it lost', () => {
		const dir = tree();
		const real = readErrata(dir);
		writeErrata(
			dir,
			real.filter((e) => e.id !== 'chinh-ta-bo-tri-2-4'),
		);
		const found = errors(checkTree(dir));
		expect(found.map((p) => `${p.file}:${p.line} ${p.field}`)).toEqual(['content/tasks/nhom-2.md:18 body']);
		expect(found[0]!.found).toContain('"Bố" thay cho "Bộ" của văn bản gốc');
	});

	it('an erratum quoting text absent from the original fails', () => {
		const { dir, i } = treeWithErratum((e) => e.id === 'chinh-ta-phan-dau-4-1', { source: 'phân đấu tăng tỷ lệ thu công đoàn phí' });
		const found = errors(checkTree(dir));
		expect(found.find((p) => p.field === `[${i}].source`)?.found).toBe(
			'"phân đấu tăng tỷ lệ thu công đoàn phí", không có trong văn bản gốc',
		);
		// …and the difference it described is uncovered again.
		expect(found.some((p) => p.file === 'content/tasks/nhom-4.md' && p.found.includes('"phấn" thay cho "phân"'))).toBe(true);
	});

	it('an erratum quoting site text absent from the content fails', () => {
		const { dir, i } = treeWithErratum((e) => e.id === 'chinh-ta-bo-tri-2-4', { corrected: 'Bổ trí người đứng đầu tổ chức công đoàn' });
		expect(errors(checkTree(dir)).find((p) => p.field === `[${i}].corrected`)?.found).toBe(
			'"Bổ trí người đứng đầu tổ chức công đoàn", không có trong nội dung trang',
		);
	});

	it('a difference is covered by exactly one erratum', () => {
		const dir = tree();
		const errata = readErrata(dir);
		const twin = {
			...errata.find((e) => e.id === 'chinh-ta-bo-tri-2-4')!,
			id: 'bo-tri-lan-hai',
			source: 'Bộ trí người',
			corrected: 'Bố trí người',
		};
		writeErrata(dir, [...errata, twin]);
		expect(errors(checkTree(dir)).map((p) => [p.field, p.found])).toEqual([
			[`[${errata.length}].source`, 'chỗ sửa này đã có trong mục [7] ("chinh-ta-bo-tri-2-4")'],
		]);
	});

	it('an erratum covering several places says how many', () => {
		const { dir, i } = treeWithErratum((e) => e.occurrences === 7, { occurrences: 6 });
		expect(errors(checkTree(dir)).map((p) => [p.field, p.expected, p.found])).toEqual([
			[`[${i}].occurrences`, 'số chỗ sửa đúng bằng số chỗ tìm thấy trong văn bản (7)', '6'],
		]);
	});

	it('a passage kept as in the original ("unresolved") may not change silently', () => {
		const dir = tree();
		const i = readErrata(dir).findIndex((e) => e.kind === 'unresolved');
		expect(i).toBeGreaterThanOrEqual(0);
		edit(dir, 'content/tasks/nhom-7.md', 'đoàn viên, CCVCLĐ,', 'đoàn viên, CNVCLĐ,');
		const found = errors(checkTree(dir));
		expect(found.map((p) => p.field).sort()).toEqual([`[${i}].source`, 'body']);
		expect(found.find((p) => p.field === 'body')).toMatchObject({ file: 'content/tasks/nhom-7.md' });
	});

	it('a deleted errata file is the same as an empty list; a broken one is reported once, without guessing', () => {
		const dir = tree();
		rmSync(join(dir, 'content/errata.json'));
		expect(errors(checkTree(dir))).toHaveLength(15);
		writeFileSync(join(dir, 'content/errata.json'), '[ { "id": ');
		expect([...new Set(errors(checkTree(dir)).map((p) => p.file))]).toEqual(['content/errata.json']);
	});

	it('a missing original is a problem, not a silent pass', () => {
		const dir = tree();
		rmSync(join(dir, ORIGINAL));
		expect(errors(checkTree(dir)).map((p) => [p.file, p.field, p.found])).toEqual([[ORIGINAL, '(tệp)', 'không có tệp này']]);
	});
});

describe('the errata records are the one truth of the corrections', () => {
	it('the original with every erratum applied has exactly the words of the site', () => {
		let text = readFileSync(join(root, ORIGINAL), 'utf8');
		for (const e of readErrata(root)) {
			if (!correctingKinds.includes(e.kind)) continue;
			const matches = text.match(quotePattern(e.source)) ?? [];
			expect(matches, e.id).toHaveLength(e.occurrences ?? 1);
			text = text.replace(quotePattern(e.source), () => e.corrected!);
		}
		const load = (dir: string) =>
			readdirSync(join(root, dir))
				.filter((n) => n.endsWith('.md'))
				.map((n): ContentFile => {
					const source = parseMarkdownSource(`${dir}/${n}`, readFileSync(join(root, dir, n), 'utf8'));
					return { file: source.file, data: source.data as Record<string, unknown>, body: source.body, bodyLine: source.bodyLine };
				});
		const site = siteWords(load('content/programme'), load('content/tasks')).map((w) => w.text);
		expect(originalWords(text).map((w) => w.text)).toEqual(site);
	});

	it('quotes are words, "¶" a paragraph break', () => {
		expect(quoteWords('thiết ¶ thực hiệu quả')).toEqual(['thiết', '¶', 'thực', 'hiệu', 'quả']);
		expect('hoạt động thiết\n\nthực hiệu quả, nhất'.replace(quotePattern('thiết ¶ thực hiệu quả'), 'X')).toBe('hoạt động X, nhất');
		expect('### **III. TỔ CHỨC THỰC HIỆN:**'.replace(quotePattern('III. TỔ CHỨC THỰC HIỆN:'), 'IV.')).toBe('### **IV.**');
	});
});

describe('glossary terms still used as abbreviations', () => {
	it('abbreviations are words of two or more capitals, not Roman numerals', () => {
		expect(['CĐCS', 'HĐND', 'CNVCLĐ', 'TP', 'CTr'].every(isAbbreviation)).toBe(true);
		expect(['XIII', 'IV', 'Đảng', 'A', 'Lộc'].some(isAbbreviation)).toBe(false);
	});

	/** A copy whose figures are not illustrative, so that the release rules pass unless the glossary breaks. */
	function releasable(): string {
		const dir = tree();
		for (const name of readdirSync(join(dir, 'data/observations'))) {
			const file = join(dir, 'data/observations', name);
			writeFileSync(file, readFileSync(file, 'utf8').replaceAll('"status": "illustrative"', '"status": "provisional"'));
		}
		return dir;
	}
	const withoutCdcs = (dir: string) => {
		const file = join(dir, 'content/glossary/terms.json');
		const lines = readFileSync(file, 'utf8').split('\n');
		writeFileSync(file, lines.filter((l) => !l.includes('"term": "CĐCS"')).join('\n'));
		expect(lines.filter((l) => l.includes('"term": "CĐCS"'))).toHaveLength(1);
	};

	it('the glossary explains every abbreviation of the text today (release rules pass)', () => {
		const result = check(releasable(), '--strict');
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
	});

	it('removing one warns in the everyday check (exit 0) and fails under the release rules (exit 1)', () => {
		const dir = releasable();
		const before = new Set(checkTree(dir).map(formatProblem));
		withoutCdcs(dir);
		const problems = checkTree(dir).filter((p) => !before.has(formatProblem(p)));
		expect(problems.map((p) => [p.file, p.line, p.field, p.severity])).toEqual([['content/tasks/nhom-1.md', 3, 'title', 'warning']]);
		expect(problems[0]!.found).toBe('"CĐCS", không có trong bảng thuật ngữ');

		const everyday = check(dir);
		expect(everyday.status).toBe(0);
		expect(everyday.stderr).toContain(`${formatProblem(problems[0]!)}\n`);
		expect(everyday.stderr).toContain('content/tasks/nhom-1.md:3  cảnh báo, trường "title"');
		expect(everyday.stdout).toMatch(/✓ .*\d+ cảnh báo/);

		const release = check(dir, '--strict');
		expect(release.status).toBe(1);
		expect(release.stderr).toContain('content/tasks/nhom-1.md:3  trường "title": cần một mục giải thích chữ viết tắt "CĐCS"');
		expect(release.stderr).not.toContain('cảnh báo, trường');
	});
});
