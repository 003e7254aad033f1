/** Join a site-relative path to the configured base path ("/" or "/sub/path/"). */
export function withBase(path: string, base: string): string {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	return prefix + path.replace(/^\/+/, '');
}

/** Site-relative path → URL honouring Astro's `base` (import.meta.env.BASE_URL). */
export function href(path: string): string {
	return withBase(path, import.meta.env.BASE_URL);
}
