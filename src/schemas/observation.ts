import { z } from 'astro/zod';
import { isoDateSchema, textSchema } from './common.ts';
import { REPORTING_YEARS, slugSchema } from './indicator.ts';

/**
 * How far a figure can be trusted: official (from an approved report), provisional (may still change),
 * illustrative (made up to show how pages look; left out by the release build, src/utils/release.ts).
 */
export const FIGURE_STATUSES = ['official', 'provisional', 'illustrative'] as const;
export type FigureStatus = (typeof FIGURE_STATUSES)[number];

export const reportingYearSchema = z
	.number({ error: 'một năm' })
	.int({ error: 'một năm' })
	.min(REPORTING_YEARS.first, { error: `một năm từ ${REPORTING_YEARS.first} đến ${REPORTING_YEARS.last}` })
	.max(REPORTING_YEARS.last, { error: `một năm từ ${REPORTING_YEARS.first} đến ${REPORTING_YEARS.last}` });

const countSchema = z
	.number({ error: 'một số nguyên không âm' })
	.int({ error: 'một số nguyên không âm' })
	.min(0, { error: 'một số nguyên không âm' });

/** Where a figure comes from: the report's name and date. */
export const sourceSchema = z.strictObject({
	name: textSchema.meta({ description: 'Tên báo cáo, ví dụ "Báo cáo tổng kết năm 2026 của LĐLĐ thành phố".' }),
	date: isoDateSchema.meta({ description: 'Ngày báo cáo, dạng "YYYY-MM-DD".' }),
});

/**
 * One figure: an indicator (and breakdown) in the file's year. Either `value` (a number, or a level of
 * the rating scale) or `numerator` and `denominator` (the percentage is computed, never typed twice).
 * Whether the value fits the indicator's unit is checked against the indicator (src/checker/rules/indicators.ts).
 */
export const observationSchema = z
	.strictObject({
		indicator: slugSchema.meta({ description: 'Mã chỉ tiêu, đúng tên một tệp trong data/indicators/ (không có .json).' }),
		breakdown: slugSchema.optional().meta({ description: 'Mã khu vực (ví dụ "nha-nuoc"), chỉ khi chỉ tiêu có "breakdowns".' }),
		value: z
			.union([z.number().min(0, { error: 'một số không âm (số đếm hoặc tỷ lệ %)' }), z.string().trim().min(1)], {
				error: 'một số không âm hoặc một mức xếp loại',
			})
			.optional()
			.meta({ description: 'Giá trị: một số, hoặc một mức xếp loại như "hoàn thành tốt". Không dùng cùng numerator/denominator.' }),
		numerator: countSchema.optional().meta({ description: 'Tử số (số đếm được), cho chỉ tiêu tỷ lệ; trang tự tính phần trăm.' }),
		denominator: countSchema
			.refine((n) => n > 0, { error: 'một số nguyên dương' })
			.optional()
			.meta({ description: 'Mẫu số (tổng số), lớn hơn 0 và không nhỏ hơn tử số.' }),
		source: sourceSchema.meta({ description: 'Nguồn số liệu: tên báo cáo và ngày báo cáo.' }),
		note: textSchema.optional().meta({ description: 'Ghi chú hiện dưới số liệu (không bắt buộc).' }),
		status: z.enum(FIGURE_STATUSES, { error: 'trạng thái số liệu "official", "provisional" hoặc "illustrative"' }).meta({
			description: '"official" (chính thức), "provisional" (tạm tính) hoặc "illustrative" (minh họa — bản phát hành bỏ ra, không đăng).',
		}),
	})
	.superRefine((o, ctx) => {
		const hasFraction = o.numerator !== undefined || o.denominator !== undefined;
		if (o.value !== undefined && hasFraction) {
			ctx.addIssue({
				code: 'custom',
				path: ['value'],
				message: 'hoặc "value", hoặc "numerator" và "denominator", không cả hai',
				input: o.value,
			});
		} else if (o.value === undefined && !hasFraction) {
			ctx.addIssue({
				code: 'custom',
				path: ['value'],
				message: 'một giá trị "value", hoặc "numerator" và "denominator"',
				input: undefined,
			});
		} else if (hasFraction && (o.numerator === undefined || o.denominator === undefined)) {
			const missing = o.numerator === undefined ? 'numerator' : 'denominator';
			ctx.addIssue({ code: 'custom', path: [missing], message: 'cả tử số "numerator" và mẫu số "denominator"', input: undefined });
		} else if (o.numerator !== undefined && o.denominator !== undefined && o.numerator > o.denominator) {
			ctx.addIssue({
				code: 'custom',
				path: ['numerator'],
				message: `tử số không lớn hơn mẫu số (${o.denominator})`,
				input: o.numerator,
			});
		}
	});
export type Observation = z.infer<typeof observationSchema>;

/** One file in data/observations/<year>.json: every figure reported for that year. */
export const observationFileSchema = z.strictObject({
	year: reportingYearSchema.meta({ description: 'Năm báo cáo; trùng tên tệp (2026.json → 2026).' }),
	observations: z.array(observationSchema).meta({ description: 'Mọi số liệu của năm, mỗi chỉ tiêu (và khu vực) một lần.' }),
});
export type ObservationFile = z.infer<typeof observationFileSchema>;
