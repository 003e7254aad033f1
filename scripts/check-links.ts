/**
 * node scripts/check-links.ts [dir] — every internal link, anchor and asset of the built site must exist.
 * dir defaults to OUT_DIR or dist; the base path comes from BASE_PATH (as in astro.config.mjs).
 * Part of `npm run build:release`.
 */
import { resolve } from 'node:path';
import { checkLinks } from './lib/site-links.ts';
import { basePath, outDir } from '../src/config.ts';

const dir = resolve(process.argv[2] ?? outDir());
const base = basePath();
const broken = checkLinks(dir, base);
for (const b of broken) console.error(`${b.page}  liên kết "${b.url}": ${b.reason}`);
if (broken.length > 0) {
	console.error(`\n✗ ${broken.length} liên kết hỏng trong ${dir}.`);
	process.exit(1);
}
console.log(`✓ Mọi liên kết trong trang đều dẫn tới trang, mục hoặc tệp có thật (${dir}, base ${base}).`);
