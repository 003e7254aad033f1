import { z } from 'astro/zod';
import { subtaskIdSchema, textSchema } from './common.ts';

/**
 * Reporting years the site accepts. The programme implements the city Party Congress resolution for the
 * 2020–2025 term and was adopted after 15/10/2021 (it cites documents of that date), so no figure can
 * belong to a year before 2021. Its targets are yearly and the text gives no end date, so the range stays
 * open for the next term (2025–2030): a figure for 2031 or later is far more likely a typing error than a
 * real report. Change only these two numbers if the programme is extended.
 */
export const REPORTING_YEARS = { first: 2021, last: 2030 } as const;

/**
 * The ordered rating scale of annual union assessments, best first. Observations write the level exactly
 * as printed here.
 */
export const RATING_SCALE = ['hoàn thành xuất sắc', 'hoàn thành tốt', 'hoàn thành', 'không hoàn thành'] as const;
export type RatingLevel = (typeof RATING_SCALE)[number];

export const DEFINITION_STATUSES = ['proposed', 'confirmed'] as const;
export type DefinitionStatus = (typeof DEFINITION_STATUSES)[number];

export const UNITS = ['percent', 'count', 'rating'] as const;
export type Unit = (typeof UNITS)[number];

/** Lower-case ASCII words joined by hyphens: stable ids used in URLs and data files. */
export const slugSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'mã viết thường không dấu, nối bằng gạch ngang, ví dụ "doi-thoai"' });

/** The target's wording exactly as section III prints it, quoted on the indicator page. */
const sourceTextSchema = textSchema.meta({ description: 'Nguyên văn chỉ tiêu trong mục III, trích trên trang chỉ tiêu.' });

/**
 * Which figure a target is compared with, as its wording says (explained on /huong-dan/do-luong-tien-do/):
 *  - "eachYear": "hàng năm", or section III's heading "chỉ tiêu phấn đấu hàng năm": each year's own figure;
 *  - "runningMean": "bình quân mỗi năm": the mean of the reported years from the first one up to the year
 *    judged; the year's own figure is shown beside it.
 */
