import { z } from 'astro/zod';
import { isoDateSchema, subtaskIdSchema, textSchema } from './common.ts';

export const audiences = ['members', 'leaders', 'editors'] as const;

/** Front matter of a guideline in content/guidelines/. */
export const guidelineSchema = z.strictObject({
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
});

export type Guideline = z.infer<typeof guidelineSchema>;
