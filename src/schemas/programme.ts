import { z } from 'astro/zod';
import { textSchema } from './common.ts';

/** One part of the programme outside the task groups: preamble, sections I, II (heading), III, IV. */
export const programmeSectionSchema = z.strictObject({
	/** Position in the programme, 0 for the title block and preamble. */
	order: z.number().int().min(0),
	/** Roman numeral of the section ("I", "II" …); absent for the title block. */
	numeral: z.enum(['I', 'II', 'III', 'IV']).optional(),
	/** Heading exactly as the programme prints it (after errata). */
	heading: textSchema,
	/** Short title used in navigation. */
	navTitle: textSchema,
	/** Subtitle (title block only). */
	subtitle: textSchema.optional(),
});

export type ProgrammeSection = z.infer<typeof programmeSectionSchema>;
