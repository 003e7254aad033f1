/** Join a site-relative path to the configured base path ("/" or "/sub/path/"). */
export function withBase(path: string, base: string): string {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	return prefix + path.replace(/^\/+/, '');
}

/** Site-relative path → URL honouring Astro's `base` (import.meta.env.BASE_URL). */
export function href(path: string): string {
	return withBase(path, import.meta.env.BASE_URL);
}

/**
 * The site's absolute address when SITE_URL was configured at build time, else undefined. Without it,
 * nothing prints an absolute address of the site: no canonical link, no feed, relative download paths.
 * Only an http(s) URL counts (a child build may inherit a stray SITE="undefined" from a test runner).
 */
export function siteUrl(site: unknown = import.meta.env.SITE): URL | undefined {
	if (typeof site !== 'string' && !(site instanceof URL)) return undefined;
	try {
		const url = new URL(site);
		return /^https?:$/.test(url.protocol) ? url : undefined;
	} catch {
		return undefined;
	}
}

export function siteConfigured(): boolean {
	return siteUrl() !== undefined;
}

/** A site path as readers may copy it: absolute when the site's address is known, else the path itself. */
export function stableAddress(path: string, site: URL | undefined): string {
	const local = href(path);
	return site ? new URL(local, site).href : local;
}
