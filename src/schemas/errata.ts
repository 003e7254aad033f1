import { z } from 'astro/zod';
import { textSchema } from './common.ts';

export const errataKinds = ['page-break', 'typo', 'numbering', 'structure', 'unresolved'] as const;

/** One correction of the source text, listed on the errata page. */
export const erratumSchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9-]+$/),
	kind: z.enum(errataKinds),
	/** Where in the programme (human readable, Vietnamese). */
	location: textSchema,
	/** Site path with anchor, relative to the site root (e.g. "nhiem-vu/nhom-1/#1-4"). */
	href: z.string().regex(/^[a-z0-9/#-]*$/),
	/** What the source said. */
	source: textSchema,
	/** What the site says (absent when the text is kept as in the source). */
	corrected: textSchema.optional(),
	/** Why. */
	reason: textSchema,
});

export const errataSchema = z.array(erratumSchema);
export type Erratum = z.infer<typeof erratumSchema>;
