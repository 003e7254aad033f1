/**
 * npm run check [-- --strict] [-- --root=DIR] [-- --format=github]
 * Validates every content and data file without building the site; prints all problems, one per line,
 * then a count, and exits 1 if there is any error (warnings alone exit 0). STRICT=1 (or true) is the same as
 * --strict (the release build).
 * In GitHub Actions (or with --format=github) problems are also printed as annotations.
 */
import { performance } from 'node:perf_hooks';
import { checkTree } from '../src/checker/check-tree.ts';
import { formatProblem, isWarning } from '../src/validation/problem.ts';
import { githubAnnotation } from './lib/github-annotations.ts';
import { dataDir, isStrict } from '../src/config.ts';
import { option as cliOption, rootDir } from './lib/cli.ts';

const args = process.argv.slice(2);
const option = (name: string) => cliOption(args, name);
const root = rootDir(args);
const strict = args.includes('--strict') || isStrict();
const github = option('format') === 'github' || process.env.GITHUB_ACTIONS === 'true';

const started = performance.now();
const problems = checkTree(root, { strict, dataDir: dataDir() });
const ms = Math.round(performance.now() - started);

for (const problem of problems) console.error(formatProblem(problem));
if (github) for (const problem of problems) console.log(githubAnnotation(problem));
const mode = strict ? ' (kiểm tra bản phát hành)' : '';
const errors = problems.filter((p) => !isWarning(p)).length;
const warnings = problems.length - errors;
const warned = warnings > 0 ? `, ${warnings} cảnh báo` : '';
if (errors > 0) {
	console.error(`\n✗ ${errors} lỗi${warned}${mode}. Sửa các lỗi trên rồi chạy lại "npm run check". (${ms} ms)`);
	process.exit(1);
}
console.log(`✓ Nội dung và số liệu hợp lệ${warned}${mode}. (${ms} ms)`);
