import { z } from 'astro/zod';
import { isoDateSchema, subtaskIdSchema, textSchema } from './common.ts';

export const audiences = ['members', 'leaders', 'editors'] as const;

/**
 * What a guideline is: `guidance` tells members and grassroots officers how to do what the programme asks
 * (shown under "Hướng dẫn" and as related guidance on task pages); `site` explains the website itself
 * (the "Về trang này" section, never shown as related guidance).
 */
export const guidelineKinds = ['guidance', 'site'] as const;

/** A source a guideline relies on: a legal document (with the article cited) or a public page. */
export const guidelineSourceSchema = z.strictObject({
	/** The document or page, as a reader would name it ("Bộ luật Lao động 2019, Điều 63"). */
	title: textSchema,
	/** Web address where the editors read it, if any. */
	url: z.url({ protocol: /^https?$/, error: 'một địa chỉ web bắt đầu bằng http:// hoặc https://' }).optional(),
	/** What the editors took from it. */
	note: textSchema.optional(),
});

/** Front matter of a guideline in content/guidelines/. */
export const guidelineSchema = z
	.strictObject({
		title: textSchema,
		summary: textSchema.max(300, { error: 'tối đa 300 ký tự' }),
		/** Who the guideline is written for. */
		audience: z.array(z.enum(audiences)).min(1),
		/** Sub-tasks of section II this guideline relates to ("1.2" …). Unknown ids fail the check. */
		relatedTasks: z.array(subtaskIdSchema).default([]),
		/** Date of the last substantive update, YYYY-MM-DD. */
		updated: isoDateSchema,
		/** Position in the guideline list. */
		order: z.number().int().min(0).default(100),
		kind: z.enum(guidelineKinds).default('site'),
		/** Documents and pages the guidance relies on; required for `guidance`. */
		sources: z.array(guidelineSourceSchema).default([]),
	})
	.superRefine((g, ctx) => {
		if (g.kind === 'guidance' && g.sources.length === 0) {
			ctx.addIssue({ code: 'custom', path: ['sources'], message: 'ít nhất một nguồn (văn bản, điều khoản) cho hướng dẫn loại "guidance"' });
		}
	});

export type Guideline = z.infer<typeof guidelineSchema>;
export type GuidelineKind = (typeof guidelineKinds)[number];
