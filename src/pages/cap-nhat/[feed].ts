import rss from '@astrojs/rss';
import type { APIContext, GetStaticPaths } from 'astro';
import { editing } from '../../i18n/ui.ts';
import { routes } from '../../utils/routes.ts';
import { withBase } from '../../utils/url.ts';
import { siteUrl } from '../../config.ts';
import { getUpdates } from '../../loaders/updates.ts';

/**
 * RSS 2.0 feed of the "What's new" entries; links are absolute and honour the base path. A feed needs the
 * site's absolute address: without SITE_URL it is not built (and not linked), rather than pointing readers
 * at an address nobody configured (http://localhost…).
 */
export const getStaticPaths = (() =>
	siteUrl() ? [{ params: { feed: routes.updatesFeed.split('/').at(-1)! } }] : []) satisfies GetStaticPaths;

export async function GET(context: APIContext) {
	const origin = context.site ?? siteUrl();
	const site = new URL(withBase('', import.meta.env.BASE_URL), origin);
	const page = new URL(withBase(routes.updates, import.meta.env.BASE_URL), origin).href;
	return rss({
		title: editing.updatesFeedTitle,
		description: editing.updatesIntro,
		site,
		customData: '<language>vi</language>',
		items: (await getUpdates()).map((entry) => ({
			title: entry.data.title,
			pubDate: new Date(`${entry.data.date}T00:00:00+07:00`),
			description: entry.data.summary,
			// Each entry's own place on the What's new page: unique, and it links on to the changed page.
			link: `${page}#${entry.id}`,
			categories: [editing.updateKinds[entry.data.kind] ?? entry.data.kind],
		})),
	});
}
