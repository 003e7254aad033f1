/**
 * npm run edit [-- --port=4322 --proxy-port=8081]
 * Local editing without signing in, for an editor with a clone: starts decap-server (Decap CMS's local
 * backend, on 127.0.0.1 only, writing this working tree) and the watching preview (scripts/watch.ts),
 * then prints the address of the editing interface. Every save in the interface writes the file here;
 * the preview re-checks and rebuilds; commit and push (or open a pull request) as usual.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { CMS_DIR } from '../src/cms/page.ts';
import { option as cliOption, rootDir } from './lib/cli.ts';

const args = process.argv.slice(2);
const option = (name: string) => cliOption(args, name);
const root = rootDir(args);
const require = createRequire(join(root, 'package.json'));

/** The wanted port when it is free on 127.0.0.1, else any free one. */
function port(wanted: number): Promise<number> {
	return new Promise((done) => {
		const probe = createServer();
		probe.once('error', () => {
			const any = createServer();
			any.listen(0, '127.0.0.1', () => {
				const address = any.address();
				any.close(() => done(typeof address === 'object' && address ? address.port : 0));
			});
		});
		probe.listen(wanted, '127.0.0.1', () => probe.close(() => done(wanted)));
	});
}

const children: ChildProcess[] = [];
function stop(code = 0) {
	for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
	process.exit(code);
}
process.on('SIGINT', () => stop());
process.on('SIGTERM', () => stop());

const proxyPort = await port(Number(option('proxy-port') ?? 8081));
const proxy = spawn(process.execPath, [require.resolve('decap-server/dist/index.js')], {
	cwd: root,
	env: { ...process.env, PORT: String(proxyPort), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: root, LOG_LEVEL: 'warn' },
	stdio: ['ignore', 'inherit', 'inherit'],
});
children.push(proxy);
proxy.on('exit', (code) => {
	console.error(`✗ Máy chủ biên tập (decap-server) đã dừng (mã ${code}).`);
	stop(1);
});

const watch = spawn(process.execPath, [join(root, 'scripts/watch.ts'), `--port=${option('port') ?? 4322}`, `--root=${root}`], {
	cwd: root,
	env: process.env,
	stdio: ['ignore', 'pipe', 'inherit'],
});
children.push(watch);
watch.on('exit', (code) => stop(code ?? 1));
let announced = false;
watch.stdout?.on('data', (chunk: Buffer) => {
	const text = chunk.toString();
	process.stdout.write(text);
	const served = /Đang phục vụ (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(text)?.[1];
	if (served && !announced) {
		announced = true;
		const site = served.endsWith('/') ? served : `${served}/`;
		console.log(`\n✎ Giao diện biên tập: ${site}${CMS_DIR}/?proxy=${proxyPort}`);
		console.log('  Bấm "Đăng nhập" (không cần tài khoản). Mỗi lần lưu sẽ ghi thẳng vào tệp trong thư mục này;');
		console.log('  trang xem trước tự dựng lại. Xong việc: kiểm tra bằng "git diff", rồi commit. Ctrl+C để dừng.\n');
	}
});
