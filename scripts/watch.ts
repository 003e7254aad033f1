/**
 * npm run watch [-- --port=4322]
 * Watches content/ and data/. On a change (bursts of saves debounced by 300 ms) it runs the checker,
 * rebuilds the site (and its search index) into a fresh folder, swaps it in and reloads open pages.
 * A failed check or build prints the errors and keeps serving the last good site.
 * The reload script and the /__watch/events endpoint exist only here, never in the real build.
 */
import { createServer, type ServerResponse } from 'node:http';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, watch } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkTree } from '../src/checker/check-tree.ts';
import { formatProblem, isWarning } from '../src/validation/problem.ts';
import { contentType, resolveFile } from './lib/static-files.ts';
import { basePathSlash } from '../src/config.ts';
import { CMS_DIR } from '../src/cms/page.ts';
import { option as cliOption, rootDir } from './lib/cli.ts';

const args = process.argv.slice(2);
const option = (name: string) => cliOption(args, name);
const root = rootDir(args);
const port = Number(option('port') ?? process.env.PORT ?? 4322);
const base = basePathSlash();
const DEBOUNCE_MS = 300;
const WATCHED = ['content', 'data'];

const work = mkdtempSync(join(tmpdir(), 'site-watch-'));
let live: string | undefined;
let generation = 0;
let building: ChildProcess | undefined;
let running = false;
let pending = false;
let firstChangeAt: number | undefined;
const clients = new Set<ServerResponse>();

const RELOAD = `<script>new EventSource('/__watch/events').onmessage = () => location.reload();</script>`;
const log = (message: string) => console.log(`[watch ${new Date().toLocaleTimeString('vi-VN', { hour12: false })}] ${message}`);

function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
	return new Promise((done) => {
		const child = spawn(command, commandArgs, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
		building = child;
		let output = '';
		child.stdout?.on('data', (d) => (output += d));
		child.stderr?.on('data', (d) => (output += d));
		child.on('close', (code) => {
			building = undefined;
			done({ code: code ?? 1, output });
		});
	});
}

/** Check, build into a new folder, swap. Returns true when the served site changed. */
async function rebuild(changedAt: number | undefined): Promise<boolean> {
	const started = performance.now();
	const problems = checkTree(root);
	const checked = performance.now();
	for (const p of problems.filter(isWarning)) console.error(formatProblem(p));
	const errors = problems.filter((p) => !isWarning(p));
	if (errors.length > 0) {
		for (const p of errors) console.error(formatProblem(p));
		console.error(`✗ ${errors.length} lỗi: trang đang phục vụ vẫn là bản tốt gần nhất. Sửa lỗi rồi lưu lại.`);
		return false;
	}
	const out = join(work, `site-${++generation}`);
	const env = { ...process.env, OUT_DIR: out };
	const build = await run('npx', ['astro', 'build'], env);
	if (build.code !== 0 || !existsSync(join(out, 'index.html'))) {
		console.error(build.output.split('\n').slice(-25).join('\n'));
		console.error('✗ Dựng trang thất bại: trang đang phục vụ vẫn là bản tốt gần nhất.');
		rmSync(out, { recursive: true, force: true });
		return false;
	}
	// The search index: built by the Astro integration when there is one, otherwise here.
	if (!existsSync(join(out, 'pagefind'))) await run('npx', ['pagefind', '--site', out], env);
	const previous = live;
	live = out;
	if (previous) setTimeout(() => rmSync(previous, { recursive: true, force: true }), 5_000);
	const done = performance.now();
	const since = changedAt !== undefined ? ` — ${Math.round(done - changedAt)} ms từ lúc lưu tệp` : '';
	log(`✓ Đã cập nhật (kiểm tra ${Math.round(checked - started)} ms, dựng ${Math.round(done - checked)} ms${since}).`);
	for (const client of clients) client.write('data: reload\n\n');
	return true;
}

async function cycle() {
	if (running) {
		pending = true;
		return;
	}
	running = true;
	// Saves that arrive during this cycle start the clock of the next one.
	const changedAt = firstChangeAt;
	firstChangeAt = undefined;
	try {
		await rebuild(changedAt);
	} finally {
		running = false;
		if (pending) {
			pending = false;
			void cycle();
		}
	}
}

let timer: NodeJS.Timeout | undefined;
for (const dir of WATCHED) {
	if (!existsSync(join(root, dir))) continue;
	watch(join(root, dir), { recursive: true }, (_event, name) => {
		if (name && /(^|[\\/])\.|~$|\.swp$/.test(String(name))) return;
		firstChangeAt ??= performance.now();
		clearTimeout(timer);
		timer = setTimeout(() => {
			log(`Thay đổi: ${dir}/${String(name ?? '')}`);
			void cycle();
		}, DEBOUNCE_MS);
	});
}

const server = createServer(async (req, res) => {
	const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
	if (path === '/__watch/events') {
		res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
		res.write(': connected\n\n');
		clients.add(res);
		req.on('close', () => clients.delete(res));
		return;
	}
	const site = live;
	if (!site) {
		res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '2' });
		res.end('Đang dựng trang lần đầu…');
		return;
	}
	if (!path.startsWith(base)) {
		res.writeHead(302, { location: base });
		res.end();
		return;
	}
	const { file, status } = resolveFile(site, path.slice(base.length));
	try {
		let body: Buffer | string = await readFile(file);
		const type = contentType(file);
		// The editing interface (/admin/) is not reloaded: its own CSP forbids the inline script, and a reload
		// would drop what an editor is typing after each save.
		if (type.startsWith('text/html') && !path.slice(base.length).startsWith(`${CMS_DIR}/`))
			body = body.toString('utf8').replace('</body>', `${RELOAD}</body>`);
		res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
		res.end(body);
	} catch {
		res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
		res.end('Không tìm thấy');
	}
});

function shutdown() {
	building?.kill('SIGTERM');
	for (const client of clients) client.end();
	server.close();
	rmSync(work, { recursive: true, force: true });
	process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

server.on('error', (error: NodeJS.ErrnoException) => {
	console.error(error.code === 'EADDRINUSE' ? `Cổng ${port} đang bận; chọn cổng khác: npm run watch -- --port=4330` : String(error));
	rmSync(work, { recursive: true, force: true });
	process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
	const address = server.address();
	const actual = typeof address === 'object' && address ? address.port : port;
	log(`Đang dựng trang lần đầu; sẽ phục vụ tại http://127.0.0.1:${actual}${base}`);
	void cycle().then(() => log(`Đang phục vụ http://127.0.0.1:${actual}${base} — theo dõi ${WATCHED.join('/, ')}/ (Ctrl+C để dừng)`));
});
