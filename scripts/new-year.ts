/**
 * npm run new-year -- 2026
 * Writes data/observations/2026.json with every indicator and breakdown listed and empty values.
 * Refuses a year outside the reporting period or a year that already has a file.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { indicatorSchema } from '../src/schemas/indicator.ts';
import { observationTemplate, refuseYear } from './lib/observation-template.ts';
import { exitIfRefused, rootDir } from './lib/cli.ts';

const args = process.argv.slice(2);
const root = rootDir(args);
const year = Number(args.find((a) => /^\d+$/.test(a)));
const dir = join(root, 'data/observations');
const existing = existsSync(dir)
	? readdirSync(dir)
			.filter((n) => /^\d{4}\.json$/.test(n))
			.map((n) => Number(n.slice(0, 4)))
	: [];

exitIfRefused(refuseYear(year, existing));
const indicatorsDir = join(root, 'data/indicators');
const indicators = readdirSync(indicatorsDir)
	.filter((n) => n.endsWith('.json'))
	.map((n) => {
		const parsed = indicatorSchema.safeParse(JSON.parse(readFileSync(join(indicatorsDir, n), 'utf8')));
		if (!parsed.success) {
			console.error(`data/indicators/${n} có lỗi; chạy "npm run check" và sửa trước.`);
			process.exit(1);
		}
		return parsed.data;
	});
const template = observationTemplate(year, indicators);
const file = join(dir, `${year}.json`);
writeFileSync(file, `${JSON.stringify(template, null, '\t')}\n`);
console.log(
	`Đã tạo data/observations/${year}.json với ${template.observations.length} số liệu cần điền.\n` +
		'Điền "value" (hoặc "numerator" và "denominator"), "source" và "status"; xóa mục chưa có số liệu.\n' +
		'Chạy "npm run check": mọi mục còn trống được liệt kê kèm số dòng.',
);
