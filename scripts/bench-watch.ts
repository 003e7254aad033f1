/**
 * node scripts/bench-watch.ts [runs=3] — how long a data change takes to show up under `npm run watch`.
 * Copies the project to a temporary folder, starts the watcher there, changes a figure in
 * data/observations/2025.json and polls the indicator page until the new value is served (what a reader
 * with the page open sees after the automatic reload). Prints each run and the median. Not a test:
 * timings depend on the machine and its load.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const runs = Number(process.argv[2] ?? 3);
const root = resolve('.');
const dir = mkdtempSync(join(tmpdir(), 'bench-watch-'));
for (const name of ['src', 'content', 'data', 'public', 'scripts']) cpSync(join(root, name), join(dir, name), { recursive: true });
for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, name), join(dir, name));
symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');

const child = spawn('npm', ['run', '-s', 'watch', '--', '--port=0'], { cwd: dir, detached: true, stdio: ['ignore', 'pipe', 'inherit'] });
let out = '';
child.stdout.on('data', (d) => (out += d));
const cleanup = () => {
	if (child.pid) process.kill(-child.pid, 'SIGTERM');
	setTimeout(() => rmSync(dir, { recursive: true, force: true }), 1_000);
};
process.on('SIGINT', () => {
	cleanup();
	process.exit(1);
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const started = Date.now();
let base: string | undefined;
while (!(base = /Đang phục vụ (http:\/\/\S+\/)/.exec(out)?.[1])) await sleep(100);
console.log(`First build and serve: ${Date.now() - started} ms (${cpus().length} CPUs, load ${(loadavg()[0] ?? 0).toFixed(1)})`);

const file = join(dir, 'data/observations/2025.json');
const page = `${base}chi-tieu/doan-vien-moi/`;
const original = readFileSync(file, 'utf8');
const times: number[] = [];
for (let i = 1; i <= runs; i++) {
	const value = 585 + i;
	const t0 = Date.now();
	writeFileSync(file, original.replace('"value": 585,', `"value": ${value},`));
	while (!(await (await fetch(page)).text()).includes(`Năm 2025: ${value} —`)) await sleep(100);
	times.push(Date.now() - t0);
	console.log(`Run ${i}: data change visible after ${times.at(-1)} ms (load ${(loadavg()[0] ?? 0).toFixed(1)})`);
	await sleep(500);
}
const sorted = [...times].sort((a, b) => a - b);
console.log(`Median: ${sorted[Math.floor(sorted.length / 2)]} ms over ${runs} runs`);
cleanup();
