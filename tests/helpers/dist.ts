import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeEntities } from '../../src/utils/html.ts';
import { CMS_DIR } from '../../src/cms/page.ts';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const dist = join(root, 'dist');

/** Read a built page by its site path ("nhiem-vu/nhom-1/"). */
export function readPage(path: string, dir = dist): string {
	const file = path.endsWith('/') || path === '' ? join(dir, path, 'index.html') : join(dir, path);
	return readFileSync(file, 'utf8');
}

/**
 * Every HTML file under dist/, as site paths: the reading pages. The editing interface (admin/, a
 * third-party application with its own CSP) is left out unless asked for; tests/site/cms.test.ts and
 * tests/browser/cms.test.ts check it.
 */
export function listHtml(dir = dist, { withCms = false } = {}): string[] {
	const out: string[] = [];
	const walk = (d: string) => {
		for (const name of readdirSync(d)) {
			const full = join(d, name);
			if (!withCms && d === dir && name === CMS_DIR) continue;
			if (statSync(full).isDirectory()) walk(full);
			else if (name.endsWith('.html')) out.push(relative(dir, full).split('\\').join('/'));
		}
	};
	walk(dir);
	return out.sort();
}

/** Visible text of an HTML fragment: tags removed, entities decoded, whitespace collapsed. */
export function textOf(html: string): string {
	return decodeEntities(
		html
			.replace(/<(script|style|template)[\s\S]*?<\/\1>/g, ' ')
			.replace(/<\/?(?:abbr|a|em|strong|b|i|span|code|kbd|mark|time|small|sup|sub)(?:\s[^>]*)?>/g, '')
			.replace(/<[^>]+>/g, ' '),
	)
		.replace(/\s+/g, ' ')
		.trim();
}
