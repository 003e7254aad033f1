import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One broken reference in the built site. */
export interface BrokenLink {
	/** Site path of the page that holds the reference, e.g. "/nhiem-vu/nhom-3/". */
	page: string;
	/** The reference exactly as written in the HTML. */
	url: string;
	/** Why it is broken, in Vietnamese. */
	reason: string;
}

const TAG = /<(?:a|link|script|img|source|iframe|use|image|video|audio)\b([^>]*)>/gi;
const ATTRIBUTE = /\s(href|src|srcset|xlink:href)\s*=\s*("([^"]*)"|'([^']*)')/gi;
const ID = /\sid\s*=\s*("([^"]*)"|'([^']*)')/gi;

const decodeEntities = (s: string) =>
	s.replace(/&amp;/g, '&').replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16))).replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)));

function htmlFiles(dir: string): string[] {
	const out: string[] = [];
	const walk = (d: string) => {
		for (const name of readdirSync(d)) {
			const full = join(d, name);
			if (statSync(full).isDirectory()) walk(full);
			else if (name.endsWith('.html')) out.push(full);
		}
	};
	walk(dir);
	return out.sort();
}

/**
 * Check every internal link, anchor and asset of a built site. `base` is the site's base path ("/" or
 * "/sub/path/"): an internal reference that leaves it is broken when the site is served under a sub-path.
 * External URLs (with a scheme, or "//host") are not fetched.
 */
export function checkLinks(dist: string, base = '/'): BrokenLink[] {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const origin = 'http://site.invalid';
	const pages = new Map<string, { html: string; ids?: Set<string> }>();
	for (const file of htmlFiles(dist)) {
		const rel = relative(dist, file).split('\\').join('/');
		const path = prefix + (rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
		pages.set(path, { html: readFileSync(file, 'utf8') });
	}
	const idsOf = (path: string) => {
		const page = pages.get(path)!;
		page.ids ??= new Set([...page.html.matchAll(ID)].map((m) => decodeEntities(m[2] ?? m[3] ?? '')));
		return page.ids;
	};

	const broken: BrokenLink[] = [];
	for (const [pagePath, { html }] of pages) {
		const stripped = html.replace(/<script\b[^>]*>(?!<\/script>)[\s\S]*?<\/script>/gi, (s) => s.replace(/>[\s\S]*<\//, '></'));
		const attributes = [...stripped.matchAll(TAG)].flatMap((tag) => [...(tag[1] ?? '').matchAll(ATTRIBUTE)]);
		for (const match of attributes) {
			const raw = decodeEntities(match[3] ?? match[4] ?? '');
			const refs = match[1]?.toLowerCase() === 'srcset' ? raw.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [raw];
			for (const ref of refs) {
				if (ref === '' || ref === '#' || /^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//')) continue;
				const url = new URL(ref, origin + pagePath);
				let path: string;
				try {
					path = decodeURIComponent(url.pathname);
				} catch {
					broken.push({ page: pagePath, url: ref, reason: 'đường dẫn mã hóa sai' });
					continue;
				}
				if (!path.startsWith(prefix) && `${path}/` !== prefix) {
					broken.push({ page: pagePath, url: ref, reason: `nằm ngoài đường dẫn gốc ${prefix} (thiếu href())` });
					continue;
				}
				const target = path.endsWith('/') || `${path}/` === prefix ? (path.endsWith('/') ? path : `${path}/`) : path;
				const file = join(dist, target.slice(prefix.length), target.endsWith('/') ? 'index.html' : '');
				if (!existsSync(file) || statSync(file).isDirectory()) {
					const hint = existsSync(join(dist, target.slice(prefix.length), 'index.html')) ? ' (thiếu dấu "/" ở cuối)' : '';
					broken.push({ page: pagePath, url: ref, reason: `không có trang hoặc tệp này${hint}` });
					continue;
				}
				if (url.hash.length > 1 && pages.has(target)) {
					const id = decodeURIComponent(url.hash.slice(1));
					if (!idsOf(target).has(id)) broken.push({ page: pagePath, url: ref, reason: `trang đích không có mục #${id}` });
				}
			}
		}
	}
	return broken;
}
