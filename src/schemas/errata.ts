import { z } from 'astro/zod';
import { textSchema } from './common.ts';

export const errataKinds = ['page-break', 'typo', 'numbering', 'structure', 'unresolved'] as const;
/** Kinds that change words: `source` and `corrected` quote the original and the site word for word. */
export const correctingKinds: readonly Erratum['kind'][] = ['page-break', 'typo', 'numbering'];

/**
 * One difference between the programme's original text (content/source/) and the site, listed on the errata
 * page. `npm run check` compares the two word by word and requires every difference to be covered by exactly
 * one erratum (src/checker/rules/fidelity.ts):
 * - `source` quotes the original word for word ("¶" where the original starts a new paragraph), with as
 *   much surrounding text as makes the place unambiguous; `corrected` quotes the site the same way;
 * - "unresolved": a doubtful passage kept as in the original (no `corrected`); the quote must be unchanged;
 * - "structure": formatting the comparison ignores by design (heading levels, bold); `source` describes it.
 */
export const erratumSchema = z.strictObject({
	id: z
		.string()
		.regex(/^[a-z0-9-]+$/)
		.meta({ description: 'Mã viết thường không dấu, không trùng.' }),
	kind: z.enum(errataKinds).meta({
		description:
			'Loại: "page-break" (nối đoạn bị ngắt trang), "typo" (chính tả), "numbering" (số mục), "structure" (định dạng, không so từng chữ), "unresolved" (chưa xác định, giữ nguyên).',
	}),
	/** Where in the programme (human readable, Vietnamese). */
	location: textSchema.meta({ description: 'Vị trí trong chương trình, ví dụ "Mục II, nhiệm vụ 1.4".' }),
	/** Site path with anchor, relative to the site root (e.g. "nhiem-vu/nhom-1/#1-4"); checked against the text. */
	href: z
		.string()
		.regex(/^[a-z0-9/#-]*$/)
		.meta({ description: 'Trang và mục có chỗ sửa, tính từ gốc trang web, ví dụ "nhiem-vu/nhom-2/#2-4"; npm run check báo nếu sai chỗ.' }),
	/** What the original says, word for word ("¶" = paragraph break). */
	source: textSchema.meta({
		description: 'Nguyên văn bản gốc, đúng từng chữ, gồm chỗ sai và vài chữ đứng cạnh; ¶ là chỗ bản gốc xuống đoạn.',
	}),
	/** What the site says, word for word (absent when the text is kept as in the original). */
	corrected: textSchema
		.optional()
		.meta({ description: 'Nguyên văn trên trang sau khi sửa, đúng từng chữ như trong content/; bỏ trống khi giữ nguyên như bản gốc.' }),
	/** How many places the same correction is made (e.g. a typo repeated in 7 bullets); 1 when absent. */
	occurrences: z
		.number()
		.int()
		.min(2)
		.optional()
		.meta({ description: 'Số chỗ cùng một lỗi được sửa (ví dụ 7 gạch đầu dòng); bỏ trống nếu chỉ một chỗ.' }),
	/** Why. */
	reason: textSchema.meta({ description: 'Lý do sửa, viết cho người đọc.' }),
});

export const errataSchema = z.array(erratumSchema);
export type Erratum = z.infer<typeof erratumSchema>;
