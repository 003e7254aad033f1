import { z } from 'astro/zod';
import { textSchema } from './common.ts';

/** Front matter of a task group file in content/tasks/ (section II of the programme). */
export const taskGroupSchema = z.strictObject({
	/** Group number 1–7; also the group's order on every page. */
	group: z.number().int().min(1).max(99),
	/** Title exactly as the programme prints it. */
	title: textSchema,
	/** Short title for cards, navigation and breadcrumbs (written by the site's editors). */
	shortTitle: textSchema.max(80, { error: 'tối đa 80 ký tự' }),
	/** One-sentence summary (written by the site's editors, not programme text). */
	summary: textSchema.max(300, { error: 'tối đa 300 ký tự' }),
});

export type TaskGroup = z.infer<typeof taskGroupSchema>;
