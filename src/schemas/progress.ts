import { z } from 'astro/zod';
import { isoDateSchema, subtaskIdSchema, textSchema } from './common.ts';
import { REPORTING_YEARS, slugSchema } from './indicator.ts';

/**
 * Progress of the 44 sub-tasks of section II: one Markdown file per sub-task and reporting period,
 * content/progress/<period>/<group>-<n>.md (e.g. content/progress/2025-H1/3-6.md). The front matter holds
 * the facts; the body says what was done, with two optional sections (difficulties, next steps).
 * Rules that need other files (unknown sub-task or unit, duplicates, file name, as-of date within the
 * period) are in src/checker/rules/progress.ts.
 */

/**
 * The status scale, in the words editors type and readers see. The programme sets no deadline per
 * sub-task, so there is no "late"/"on time". "Chưa có báo cáo" is never typed: it is computed when a
 * sub-task has no entry for a period (NO_REPORT).
 */
export const PROGRESS_STATUSES = ['chưa triển khai', 'đang triển khai', 'hoàn thành', 'thực hiện thường xuyên'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/** The computed status of a sub-task without an entry for a period. */
export const NO_REPORT = 'chưa có báo cáo' as const;
export type ProgressCellStatus = ProgressStatus | typeof NO_REPORT;

/** Every status a cell can show, in display order (the scale, then the computed one). */
export const PROGRESS_CELL_STATUSES: readonly ProgressCellStatus[] = [...PROGRESS_STATUSES, NO_REPORT];

/** ASCII keys of the statuses, for CSS classes, filter values and the open data's `status_key`. */
export const PROGRESS_STATUS_KEYS: Record<ProgressCellStatus, string> = {
	'chưa triển khai': 'chua-trien-khai',
	'đang triển khai': 'dang-trien-khai',
	'hoàn thành': 'hoan-thanh',
	'thực hiện thường xuyên': 'thuong-xuyen',
	'chưa có báo cáo': 'chua-co-bao-cao',
};

/**
 * A reporting period: a year ("2025") or one of its halves ("2025-H1", "2025-H2"), within the reporting
 * years of the site (REPORTING_YEARS, shared with the indicators).
 */
export const PERIOD_PATTERN = /^(\d{4})(?:-H([12]))?$/;

export const periodSchema = z
	.string({ error: 'kỳ báo cáo dạng "2025", "2025-H1" hoặc "2025-H2"' })
	.regex(PERIOD_PATTERN, { error: 'kỳ báo cáo dạng "2025" (cả năm), "2025-H1" (6 tháng đầu năm) hoặc "2025-H2" (6 tháng cuối năm)' })
	.refine(
		(p) => {
			const year = Number(p.slice(0, 4));
			return year >= REPORTING_YEARS.first && year <= REPORTING_YEARS.last;
		},
		{ error: `kỳ báo cáo trong các năm ${REPORTING_YEARS.first}–${REPORTING_YEARS.last}` },
	)
	.meta({
		description: `Kỳ báo cáo: "2025" (cả năm), "2025-H1" (6 tháng đầu năm) hoặc "2025-H2" (6 tháng cuối năm), năm từ ${REPORTING_YEARS.first} đến ${REPORTING_YEARS.last}. Trùng tên thư mục chứa tệp.`,
	});

/**
 * Number of an official document as Vietnamese bodies write it: "13/KH-LĐLĐ", "41-KH/ThU",
 * "30/2020/NĐ-CP", "1270/BC-TCTTTg": a number, optionally "/year", then the type and issuer symbols
 * joined by "/" or "-".
 */
export const DOCUMENT_NUMBER_PATTERN = /^\d{1,5}(?:\/\d{4})?[/-]\p{L}[\p{L}\d]*(?:[/-]\p{L}[\p{L}\d]*)*$/u;

/** A document proving what an entry says: title, number and date, and where to read it if online. */
export const evidenceSchema = z
	.strictObject({
		title: textSchema.meta({ description: 'Tên văn bản, ví dụ "Báo cáo sơ kết 6 tháng đầu năm 2025 của LĐLĐ thành phố".' }),
		number: z
			.string({ error: 'số hiệu văn bản dạng "13/KH-LĐLĐ"' })
			.trim()
			.regex(DOCUMENT_NUMBER_PATTERN, { error: 'số hiệu văn bản dạng "13/KH-LĐLĐ", "41-KH/ThU" hoặc "30/2020/NĐ-CP"' })
			.meta({ description: 'Số hiệu văn bản đúng như in trên văn bản, ví dụ "13/KH-LĐLĐ" hoặc "41-KH/ThU".' }),
		date: isoDateSchema.meta({ description: 'Ngày ban hành văn bản, dạng "YYYY-MM-DD".' }),
		url: z
			.url({ protocol: /^https?$/, error: 'địa chỉ web bắt đầu bằng https:// hoặc http://' })
			.optional()
			.meta({ description: 'Địa chỉ đọc văn bản trên mạng (không bắt buộc).' }),
	})
	.meta({ description: 'Một văn bản làm căn cứ cho nội dung báo cáo.' });
export type Evidence = z.infer<typeof evidenceSchema>;

/** Front matter of content/progress/<period>/<group>-<n>.md. */
export const progressEntrySchema = z
	.strictObject({
		subtask: subtaskIdSchema.meta({ description: 'Mã nhiệm vụ của mục II, ví dụ "3.6". Trùng tên tệp (3-6.md).' }),
		period: periodSchema,
		asOf: isoDateSchema.meta({
			description: 'Thông tin cập nhật đến ngày nào, dạng "YYYY-MM-DD"; không sớm hơn ngày đầu của kỳ báo cáo.',
		}),
		status: z
			.enum(PROGRESS_STATUSES, {
				error: `một trạng thái trong thang: ${PROGRESS_STATUSES.map((s) => `"${s}"`).join(', ')}`,
			})
			.meta({
				description:
					'Trạng thái trong kỳ: "chưa triển khai", "đang triển khai", "hoàn thành" hoặc "thực hiện thường xuyên". Không ghi "chưa có báo cáo": trang tự tính khi không có tệp.',
			}),
		units: z
			.array(slugSchema)
			.default([])
			.meta({ description: 'Mã các đơn vị đã thực hiện trong kỳ, lấy từ content/units.json, ví dụ ["ldld-thanh-pho", "cdcs"].' }),
		evidence: z.array(evidenceSchema).default([]).meta({ description: 'Các văn bản làm căn cứ: tên, số hiệu, ngày, địa chỉ (nếu có).' }),
		indicators: z
			.array(slugSchema)
			.default([])
			.meta({ description: 'Mã các chỉ tiêu của mục III liên quan (tên tệp trong data/indicators/), không bắt buộc.' }),
		illustrative: z.boolean({ error: 'true hoặc false' }).default(false).meta({
			description:
				'true khi nội dung là minh họa do ban biên tập soạn để xem thử trang, không phải báo cáo thật. Bản phát hành bỏ qua các tệp minh họa.',
		}),
	})
	.meta({ description: 'Tiến độ thực hiện một nhiệm vụ trong một kỳ báo cáo. Phần nội dung (dưới dòng ---) ghi những việc đã làm.' });
export type ProgressEntryData = z.infer<typeof progressEntrySchema>;

/**
 * Optional second-level headings of an entry's body, in this order: difficulties, then next steps. The
 * text before them is "what was done". The periodic report reads the three parts separately.
 */
export const PROGRESS_BODY_SECTIONS = {
	difficulties: 'Khó khăn, vướng mắc',
	nextSteps: 'Phương hướng tiếp theo',
} as const;
