import type { APIRoute } from 'astro';
import { ui } from '../i18n/ui.ts';
import { webManifest } from '../utils/offline.ts';

/** Web app manifest: the site can be added to a phone's home screen and read offline (service worker). */
export const GET: APIRoute = () =>
	new Response(
		`${JSON.stringify(webManifest(import.meta.env.BASE_URL, { name: ui.siteName, shortName: ui.siteShortName, description: ui.siteDescription }), null, '\t')}\n`,
		{ headers: { 'Content-Type': 'application/manifest+json' } },
	);
