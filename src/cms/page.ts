import { cms } from '../i18n/ui.ts';

/** Folder of the editing interface below the site's base path (/admin/). */
export const CMS_DIR = 'admin';

/** The Decap CMS bundle and its lazily loaded chunks, copied from node_modules/decap-cms/dist/. */
export const CMS_BUNDLE = 'decap-cms.js';
export const isCmsAsset = (name: string) =>
	name === CMS_BUNDLE || /^\d+\.decap-cms\.js$/.test(name) || name.endsWith('.wasm') || name === 'decap-cms.js.LICENSE.txt';

/**
 * The interface's own Content Security Policy (reading pages keep theirs, set by Astro). Decap CMS is a
 * React application: emotion writes <style> elements ('unsafe-inline' styles), its config validator and
 * a few libraries compile functions ('unsafe-eval'), the GitHub backend talks to api.github.com and shows
 * avatars, local mode talks to decap-server on the loopback interface, and the sign-in goes through the
 * auth service's origin (CMS_AUTH_URL) when there is one.
 */
export function cmsCsp(authOrigin?: string): string {
	const connect = ["'self'", 'https://api.github.com', 'http://127.0.0.1:*', 'http://localhost:*', ...(authOrigin ? [authOrigin] : [])];
	return [
		"default-src 'self'",
		"script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data: blob: https://avatars.githubusercontent.com https://raw.githubusercontent.com",
		`connect-src ${connect.join(' ')}`,
		"font-src 'self' data:",
		"worker-src 'self' blob:",
		"frame-src 'none'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	].join('; ');
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** dist/admin/index.html: no index, no search, scripts from the same folder only. */
export function cmsPage(authOrigin?: string): string {
	return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta http-equiv="Content-Security-Policy" content="${escapeAttr(cmsCsp(authOrigin))}">
<title>${escapeAttr(cms.pageTitle)}</title>
<script src="setup.js"></script>
<script src="${CMS_BUNDLE}"></script>
<script type="module" src="cms.js"></script>
</head>
<body data-pagefind-ignore="all">
<noscript><p>${escapeAttr(cms.noScript)}</p></noscript>
</body>
</html>
`;
}
