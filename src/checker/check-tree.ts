import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Problem } from '../validation/problem.ts';
import { parseFieldPath } from '../validation/field-path.ts';
import { positionFinder } from './position.ts';
import { parseJsonSource, type JsonSource } from './json-source.ts';
import { parseMarkdownSource, type MarkdownSource } from './markdown-source.ts';
import { checkContent, type MarkdownInput } from './rules/content.ts';
import { checkIndicatorData } from './rules/indicators.ts';
import { checkProgressData, PROGRESS_DIR, UNITS_FILE } from './rules/progress.ts';
import { checkReports } from './rules/report.ts';
import { checkSiteSettings } from './rules/site.ts';
import { checkFileName, checkNfc, checkPlaceholders } from './rules/text-hygiene.ts';
import { checkFidelity } from './rules/fidelity.ts';
import { checkGlossaryUse } from './rules/glossary-use.ts';
import { ORIGINAL, originalWords, siteWords, type ContentFile } from './programme-text.ts';
import { programmeSectionSchema } from '../schemas/programme.ts';
import { taskGroupSchema } from '../schemas/task.ts';

export interface CheckOptions {
	/** Release rules too: no placeholder markers (illustrative figures are left out by the build, not refused). */
	strict?: boolean;
	/** Folder of indicators/ and observations/ (default "data"; the site honours DATA_DIR the same way). */
	dataDir?: string;
	/** Folder of progress entries (default "content/progress"; the site honours PROGRESS_DIR the same way). */
	progressDir?: string;
}

/** Folders the checker reads, relative to the repository root, and how. */
export const SOURCES = {
	programme: { dir: 'content/programme', ext: /\.md$/ },
	tasks: { dir: 'content/tasks', ext: /\.md$/ },
	guidelines: { dir: 'content/guidelines', ext: /\.mdx?$/ },
	updates: { dir: 'content/updates', ext: /\.md$/ },
	reports: { dir: 'content/reports', ext: /\.md$/ },
	indicators: { dir: 'indicators', ext: /\.json$/ },
	observations: { dir: 'observations', ext: /\.json$/ },
} as const;
export const GLOSSARY = 'content/glossary/terms.json';
export const ERRATA = 'content/errata.json';
export const SITE_SETTINGS = 'content/site.json';
export const UNITS = UNITS_FILE;

/** Progress entries: content/progress/<period>/<x-y>.md, and any stray .md directly in content/progress/. */
function listProgressFiles(root: string, dir: string): string[] {
	const full = resolve(root, dir);
	if (!existsSync(full)) return [];
	const files: string[] = [];
	for (const entry of readdirSync(full, { withFileTypes: true })) {
		if (entry.isDirectory()) files.push(...listFiles(root, `${dir}/${entry.name}`, /\.md$/));
		else if (/\.md$/.test(entry.name)) files.push(`${dir}/${entry.name}`);
	}
	return files.sort();
}

/** Files of a folder as repository-relative paths with "/" (what editors see in messages). */
function listFiles(root: string, dir: string, ext: RegExp): string[] {
	const full = resolve(root, dir);
	if (!existsSync(full)) return [];
	return readdirSync(full)
		.filter((name) => ext.test(name))
		.sort()
		.map((name) => relative(root, resolve(full, name)).split('\\').join('/'));
}

const fmField = (source: MarkdownSource) => (_offset: number, line: number) => (line <= source.frontMatterEnd ? '(front matter)' : 'body');

/**
 * Check every content and data file under `root` and return all problems, sorted by file and line.
 * Reads files synchronously (a few dozen small files: well under a second) and never throws on bad input.
 */