export const AGGREGATIONS = ['eachYear', 'runningMean'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

/**
 * Why the level is a floor, as the wording says:
 *  - "stated": the wording says so ("trở lên", "ít nhất", "từ N");
 *  - "editorsReading": the wording gives a level only ("80% đoàn viên …"); reading it as a floor is the
 *    editors' reading of "phấn đấu", labelled as such;
 *  - "all": 100%: every unit counted, nothing above it.
 */
export const MINIMUM_READINGS = ['stated', 'editorsReading', 'all'] as const;
export type MinimumReading = (typeof MINIMUM_READINGS)[number];

const aggregationSchema = z.enum(AGGREGATIONS, { error: '"eachYear" (từng năm) hoặc "runningMean" (bình quân các năm)' }).meta({
	description:
		'So sánh số liệu nào với mức phấn đấu: "eachYear" số của từng năm; "runningMean" bình quân các năm từ năm đầu có số liệu (câu chữ "bình quân mỗi năm").',
});
const minimumSchema = z
	.enum(MINIMUM_READINGS, {
		error: '"stated" (câu chữ ghi "trở lên", "ít nhất", "từ"), "editorsReading" (ban biên tập hiểu là mức tối thiểu) hoặc "all" (100%)',
	})
	.meta({
		description:
			'Vì sao mức phấn đấu là mức tối thiểu: "stated" câu chữ ghi "trở lên", "ít nhất", "từ"; "editorsReading" cách hiểu của ban biên tập; "all" 100%.',
	});

/** "At least N" (percent or count). Bullets without "trở lên" are read this way too (see guideline). */
const atLeastTargetSchema = z.strictObject({
	kind: z.literal('atLeast').meta({ description: '"atLeast": đạt khi số liệu từ value trở lên.' }),
	value: z.number({ error: 'một số' }).min(0, { error: 'một số không âm' }).meta({ description: 'Mức tối thiểu N.' }),
	aggregation: aggregationSchema,
	minimum: minimumSchema,
	sourceText: sourceTextSchema,
});

/** "From min to max": judged met when the compared figure reaches min; the band shows the range. */
const rangeTargetSchema = z
	.strictObject({
		kind: z.literal('range').meta({ description: '"range": khoảng min–max mỗi năm; đạt khi từ min trở lên.' }),
		min: z.number({ error: 'một số' }).min(0, { error: 'một số không âm' }).meta({ description: 'Mức dưới của khoảng.' }),
		max: z.number({ error: 'một số' }).min(0, { error: 'một số không âm' }).meta({ description: 'Mức trên của khoảng.' }),
		aggregation: aggregationSchema,
		minimum: minimumSchema,
		sourceText: sourceTextSchema,
	})
	.refine((t) => t.min <= t.max, { error: 'min không lớn hơn max', path: ['max'] });

/** "Rated at least <level>" on RATING_SCALE. */
const ratingTargetSchema = z.strictObject({
	kind: z.literal('ratingAtLeast').meta({ description: '"ratingAtLeast": đạt khi xếp loại từ mức level trở lên.' }),
	level: z
		.enum(RATING_SCALE, { error: `một mức trong thang: ${RATING_SCALE.map((l) => `"${l}"`).join(', ')}` })
		.meta({ description: 'Mức xếp loại tối thiểu, viết đúng như trong thang.' }),
	aggregation: aggregationSchema,
	minimum: minimumSchema,
	sourceText: sourceTextSchema,
});

export const targetSchema = z.discriminatedUnion('kind', [atLeastTargetSchema, rangeTargetSchema, ratingTargetSchema], {
	error: 'chỉ tiêu có "kind" là "atLeast", "range" hoặc "ratingAtLeast"',
});
export type Target = z.infer<typeof targetSchema>;

/** A part of an indicator with its own target (state-owned vs non-state enterprises …). */
export const breakdownSchema = z.strictObject({
	id: slugSchema.meta({ description: 'Mã khu vực, ví dụ "nha-nuoc"; dùng trong tệp số liệu.' }),
	label: textSchema.meta({ description: 'Tên khu vực, ví dụ "Doanh nghiệp nhà nước".' }),
	target: targetSchema.meta({ description: 'Mức phấn đấu riêng của khu vực.' }),
});
export type Breakdown = z.infer<typeof breakdownSchema>;

/** One file in data/indicators/: a measurable indicator taken from a bullet of section III. */
export const indicatorSchema = z
	.strictObject({
		/** Stable id; must equal the file name (without .json). Used in URLs and observation files. */
		id: slugSchema.meta({ description: 'Mã chỉ tiêu, trùng tên tệp; dùng trong địa chỉ trang và tệp số liệu.' }),
		/** Position on the scorecard and in downloads. */
		order: z.number().int().min(1).meta({ description: 'Thứ tự trên bảng chỉ tiêu.' }),
		/** Number (1–8) of the section III bullet the target comes from. */
		bullet: z
			.number()
			.int()
			.min(1)
			.max(8, { error: 'số thứ tự gạch đầu dòng của mục III, từ 1 đến 8' })
			.meta({ description: 'Số thứ tự gạch đầu dòng của mục III (1–8) mà chỉ tiêu lấy từ đó.' }),
		title: textSchema.meta({ description: 'Tên đầy đủ của chỉ tiêu.' }),
		shortTitle: textSchema
			.max(60, { error: 'tối đa 60 ký tự' })
			.meta({ description: 'Tên ngắn (tối đa 60 ký tự), dùng trên bảng chỉ tiêu, biểu đồ và đường dẫn.' }),
		/** What is counted, in words. */
		definition: textSchema.meta({ description: 'Chỉ tiêu đếm cái gì, bằng lời.' }),
		/**
		 * Standing of the definition, numerator and denominator: the editors' reading of the programme
		 * ("proposed") until the federation confirms it ("confirmed"). Shown on the indicator page.
		 */
		definitionStatus: z.enum(DEFINITION_STATUSES, { error: '"proposed" (ban biên tập đề xuất) hoặc "confirmed" (LĐLĐ đã xác nhận)' }).meta({
			description:
				'"proposed": định nghĩa, tử số, mẫu số do ban biên tập đề xuất, chờ xác nhận; "confirmed": đã được công đoàn chủ trì xác nhận.',
		}),
		/** For percentages: what is counted above and below the fraction line. */
		numerator: textSchema.optional().meta({ description: 'Chỉ tiêu tỷ lệ: tử số đếm cái gì.' }),
		denominator: textSchema.optional().meta({ description: 'Chỉ tiêu tỷ lệ: mẫu số đếm cái gì.' }),
		unit: z
			.enum(UNITS, { error: 'đơn vị "percent", "count" hoặc "rating"' })
			.meta({ description: '"percent" (tỷ lệ %), "count" (số đếm) hoặc "rating" (mức xếp loại).' }),
		/** Target of the whole indicator; absent when every breakdown has its own. */
		target: targetSchema.optional().meta({ description: 'Mức phấn đấu chung; bỏ trống khi mỗi khu vực có mức riêng.' }),
		breakdowns: z
			.array(breakdownSchema)
			.min(1)
			.optional()
			.meta({ description: 'Các khu vực có mức phấn đấu riêng (ví dụ doanh nghiệp nhà nước / ngoài nhà nước).' }),
		/** Sub-tasks of section II that serve this indicator. */
		relatedTasks: z
			.array(subtaskIdSchema)
			.default([])
			.meta({ description: 'Mã các nhiệm vụ của mục II phục vụ chỉ tiêu này, ví dụ "3.8".' }),
	})
	.superRefine((ind, ctx) => {
		if (!ind.target && !ind.breakdowns) {
			ctx.addIssue({ code: 'custom', path: ['target'], message: 'một chỉ tiêu "target" hoặc danh sách "breakdowns"', input: undefined });
		}
		if (ind.target && ind.breakdowns) {
			ctx.addIssue({
				code: 'custom',
				path: ['target'],
				message: 'chỉ một trong hai: "target" chung hoặc chỉ tiêu riêng trong "breakdowns"',
				input: ind.target,
			});
		}
		const targets = ind.target
			? [{ t: ind.target, path: ['target'] }]
			: (ind.breakdowns ?? []).map((b, i) => ({ t: b.target, path: ['breakdowns', i, 'target'] }));
		for (const { t, path } of targets) {
			const fits =
				ind.unit === 'rating' ? t.kind === 'ratingAtLeast' : t.kind !== 'ratingAtLeast' && (ind.unit === 'count' || t.kind === 'atLeast');
			if (!fits) {
				ctx.addIssue({ code: 'custom', path: [...path, 'kind'], message: `loại chỉ tiêu hợp với đơn vị "${ind.unit}"`, input: t.kind });
			}
			if (ind.unit === 'percent' && t.kind === 'atLeast' && t.value > 100) {
				ctx.addIssue({ code: 'custom', path: [...path, 'value'], message: 'một số từ 0 đến 100', input: t.value });
			}
			if (t.kind === 'ratingAtLeast' && t.aggregation === 'runningMean') {
				ctx.addIssue({
					code: 'custom',
					path: [...path, 'aggregation'],
					message: '"eachYear" (không lấy bình quân một mức xếp loại)',
					input: t.aggregation,
				});
			}
			const whole = ind.unit === 'percent' && t.kind === 'atLeast' && t.value === 100;
			if (whole !== (t.minimum === 'all')) {
				const message = whole ? '"all" cho chỉ tiêu 100%' : '"stated" hoặc "editorsReading" ("all" chỉ dành cho chỉ tiêu 100%)';
				ctx.addIssue({ code: 'custom', path: [...path, 'minimum'], message, input: t.minimum });
			}
		}
		const seen = new Set<string>();
		(ind.breakdowns ?? []).forEach((b, i) => {
			if (seen.has(b.id))
				ctx.addIssue({ code: 'custom', path: ['breakdowns', i, 'id'], message: 'mã khu vực không trùng nhau', input: b.id });
			seen.add(b.id);
		});
	});

export type Indicator = z.infer<typeof indicatorSchema>;
