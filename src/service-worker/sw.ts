/**
 * Source of the service worker (dist/sw.js), bundled by esbuild and given its precache list by Workbox's
 * injectManifest (src/integrations/service-worker.ts). Every cache behaviour is a Workbox strategy:
 *  - pages (navigations): network first, so an update shows at once; offline, the copy from the last
 *    visit, else the copy precached at install (programme, tasks, guidelines, glossary);
 *  - the search index (pagefind/): cached on first use, refreshed in the background;
 *  - other assets under _astro/ (the chart library): cached on first use;
 *  - the precached files (CSS, small scripts, icons) from the precache.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';

/** The site's base path ("/" or "/sub/"), set when bundling. */
declare const __BASE__: string;
declare const self: { __WB_MANIFEST: (string | PrecacheEntry)[]; skipWaiting(): Promise<void>; location: Location };

self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();

const sameSite = (url: URL, folder: string) => url.origin === self.location.origin && url.pathname.startsWith(`${__BASE__}${folder}`);
/** "/sub/nhiem-vu/nhom-1/" → the precached "/sub/nhiem-vu/nhom-1/index.html". */
const precachedPage = (url: string) => {
	const { pathname } = new URL(url);
	return new URL(pathname.endsWith('/') ? `${pathname}index.html` : pathname, self.location.origin).href;
};

// Registered before the precache route, so navigations are network first even for precached pages.
registerRoute(
	new NavigationRoute(
		new NetworkFirst({
			cacheName: 'trang',
			networkTimeoutSeconds: 6,
			plugins: [
				new ExpirationPlugin({ maxEntries: 200 }),
				{
					handlerDidError: async ({ request }) => matchPrecache(precachedPage(request.url)),
				},
			],
		}),
	),
);
registerRoute(
	({ url }) => sameSite(url, 'pagefind/'),
	new StaleWhileRevalidate({ cacheName: 'tim-kiem', plugins: [new ExpirationPlugin({ maxEntries: 300 })] }),
);
registerRoute(
	({ url }) => sameSite(url, '_astro/'),
	new CacheFirst({ cacheName: 'tai-nguyen', plugins: [new ExpirationPlugin({ maxEntries: 60 })] }),
);
precacheAndRoute(self.__WB_MANIFEST);