export function checkTree(root: string, options: CheckOptions = {}): Problem[] {
	const strict = options.strict ?? false;
	const problems: Problem[] = [];
	const json = new Map<string, JsonSource>();
	const markdown = new Map<string, MarkdownSource>();

	const readText = (file: string) => readFileSync(resolve(root, file), 'utf8').replace(/^\uFEFF/, '');
	const textRules = (file: string, text: string, isMarkdown: boolean, fieldAt: (offset: number, line: number) => string) => {
		problems.push(...checkFileName(file), ...checkNfc(file, text, fieldAt));
		if (strict) problems.push(...checkPlaceholders(file, text, isMarkdown, positionFinder(text), fieldAt));
	};
	const loadMarkdown = (file: string): MarkdownInput => {
		const source = parseMarkdownSource(file, readText(file));
		markdown.set(file, source);
		problems.push(...source.problems);
		textRules(file, source.text, true, fmField(source));
		return { file, data: source.data, body: source.body, bodyLine: source.bodyLine };
	};
	const loadJson = (file: string): { file: string; data: unknown } | undefined => {
		if (!existsSync(resolve(root, file))) return undefined;
		const source = parseJsonSource(file, readText(file));
		json.set(file, source);
		problems.push(...source.problems);
		textRules(file, source.text, false, (offset) => source.fieldAt(offset));
		return { file, data: source.data };
	};
	const md = (key: keyof typeof SOURCES) => listFiles(root, SOURCES[key].dir, SOURCES[key].ext).map(loadMarkdown);
	const dataDir = options.dataDir ?? 'data';
	const data = (key: 'indicators' | 'observations') =>
		listFiles(root, `${dataDir}/${SOURCES[key].dir}`, SOURCES[key].ext)
			.map(loadJson)
			.filter((entry): entry is { file: string; data: unknown } => entry !== undefined);

	const input = {
		programme: md('programme'),
		tasks: md('tasks'),
		guidelines: md('guidelines'),
		updates: md('updates'),
		glossary: loadJson(GLOSSARY),
		errata: loadJson(ERRATA),
		site: loadJson(SITE_SETTINGS),
	};
	const parsed = <T extends { data: unknown }>(list: T[]) => list.filter((entry) => entry.data !== undefined);
	const content = checkContent({
		programme: parsed(input.programme),
		tasks: parsed(input.tasks),
		guidelines: parsed(input.guidelines),
		updates: parsed(input.updates),
		glossary: input.glossary?.data !== undefined ? input.glossary : undefined,
		errata: input.errata?.data !== undefined ? input.errata : undefined,
	});
	const indicators = parsed(data('indicators'));
	const progressDir = options.progressDir ?? PROGRESS_DIR;
	const units = loadJson(UNITS);
	// The programme's words on the site, when every programme and task file could be read.
	const contentFiles = (list: MarkdownInput[], schema: typeof programmeSectionSchema | typeof taskGroupSchema) =>
		list.every((entry) => schema.safeParse(entry.data).success) ? (list as ContentFile[]) : undefined;
	const programme = contentFiles(input.programme, programmeSectionSchema);
	const tasks = contentFiles(input.tasks, taskGroupSchema);
	const programmeWords = programme && tasks ? siteWords(programme, tasks) : undefined;
	const original = existsSync(resolve(root, ORIGINAL)) ? originalWords(readText(ORIGINAL)) : undefined;
	const rules = [
		...content.problems,
		...checkFidelity({ original, site: programmeWords, errata: input.errata ?? { file: ERRATA, data: [] } }),
		...(programmeWords ? checkGlossaryUse({ site: programmeWords, glossary: input.glossary, strict }) : []),
		...checkSiteSettings(SITE_SETTINGS, input.site, existsSync(resolve(root, SITE_SETTINGS))),
		...checkIndicatorData({
			indicators,
			observations: parsed(data('observations')),
			subtaskIds: content.subtaskIds,
		}),
		...checkProgressData({
			entries: listProgressFiles(root, progressDir).map(loadMarkdown),
			dir: progressDir,
			units: units?.data !== undefined ? units : undefined,
			unitsMissing: units === undefined,
			subtaskIds: content.subtaskIds,
			indicatorIds: new Set(indicators.map((entry) => entry.file.replace(/^.*\//, '').replace(/\.json$/, ''))),
		}),
		...checkReports({ reports: parsed(md('reports')), unitIds: unitIds(root) }),
	];
	// Rules name a field; find its line in the file it came from.
	for (const problem of rules) {
		if (problem.found === 'null' || problem.found === '""') problem.found += ' (chưa điền)';
		if (problem.line === undefined) {
			const source = json.get(problem.file) ?? markdown.get(problem.file);
			const path = parseFieldPath(problem.field);
			problem.line = source?.lineOf(path) ?? 1;
		}
		problems.push(problem);
	}
	return sortProblems(problems);
}

/** Ids of content/units.json for cross references; undefined when the file is missing or malformed. */
function unitIds(root: string): Set<string> | undefined {
	const file = resolve(root, UNITS);
	if (!existsSync(file)) return undefined;
	const data = parseJsonSource(UNITS, readFileSync(file, 'utf8').replace(/^\uFEFF/, '')).data;
	if (!Array.isArray(data)) return undefined;
	return new Set(data.map((u: { id?: unknown }) => String(u?.id)));
}

export function sortProblems(problems: Problem[]): Problem[] {
	return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
