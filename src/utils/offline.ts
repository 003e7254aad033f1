/**
 * What the service worker precaches at install, relative to dist/ (src/integrations/service-worker.ts):
 * the programme (home, full text, section IV), the task groups, the guidelines, the glossary, the 404 page,
 * the styles and the small scripts, the icons and the manifest. Files over `maxFileBytes` (the chart
 * library, indicator pages only) and the search index are cached on first use instead.
 */
export const PRECACHE = {
	patterns: [
		'index.html',
		'404.html',
		'chuong-trinh/index.html',
		'to-chuc-thuc-hien/index.html',
		'nhiem-vu/**/index.html',
		'huong-dan/**/index.html',
		'thuat-ngu/index.html',
		'_astro/*.{css,js}',
		'favicon.svg',
		'manifest.webmanifest',
		'icon-*.png',
	],
	maxFileBytes: 64 * 1024,
};

export interface WebManifest {
	name: string;
	short_name: string;
	description: string;
	lang: string;
	dir: 'ltr';
	start_url: string;
	scope: string;
	display: 'standalone';
	background_color: string;
	theme_color: string;
	icons: { src: string; sizes: string; type: string; purpose?: string }[];
}

/** The web app manifest (manifest.webmanifest), with every address under the base path. */
export function webManifest(base: string, names: { name: string; shortName: string; description: string }): WebManifest {
	const at = (path: string) => `${base.endsWith('/') ? base : `${base}/`}${path}`;
	return {
		name: names.name,
		short_name: names.shortName,
		description: names.description,
		lang: 'vi',
		dir: 'ltr',
		start_url: at(''),
		scope: at(''),
		display: 'standalone',
		background_color: '#ffffff',
		theme_color: '#0b4f8a',
		icons: [
			{ src: at('favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
			...ICON_SIZES.map((size) => ({ src: at(`icon-${size}.png`), sizes: `${size}x${size}`, type: 'image/png' })),
		],
	};
}

/** PNG icons drawn from favicon.svg at build time (src/pages/icon-[size].png.ts). */
export const ICON_SIZES = [192, 512] as const;
