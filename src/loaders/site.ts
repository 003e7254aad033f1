import raw from '../../content/site.json';
import { siteSettingsSchema, type SiteSettings } from '../schemas/site.ts';

let settings: SiteSettings | undefined;

/** content/site.json, parsed once (the checker's site rule reports its problems with file and field). */
export function getSiteSettings(): SiteSettings {
	return (settings ??= siteSettingsSchema.parse(raw));
}
