import { existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

/**
 * What the local servers (watch, benchmark, browser tests) share: the content types of a built site's
 * files and how a URL path maps to a file, like a static host (directory index, 404.html).
 */
export const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
};

export function contentType(file: string): string {
	return CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
}

/**
 * The file for a decoded URL path below the site root: the file itself, or index.html of a directory;
 * 404.html (status 404) when there is none or the path escapes the root.
 */
export function resolveFile(dir: string, urlPath: string): { file: string; status: 200 | 404 } {
	const root = normalize(dir);
	let file = normalize(join(root, urlPath));
	if (file.startsWith(root) && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
	if (file.startsWith(root) && existsSync(file) && statSync(file).isFile()) return { file, status: 200 };
	return { file: join(root, '404.html'), status: 404 };
}
