import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire, stripTypeScriptTypes } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cmsConfig } from '../cms/config.ts';
import { readCmsLists } from '../cms/lists.ts';
import { CMS_DIR, cmsPage, isCmsAsset } from '../cms/page.ts';
import { buildRepository } from '../loaders/git-remote.ts';

/** The browser modules of /admin/, written with their types stripped and `.ts` imports renamed to `.js`. */
const CLIENT_MODULES = { 'cms.js': '../cms/client.ts', 'format.js': '../cms/format.ts' } as const;

/** Runs before the Decap bundle: the client starts the CMS itself once its formats are registered. */
const SETUP = 'window.CMS_MANUAL_INIT = true;\n';

/**
 * Writes the editing interface into <outDir>/admin/ after the build: the Decap CMS bundle from
 * node_modules (served from the site, no CDN), the page with its own CSP, the client modules and
 * config.json generated from the zod schemas and the repository's real lists. Nothing of it is linked
 * from or loaded by the reading pages (tests/site/cms.test.ts).
 * Environment: REPO_URL/REPO_BRANCH (as the edit links), CMS_AUTH_URL (the OAuth service for GitHub sign-in).
 */
export function cms(): AstroIntegration {
	let site = 'http://localhost:4321/';
	let base = '/';
	let root = process.cwd();
	return {
		name: 'site:cms',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				site = new URL(base, config.site ?? site).href;
				root = fileURLToPath(config.root);
			},
			'astro:build:done': ({ dir, logger }) => {
				const out = join(fileURLToPath(dir), CMS_DIR);
				mkdirSync(out, { recursive: true });
				const require = createRequire(join(root, 'package.json'));
				const bundleDir = dirname(require.resolve('decap-cms/dist/decap-cms.js'));
				const assets = readdirSync(bundleDir).filter(isCmsAsset);
				for (const name of assets) copyFileSync(join(bundleDir, name), join(out, name));
				for (const [name, source] of Object.entries(CLIENT_MODULES)) {
					const code = readFileSync(fileURLToPath(new URL(source, import.meta.url)), 'utf8');
					const js = stripTypeScriptTypes(code, { mode: 'strip' }).replace(/from '\.\/([\w-]+)\.ts'/g, "from './$1.js'");
					writeFileSync(join(out, name), js);
				}
				writeFileSync(join(out, 'setup.js'), SETUP);
				// The yaml package's browser build reads front matter in the CMS (src/cms/client.ts).
				cpSync(join(dirname(require.resolve('yaml/package.json')), 'browser/dist'), join(out, 'yaml'), { recursive: true });
				// The repository from REPO_URL or the clone's web-host remote; none known: online sign-in is not offered.
				const repo = buildRepository();
				const authUrl = process.env.CMS_AUTH_URL || undefined;
				const config = cmsConfig(readCmsLists(root, process.env.DATA_DIR?.replace(/^\.\//, '') || 'data'), {
					repoUrl: repo?.url,
					branch: repo?.branch ?? 'main',
					siteUrl: site,
					base,
					authUrl,
				});
				writeFileSync(join(out, 'config.json'), `${JSON.stringify(config, null, '\t')}\n`);
				writeFileSync(join(out, 'index.html'), cmsPage(authUrl ? new URL(authUrl).origin : undefined));
				logger.info(`/${CMS_DIR}/: Decap CMS (${assets.length} files) and config.json`);
			},
		},
	};
}
