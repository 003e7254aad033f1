import { withBase } from './url.ts';

/**
 * Open Graph and Twitter meta for every page (links shared on Zalo and Facebook). Absolute addresses
 * (og:url, og:image) only when SITE_URL names the real site: a localhost default is never presented as
 * the page's address. Pure: Base.astro renders the list.
 */

export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** Share-card file names under /og/: one per indicator, one per task group, one for every other page. */
export const cardNames = {
	programme: 'chuong-trinh',
	indicator: (id: string) => `chi-tieu-${id}`,
	taskGroup: (id: string) => `nhiem-vu-${id}`,
} as const;

export const cardPath = (name: string) => `og/${name}.png`;

export interface ShareInput {
	/** Full page title, as in <title>. */
	title: string;
	description: string;
	siteName: string;
	/** Path of the page including the base path ("/sub/chi-tieu/x/"). */
	pathname: string;
	/** Share card name (cardNames). */
	card: string;
	/** Text alternative of the card image. */
	cardAlt: string;
	base: string;
	site: URL | undefined;
}

export interface MetaTag {
	/** Open Graph tags use property=, Twitter tags name=. */
	attribute: 'property' | 'name';
	key: string;
	content: string;
}

export function shareMeta(input: ShareInput): MetaTag[] {
	const og = (key: string, content: string): MetaTag => ({ attribute: 'property', key: `og:${key}`, content });
	const tw = (key: string, content: string): MetaTag => ({ attribute: 'name', key: `twitter:${key}`, content });
	const tags: MetaTag[] = [
		og('type', 'website'),
		og('site_name', input.siteName),
		og('locale', 'vi_VN'),
		og('title', input.title),
		og('description', input.description),
	];
	if (input.site) {
		const image = new URL(withBase(cardPath(input.card), input.base), input.site).href;
		tags.push(
			og('url', new URL(input.pathname, input.site).href),
			og('image', image),
			og('image:type', 'image/png'),
			og('image:width', String(CARD_SIZE.width)),
			og('image:height', String(CARD_SIZE.height)),
			og('image:alt', input.cardAlt),
		);
		tags.push(tw('card', 'summary_large_image'), tw('image', image), tw('image:alt', input.cardAlt));
	} else {
		tags.push(tw('card', 'summary'));
	}
	tags.push(tw('title', input.title), tw('description', input.description));
	return tags;
}

/** Pages kept out of the sitemap: the 404 page and the editors' CMS under admin/. */
export function inSitemap(url: string, base: string): boolean {
	const path = new URL(url).pathname;
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const rest = path.startsWith(prefix) ? path.slice(prefix.length) : path.replace(/^\/+/, '');
	return !/^(404(\.html|\/)?$|admin(\/|$))/.test(rest);
}

/** robots.txt: everything but the CMS; the sitemap's absolute address when the real site is known. */
export function robotsTxt(base: string, site: URL | undefined): string {
	const lines = ['User-agent: *', `Disallow: ${withBase('admin/', base)}`];
	if (site) lines.push('', `Sitemap: ${new URL(withBase('sitemap-index.xml', base), site).href}`);
	return `${lines.join('\n')}\n`;
}
