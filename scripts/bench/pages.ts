import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../lib/chromium.ts';

export const PAGE_TYPES = ['home', 'task', 'full programme', 'indicator', 'scorecard', 'progress', 'progress task', 'search'] as const;
export type PageType = (typeof PAGE_TYPES)[number];
/** Pages read before any interaction: only the theme toggle's script is allowed there. */
export const READING_TYPES: PageType[] = ['home', 'task', 'full programme', 'scorecard', 'progress', 'progress task'];

export interface Bytes {
	raw: number;
	gz: number;
}
export interface PageFigures {
	path: string;
	html: Bytes;
	css: Bytes;
	/** Script files plus inline scripts (JSON data blocks excluded). */
	js: Bytes;
	inlineJs: Bytes;
	requests: number;
}

export const bytesOf = (body: Buffer | string): Bytes => {
	const buffer = typeof body === 'string' ? Buffer.from(body) : body;
	return { raw: buffer.length, gz: buffer.length ? gzipSync(buffer).length : 0 };
};
const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gz: a.gz + b.gz });
const zero = (): Bytes => ({ raw: 0, gz: 0 });

/** First sub-folder page under `dir` in dist/ (natural order), e.g. "nhiem-vu/nhom-1/". */
function firstChildPage(dist: string, dir: string): string | null {
	const full = join(dist, dir);
	if (!existsSync(full)) return null;
	const names = readdirSync(full, { withFileTypes: true })
		.filter((d) => d.isDirectory() && existsSync(join(full, d.name, 'index.html')))
		.map((d) => d.name)
		.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
	return names.length ? `${dir}/${names[0]}/` : null;
}

/** A representative page of each type in this build, or null when the type does not exist yet. */
export function pagesByType(dist: string): Record<PageType, string | null> {
	const page = (path: string) => (existsSync(join(dist, path, 'index.html')) ? path : null);
	return {
		home: page(''),
		task: firstChildPage(dist, 'nhiem-vu'),
		'full programme': page('chuong-trinh/'),
		indicator: firstChildPage(dist, 'chi-tieu'),
		scorecard: page('chi-tieu/'),
		progress: page('tien-do/'),
		'progress task': firstChildPage(dist, 'tien-do'),
		search: page('tim-kiem/'),
	};
}

/** Every HTML file of the build with its size. */
export function allHtmlSizes(dist: string): { path: string; bytes: Bytes }[] {
	const out: { path: string; bytes: Bytes }[] = [];
	const walk = (d: string) => {
		for (const name of readdirSync(d)) {
			const full = join(d, name);
			if (statSync(full).isDirectory()) walk(full);
			else if (name.endsWith('.html')) out.push({ path: relative(dist, full), bytes: bytesOf(readFileSync(full)) });
		}
	};
	walk(dist);
	return out;
}

export function launch(): Promise<Browser> {
	return launchChromium();
}

/** Load a page in Chromium and account for every response by type, plus inline scripts. */
export async function measurePage(browser: Browser, url: string, path: string): Promise<PageFigures> {
	const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
	const page = await context.newPage();
	const figures: PageFigures = { path, html: zero(), css: zero(), js: zero(), inlineJs: zero(), requests: 0 };
	const pending: Promise<void>[] = [];
	page.on('response', (response) => {
		figures.requests++;
		pending.push(
			(async () => {
				const type = response.request().resourceType();
				const body = await response.body().catch(() => Buffer.alloc(0));
				if (type === 'document') figures.html = add(figures.html, bytesOf(body));
				else if (type === 'stylesheet') figures.css = add(figures.css, bytesOf(body));
				else if (type === 'script') figures.js = add(figures.js, bytesOf(body));
			})(),
		);
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	const inline = await page.evaluate(() =>
		Array.from(document.querySelectorAll('script:not([src])'))
			.filter((s) => !/json/i.test(s.getAttribute('type') ?? ''))
			.map((s) => s.textContent ?? ''),
	);
	await Promise.all(pending);
	for (const script of inline) figures.inlineJs = add(figures.inlineJs, bytesOf(script));
	figures.js = add(figures.js, figures.inlineJs);
	await context.close();
	return figures;
}

/** Total size of the Pagefind index folder. */
export function pagefindSize(dist: string): { files: number; bytes: number } | null {
	const dir = join(dist, 'pagefind');
	if (!existsSync(dir)) return null;
	let files = 0;
	let bytes = 0;
	const walk = (d: string) => {
		for (const name of readdirSync(d)) {
			const full = join(d, name);
			const s = statSync(full);
			if (s.isDirectory()) walk(full);
			else {
				files++;
				bytes += s.size;
			}
		}
	};
	walk(dir);
	return { files, bytes };
}
