import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { parse } from 'yaml';
import { escapeRegExp } from '../../src/utils/regexp.ts';

/**
 * The synthetic "10× content" site: a copy of the repository with 70 task groups holding 440 sub-tasks,
 * when the indicator data exists 140 indicators, and when progress entries exist one entry per sub-task
 * and each of 4 periods (1,760 files). Everything is generated from the repository's own
 * files used as templates, so the generator follows schema changes.
 */
export const TARGET = { groups: 70, subtasks: 440, indicators: 140, progressPeriods: ['2024-H1', '2024', '2025-H1', '2025'] };

const SKIP = new Set(['node_modules', 'dist', '.git', '.astro', '.bench']);

/** Copy the repository (node_modules symlinked; build output and git left out) into a temporary folder. */
export function copyRepo(root: string, prefix: string): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	for (const name of readdirSync(root)) {
		if (SKIP.has(name) || name.startsWith('dist-')) continue;
		cpSync(join(root, name), join(dir, name), { recursive: true });
	}
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
	return dir;
}

const SUBTASK = /^(\d+)\.(\d+)\.\s/;

/** Split a task-group file into front matter (raw YAML), and its sub-task paragraphs. */
export function splitTaskFile(text: string): { frontMatter: string; subtasks: string[] } {
	const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
	if (!m) throw new Error('task file without front matter');
	const paragraphs = text.slice(m[0].length).split(/\r?\n\s*\r?\n/);
	return { frontMatter: m[1] ?? '', subtasks: paragraphs.map((p) => p.trim()).filter((p) => SUBTASK.test(p)) };
}

/** Split `total` items over `parts` as evenly as possible (the first ones get the remainder). */
export function spread(total: number, parts: number): number[] {
	return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
}

/**
 * Add task groups up to 70 (nhom-8..70.md) holding, with the existing ones, 440 sub-tasks. The existing
 * files stay untouched (guidelines and errata point into them); new ones reuse their front matter and
 * sub-task paragraphs in turn, renumbered.
 */
export function generateTaskGroups(dir: string): { groups: number; subtasks: number } {
	const tasksDir = join(dir, 'content', 'tasks');
	const templates = readdirSync(tasksDir)
		.filter((f) => /^nhom-\d+\.mdx?$/.test(f))
		.sort((a, b) => parseInt(a.slice(5)) - parseInt(b.slice(5)))
		.map((f) => ({ ext: extname(f), ...splitTaskFile(readFileSync(join(tasksDir, f), 'utf8')) }));
	if (!templates.length) throw new Error('no content/tasks/nhom-N.md to use as template');
	const existing = templates.reduce((sum, t) => sum + t.subtasks.length, 0);
	// A copy of a passage that an erratum quotes from the original would make that erratum name more places
	// than it says (the checker counts them): copy only paragraphs no erratum quotes.
	const errataFile = join(dir, 'content', 'errata.json');
	const quotes: string[] = existsSync(errataFile)
		? (JSON.parse(readFileSync(errataFile, 'utf8')) as { source?: string }[]).map((e) => e.source ?? '')
		: [];
	const quoted = (paragraph: string) => quotes.some((q) => q && paragraph.replace(/\s+/g, ' ').includes(q));
	const copyable = templates.map((t) => ({
		...t,
		subtasks: t.subtasks.some((p) => !quoted(p)) ? t.subtasks.filter((p) => !quoted(p)) : t.subtasks,
	}));
	const counts = spread(TARGET.subtasks - existing, TARGET.groups - templates.length);
	let total = existing;
	const added: string[] = [];
	counts.forEach((count, n) => {
		const i = templates.length + n + 1;
		const template = copyable[n % copyable.length]!;
		const paragraphs = Array.from({ length: count }, (_, k) =>
			template.subtasks[k % template.subtasks.length]!.replace(SUBTASK, `${i}.${k + 1}. `),
		);
		const frontMatter = template.frontMatter.replace(/^group:\s*\d+\s*$/m, `group: ${i}`);
		writeFileSync(join(tasksDir, `nhom-${i}${template.ext}`), `---\n${frontMatter}\n---\n\n${paragraphs.join('\n\n')}\n`);
		added.push(`### ${i}. ${String((parse(frontMatter) as { title?: unknown }).title ?? '')}\n\n${paragraphs.join('\n\n')}\n\n`);
		total += count;
	});
	extendOriginal(dir, templates.length, added.join(''));
	return { groups: templates.length + counts.length, subtasks: total };
}

/**
 * The checker compares the programme's content with the original (content/source/) word by word, so the
 * synthetic groups join the original too: right after the last existing group, before the next heading.
 */
function extendOriginal(dir: string, lastGroup: number, markdown: string): void {
	const file = join(dir, 'content', 'source', 'chuong-trinh-hanh-dong.source.md');
	if (!existsSync(file) || !markdown) return;
	const lines = readFileSync(file, 'utf8').split('\n');
	const last = lines.findLastIndex((line) => new RegExp(`^${lastGroup}\\.\\d+\\.\\s`).test(line));
	const next = lines.findIndex((line, i) => i > last && line.startsWith('#'));
	if (last < 0 || next < 0) throw new Error(`${file}: no heading after group ${lastGroup} to insert the synthetic groups before`);
	lines.splice(next, 0, ...markdown.split('\n'));
	writeFileSync(file, lines.join('\n'));
}

