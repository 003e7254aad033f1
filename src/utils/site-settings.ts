import type { SiteSettings } from '../schemas/site.ts';
import { siteSettingsUi as t } from '../i18n/ui.ts';

/**
 * The sentences built from content/site.json (read by src/loaders/site.ts). Each one appears only when
 * its setting is filled in: with empty settings no page says who publishes, maintains or answers for the site.
 */

/** "Chương trình của Ban Thường vụ Thành ủy Bảo Lộc" — the document's own issuer; undefined when unset. */
export function issuerLine(settings: SiteSettings): string | undefined {
	return settings.programme.issuer ? t.issuerLine(settings.programme.issuer) : undefined;
}

/** "Theo lời mở đầu của văn bản, chương trình do … xây dựng." (the preamble's own words), when set. */
export function issuerSentence(settings: SiteSettings): string | undefined {
	return settings.programme.issuer ? t.issuerSentence(settings.programme.issuer) : undefined;
}

/** Who publishes, maintains and can be contacted, one sentence per filled setting (footer, /gioi-thieu/). */
export function ownerSentences(settings: SiteSettings): string[] {
	return (['publisher', 'maintainer', 'contact'] as const).flatMap((key) => (settings[key] ? [t[key](settings[key])] : []));
}

/** "Thời gian thực hiện chương trình: …", when confirmed. */
export function periodSentence(settings: SiteSettings): string | undefined {
	return settings.programme.period ? t.period(settings.programme.period) : undefined;
}
