import type { APIRoute, GetStaticPaths } from 'astro';
import { getReportDocx, getReports } from '../../utils/report/load.ts';
import type { ReportModel } from '../../utils/report/model.ts';

/** /bao-cao/<period>.docx (or <period>-minh-hoa.docx): the report as a Word file, generated at build time. */
export const getStaticPaths = (async () =>
	(await getReports()).map((report) => ({ params: { name: report.fileBase }, props: { report } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const bytes = await getReportDocx((props as { report: ReportModel }).report);
	return new Response(new Uint8Array(bytes), {
		headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
	});
};
