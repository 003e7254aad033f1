import { z } from 'astro/zod';

/**
 * A setting editors fill in, or "" while nobody has confirmed it. An empty setting is never guessed:
 * the sentence that would use it is left out of every page.
 */
const settingSchema = z
	.string({ error: 'một đoạn chữ (để "" nếu chưa có thông tin xác nhận)' })
	.refine((s) => s === s.trim(), { error: 'không có dấu cách thừa ở đầu hoặc cuối' });

/**
 * content/site.json: who publishes and maintains the site, and the programme's facts shown around it.
 * Since 1/7/2025 local administrative levels have been reorganised, so no body is named in code.
 */
export const siteSettingsSchema = z.strictObject({
	programme: z.strictObject({
		/** The programme's issuer, as the document itself says it (a fact of the document, not of today). */
		issuer: settingSchema,
		/** The period the programme covers, when confirmed (the text itself gives no end date). */
		period: settingSchema,
	}),
	/** Who publishes the site today. */
	publisher: settingSchema,
	/** Who edits and updates its content today. */
	maintainer: settingSchema,
	/** How readers reach the editors (e-mail, phone, address), if anyone has agreed to publish one. */
	contact: settingSchema,
});
export type SiteSettings = z.infer<typeof siteSettingsSchema>;
