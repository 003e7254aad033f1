import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listHtml } from './dist.ts';

/**
 * Internal link checker for the built site: every href/src/srcset (and url() in CSS) that points into the
 * site must name an existing file, and every #fragment must name an id in the target page.
 * Pure functions over a dist/ folder; the tests decide what to do with the problems.
 */

export interface Tag {
	name: string;
	attrs: Map<string, string>;
	/** Raw content of script, style, textarea and title elements. */
	text?: string;
}

const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

function decodeEntities(value: string): string {
	return value
		.replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
		.replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

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
			if (!attrs.has(key)) attrs.set(key, decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
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

export interface LinkProblem {
	page: string;
	url: string;
	reason: string;
}

export interface LinkCheckOptions {
	/** Built site folder. */
	dir: string;
	/** Base path the site was built for ("/" or "/sub/"). */
	base: string;
	/** Absolute site origin (SITE_URL); absolute links to it are internal. */
	site: string;
}

/** Map a site path (below base, decoded) to a file in dir, or null when nothing is there. */
export function fileFor(dir: string, path: string): string | null {
	const candidates = path === '' || path.endsWith('/') ? [join(dir, path, 'index.html')] : [join(dir, path), join(dir, path, 'index.html')];
	for (const file of candidates) if (existsSync(file) && statSync(file).isFile()) return file;
	return null;
}

/** Check every internal reference of every HTML page (and url() in CSS files) under dir. */
export function checkLinks({ dir, base, site }: LinkCheckOptions): { problems: LinkProblem[]; checked: number; pages: number } {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const origin = new URL(site).origin;
	const anchorCache = new Map<string, Set<string>>();
	const anchors = (file: string) => {
		let set = anchorCache.get(file);
		if (!set) anchorCache.set(file, (set = anchorsOf(readFileSync(file, 'utf8'))));
		return set;
	};
	const problems: LinkProblem[] = [];
	let checked = 0;
	const check = (page: string, pageUrl: URL, raw: string) => {
		if (raw === '' || /^(mailto|tel|data|javascript):/i.test(raw)) {
			if (/^javascript:/i.test(raw)) problems.push({ page, url: raw, reason: 'javascript: URL' });
			return;
		}
		let url: URL;
		try {
			url = new URL(raw, pageUrl);
		} catch {
			problems.push({ page, url: raw, reason: 'unparsable URL' });
			return;
		}
		if (url.origin !== origin) return; // external: not ours to check
		checked++;
		if (!url.pathname.startsWith(prefix)) {
			problems.push({ page, url: raw, reason: `outside the base path ${prefix}` });
			return;
		}
		let path: string;
		try {
			path = decodeURIComponent(url.pathname.slice(prefix.length));
		} catch {
			problems.push({ page, url: raw, reason: 'bad percent-encoding' });
			return;
		}
		const file = fileFor(dir, path);
		if (!file) {
			problems.push({ page, url: raw, reason: `no file for /${path}` });
			return;
		}
		const fragment = url.hash.slice(1);
		if (fragment && file.endsWith('.html') && !anchors(file).has(decodeURIComponent(fragment))) {
			problems.push({ page, url: raw, reason: `no id="${decodeURIComponent(fragment)}" in /${path}` });
		}
	};
	const pages = listHtml(dir);
	for (const page of pages) {
		const pagePath = page === 'index.html' ? '' : page.endsWith('/index.html') ? page.slice(0, -'index.html'.length) : page;
		const pageUrl = new URL(prefix + pagePath, origin);
		for (const ref of referencesOf(readFileSync(join(dir, page), 'utf8'))) {
			check(page, pageUrl, ref.url);
		}
	}
	for (const css of listFiles(dir, '.css')) {
		const cssUrl = new URL(prefix + css, origin);
		for (const m of readFileSync(join(dir, css), 'utf8').matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)) {
			check(css, cssUrl, m[1] ?? m[2] ?? m[3] ?? '');
		}
	}
	return { problems, checked, pages: pages.length };
}

function listFiles(dir: string, ext: string): string[] {
	const out: string[] = [];
	const walk = (d: string, rel: string) => {
		for (const entry of readdirSync(d, { withFileTypes: true })) {
			const full = join(d, entry.name);
			const r = rel ? `${rel}/${entry.name}` : entry.name;
			if (entry.isDirectory()) walk(full, r);
			else if (entry.name.endsWith(ext)) out.push(r);
		}
	};
	walk(dir, '');
	return out.sort();
}
