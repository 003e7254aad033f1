import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';
import { PRECACHE } from '../utils/offline.ts';

/**
 * Offline reading: after `astro build`, bundle src/service-worker/sw.ts (Workbox strategies) with esbuild
 * and let Workbox (workbox-build injectManifest) write dist/sw.js with the precache list and revisions.
 * The worker lives at the base path, so its scope is the whole site. Pages register it with
 * the theme toggle's script (src/components/ThemeToggle.astro), the one inline script every page has.
 */
export function serviceWorker(): AstroIntegration {
	let base = '/';
	return {
		name: 'site:service-worker',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const temp = await mkdtemp(join(tmpdir(), 'sw-'));
				try {
					const bundled = join(temp, 'sw.js');
					await build({
						entryPoints: [fileURLToPath(new URL('../service-worker/sw.ts', import.meta.url))],
						bundle: true,
						format: 'iife',
						minify: true,
						target: 'es2020',
						outfile: bundled,
						define: { __BASE__: JSON.stringify(base), 'process.env.NODE_ENV': '"production"' },
						logLevel: 'error',
					});
					const { count, size, warnings } = await injectManifest({
						swSrc: bundled,
						swDest: join(root, 'sw.js'),
						globDirectory: root,
						globPatterns: PRECACHE.patterns,
						maximumFileSizeToCacheInBytes: PRECACHE.maxFileBytes,
						modifyURLPrefix: { '': base },
						// Astro's hashed file names are their revision.
						dontCacheBustURLsMatching: /\/_astro\//,
					});
					for (const warning of warnings) logger.info(warning);
					const sw = await readFile(join(root, 'sw.js'));
					logger.info(`sw.js ${(sw.length / 1024).toFixed(1)} KB; precache: ${count} files, ${(size / 1024).toFixed(1)} KB`);
				} finally {
					await rm(temp, { recursive: true, force: true });
				}
			},
		},
	};
}
