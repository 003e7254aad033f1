/** Join a site-relative path to the configured base path ("/" or "/sub/path/"). */
export function withBase(path: string, base: string): string {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	return prefix + path.replace(/^\/+/, '');
}

/** Site-relative path → URL honouring Astro's `base` (import.meta.env.BASE_URL). */
export function href(path: string): string {
	return withBase(path, import.meta.env.BASE_URL);
}

/** A site path as readers may copy it: absolute when the site's address is known, else the path itself. */
export function stableAddress(path: string, site: URL | undefined): string {
	const local = href(path);
	return site ? new URL(local, site).href : local;
}
