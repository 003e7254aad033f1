import { performance } from 'node:perf_hooks';
import { loadRepository } from '../../src/utils/report/node-load.ts';
import { buildReport } from '../../src/utils/report/model.ts';
import { reportDocx } from '../../src/utils/report/docx.ts';
import { median } from './build.ts';

/** Generation figures of each periodic report: model, Word file, size. Medians of `runs`. */
export interface ReportFigures {
	period: string;
	file: string;
	modelMs: number;
	docxMs: number;
	bytes: number;
}

export async function measureReports(root: string, runs: number): Promise<{ loadMs: number; reports: ReportFigures[] }> {
	const loads: number[] = [];
	let sources = loadRepository(root, { strict: false });
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		sources = loadRepository(root, { strict: false });
		loads.push(performance.now() - t0);
	}
	const reports: ReportFigures[] = [];
	for (const period of sources.periods) {
		const content = sources.reports.get(period);
		const model = () => buildReport({ ...sources.base, period, ...(content ? { content } : {}) });
		await reportDocx(model()); // warm-up
		const modelMs: number[] = [];
		const docxMs: number[] = [];
		let bytes = 0;
		let file = '';
		for (let i = 0; i < runs; i++) {
			const t0 = performance.now();
			const report = model();
			const t1 = performance.now();
			const docx = await reportDocx(report);
			docxMs.push(performance.now() - t1);
			modelMs.push(t1 - t0);
			bytes = docx.length;
			file = `${report.fileBase}.docx`;
		}
		reports.push({ period, file, modelMs: median(modelMs), docxMs: median(docxMs), bytes });
	}
	return { loadMs: median(loads), reports };
}
