import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv, siteCopy } from './site-copy.ts';

const copy = siteCopy('watch-');
const observations = join(copy.dir, 'data/observations/2025.json');
let child: ChildProcess | undefined;
let stdout = '';
let stderr = '';

afterAll(async () => {
	if (child?.pid && child.exitCode === null) {
		const exited = new Promise((resolve) => child!.once('exit', resolve));
		process.kill(-child.pid, 'SIGTERM');
		await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
	}
	copy.remove();
});

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 90_000): Promise<T> {
	const end = Date.now() + timeoutMs;
	while (Date.now() < end) {
		const value = await probe();
		if (value !== undefined) return value;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`timed out waiting for ${what}\nstdout:\n${stdout}\nstderr:\n${stderr}`);
}

const page = async (url: string) => (await fetch(url)).text();

describe('npm run watch', () => {
	it('rebuilds on a data change, reloads open pages, and keeps the last good site when a file breaks', { timeout: 180_000 }, async () => {
		child = spawn('npm', ['run', '-s', 'watch', '--', '--port=0'], { cwd: copy.dir, env: buildEnv(), detached: true });
		child.stdout?.on('data', (d) => (stdout += d));
		child.stderr?.on('data', (d) => (stderr += d));
		const base = await until('the server', () => /Đang phục vụ (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout)?.[1]);

		const before = await page(`${base}chi-tieu/doan-vien-moi/`);
		expect(before).toContain('Năm 2025: 585; bình quân mỗi năm 2022–2025: 552,5 —');
		// Only watch mode injects the reload script.
		expect(before).toContain('/__watch/events');
		expect(readFileSync(join(copy.dir, 'src/layouts/Base.astro'), 'utf8')).not.toContain('__watch');

		// An open page listens for reloads.
		let events = '';
		const stream = get(`${base.replace(/\/$/, '')}/__watch/events`, (res) => res.on('data', (d) => (events += d)));

		// A data change: the 2025 figure of an indicator.
		const data = readFileSync(observations, 'utf8');
		expect(data.split('"value": 585,').length).toBe(2);
		writeFileSync(observations, data.replace('"value": 585,', '"value": 587,'));
		const indicatorPage = `${base}chi-tieu/doan-vien-moi/`;
		await until('the new value', async () =>
			(await page(indicatorPage)).includes('Năm 2025: 587; bình quân mỗi năm 2022–2025: 553 —') ? true : undefined,
		);
		await until('a reload event', () => (events.includes('data: reload') ? true : undefined));
		expect(stdout).toMatch(/Đã cập nhật \(kiểm tra \d+ ms, dựng \d+ ms — \d+ ms từ lúc lưu tệp\)/);

		// Break the file: the error is printed with file, line and field, the last good page stays.
		writeFileSync(observations, data.replace('"value": 585,', '"value": "nhiều",'));
		const line = data.split('\n').findIndex((l) => l.includes('"value": 585,')) + 1;
		await until('the error', () =>
			new RegExp(`data/observations/2025\\.json:${line} {2}trường "observations\\[\\d+\\]\\.value"`).test(stderr) ? true : undefined,
		);
		expect(stderr).toContain('trang đang phục vụ vẫn là bản tốt gần nhất');
		expect(await page(indicatorPage)).toContain('Năm 2025: 587; bình quân mỗi năm 2022–2025: 553 —');
		stream.destroy();
	});
});
