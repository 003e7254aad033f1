import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { describeFindings, runAxe, type AxeFinding } from '../helpers/crawl.ts';
import { dist, root } from '../helpers/dist.ts';
import { serveStatic } from '../helpers/server.ts';
import { siteCopy } from '../scripts/site-copy.ts';

/**
 * The editing interface in local mode, end to end: Decap CMS from dist/admin/ in Chromium, decap-server
 * writing a throw-away git copy of the repository (never this working tree), both on loopback ports
 * picked at run time. Screenshots for the editors' guideline: CMS_SCREENSHOTS=1 writes them to
 * public/images/cms/ (committed); otherwise to a temporary folder.
 */

const copy = siteCopy('cms-e2e-');
const shots = process.env.CMS_SCREENSHOTS ? join(root, 'public/images/cms') : mkdtempSync(join(tmpdir(), 'cms-shots-'));
mkdirSync(shots, { recursive: true });
let proxy: ChildProcess | undefined;
let proxyLog = '';
let site: Awaited<ReturnType<typeof serveStatic>> | undefined;
let browser: Browser | undefined;
let adminUrl = '';

const git = (...args: string[]) => {
	const r = spawnSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.invalid', ...args], {
		cwd: copy.dir,
		encoding: 'utf8',
	});
	if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
	return r.stdout;
};
const check = () => spawnSync('npm', ['run', '-s', 'check'], { cwd: copy.dir, encoding: 'utf8' });

function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

async function until(what: string, probe: () => boolean | Promise<boolean>, timeoutMs = 60_000): Promise<void> {
	const end = Date.now() + timeoutMs;
	while (Date.now() < end) {
		if (await probe()) return;
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`timed out waiting for ${what}\n${proxyLog}`);
}

beforeAll(async () => {
	git('init', '-q');
	git('add', '-A');
	git('commit', '-qm', 'copy');
	const port = await freePort();
	proxy = spawn(process.execPath, [join(root, 'node_modules/decap-server/dist/index.js')], {
		cwd: copy.dir,
		env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: copy.dir },
	});
	proxy.stdout?.on('data', (d) => (proxyLog += d));
	proxy.stderr?.on('data', (d) => (proxyLog += d));
	await until('decap-server', () => /listening on 127\.0\.0\.1/.test(proxyLog));
	site = await serveStatic(dist);
	adminUrl = `${site.url}admin/?proxy=${port}`;
	browser = await launchBrowser();
}, 90_000);

afterAll(async () => {
	await browser?.close();
	await site?.close();
	proxy?.kill('SIGTERM');
	copy.remove();
});

/** Open /admin/ in local mode and sign in (local mode: one button, no account). */
async function openCms(route = ''): Promise<Page> {
	const page = await browser!.newPage({ viewport: { width: 1100, height: 720 } });
	page.setDefaultTimeout(30_000);
	await page.goto(adminUrl);
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	await page.getByRole('link', { name: 'Số liệu chỉ tiêu theo năm' }).first().waitFor();
	if (route) await page.goto(`${adminUrl}#${route}`);
	return page;
}

/** The list item of an observation row, by its summary ("hoc-tap-chinh-sach", "cdcs-hoan-thanh-tot nha-nuoc"). */
async function openRow(page: Page, summary: string) {
	const item = page.getByText(summary, { exact: true }).locator('xpath=..');
	await item.locator('button').first().click();
	return item;
}

/** Publish in simple (local) mode: the "Công bố" menu, then "Công bố ngay". */
async function publish(page: Page) {
	await page.getByRole('button', { name: 'Công bố', exact: true }).click();
	await page.getByRole('menuitem', { name: 'Công bố ngay' }).click();
}

