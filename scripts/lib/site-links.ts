import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decodeAttribute } from '../../src/utils/html.ts';

/**
 * Internal link checker for the built site: every href/src/srcset/poster/action (and url() in CSS) that
 * points into the site must name an existing page or file under the base path, and every #fragment must
 * name an id in the target page. Used by `npm run build:release` (scripts/check-links.ts) and the tests.
 * Reasons are in Vietnamese: editors read them.
 */

export interface Tag {
	name: string;
	attrs: Map<string, string>;
	/** Raw content of script, style, textarea and title elements. */
	text?: string;
}

const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

/** The start tags of an HTML document with their (entity-decoded) attributes; skips comments and raw text. */
export function startTags(html: string): Tag[] {
	const tags: Tag[] = [];
	let i = 0;
	while (i < html.length) {
		const lt = html.indexOf('<', i);
		if (lt < 0) break;
		if (html.startsWith('<!--', lt)) {
			const end = html.indexOf('-->', lt + 4);
			i = end < 0 ? html.length : end + 3;
			continue;
		}
		const m = /^<([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(lt, lt + 64));
		if (!m) {
			i = lt + 1;
			continue;
		}
		// Find the end of the tag, honouring quoted attribute values.
		let j = lt + m[0].length;
		let quote = '';
		for (; j < html.length; j++) {
			const c = html[j];
			if (quote) {
				if (c === quote) quote = '';
			} else if (c === '"' || c === "'") quote = c;
			else if (c === '>') break;
		}
		const name = m[1]!.toLowerCase();
		const attrs = new Map<string, string>();
		for (const a of html.slice(lt + m[0].length, j).matchAll(ATTR)) {
			const key = a[1]!.toLowerCase();
			if (!attrs.has(key)) attrs.set(key, decodeAttribute(a[2] ?? a[3] ?? a[4] ?? ''));
		}
		const tag: Tag = { name, attrs };
		tags.push(tag);
		i = j + 1;
		if (RAW_TEXT.has(name)) {
			const close = html.toLowerCase().indexOf(`</${name}`, i);
			tag.text = html.slice(i, close < 0 ? html.length : close);
			i = close < 0 ? html.length : close;
		}
	}
	return tags;
}

/** Every id (and legacy <a name>) defined in a page. */
export function anchorsOf(html: string): Set<string> {
	const ids = new Set<string>();
	for (const tag of startTags(html)) {
		const id = tag.attrs.get('id');
		if (id) ids.add(id);
		if (tag.name === 'a' && tag.attrs.get('name')) ids.add(tag.attrs.get('name')!);
	}
	return ids;
}

/** URLs a page references through href, src, poster, action and srcset (split into its URLs). */
export function referencesOf(html: string): { url: string; tag: string; attr: string }[] {
	const out: { url: string; tag: string; attr: string }[] = [];
	for (const tag of startTags(html)) {
		for (const attr of ['href', 'src', 'poster', 'action']) {
			const value = tag.attrs.get(attr);
			if (value !== undefined) out.push({ url: value.trim(), tag: tag.name, attr });
		}
		const srcset = tag.attrs.get('srcset');
		if (srcset) {
			for (const part of srcset.split(',')) {
				const url = part.trim().split(/\s+/)[0];
				if (url) out.push({ url, tag: tag.name, attr: 'srcset' });
			}
		}
	}
	return out;
}

/** One broken reference in the built site. */
export interface BrokenLink {
	/** Site path of the page (or CSS file) that holds the reference, e.g. "/nhiem-vu/nhom-3/". */
	page: string;
	/** The reference exactly as written. */
	url: string;
	/** Why it is broken, in Vietnamese. */
	reason: string;
}

export interface LinkCheckResult {
	broken: BrokenLink[];
	/** Internal references checked. */
	checked: number;
	/** HTML pages crawled. */
	pages: number;
}

function listFiles(dir: string, ext: string): string[] {
	const out: string[] = [];
	const walk = (d: string, rel: string) => {
		for (const entry of readdirSync(d, { withFileTypes: true })) {
			const r = rel ? `${rel}/${entry.name}` : entry.name;
			if (entry.isDirectory()) walk(join(d, entry.name), r);
			else if (entry.name.endsWith(ext)) out.push(r);
		}
	};
	walk(dir, '');
	return out.sort();
}

const isFile = (file: string) => existsSync(file) && statSync(file).isFile();

/** Site path of a file in dist ("nhiem-vu/nhom-1/index.html" → "nhiem-vu/nhom-1/"). */
const sitePathOf = (file: string) =>
	file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;

/**
 * Check every internal reference of every HTML page (and url() in CSS files) of a built site.
 * `base` is the base path the site was built for ("/" or "/sub/"); `site` its absolute origin, so that
 * absolute links to the site itself are checked too. Other origins are not fetched.
 */
export function checkSite(dir: string, base = '/', site = 'http://site.invalid'): LinkCheckResult {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const origin = new URL(site).origin;
	const anchorCache = new Map<string, Set<string>>();
	const anchors = (file: string) => {
		let set = anchorCache.get(file);
		if (!set) anchorCache.set(file, (set = anchorsOf(readFileSync(file, 'utf8'))));
		return set;
	};
	const broken: BrokenLink[] = [];
	let checked = 0;
	const check = (page: string, pageUrl: URL, raw: string) => {
		if (raw === '' || raw === '#' || /^(mailto|tel|data|blob):/i.test(raw)) return;
		if (/^javascript:/i.test(raw)) {
			broken.push({ page, url: raw, reason: 'liên kết "javascript:" không được dùng' });
			return;
		}
		let url: URL;
		try {
			url = new URL(raw, pageUrl);
		} catch {
			broken.push({ page, url: raw, reason: 'địa chỉ không đọc được' });
			return;
		}
		if (url.origin !== origin) return;
		checked++;
		if (!url.pathname.startsWith(prefix) && `${url.pathname}/` !== prefix) {
			broken.push({ page, url: raw, reason: `nằm ngoài đường dẫn gốc ${prefix} (thiếu href())` });
			return;
		}
		let path: string;
		try {
			path = decodeURIComponent(url.pathname.slice(prefix.length));
		} catch {
			broken.push({ page, url: raw, reason: 'đường dẫn mã hóa sai' });
			return;
		}
		const file = path === '' || path.endsWith('/') ? join(dir, path, 'index.html') : join(dir, path);
		if (!isFile(file)) {
			const hint = isFile(join(dir, path, 'index.html')) ? ' (thiếu dấu "/" ở cuối)' : '';
			broken.push({ page, url: raw, reason: `không có trang hoặc tệp này${hint}` });
			return;
		}
		const fragment = url.hash.slice(1);
		if (fragment && file.endsWith('.html')) {
			const id = decodeURIComponent(fragment);
			if (!anchors(file).has(id)) broken.push({ page, url: raw, reason: `trang đích không có mục #${id}` });
		}
	};
	const pages = listFiles(dir, '.html');
	for (const page of pages) {
		const pagePath = prefix + sitePathOf(page);
		const pageUrl = new URL(pagePath, origin);
		for (const ref of referencesOf(readFileSync(join(dir, page), 'utf8'))) check(pagePath, pageUrl, ref.url);
	}
	for (const css of listFiles(dir, '.css')) {
		const cssUrl = new URL(prefix + css, origin);
		for (const m of readFileSync(join(dir, css), 'utf8').matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)) {
			check(prefix + css, cssUrl, m[1] ?? m[2] ?? m[3] ?? '');
		}
	}
	return { broken, checked, pages: pages.length };
}

/** The broken references of a built site (see checkSite). */
export function checkLinks(dir: string, base = '/', site?: string): BrokenLink[] {
	return checkSite(dir, base, site).broken;
}
