import { z } from 'astro/zod';
import { indicatorSchema } from '../schemas/indicator.ts';
import { observationFileSchema } from '../schemas/observation.ts';
import { glossarySchema } from '../schemas/glossary.ts';
import { errataSchema } from '../schemas/errata.ts';
import { unitsFileSchema } from '../schemas/unit.ts';
import { progressEntrySchema } from '../schemas/progress.ts';

/** Folder of the generated JSON Schema files, relative to the repository root. */
export const JSON_SCHEMA_DIR = 'data/schemas';

/**
 * JSON Schema files for the JSON data editors type by hand, generated from the zod schemas so VS Code
 * (via .vscode/settings.json) completes field names and underlines mistakes while typing. Rules that span
 * several files (unknown indicator, duplicates…) are only in `npm run check`.
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
} as const;

/** Vietnamese hover texts for the fields editors type most, by JSON Schema path (properties only). */
const DESCRIPTIONS: Record<string, Record<string, string>> = {
	'observations.schema.json': {
		year: 'Năm báo cáo; trùng tên tệp (2026.json → 2026).',
		'observations.indicator': 'Mã chỉ tiêu, đúng tên một tệp trong data/indicators/ (không có .json).',
		'observations.breakdown': 'Mã phần tách (ví dụ "nha-nuoc"), chỉ khi chỉ tiêu có "breakdowns".',
		'observations.value': 'Giá trị: một số, hoặc một mức xếp loại như "hoàn thành tốt". Không dùng cùng numerator/denominator.',
		'observations.numerator': 'Tử số (số đếm được), cho chỉ tiêu tỷ lệ; trang tự tính phần trăm.',
		'observations.denominator': 'Mẫu số (tổng số), lớn hơn 0 và không nhỏ hơn tử số.',
		'observations.source': 'Nguồn số liệu: tên báo cáo và ngày báo cáo.',
		'observations.source.name': 'Tên báo cáo, ví dụ "Báo cáo tổng kết năm 2026 của LĐLĐ thành phố".',
		'observations.source.date': 'Ngày báo cáo, dạng "YYYY-MM-DD".',
		'observations.note': 'Ghi chú hiện dưới số liệu (không bắt buộc).',
		'observations.status': '"official" (chính thức), "provisional" (tạm tính) hoặc "illustrative" (minh họa — bản phát hành từ chối).',
	},
	'indicator.schema.json': {
		id: 'Mã chỉ tiêu, trùng tên tệp; dùng trong địa chỉ trang và tệp số liệu.',
		order: 'Thứ tự trên bảng chỉ tiêu.',
		bullet: 'Số thứ tự gạch đầu dòng của mục III (1–8) mà chỉ tiêu lấy từ đó.',
		unit: '"percent" (tỷ lệ %), "count" (số đếm) hoặc "rating" (mức xếp loại).',
		target: 'Mức phấn đấu chung; bỏ trống khi mỗi phần tách có mức riêng.',
		breakdowns: 'Các phần tách có mức phấn đấu riêng (ví dụ doanh nghiệp nhà nước / ngoài nhà nước).',
		relatedTasks: 'Mã các nhiệm vụ của mục II phục vụ chỉ tiêu này, ví dụ "3.8".',
	},
};

/** Set `description` on the schema node at a dotted path of properties (array items are stepped through). */
function describe(schema: Record<string, unknown>, path: string, text: string): void {
	let node = schema as { properties?: Record<string, unknown>; items?: unknown; description?: string };
	for (const key of path.split('.')) {
		if (!node.properties && node.items) node = node.items as typeof node;
		const next = node.properties?.[key];
		if (!next) throw new Error(`json-schema: no field "${path}" to describe`);
		node = next as typeof node;
	}
	node.description = text;
}

/** File name → JSON text (tab-indented, trailing newline), exactly as committed. */
export function generateJsonSchemas(): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [name, { schema, title, description }] of Object.entries(SOURCES)) {
		// "input": what editors write (fields with defaults are optional).
		const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
		for (const [path, text] of Object.entries(DESCRIPTIONS[name] ?? {})) describe(json, path, text);
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
