import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
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
};

/** Serve a built site folder on 127.0.0.1 (random port). `base` is the site's base path. */
export async function serveStatic(dir: string, base = '/'): Promise<{ url: string; close: () => Promise<void>; server: Server }> {
	const server = createServer(async (req, res) => {
		try {
			let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
			if (!path.startsWith(base)) throw new Error('outside base');
			path = '/' + path.slice(base.length);
			let file = normalize(join(dir, path));
			if (!file.startsWith(normalize(dir))) throw new Error('outside root');
			if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
			const body = await readFile(file);
			res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
			res.end(body);
		} catch {
			const body = await readFile(join(dir, '404.html')).catch(() => Buffer.from('not found'));
			res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
			res.end(body);
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		server,
		url: `http://127.0.0.1:${port}${base}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