function walk(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		return statSync(full).isDirectory() ? walk(full) : [full];
	});
}

/**
 * Clone the indicators in data/indicators/ (one file per indicator, its id = file name) up to 140, and
 * every other data file named after a template indicator (observations …), replacing the id in names
 * and contents; rows of shared CSV tables that name the indicator are copied with the new id. Returns null when the branch has no indicator data yet.
 */
export function generateIndicators(dir: string): { indicators: number; files: number } | null {
	const indicatorsDir = join(dir, 'data', 'indicators');
	if (!existsSync(indicatorsDir)) return null;
	const templates = readdirSync(indicatorsDir).filter((f) => statSync(join(indicatorsDir, f)).isFile());
	if (!templates.length) return null;
	const ids = templates.map((f) => basename(f, extname(f)));
	const related = walk(join(dir, 'data')).filter((f) => dirname(f) !== indicatorsDir);
	let count = templates.length;
	let files = 0;
	for (let copy = 1; count < TARGET.indicators; copy++) {
		for (let t = 0; t < templates.length && count < TARGET.indicators; t++) {
			const id = ids[t]!;
			const templateFile = templates[t]!;
			const newId = `${id}-s${copy}`;
			const pattern = new RegExp(`(?<![\\w-])${escapeRegExp(id)}(?![\\w-])`, 'g');
			const text = readFileSync(join(indicatorsDir, templateFile), 'utf8').replace(pattern, newId);
			writeFileSync(join(indicatorsDir, `${newId}${extname(templateFile)}`), text);
			files++;
			for (const file of related) {
				const body = readFileSync(file, 'utf8');
				if (basename(file).includes(id)) {
					writeFileSync(join(dirname(file), basename(file).replace(id, newId)), body.replace(pattern, newId));
					files++;
				} else if (file.endsWith('.csv') && pattern.test(body)) {
					// A table of observations for many indicators: copy this indicator's rows.
					pattern.lastIndex = 0;
					const rows = body.split(/\r?\n/).filter((line) => new RegExp(pattern.source).test(line));
					writeFileSync(file, body.replace(/\r?\n?$/, '\n') + rows.map((r) => r.replace(pattern, newId)).join('\n') + '\n');
				}
			}
			count++;
		}
	}
	return { indicators: count, files };
}

/**
 * Replace content/progress/ with one entry per sub-task (1.1 … 70.n) and period of TARGET.progressPeriods,
 * each copied from the existing entries in turn with its sub-task, period and as-of date rewritten.
 * Returns null when the branch has no progress entries.
 */
export function generateProgress(dir: string, subtaskIds: string[]): { entries: number; periods: number } | null {
	const progressDir = join(dir, 'content', 'progress');
	const templates = walk(progressDir)
		.filter((f) => f.endsWith('.md'))
		.sort()
		.map((f) => readFileSync(f, 'utf8'));
	if (!templates.length) return null;
	rmSync(progressDir, { recursive: true, force: true });
	let entries = 0;
	for (const period of TARGET.progressPeriods) {
		const folder = join(progressDir, period);
		mkdirSync(folder, { recursive: true });
		const end = period.endsWith('-H1') ? `${period.slice(0, 4)}-06-30` : `${period.slice(0, 4)}-12-31`;
		for (const id of subtaskIds) {
			const text = templates[entries % templates.length]!.replace(/^subtask: .*$/m, `subtask: "${id}"`)
				.replace(/^period: .*$/m, `period: "${period}"`)
				.replace(/^asOf: .*$/m, `asOf: "${end}"`);
			writeFileSync(join(folder, `${id.replace('.', '-')}.md`), text);
			entries++;
		}
	}
	return { entries, periods: TARGET.progressPeriods.length };
}

/** Every sub-task id of the task files in `dir`, in file order. */
export function subtaskIdsOf(dir: string): string[] {
	const tasksDir = join(dir, 'content', 'tasks');
	return readdirSync(tasksDir)
		.filter((f) => /^nhom-\d+\.mdx?$/.test(f))
		.flatMap((f) =>
			splitTaskFile(readFileSync(join(tasksDir, f), 'utf8')).subtasks.map((p) => (SUBTASK.exec(p) ?? []).slice(1, 3).map(Number).join('.')),
		);
}

/**
 * Make `dir` a git clone with everything in one commit, as an editor's clone is: the build reads the
 * history for each page's "Cập nhật lần cuối" date, and that cost belongs in the measurement.
 */
export function commitAll(dir: string): void {
	const env = {
		...process.env,
		GIT_AUTHOR_NAME: 'bench',
		GIT_AUTHOR_EMAIL: 'bench@localhost',
		GIT_COMMITTER_NAME: 'bench',
		GIT_COMMITTER_EMAIL: 'bench@localhost',
	};
	for (const args of [
		['init', '-q'],
		['add', '-A'],
		['commit', '-q', '--no-verify', '-m', 'synthetic site'],
	]) {
		const result = spawnSync('git', args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
		if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed in ${dir}: ${result.stderr}`);
	}
}

/** Create the synthetic site; the caller removes `dir` when done. */
export function makeSyntheticSite(root: string) {
	const dir = copyRepo(root, 'bench-10x-');
	const tasks = generateTaskGroups(dir);
	const indicators = generateIndicators(dir);
	const progress = generateProgress(dir, subtaskIdsOf(dir));
	commitAll(dir);
	return { dir, tasks, indicators, progress, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
