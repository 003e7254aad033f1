import type { APIRoute, GetStaticPaths } from 'astro';
import { getIndicatorData } from '../../loaders/indicators.ts';
import { downloadFiles, type DownloadFile } from '../../utils/indicators/downloads.ts';

/** Static open-data files: /du-lieu/so-lieu.csv, /du-lieu/chi-tieu-<id>.json … (see downloads.ts). */
export const getStaticPaths = (async () => {
	const { models, years } = await getIndicatorData();
	return downloadFiles(models, years).map((file) => ({ params: { file: file.name }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: DownloadFile }> = ({ props }) =>
	new Response(props.file.body, { headers: { 'Content-Type': props.file.type } });
