import type { APIRoute, GetStaticPaths } from 'astro';
import { getIndicatorData } from '../../utils/indicators/load.ts';
import { downloadFiles, type DownloadFile } from '../../utils/indicators/downloads.ts';
import { getProgressData } from '../../utils/progress/load.ts';
import { progressCsv, progressDownloadName, progressJson } from '../../utils/progress/export.ts';
import { progressRoutes } from '../../utils/routes.ts';
import { href } from '../../utils/url.ts';

/**
 * Static open-data files: /du-lieu/so-lieu.csv, /du-lieu/chi-tieu-<id>.json … (see downloads.ts), and the
 * progress of the sub-tasks, /du-lieu/tien-do.csv and .json (see utils/progress/export.ts).
 */
export const getStaticPaths = (async () => {
	const { models, years } = await getIndicatorData();
	const { model, units } = await getProgressData();
	const site = import.meta.env.SITE ?? 'http://localhost';
	const url = (subtask: string) => new URL(href(progressRoutes.subtask(subtask)), site).href;
	const progress: DownloadFile[] = [
		{ name: `${progressDownloadName}.csv`, body: progressCsv(model, units, url), type: 'text/csv; charset=utf-8' },
		{ name: `${progressDownloadName}.json`, body: progressJson(model, units, url), type: 'application/json; charset=utf-8' },
	];
	return [...downloadFiles(models, years), ...progress].map((file) => ({ params: { file: file.name }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: DownloadFile }> = ({ props }) =>
	new Response(props.file.body, { headers: { 'Content-Type': props.file.type } });
