/**
 * npm run new-period -- 2026-H1
 * Writes content/progress/2026-H1/<x-y>.md for every sub-task of content/tasks, with the fields to fill
 * in. Refuses a malformed or out-of-range period, or a period that already has a folder.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMarkdownSource } from '../src/checker/markdown-source.ts';
import { periodTemplates, refusePeriod } from './lib/period-template.ts';
import { progressEntrySchema, type ProgressStatus } from '../src/schemas/progress.ts';
import { comparePeriods, parsePeriod } from '../src/utils/progress/model.ts';
import { parseSubtasks } from '../src/utils/subtasks.ts';
import { exitIfRefused, rootDir } from './lib/cli.ts';

const args = process.argv.slice(2);
const root = rootDir(args);
const period = args.find((a) => !a.startsWith('--')) ?? '';
const dir = join(root, 'content/progress');
const existing = existsSync(dir)
	? readdirSync(dir, { withFileTypes: true })
			.filter((d) => d.isDirectory())
			.map((d) => d.name)
	: [];

exitIfRefused(refusePeriod(period, existing));
const tasksDir = join(root, 'content/tasks');
const subtaskIds = readdirSync(tasksDir)
	.filter((n) => n.endsWith('.md'))
	.flatMap((n) => parseSubtasks(parseMarkdownSource(n, readFileSync(join(tasksDir, n), 'utf8')).body).map((s) => s.id));

// The latest status of each sub-task, as a hint in the new file.
const latest = new Map<string, { period: string; status: ProgressStatus }>();
for (const folder of existing.filter((p) => parsePeriod(p)).sort((a, b) => comparePeriods(parsePeriod(a)!, parsePeriod(b)!))) {
	for (const name of readdirSync(join(dir, folder)).filter((n) => n.endsWith('.md'))) {
		const parsed = progressEntrySchema.safeParse(parseMarkdownSource(name, readFileSync(join(dir, folder, name), 'utf8')).data);
		if (parsed.success) latest.set(parsed.data.subtask, { period: parsed.data.period, status: parsed.data.status });
	}
}
const files = periodTemplates(period, subtaskIds, latest);
mkdirSync(join(dir, period), { recursive: true });
for (const [path, text] of files) writeFileSync(join(dir, path), text);
console.log(
	`Đã tạo ${files.size} tệp trong content/progress/${period}/, mỗi nhiệm vụ một tệp.\n` +
		'Điền "asOf", "status", "units", "evidence" và phần nội dung; xóa tệp của nhiệm vụ chưa có báo cáo trong kỳ.\n' +
		'Chạy "npm run check": mọi trường còn trống được liệt kê kèm số dòng.',
);
