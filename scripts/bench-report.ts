/**
 * `npm run bench:report`: time to generate each periodic report (model, then Word file) and the Word
 * file's size, without building the site. Medians of BENCH_RUNS (default 5). Not a test: figures vary by
 * machine. `npm run bench` includes the same figures.
 */
import { fileURLToPath } from 'node:url';
import { measureReports } from './bench/report.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const { loadMs, reports } = await measureReports(root, runs);
console.log(`Reading content/ and data/ for the reports: ${loadMs.toFixed(0)} ms (median of ${runs})`);
console.log(
	[
		'period    file                      model ms  docx ms  size KB',
		...reports.map(
			(r) =>
				`${r.period.padEnd(9)} ${r.file.padEnd(25)} ${r.modelMs.toFixed(1).padStart(8)} ${r.docxMs.toFixed(0).padStart(8)} ${(r.bytes / 1024).toFixed(1).padStart(8)}`,
		),
	].join('\n'),
);
