import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/lib/site-links.ts';
import { readPage, root, textOf } from '../helpers/dist.ts';
import { metaOf } from '../helpers/share.ts';
import { ui } from '../../src/i18n/ui.ts';
import { buildEnv, siteCopy } from './site-copy.ts';

const copy = siteCopy('release-');
afterAll(() => copy.remove());

/** As GitHub Pages builds a project site (the deploy job's settings). */
const BASE_PATH = '/chuong-trinh-hanh-dong';
const SITE_URL = 'https://ldld-baoloc.github.io';
const TEXT_FILE = /\.(html|css|js|mjs|json|csv|xml|txt|md|svg|webmanifest)$/;

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		return statSync(full).isDirectory() ? files(full) : [full];
	});
}

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const shippedIndicators = () => readdirSync(join(root, 'data/indicators')).map((n) => readJson(join(root, 'data/indicators', n)));
const shippedIllustrative = () =>
	readdirSync(join(root, 'data/observations')).reduce(
		(n, name) =>
			n +
			readJson(join(root, 'data/observations', name)).observations.filter((o: { status: string }) => o.status === 'illustrative').length,
		0,
	);

// Runs first (declaration order): the placeholder test below edits the copy.
describe('npm run build:release on the repository as shipped', () => {
	const out = join(copy.dir, 'dist-shipped');
	let result: SpawnSyncReturns<string>;

	beforeAll(() => {
		result = spawnSync('npm', ['run', '-s', 'build:release'], {
			cwd: copy.dir,
			env: buildEnv({ OUT_DIR: out, BASE_PATH, SITE_URL }),
			encoding: 'utf8',
			maxBuffer: 50 * 1024 * 1024,
		});
	}, 600_000);

	it('succeeds and prints how many illustrative figures it left out', () => {
		expect(result.status, result.stderr).toBe(0);
		expect(shippedIllustrative()).toBeGreaterThan(0);
		expect(result.stdout).toContain(
			`Bản phát hành bỏ ra ${shippedIllustrative()} số liệu "illustrative" (không đăng): 2022 hoc-tap-chinh-sach,`,
		);
		expect(result.stdout).toContain('✓ Mọi liên kết trong trang đều dẫn tới trang, mục hoặc tệp có thật');
		expect(result.stdout).toMatch(/Bản phát hành bỏ ra \d+ mục tiến độ "illustrative" \(không đăng\): content\/progress\//);
	});

	/**
	 * Pages that explain the illustrative flag to editors (how to replace sample figures, what the field
	 * means) name the concept in prose; they carry no illustrative figure or entry. The CMS's form labels
	 * (admin/) name the field too. Everywhere else the word itself must be absent.
	 */
	const EXPLAINS_THE_FLAG = new Set([
		'admin/config.json',
		'huong-dan/index.html',
		'huong-dan/cap-nhat-noi-dung/index.html',
		'huong-dan/do-luong-tien-do/index.html',
		'du-lieu/index.html',
	]);

	it('has no "minh họa" in any page, download or script (outside the editors\' explanations of the flag)', () => {
		const hits = files(out)
			.filter((f) => TEXT_FILE.test(f))
			.filter((f) => /minh h(ọa|oạ)/i.test(readFileSync(f, 'utf8').normalize('NFC')))
			.map((f) => relative(out, f));
		expect(hits.filter((f) => !EXPLAINS_THE_FLAG.has(f))).toEqual([]);
	});

	it('shows no illustrative label or notice anywhere, the explaining pages included', () => {
		const labelled = files(out)
			.filter((f) => f.endsWith('.html'))
			.filter((f) => /class="demo-(label|notice)"|Số liệu minh họa<|Nội dung minh họa</.test(readFileSync(f, 'utf8').normalize('NFC')))
			.map((f) => relative(out, f));
		expect(labelled).toEqual([]);
	});

	it('gives every indicator its page with definition, target and the no-data state', () => {
		const indicators = shippedIndicators();
		expect(indicators).toHaveLength(14);
		for (const indicator of indicators) {
			const html = readPage(`chi-tieu/${indicator.id}/`, out);
			const text = textOf(html);
			expect(html, indicator.id).toContain('data-no-data');
			expect(text, indicator.id).toContain('Chưa có số liệu chính thức');
			expect(text, indicator.id).toContain(textOf(indicator.definition));
			const targets = (indicator.breakdowns ?? [indicator]).map((b: { target: { sourceText: string } }) => b.target.sourceText);
			for (const target of targets) expect(text, indicator.id).toContain(textOf(target));
			expect(html, indicator.id).not.toContain('<canvas');
			expect(html, indicator.id).not.toContain('<table');
		}
	});

	it('counts every indicator as "chưa có số liệu" on the scorecard and the home page', () => {
		const scorecard = readPage('chi-tieu/', out);
		expect(scorecard.match(/data-status="no-data" data-indicator=/g)).toHaveLength(14);
		expect(scorecard).not.toMatch(/data-status="(met|not-met)" data-indicator=/);
		const home = textOf(readPage('', out));
		expect(home).toContain('Chưa có năm báo cáo nào.');
		expect(home).toContain('chưa có báo cáo: 44');
	});

	it('publishes downloads without any figure row and no periodic report', () => {
		const csv = readFileSync(join(out, 'du-lieu/so-lieu.csv'), 'utf8').split('\r\n').filter(Boolean);
		expect(csv).toHaveLength(1);
		expect(readJson(join(out, 'du-lieu/so-lieu.json')).observations).toEqual([]);
		expect(readdirSync(join(out, 'du-lieu')).filter((n) => /^so-lieu-\d{4}\./.test(n))).toEqual([]);
		// Periodic reports: the shipped ones use illustrative data or lack editor-written parts.
		expect(readdirSync(join(out, 'bao-cao')).filter((n) => /^\d{4}/.test(n))).toEqual([]);
		expect(textOf(readPage('bao-cao/', out))).toContain(ui.report.noReports);
	});

	it('every link resolves under the base path', () => {
		expect(checkLinks(out, `${BASE_PATH}/`)).toEqual([]);
	});

	it('shares indicator pages with a no-data card, and publishes the sitemap, robots.txt and the service worker', () => {
		const meta = metaOf(readPage('chi-tieu/doan-vien-moi/', out));
		expect(meta.get('og:image')).toBe(`${SITE_URL}${BASE_PATH}/og/chi-tieu-doan-vien-moi.png`);
		expect(meta.get('og:image:alt')).toMatch(/^Nhóm chỉ tiêu thứ 5 \(mục III\)\. .+\. Chưa có số liệu chính thức\.$/);
		expect(existsSync(join(out, 'og/chi-tieu-doan-vien-moi.png'))).toBe(true);
		expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE_URL}${BASE_PATH}/sitemap-index.xml`);
		expect(readFileSync(join(out, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${SITE_URL}${BASE_PATH}/chi-tieu/doan-vien-moi/</loc>`);
		expect(readFileSync(join(out, 'sw.js'), 'utf8')).toContain(`"url":"${BASE_PATH}/nhiem-vu/nhom-1/index.html"`);
	});
});

