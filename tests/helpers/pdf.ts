import { spawnSync } from 'node:child_process';

/**
 * The orientation of each page of a PDF, read by Debian's pdfinfo (poppler-utils); every page must be
 * A4 (a page of another size is left out, so the count no longer matches the page count).
 */
export function pdfPages(file: string): { pages: number; orientations: ('portrait' | 'landscape')[] } {
	const result = spawnSync('pdfinfo', ['-f', '1', '-l', '999', file], { encoding: 'utf8', timeout: 60_000 });
	if (result.error) throw result.error;
	const pages = Number(/^Pages:\s+(\d+)/m.exec(result.stdout)?.[1] ?? Number.NaN);
	const orientations = [...result.stdout.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts \(A4\)/gm)].map((m) =>
		Number(m[1]) < Number(m[2]) ? ('portrait' as const) : ('landscape' as const),
	);
	return { pages, orientations };
}
