/**
 * After `stryker run` (`npm run test:mutation`): the mutation score of each module named in stryker.config.mjs,
 * from Stryker's JSON report (.bench/mutation.json), printed and written to .bench/mutation-summary.json.
 * Score = detected (killed or timed out) / (detected + survived + not covered); ignored mutants (marked
 * equivalent in the source) are not counted. Exits 1 when a module is below the goal (85 %).
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { MODULES } from '../stryker.config.mjs';

const GOAL = 85;
const root = fileURLToPath(new URL('..', import.meta.url));
const reportFile = join(root, '.bench/mutation.json');
interface Report {
	files: Record<string, { mutants: { status: string }[] }>;
}
const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Report;

/** Glob of stryker.config.mjs ("dir/*.ts" or a file) as a test on a repository-relative path. */
const matches = (pattern: string, file: string) =>
	pattern.includes('*')
		? file.startsWith(pattern.slice(0, pattern.indexOf('*'))) && file.endsWith(pattern.slice(pattern.lastIndexOf('*') + 1))
		: file === pattern;

const modules = Object.entries(MODULES as Record<string, string>).map(([name, pattern]) => {
	const tally = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, other: 0 };
	for (const [file, { mutants }] of Object.entries(report.files)) {
		const path = relative(root, join(root, file)).replaceAll('\\', '/');
		if (!matches(pattern, path)) continue;
		for (const m of mutants) {
			const key =
				({ Killed: 'killed', Timeout: 'timeout', Survived: 'survived', NoCoverage: 'noCoverage', Ignored: 'ignored' } as const)[
					m.status as 'Killed'
				] ?? 'other';
			tally[key] += 1;
		}
	}
	const detected = tally.killed + tally.timeout;
	const valid = detected + tally.survived + tally.noCoverage;
	const score = valid === 0 ? undefined : Math.round((detected / valid) * 1000) / 10;
	return { module: name, pattern, score, ...tally };
});

const summary = { date: statSync(reportFile).mtime.toISOString(), goal: GOAL, modules };
mkdirSync(join(root, '.bench'), { recursive: true });
writeFileSync(join(root, '.bench/mutation-summary.json'), `${JSON.stringify(summary, null, '\t')}\n`);
console.log('module                 score  killed timeout survived no-cov ignored');
for (const m of modules) {
	const score = m.score === undefined ? '   –' : `${m.score.toFixed(1)}%`;
	console.log(
		`${m.module.padEnd(22)} ${score.padStart(6)} ${[m.killed, m.timeout, m.survived, m.noCoverage, m.ignored].map((n) => String(n).padStart(7)).join('')}`,
	);
}
const below = modules.filter((m) => m.score !== undefined && m.score < GOAL);
if (below.length) {
	console.log(`Below ${GOAL} %: ${below.map((m) => m.module).join(', ')}`);
	process.exitCode = 1;
}
