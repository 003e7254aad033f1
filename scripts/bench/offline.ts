import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface OfflineFigures {
	sw: { raw: number; gz: number };
	precache: { files: number; bytes: number; html: number };
}

/** Size of dist/sw.js and of the files it precaches at install (the list Workbox wrote into it). */
export function offlineFigures(dist: string, base = '/'): OfflineFigures | null {
	let sw: Buffer;
	try {
		sw = readFileSync(join(dist, 'sw.js'));
	} catch {
		return null;
	}
	const list = /(\[\{"(?:revision|url)":[\s\S]*?\}\])/.exec(sw.toString('utf8'));
	const entries = list ? (JSON.parse(list[1]!) as { url: string }[]) : [];
	const bytes = entries.reduce((n, e) => n + statSync(join(dist, e.url.slice(base.length))).size, 0);
	return {
		sw: { raw: sw.length, gz: gzipSync(sw, { level: 9 }).length },
		precache: { files: entries.length, bytes, html: entries.filter((e) => e.url.endsWith('.html')).length },
	};
}
