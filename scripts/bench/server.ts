import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { contentType, resolveFile } from '../lib/static-files.ts';

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest)|image\/svg)/;

/**
 * Static server for the benchmark, behaving like a typical static host (GitHub Pages): gzip for text,
 * cache headers, directory index, 404.html. Listens on 127.0.0.1; `url` uses "localhost" so the
 * canonical links (http://localhost:4321/…) share the page's host for Lighthouse's SEO audit.
 */
export async function serveSite(dir: string) {
	const server = createServer(async (req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		const { file, status } = resolveFile(dir, path);
		let body = (await readFile(file).catch(() => null)) ?? Buffer.from('not found');
		const type = contentType(file);
		const headers: Record<string, string> = { 'content-type': type, 'cache-control': path.includes('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=600' };
		if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
			body = gzipSync(body);
			headers['content-encoding'] = 'gzip';
		}
		headers['content-length'] = String(body.length);
		res.writeHead(status, headers);
		res.end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return { url: `http://localhost:${port}/`, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
