import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'acorn';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';
import { describe, expect, it } from 'vitest';
import { BUDGETS } from '../../scripts/bench/budgets.ts';
import { dist, listHtml, readPage } from '../helpers/dist.ts';

/** Script elements of a page that the browser runs (JSON data blocks left out). */
function scripts(html: string): Element[] {
	const out: Element[] = [];
	const visit = (node: Nodes) => {
		if (node.type === 'element' && node.tagName === 'script') {
			const type = String(node.properties.type ?? '');
			if (type === '' || type === 'module' || type === 'text/javascript') out.push(node);
		}
		if ('children' in node) for (const child of node.children) visit(child);
	};
	visit(fromHtml(html));
	return out;
}

/** Files a module imports statically (what loads with it, before any interaction). */
function staticImports(code: string): string[] {
	const program = parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
	return program.body.flatMap((n) =>
		(n.type === 'ImportDeclaration' || n.type === 'ExportAllDeclaration' || n.type === 'ExportNamedDeclaration') && n.source
			? [String(n.source.value)]
			: [],
	);
}

/** Every script a page runs on load, gzipped one by one as they travel: [name, gz bytes]. */
function jsOnLoad(page: string): [string, number][] {
	const files = new Map<string, number>();
	const inline: [string, number][] = [];
	const load = (file: string) => {
		if (files.has(file)) return;
		const code = readFileSync(join(dist, file), 'utf8');
		files.set(file, gzipSync(code).length);
		for (const spec of staticImports(code)) load(posix.join(posix.dirname(file), spec));
	};
	scripts(readPage(page)).forEach((script, i) => {
		const src = script.properties.src;
		if (typeof src === 'string') load(src.replace(/^\//, ''));
		else {
			const code = script.children.map((c) => ('value' in c ? c.value : '')).join('');
			inline.push([`inline #${i + 1}`, gzipSync(code).length]);
		}
	});
	return [...files, ...inline];
}

describe('JavaScript before interaction', () => {
	const pages = listHtml().map((file) => (file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file));
	// Pages with a chart (chart.js) and the search page are tools with their own budgets; the rest are reading pages.
	const withChart = (page: string) => scripts(readPage(page)).some((s) => String(s.properties.src ?? '').includes('IndicatorChart'));
	const reading = pages.filter((p) => p !== 'tim-kiem/' && !withChart(p));

	it(`stays within ${BUDGETS.readingJsGz / 1024} KB gz on every reading page`, () => {
		expect(reading.length).toBeGreaterThan(70);
		const over = reading
			.map((page) => [page, jsOnLoad(page).reduce((sum, [, gz]) => sum + gz, 0)] as const)
			.filter(([, gz]) => gz > BUDGETS.readingJsGz);
		expect(over).toEqual([]);
	});
	it('loads no preload helper and only the search loader as a file on a reading page', () => {
		const loaded = new Set(reading.flatMap((page) => jsOnLoad(page).map(([name]) => name.replace(/\.[\w-]+\.js$/, '.js'))));
		expect([...loaded].filter((name) => !name.startsWith('inline')).sort()).toEqual([
			'_astro/SearchBox.astro_astro_type_script_index_0_lang.js',
		]);
	});
	it('starts the search code without the preload helper, on focus', () => {
		const [loader] = jsOnLoad('').filter(([name]) => name.includes('SearchBox'));
		const code = readFileSync(join(dist, loader![0]), 'utf8');
		expect(code).not.toMatch(/preload-helper|__site_preload/);
		expect(code).toMatch(/addEventListener\(`focus`,\(\)=>void \(import\(`\.\/search-ui\.[\w-]+\.js`\)/);
	});
});
