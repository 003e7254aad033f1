import { z } from 'astro/zod';
import { textSchema } from './common.ts';

/** One glossary entry in content/glossary/terms.json. */
export const glossaryTermSchema = z.strictObject({
	/** ASCII id used in URLs (#cnvcld). */
	id: z.string().regex(/^[a-z0-9-]+$/, { error: 'chữ thường không dấu, số và gạch nối' }),
	/** The abbreviation or term as written in the text (e.g. "CNVCLĐ"). */
	term: textSchema,
	/** What it stands for. */
	expansion: textSchema,
	/**
	 * Where the expansion comes from: "established" (the document spells it out, or the usage is settled) or
	 * "editorsReading" (the document does not say; the editors' reading, labelled as such on every page).
	 */
	expansionStanding: z
		.enum(['established', 'editorsReading'], { error: '"established" (nghĩa đã rõ) hoặc "editorsReading" (cách hiểu của ban biên tập)' })
		.default('established'),
	/** A short explanation for readers. */
	description: textSchema.optional(),
	/** Mark the first use on each page with <abbr>. */
	abbreviation: z.boolean().default(true),
});

export const glossarySchema = z.array(glossaryTermSchema);
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
