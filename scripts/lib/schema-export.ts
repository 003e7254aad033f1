import { z } from 'astro/zod';
import { indicatorSchema } from '../../src/schemas/indicator.ts';
import { observationFileSchema } from '../../src/schemas/observation.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { errataSchema } from '../../src/schemas/errata.ts';
import { unitsFileSchema } from '../../src/schemas/unit.ts';
import { progressEntrySchema } from '../../src/schemas/progress.ts';
import { siteSettingsSchema } from '../../src/schemas/site.ts';

/** Folder of the generated JSON Schema files, relative to the repository root. */
export const JSON_SCHEMA_DIR = 'data/schemas';

/**
 * JSON Schema files for the JSON data editors type by hand, generated from the zod schemas so VS Code
 * (via .vscode/settings.json) completes field names and underlines mistakes while typing. The hover
 * texts are the fields' `.meta({ description })` in src/schemas/ (one place, also for an editing
 * interface). Rules that span several files (unknown indicator, duplicates…) are only in `npm run check`.
 */
const SOURCES = {
	'indicator.schema.json': {
		schema: indicatorSchema,
		title: 'Chỉ tiêu (data/indicators/<mã>.json)',
		description: 'Một chỉ tiêu đo được của mục III. Kiểm tra đầy đủ: npm run check.',
		files: ['data/indicators/*.json'],
	},
	'observations.schema.json': {
		schema: observationFileSchema,
		title: 'Số liệu một năm (data/observations/<năm>.json)',
		description: 'Mọi số liệu báo cáo của một năm. Kiểm tra đầy đủ: npm run check.',
		files: ['data/observations/*.json'],
	},
	'glossary.schema.json': {
		schema: glossarySchema,
		title: 'Thuật ngữ và chữ viết tắt (content/glossary/terms.json)',
		description: 'Danh sách thuật ngữ. Kiểm tra đầy đủ: npm run check.',
		files: ['content/glossary/terms.json'],
	},
	'errata.schema.json': {
		schema: errataSchema,
		title: 'Đính chính (content/errata.json)',
		description: 'Các chỗ sửa so với văn bản gốc. Kiểm tra đầy đủ: npm run check.',
		files: ['content/errata.json'],
	},
	'units.schema.json': {
		schema: unitsFileSchema,
		title: 'Cơ quan, đơn vị (content/units.json)',
		description: 'Danh sách cơ quan, đơn vị mà tệp tiến độ được ghi. Kiểm tra đầy đủ: npm run check.',
		files: ['content/units.json'],
	},
	// Front matter of content/progress/<kỳ>/<nhóm-số>.md (YAML, not JSON): documentation for editors and
	// for tools that edit the entries; VS Code does not apply it to Markdown.
	'progress-entry.schema.json': {
		schema: progressEntrySchema,
		title: 'Tiến độ một nhiệm vụ trong một kỳ (phần đầu tệp content/progress/<kỳ>/<nhóm-số>.md)',
		description: 'Các trường ở phần đầu (front matter) của tệp tiến độ. Kiểm tra đầy đủ: npm run check.',
		files: [],
	},
	'site.schema.json': {
		schema: siteSettingsSchema,
		title: 'Cài đặt của trang (content/site.json)',
		description:
			'Đơn vị đăng tải, ban biên tập, liên hệ và thông tin chương trình. Để "" khi chưa có thông tin xác nhận: câu tương ứng không hiện. Kiểm tra đầy đủ: npm run check.',
		files: ['content/site.json'],
	},
} as const;

/** File name → JSON text (tab-indented, trailing newline), exactly as committed. */
export function generateJsonSchemas(): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [name, { schema, title, description }] of Object.entries(SOURCES)) {
		// "input": what editors write (fields with defaults are optional).
		const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
		out[name] = `${JSON.stringify({ ...json, title, description }, null, '\t')}\n`;
	}
	return out;
}

/** The `json.schemas` entries of .vscode/settings.json. */
export function vscodeJsonSchemas(): { fileMatch: string[]; url: string }[] {
	return Object.entries(SOURCES)
		.filter(([, { files }]) => files.length > 0)
		.map(([name, { files }]) => ({
			fileMatch: (files as readonly string[]).map((f) => `/${f}`),
			url: `./${JSON_SCHEMA_DIR}/${name}`,
		}));
}
