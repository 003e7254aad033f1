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
	programme: z
		.strictObject({
			/** The programme's issuer, as the document itself says it (a fact of the document, not of today). */
			issuer: settingSchema.meta({ description: 'Cơ quan ban hành chương trình, đúng như văn bản ghi.' }),
			/** The period the programme covers, when confirmed (the text itself gives no end date). */
			period: settingSchema.meta({
				description: 'Thời gian thực hiện chương trình, khi đã được xác nhận (văn bản không ghi năm kết thúc).',
			}),
		})
		.meta({ description: 'Thông tin của chính văn bản chương trình.' }),
	/** Who publishes the site today. */
	publisher: settingSchema.meta({ description: 'Đơn vị đăng tải trang hiện nay. Để "" nếu chưa xác nhận.' }),
	/** Who edits and updates its content today. */
	maintainer: settingSchema.meta({ description: 'Đơn vị hoặc nhóm biên tập, cập nhật nội dung. Để "" nếu chưa xác nhận.' }),
	/** How readers reach the editors (e-mail, phone, address), if anyone has agreed to publish one. */
	contact: settingSchema.meta({
		description: 'Thư điện tử, số điện thoại hoặc địa chỉ liên hệ, nếu được phép công bố. Để "" nếu không có.',
	}),
});
export type SiteSettings = z.infer<typeof siteSettingsSchema>;
