import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { contentType, resolveFile } from './static-files.ts';

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest)|image\/svg)/;

export interface StaticServerOptions {
	/** The site's base path ("/" or "/sub/"); requests outside it get 404.html. */
	base?: string;
	/**
	 * Behave like a typical static host (GitHub Pages), for the benchmark: gzip for text, cache headers, and
	 * a `url` on "localhost" so the canonical links (http://localhost:4321/…) share the page's host.
	 */
	host?: boolean;
}

/** Serve a built site folder on 127.0.0.1 (random port): for the browser tests, the benchmark and measure-search. */
export async function serveStatic(
	dir: string,
	options: StaticServerOptions = {},
): Promise<{ url: string; port: number; close: () => Promise<void>; server: Server }> {
	const base = options.base ?? '/';
	const server = createServer(async (req, res) => {
		let path = '';
		try {
			path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		} catch {
			// A malformed URL is outside the site: 404.
		}
		const inside = path.startsWith(base);
		path = inside ? `/${path.slice(base.length)}` : '/404.html';
		const resolved = resolveFile(dir, path);
		const status = inside ? resolved.status : 404;
		let body = (await readFile(resolved.file).catch(() => null)) ?? Buffer.from('not found');
		const type = contentType(resolved.file);
		const headers: Record<string, string> = { 'content-type': type };
		if (options.host) {
			headers['cache-control'] = path.includes('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=600';
			if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
				body = gzipSync(body);
				headers['content-encoding'] = 'gzip';
			}
			headers['content-length'] = String(body.length);
		}
		res.writeHead(status, headers);
		res.end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		server,
		port,
		url: `http://${options.host ? 'localhost' : '127.0.0.1'}:${port}${base}`,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}
