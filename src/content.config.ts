import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { programmeSectionSchema } from './schemas/programme.ts';
import { taskGroupSchema } from './schemas/task.ts';
import { guidelineSchema } from './schemas/guideline.ts';
import { glossaryTermSchema } from './schemas/glossary.ts';
import { erratumSchema } from './schemas/errata.ts';
import { indicatorSchema } from './schemas/indicator.ts';
import { observationFileSchema } from './schemas/observation.ts';
import { updateSchema } from './schemas/update.ts';
import { unitSchema } from './schemas/unit.ts';
import { progressEntrySchema } from './schemas/progress.ts';
import { reportSchema } from './schemas/report.ts';
import { dataDir as dataDirSetting, progressDir as progressDirSetting } from './config.ts';

/** Folder of indicator data; a test points it at a fixture copy to prove a new indicator needs no code. */
const dataDir = dataDirSetting();
/** Folder of progress entries (content/progress/<period>/<x-y>.md); a test points it at a fixture copy. */
const progressDir = progressDirSetting();

/**
 * Content lives at the repository root (content/, data/) so editors find it without knowing Astro.
 * Cross references (guideline → sub-task, indicator → sub-task, observation → indicator) are checked by
 * scripts/check.ts, which the build runs first.
 */
export const collections = {
	programme: defineCollection({
		loader: glob({ pattern: '*.md', base: './content/programme' }),
		schema: programmeSectionSchema,
	}),
	tasks: defineCollection({
		loader: glob({ pattern: '*.md', base: './content/tasks' }),
		schema: taskGroupSchema,
	}),
	guidelines: defineCollection({
		loader: glob({ pattern: '*.{md,mdx}', base: './content/guidelines' }),
		schema: guidelineSchema,
	}),
	glossary: defineCollection({
		loader: file('./content/glossary/terms.json'),
		schema: glossaryTermSchema,
	}),
	errata: defineCollection({
		loader: file('./content/errata.json'),
		schema: erratumSchema,
	}),
	indicators: defineCollection({
		loader: glob({ pattern: '*.json', base: `${dataDir}/indicators` }),
		schema: indicatorSchema,
	}),
	observations: defineCollection({
		loader: glob({ pattern: '*.json', base: `${dataDir}/observations` }),
		schema: observationFileSchema,
	}),
	/** "What's new" entries written by editors (page /cap-nhat/ and its RSS feed). */
	updates: defineCollection({
		loader: glob({ pattern: '*.md', base: './content/updates' }),
		schema: updateSchema,
	}),
	/** Responsible and partner bodies named by the programme (content/units.json). */
	units: defineCollection({
		loader: file('./content/units.json'),
		schema: unitSchema,
	}),
	/**
	 * Progress of the sub-tasks, one file per sub-task and period. The id keeps the path as written
	 * ("2025-H1/3-6"): the glob loader's default would lower-case it.
	 */
	progress: defineCollection({
		loader: glob({ pattern: '*/*.md', base: progressDir, generateId: ({ entry }) => entry.replace(/\.md$/, '') }),
		schema: progressEntrySchema,
	}),
	/** The editor-written parts of the periodic reports, one file per period (content/reports/2025.md). */
	reports: defineCollection({
		loader: glob({
			pattern: '*.md',
			base: process.env.REPORTS_DIR || './content/reports',
			generateId: ({ entry }) => entry.replace(/\.md$/, ''),
		}),
		schema: reportSchema,
	}),
};
