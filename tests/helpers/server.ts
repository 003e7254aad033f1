import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentType, resolveFile } from '../../scripts/lib/static-files.ts';

/** Serve a built site folder on 127.0.0.1 (random port). `base` is the site's base path. */
export async function serveStatic(dir: string, base = '/'): Promise<{ url: string; close: () => Promise<void>; server: Server }> {
	const server = createServer(async (req, res) => {
		try {
			let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
			if (!path.startsWith(base)) throw new Error('outside base');
			path = '/' + path.slice(base.length);
			const { file, status } = resolveFile(dir, path);
			const body = await readFile(file);
			res.writeHead(status, { 'content-type': contentType(file) });
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
