import { z } from 'astro/zod';
import { isoDateSchema, textSchema } from './common.ts';
import { slugSchema } from './indicator.ts';
import { DOCUMENT_NUMBER_PATTERN, periodSchema } from './progress.ts';

/**
 * The editor-written part of a periodic report: content/reports/<period>.md (e.g. content/reports/2025.md).
 * The front matter holds the document's facts (bodies, number, date, signer, recipients); the body holds
 * the parts only people can write, each under one of the second-level headings of REPORT_SECTIONS.
 * Whatever is missing shows as a visible placeholder; the release build publishes no report with one.
 * Everything generated from data (section II's entries and counts, section III, the appendix) is not here.
 */

/** Body headings editors write (without numbering; the report numbers them), in report order. */
export const REPORT_SECTIONS = {
	basis: 'Căn cứ',
	leadership: 'Công tác lãnh đạo, chỉ đạo, tổ chức thực hiện',
	overview: 'Khái quát kết quả',
	strengths: 'Ưu điểm',
	shortcomings: 'Hạn chế',
	causes: 'Nguyên nhân',
	directions: 'Phương hướng, nhiệm vụ kỳ tới',
	proposals: 'Kiến nghị, đề xuất',
} as const;
export type ReportSectionKey = keyof typeof REPORT_SECTIONS;

export const reportSchema = z
	.strictObject({
		period: periodSchema,
		issuer: slugSchema.meta({
			description:
				'Mã cơ quan ban hành báo cáo trong content/units.json, ví dụ "ldld-thanh-pho". Tên in trên báo cáo lấy từ danh sách đơn vị.',
		}),
		parentBody: slugSchema.meta({
			description: 'Mã cơ quan cấp trên trực tiếp trong content/units.json, ví dụ "ldld-tinh" (dòng trên cùng của góc trái).',
		}),
		numberSymbol: z
			.string({ error: 'ký hiệu văn bản dạng "BC-LĐLĐ"' })
			.trim()
			.regex(/^\p{L}[\p{L}\d]*(?:[/-]\p{L}[\p{L}\d]*)*$/u, { error: 'ký hiệu văn bản dạng "BC-LĐLĐ"' })
			.meta({ description: 'Ký hiệu của báo cáo, ví dụ "BC-LĐLĐ"; khi chưa có số, báo cáo in "Số: …/BC-LĐLĐ".' }),
		number: z
			.string({ error: 'số hiệu văn bản dạng "15/BC-LĐLĐ"' })
			.trim()
			.regex(DOCUMENT_NUMBER_PATTERN, { error: 'số hiệu văn bản dạng "15/BC-LĐLĐ"' })
			.optional()
			.meta({ description: 'Số hiệu đã cấp, ví dụ "15/BC-LĐLĐ". Để trống khi chưa cấp số.' }),
		date: isoDateSchema.optional().meta({ description: 'Ngày ký báo cáo, dạng "YYYY-MM-DD". Để trống khi chưa ký.' }),
		place: textSchema.meta({ description: 'Địa danh ghi trước ngày tháng, ví dụ "Bảo Lộc".' }),
		signer: z
			.strictObject({
				capacity: textSchema.optional().meta({ description: 'Thẩm quyền ký, ví dụ "TM. BAN THƯỜNG VỤ" hoặc "KT. CHỦ TỊCH".' }),
				title: textSchema.meta({ description: 'Chức vụ người ký, ví dụ "CHỦ TỊCH" hoặc "PHÓ CHỦ TỊCH".' }),
				name: textSchema.optional().meta({ description: 'Họ và tên người ký. Để trống khi chưa xác định.' }),
			})
			.optional()
			.meta({ description: 'Khối chữ ký.' }),
		recipients: z
			.array(textSchema)
			.min(1, { error: 'ít nhất một nơi nhận' })
			.optional()
			.meta({ description: 'Danh sách "Nơi nhận", mỗi dòng một nơi, dòng cuối thường là "Lưu: VT".' }),
	})
	.meta({
		description: `Phần do người viết của báo cáo định kỳ. Nội dung (dưới dòng ---) gồm các mục cấp hai: ${Object.values(REPORT_SECTIONS)
			.map((h) => `"## ${h}"`)
			.join(', ')}.`,
	});
export type ReportContentData = z.infer<typeof reportSchema>;
