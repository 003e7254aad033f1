import type { APIRoute, GetStaticPaths } from 'astro';
import { getIndicatorData } from '../../loaders/indicators.ts';
import { downloadFiles, spreadsheetFiles, type DownloadFile } from '../../utils/indicators/downloads.ts';
import { getProgressData } from '../../loaders/progress.ts';
import { progressCsv, progressDownloadName, progressJson } from '../../utils/progress/export.ts';
import { progressRoutes } from '../../utils/routes.ts';
import { stableAddress } from '../../utils/url.ts';
import { siteUrl } from '../../config.ts';

/**
 * Static open-data files: /du-lieu/so-lieu.csv, /du-lieu/so-lieu.xlsx, /du-lieu/chi-tieu-<id>.json … (see downloads.ts), and the
 * progress of the sub-tasks, /du-lieu/tien-do.csv and .json (see utils/progress/export.ts).
 */
export const getStaticPaths = (async () => {
	const { models, years } = await getIndicatorData();
	const { model, units } = await getProgressData();
	// Absolute when the site's address is configured (SITE_URL), else the path on this site.
	const configured = siteUrl();
	const url = (subtask: string) => stableAddress(progressRoutes.subtask(subtask), configured ? new URL(configured) : undefined);
	const progress: DownloadFile[] = [
		{ name: `${progressDownloadName}.csv`, body: progressCsv(model, units, url), type: 'text/csv; charset=utf-8' },
		{ name: `${progressDownloadName}.json`, body: progressJson(model, units, url), type: 'application/json; charset=utf-8' },
	];
	return [...downloadFiles(models, years), ...(await spreadsheetFiles(models, years)), ...progress].map((file) => ({
		params: { file: file.name },
		props: { file },
	}));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: DownloadFile }> = ({ props }) =>
	new Response(props.file.body, { headers: { 'Content-Type': props.file.type } });
