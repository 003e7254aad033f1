// Gzipped JavaScript a built page loads: its <script src> modules, every chunk they import statically,
// and inline scripts; dynamically imported chunks are reported apart (loaded on demand).
// Usage: npm run -s bench:js [-- page …]   (site paths like "chi-tieu/doan-vien-moi/"; build first)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const dist = resolve(fileURLToPath(new URL('../dist/', import.meta.url)));
const args = process.argv.slice(2);
const pages = args.length
	? args
	: [
			'chi-tieu/doi-thoai-noi-lam-viec/',
			'chi-tieu/doan-vien-moi/',
			'chi-tieu/',
			'bao-cao/2025/',
			'chuong-trinh/',
			'tien-do/',
			'tien-do/3-6/',
			'nhiem-vu/nhom-3/',
		];
const gz = (text) => gzipSync(text, { level: 9 }).length;

function measure(page) {
	const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
	const eager = new Set();
	const lazy = new Set();
	const visit = (file, isLazy) => {
		if (eager.has(file) || (isLazy && lazy.has(file)) || !existsSync(file)) return;
		(isLazy ? lazy : eager).add(file);
		const code = readFileSync(file, 'utf8');
		for (const m of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g))
			visit(resolve(dirname(file), m[1]), isLazy);
		for (const m of code.matchAll(/import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)) visit(resolve(dirname(file), m[1]), true);
	};
	for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) visit(join(dist, m[1].replace(/^\//, '')), false);
	const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g)]
		.map((m) => m[1])
		.join('\n');
	const eagerBytes = [...eager].reduce((n, f) => n + gz(readFileSync(f)), 0) + (inline.trim() ? gz(inline) : 0);
	const lazyBytes = [...lazy].filter((f) => !eager.has(f)).reduce((n, f) => n + gz(readFileSync(f)), 0);
	return { page, scripts: eager.size, 'JS gzip KB': +(eagerBytes / 1024).toFixed(1), 'on demand KB': +(lazyBytes / 1024).toFixed(1) };
}

console.table(pages.map(measure));
