import { z } from 'astro/zod';
import { isoDateSchema, textSchema } from './common.ts';

/** What changed: new or corrected figures, programme/guideline text, or the site itself. */
export const updateKinds = ['data', 'content', 'site'] as const;

/** Front matter of an entry in content/updates/ (the "What's new" page and its RSS feed). */
export const updateSchema = z.strictObject({
	title: textSchema.max(120, { error: 'tối đa 120 ký tự' }),
	/** Day the change went public, YYYY-MM-DD. */
	date: isoDateSchema,
	kind: z.enum(updateKinds, { error: 'loại cập nhật "data", "content" hoặc "site"' }),
	/** One or two sentences shown in the list and the feed. */
	summary: textSchema.max(400, { error: 'tối đa 400 ký tự' }),
	/** Site-relative page the entry points to, e.g. "chi-tieu/" or "nhiem-vu/nhom-3/#3-6". */
	link: z
		.string()
		.regex(/^[a-z0-9/#-]*$/, { error: 'đường dẫn trong trang, chữ thường không dấu, ví dụ "chi-tieu/"' })
		.optional(),
});

export type Update = z.infer<typeof updateSchema>;