describe('editing interface (/admin/) in local mode', () => {
	it('serves the Vietnamese sign-in screen from the site', { timeout: 120_000 }, async () => {
		const page = await browser!.newPage({ viewport: { width: 1100, height: 720 } });
		const requests: string[] = [];
		page.on('request', (r) => requests.push(r.url()));
		await page.goto(adminUrl);
		await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
		await page.screenshot({ path: join(shots, 'dang-nhap.png') });
		const hosts = new Set(requests.map((u) => new URL(u).host));
		// Only the static server and decap-server (both loopback): no CDN, no fonts from elsewhere.
		expect([...hosts].every((h) => h.startsWith('127.0.0.1:'))).toBe(true);
		await page.close();
	});

	it(
		'changes one numerator of the 2025 figures: the file differs in exactly that field and the checker passes',
		{ timeout: 180_000 },
		async () => {
			const file = join(copy.dir, 'data/observations/2025.json');
			const before = JSON.parse(readFileSync(file, 'utf8'));
			const old = before.observations[0].numerator as number;
			const page = await openCms('/collections/observations/entries/2025');
			const row = await openRow(page, 'hoc-tap-chinh-sach');
			const numerator = row.getByLabel(/^Tử số/);
			expect(await numerator.inputValue()).toBe(String(old));
			await numerator.fill(String(old + 1));
			await page.screenshot({ path: join(shots, 'so-lieu-2025.png') });
			await publish(page);
			await until('the save', () => readFileSync(file, 'utf8') !== JSON.stringify(before, null, '\t') + '\n');
			const diff = git('diff', '--unified=0', '--', 'data/observations/2025.json');
			const changed = diff.split('\n').filter((l) => /^[-+]\t/.test(l));
			expect(changed).toEqual([`-\t\t\t"numerator": ${old},`, `+\t\t\t"numerator": ${old + 1},`]);
			const after = JSON.parse(readFileSync(file, 'utf8'));
			expect(after.observations[0].numerator).toBe(old + 1);
			const result = check();
			expect(result.stdout).toMatch(/^✓ Nội dung và số liệu hợp lệ/);
			expect(result.status).toBe(0);
			await page.close();
		},
	);

	it('refuses a negative count with a visible message and writes nothing', { timeout: 180_000 }, async () => {
		const file = join(copy.dir, 'data/observations/2025.json');
		const before = readFileSync(file, 'utf8');
		const page = await openCms('/collections/observations/entries/2025');
		const row = await openRow(page, 'doi-thoai-noi-lam-viec ngoai-nha-nuoc');
		await row.getByLabel(/^Tử số/).fill('-5');
		await page.getByRole('button', { name: 'Công bố', exact: true }).click();
		await page.getByRole('menuitem', { name: 'Công bố ngay' }).click();
		// Decap marks the field and names the rule in Vietnamese next to it.
		const message = row.getByText(/^Tử số phải .*\b0\b/i);
		await message.first().waitFor({ state: 'visible' });
		await row.getByLabel(/^Tử số/).scrollIntoViewIfNeeded();
		await page.screenshot({ path: join(shots, 'bao-loi.png') });
		await page.waitForTimeout(1500);
		expect(readFileSync(file, 'utf8')).toBe(before);
		await page.close();
	});

	it(
		'creates a progress entry for a sub-task: a new file in its period folder that the checker accepts',
		{ timeout: 180_000 },
		async () => {
			const dir = join(copy.dir, 'content/progress/2026-H1');
			expect(existsSync(join(dir, '2-3.md'))).toBe(false);
			const page = await openCms('/collections/progress/new');
			const choose = async (label: RegExp, option: string) => {
				const box = page.getByLabel(label).first();
				await box.click();
				await box.fill(option);
				await page.keyboard.press('Enter');
			};
			await choose(/^Nhiệm vụ/, '2.3 —');
			await choose(/^Kỳ báo cáo/, '2026-H1');
			await page.getByLabel(/^Cập nhật đến ngày/).fill('2026-06-30');
			await choose(/^Trạng thái/, 'đang triển khai');
			await choose(/^Đơn vị đã thực hiện/, 'LĐLĐ thành phố');
			await page.locator('[aria-label="markdown field"] [contenteditable="true"]').click();
			await page.keyboard.type('LĐLĐ thành phố đã tổ chức hội nghị triển khai.');
			await page.screenshot({ path: join(shots, 'tien-do-moi.png'), fullPage: false });
			await publish(page);
			await page.waitForTimeout(3000);
			await until('the new file', () => existsSync(join(dir, '2-3.md')));
			const text = readFileSync(join(dir, '2-3.md'), 'utf8');
			expect(text).toContain('subtask: "2.3"');
			expect(text).toContain('period: "2026-H1"');
			expect(text).toContain('status: "đang triển khai"');
			expect(readdirSync(dir)).toEqual(['2-3.md']);
			const result = check();
			expect(result.stdout).toMatch(/^✓ Nội dung và số liệu hợp lệ/);
			expect(result.status).toBe(0);
			await page.close();
		},
	);

	/**
	 * axe-core (WCAG 2.2 AA) on the CMS's own screens. Decap CMS is third-party UI: its findings are
	 * reported (printed, and listed in the closing note of issue 11), not fixed here. What our page and
	 * configuration control — language, title, viewport, field labels and hints — must be clean.
	 */
	it('axe on the CMS screens: nothing from our page or configuration', { timeout: 240_000 }, async () => {
		const OURS = ['html-has-lang', 'html-lang-valid', 'valid-lang', 'document-title', 'meta-viewport', 'meta-refresh'];
		const screens: [string, string][] = [
			['sign-in', ''],
			['collection', '/collections/observations'],
			['editor', '/collections/observations/entries/2025'],
			['new progress entry', '/collections/progress/new'],
		];
		const all: AxeFinding[] = [];
		for (const [name, route] of screens) {
			const page = route ? await openCms(route) : await browser!.newPage({ viewport: { width: 1100, height: 720 } });
			if (!route) await page.goto(adminUrl);
			await page.getByRole('button').first().waitFor();
			if (name === 'editor') await openRow(page, 'hoc-tap-chinh-sach');
			const findings = await runAxe(page);
			console.log(describeFindings(`/admin/ ${name}`, findings).join('\n') || `/admin/ ${name}: no axe findings`);
			all.push(...findings);
			await page.close();
		}
		expect(all.filter((f) => OURS.includes(f.id)).map((f) => f.id)).toEqual([]);
	});
});
