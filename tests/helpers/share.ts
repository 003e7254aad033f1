import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** netpbm's PNG decoder (Debian package netpbm, installed by .ci/run). */
export const PNGTOPNM = ['/usr/bin/pngtopnm', '/usr/local/bin/pngtopnm'].find((p) => existsSync(p));

/** Decodes the few entities Astro writes in attributes and titles. */
export const htmlAttr = (html: string) =>
	html
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
/** Open Graph (property=) and other (name=) meta tags of a page. */
export function metaOf(html: string): Map<string, string> {
	const map = new Map<string, string>();
	for (const m of html.matchAll(/<meta (property|name)="([^"]+)" content="([^"]*)"/g)) map.set(m[2]!, htmlAttr(m[3]!));
	return map;
}

/** Decodes a PNG with netpbm's pngtopnm: width, height and the RGB bytes. */
export function decodePng(file: string): { width: number; height: number; rgb: (x: number, y: number) => string } {
	const ppm = execFileSync(PNGTOPNM!, [file], { maxBuffer: 10 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
	const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
	if (!header) throw new Error(`not a PPM from ${file}`);
	const width = Number(header[1]);
	const offset = header[0].length;
	const rgb = (x: number, y: number) => {
		const i = offset + (y * width + x) * 3;
		return `#${[...ppm.subarray(i, i + 3)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
	};
	return { width, height: Number(header[2]), rgb };
}
