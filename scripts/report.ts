/**
 * npm run report -- 2025 [--out=PATH | --out PATH] [--strict] [--root=DIR]
 * Writes the periodic report of a period ("2025", "2025-H1") as a Word file without building the site:
 * same model and generator as /bao-cao/<period>.docx. Default file: bao-cao-<period>.docx in the folder
 * the command was typed in (bao-cao-<period>-minh-hoa.docx when it uses illustrative data). Checks the content first and
 * refuses on any problem. --strict (or STRICT=1) follows the release rules: illustrative figures and
 * entries are left out, and a report with a missing part is refused, naming the parts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkTree } from '../src/checker/check-tree.ts';
import { formatProblem } from '../src/validation/problem.ts';
import { loadRepository } from './lib/report-sources.ts';
import { buildReport } from '../src/utils/report/model.ts';
import { reportDocx } from '../src/utils/report/docx.ts';
import { parsePeriod } from '../src/utils/progress/model.ts';
import { dataDir, isStrict } from '../src/config.ts';
import { option as cliOption, rootDir } from './lib/cli.ts';

const args = process.argv.slice(2);
const option = (name: string) => cliOption(args, name);
const root = rootDir(args);
const strict = args.includes('--strict') || isStrict();
const period = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--out' && args[i - 1] !== '--root');

if (!period || !parsePeriod(period)) {
	console.error('Cách dùng: npm run report -- 2025 [--out đường-dẫn.docx] [--strict]\nKỳ báo cáo dạng "2025", "2025-H1" hoặc "2025-H2".');
	process.exit(2);
}
const started = performance.now();
const problems = checkTree(root, { dataDir: dataDir() });
if (problems.length > 0) {
	for (const problem of problems) console.error(formatProblem(problem));
	console.error(`\n✗ ${problems.length} lỗi trong nội dung. Sửa rồi chạy lại (xem "npm run check").`);
	process.exit(1);
}
const sources = loadRepository(root, { strict, dataDir: dataDir() });
const content = sources.reports.get(period);
const report = buildReport({ ...sources.base, period, ...(content ? { content } : {}) });
if (strict && !report.complete) {
	console.error(`✗ Báo cáo ${report.periodLabel} chưa đủ để phát hành (kiểm tra bản phát hành). Còn thiếu: ${report.missing.join(', ')}.`);
	console.error(`  Điền vào content/reports/${period.toLowerCase()}.md rồi chạy lại.`);
	process.exit(1);
}
const bytes = await reportDocx(report);
// npm runs scripts in the package folder; INIT_CWD is where the editor typed the command.
const out = resolve(process.env.INIT_CWD ?? process.cwd(), option('out') ?? `bao-cao-${report.fileBase}.docx`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, bytes);
const ms = Math.round(performance.now() - started);
console.log(`✓ Đã ghi ${out} (${(bytes.length / 1024).toFixed(1)} KB, ${ms} ms).`);
if (report.illustrative) console.log('  Báo cáo dùng số liệu minh họa: không dùng để gửi.');
if (!report.complete) console.log(`  Bản nháp, còn thiếu: ${report.missing.join(', ')}.`);