describe('npm run build:release', () => {
	it('stops before building when content has an unfinished-text marker, naming file, line and field', () => {
		const file = join(copy.dir, 'content/guidelines/doc-va-tim-kiem.md');
		appendFileSync(file, '\nSố điện thoại đường dây nóng: [cần bổ sung]\n');
		const line =
			readFileSync(file, 'utf8')
				.split('\n')
				.findIndex((l) => l.includes('[cần bổ sung]')) + 1;
		const out = join(copy.dir, 'dist-release');
		const result = spawnSync('npm', ['run', '-s', 'build:release'], { cwd: copy.dir, env: buildEnv({ OUT_DIR: out }), encoding: 'utf8' });
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(`content/guidelines/doc-va-tim-kiem.md:${line}:31  trường "body": cần nội dung hoàn chỉnh`);
		expect(result.stderr).toContain('(kiểm tra bản phát hành)');
		expect(existsSync(out)).toBe(false);
	});

	it('the same marker passes the everyday check (editors can save drafts)', () => {
		const result = spawnSync('npm', ['run', '-s', 'check'], { cwd: copy.dir, env: buildEnv(), encoding: 'utf8' });
		expect(result.status, result.stderr).toBe(0);
		expect(result.stderr).not.toContain('[cần bổ sung]');
	});

	it('the strict check alone exits 1 on the marker, the everyday check exits 0 on the clean copy', () => {
		const strict = spawnSync('npm', ['run', '-s', 'check', '--', '--strict'], { cwd: copy.dir, env: buildEnv(), encoding: 'utf8' });
		expect(strict.status).toBe(1);
		expect(strict.stderr).toContain('[cần bổ sung]');
	});
});
