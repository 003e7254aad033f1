import { z } from 'astro/zod';
import { textSchema } from './common.ts';

/** One glossary entry in content/glossary/terms.json. */
export const glossaryTermSchema = z.strictObject({
	/** ASCII id used in URLs (#cnvcld). */
	id: z
		.string()
		.regex(/^[a-z0-9-]+$/, { error: 'chữ thường không dấu, số và gạch nối' })
		.meta({ description: 'Mã viết thường không dấu, dùng làm neo trên trang thuật ngữ (#cnvcld).' }),
	/** The abbreviation or term as written in the text (e.g. "CNVCLĐ"). */
	term: textSchema.meta({ description: 'Chữ viết tắt hoặc thuật ngữ, đúng như trong văn bản, ví dụ "CNVCLĐ".' }),
	/** What it stands for. */
	expansion: textSchema.meta({ description: 'Nghĩa đầy đủ.' }),
	/**
	 * Where the expansion comes from: "established" (the document spells it out, or the usage is settled) or
	 * "editorsReading" (the document does not say; the editors' reading, labelled as such on every page).
	 */
	expansionStanding: z
		.enum(['established', 'editorsReading'], { error: '"established" (nghĩa đã rõ) hoặc "editorsReading" (cách hiểu của ban biên tập)' })
		.default('established')
		.meta({
			description: '"established": nghĩa đã rõ; "editorsReading": cách hiểu của ban biên tập (văn bản không ghi), được ghi rõ trên trang.',
		}),
	/** A short explanation for readers. */
	description: textSchema.optional().meta({ description: 'Giải thích ngắn cho người đọc (không bắt buộc).' }),
	/** Mark the first use on each page with <abbr>. */
	abbreviation: z
		.boolean()
		.default(true)
		.meta({ description: 'true: đánh dấu lần xuất hiện đầu tiên trên mỗi trang bằng chú thích nghĩa đầy đủ.' }),
});

export const glossarySchema = z.array(glossaryTermSchema);
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
