import { z } from 'astro/zod';
import { textSchema } from './common.ts';

export const errataKinds = ['page-break', 'typo', 'numbering', 'structure', 'unresolved'] as const;

/** One correction of the source text, listed on the errata page. */
export const erratumSchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9-]+$/).meta({ description: 'Mã viết thường không dấu, không trùng.' }),
	kind: z.enum(errataKinds).meta({ description: 'Loại: "page-break" (nối đoạn bị ngắt trang), "typo" (chính tả), "numbering" (số mục), "structure" (định dạng), "unresolved" (chưa xác định, giữ nguyên).' }),
	/** Where in the programme (human readable, Vietnamese). */
	location: textSchema.meta({ description: 'Vị trí trong chương trình, ví dụ "Mục II, nhiệm vụ 1.4".' }),
	/** Site path with anchor, relative to the site root (e.g. "nhiem-vu/nhom-1/#1-4"). */
	href: z.string().regex(/^[a-z0-9/#-]*$/).meta({ description: 'Đường dẫn tới chỗ đó trên trang, tính từ gốc trang web, ví dụ "nhiem-vu/nhom-1/#1-4".' }),
	/** What the source said. */
	source: textSchema.meta({ description: 'Văn bản gốc viết thế nào.' }),
	/** What the site says (absent when the text is kept as in the source). */
	corrected: textSchema.optional().meta({ description: 'Trang web viết thế nào (bỏ trống khi giữ nguyên như bản gốc).' }),
	/** Why. */
	reason: textSchema.meta({ description: 'Lý do sửa.' }),
});

export const errataSchema = z.array(erratumSchema);
export type Erratum = z.infer<typeof erratumSchema>;
