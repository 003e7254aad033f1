import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { get as httpGet, type IncomingHttpHeaders } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/ui.ts';
import { root } from '../helpers/dist.ts';
import { buildEnv, siteCopy } from './site-copy.ts';

/**
 * deploy/nginx/: validated by nginx itself (`nginx -t`), then started on loopback ports with a throw-away
 * certificate, serving a build made with the configuration's base path. Debian package "nginx" (.ci/run).
 */
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
const BASE = '/chuong-trinh-hanh-dong/';
const SECURITY_HEADERS = {
	'content-security-policy': "frame-ancestors 'none'",
	'x-frame-options': 'DENY',
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
	'strict-transport-security': 'max-age=31536000; includeSubDomains',
};

interface Reply {
	status: number;
	headers: IncomingHttpHeaders;
	body: string;
}

const freePort = () =>
	new Promise<number>((resolve) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});

describe.skipIf(!NGINX)('deploy/nginx configuration', () => {
	const copy = siteCopy('nginx-');
	const prefix = copy.dir;
	let https = 0;
	let http = 0;
	let nginx: ChildProcess | undefined;
	let validation: ReturnType<typeof spawnSync>;

	const fetchHttps = (path: string) =>
		new Promise<Reply>((resolve, reject) => {
			const req = request(
				{ host: '127.0.0.1', port: https, path, rejectUnauthorized: false, headers: { 'accept-encoding': 'identity' } },
				(res) => {
					let body = '';
					res.setEncoding('utf8');
					res.on('data', (chunk: string) => (body += chunk));
					res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
				},
			);
			req.on('error', reject);
			req.end();
		});

	beforeAll(async () => {
		chmodSync(prefix, 0o755);
		// The site as the configuration expects it: web root /var/www/baoloc → <prefix>/www, base path folder inside.
		const www = join(prefix, 'www');
		const build = spawnSync('npm', ['run', '-s', 'build'], {
			cwd: copy.dir,
			env: buildEnv({ OUT_DIR: join(www, BASE), BASE_PATH: BASE.replace(/\/$/, '') }),
			encoding: 'utf8',
			maxBuffer: 50 * 1024 * 1024,
		});
		if (build.status !== 0) throw new Error(build.stderr);

		const conf = join(prefix, 'conf');
		mkdirSync(join(conf, 'snippets'), { recursive: true });
		cpSync(join(root, 'deploy/nginx/snippets'), join(conf, 'snippets'), { recursive: true });
		const cert = join(conf, 'cert.pem');
		const key = join(conf, 'key.pem');
		const openssl = spawnSync(
			'openssl',
			['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost', '-keyout', key, '-out', cert],
			{ encoding: 'utf8' },
		);
		if (openssl.status !== 0) throw new Error(openssl.stderr);
		[https, http] = [await freePort(), await freePort()];
		// The shipped server file with only machine-specific values changed: ports, certificate, web root.
		const site = readFileSync(join(root, 'deploy/nginx/chuong-trinh-hanh-dong.conf'), 'utf8')
			.replace(/^\s*listen \[::\].*\n/gm, '')
			.replace('listen 80;', `listen 127.0.0.1:${http};`)
			.replace('listen 443 ssl http2;', `listen 127.0.0.1:${https} ssl http2;`)
			.replace(/ssl_certificate \S+;/, `ssl_certificate ${cert};`)
			.replace(/ssl_certificate_key \S+;/, `ssl_certificate_key ${key};`)
			.replace('root /var/www/baoloc;', `root ${www};`);
		writeFileSync(join(conf, 'site.conf'), site);
		const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
			.map((t) => `\t${t}_temp_path ${join(prefix, `tmp-${t}`)};`)
			.join('\n');
		writeFileSync(
			join(conf, 'nginx.conf'),
			`worker_processes 1;\npid ${join(prefix, 'nginx.pid')};\nerror_log ${join(prefix, 'error.log')};\nevents { worker_connections 64; }\n` +
				`http {\n\tinclude /etc/nginx/mime.types;\n\tdefault_type application/octet-stream;\n\taccess_log off;\n${temp}\n\tinclude site.conf;\n}\n`,
		);
		const args = ['-p', prefix, '-c', join(conf, 'nginx.conf'), '-e', join(prefix, 'error.log')];
		validation = spawnSync(NGINX!, ['-t', ...args], { encoding: 'utf8' });
		if (validation.status !== 0) return;
		nginx = spawn(NGINX!, [...args, '-g', 'daemon off;'], { stdio: 'ignore' });
		for (let i = 0; i < 100; i++) {
			const up = await fetchHttps(BASE).then(
				() => true,
				() => false,
			);
			if (up) break;
			await new Promise((r) => setTimeout(r, 100));
		}
	}, 600_000);

	afterAll(() => {
		if (nginx?.pid) nginx.kill('SIGQUIT');
		copy.remove();
	});

	it('passes nginx -t', () => {
		expect(validation.stderr).toContain('test is successful');
		expect(validation.status).toBe(0);
	});

	it('serves pages under the base path with the security headers and a short cache', async () => {
		const page = await fetchHttps(`${BASE}chi-tieu/`);
		expect(page.status).toBe(200);
		expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
		expect(page.headers['cache-control']).toBe('no-cache');
		expect(page.headers).toMatchObject(SECURITY_HEADERS);
		expect(page.body).toContain(`href="${BASE}chi-tieu/`);
		expect(page.headers.server).toBe('nginx');
	});

	it('caches hashed assets for a year', async () => {
		const asset = readdirSync(join(prefix, 'www', BASE, '_astro')).find((n) => n.endsWith('.css'))!;
		const reply = await fetchHttps(`${BASE}_astro/${asset}`);
		expect(reply.status).toBe(200);
		expect(reply.headers['cache-control']).toBe('public, max-age=31536000, immutable');
		expect(reply.headers['content-type']).toBe('text/css; charset=utf-8');
		expect(reply.headers).toMatchObject(SECURITY_HEADERS);
	});

	it('answers an unknown address with the Vietnamese 404 page and status 404', async () => {
		const reply = await fetchHttps(`${BASE}khong-co-trang-nay/`);
		expect(reply.status).toBe(404);
		expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
		expect(reply.body).toContain(`<h1>${ui.notFoundTitle}</h1>`);
		expect(reply.body).toContain('lang="vi"');
		expect(reply.headers).toMatchObject(SECURITY_HEADERS);
	});

	it('redirects the bare origin to the base path, HTTP to HTTPS, and folders to their trailing slash', async () => {
		const bare = await fetchHttps('/');
		expect(bare.status).toBe(302);
		expect(bare.headers.location).toBe(BASE);
		const folder = await fetchHttps(`${BASE}chi-tieu`);
		expect(folder.status).toBe(301);
		expect(folder.headers.location).toBe(`${BASE}chi-tieu/`);
		const plain = await new Promise<Reply>((resolve, reject) =>
			httpGet({ host: '127.0.0.1', port: http, path: `${BASE}chi-tieu/`, headers: { host: 'congdoan.baoloc.example' } }, (res) => {
				res.resume();
				res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: '' }));
			}).on('error', reject),
		);
		expect(plain.status).toBe(301);
		expect(plain.headers.location).toBe(`https://congdoan.baoloc.example${BASE}chi-tieu/`);
	});

	it('serves the service worker uncached and allowed over the base path, and the manifest with its type', async () => {
		const sw = await fetchHttps(`${BASE}sw.js`);
		expect(sw.status).toBe(200);
		expect(sw.headers['cache-control']).toBe('no-cache, no-store, must-revalidate');
		expect(sw.headers['service-worker-allowed']).toBe(BASE);
		expect(sw.headers['content-type']).toBe('application/javascript; charset=utf-8');
		expect(sw.headers).toMatchObject(SECURITY_HEADERS);
		const manifest = await fetchHttps(`${BASE}manifest.webmanifest`);
		expect(manifest.status).toBe(200);
		expect(manifest.headers['content-type']).toBe('application/manifest+json; charset=utf-8');
		expect(JSON.parse(manifest.body).start_url).toBe(BASE);
	});

	it("answers /robots.txt at the host root with the site's own", async () => {
		const robots = await fetchHttps('/robots.txt');
		expect(robots.status).toBe(200);
		expect(robots.body).toBe(readFileSync(join(prefix, 'www', BASE, 'robots.txt'), 'utf8'));
		expect(robots.body).toContain(`Disallow: ${BASE}admin/`);
	});

	it('gives open data and the search script their types', async () => {
		const csv = await fetchHttps(`${BASE}du-lieu/so-lieu.csv`);
		expect(csv.status).toBe(200);
		expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
		expect(csv.headers).toMatchObject(SECURITY_HEADERS);
		const search = await fetchHttps(`${BASE}pagefind/pagefind.js`);
		expect(search.status).toBe(200);
		expect(search.headers['content-type']).toBe('application/javascript; charset=utf-8');
		expect(search.headers['cache-control']).toBe('no-cache');
	});
});
