import raw from '../../content/site.json';
import { siteSettingsSchema, type SiteSettings } from '../schemas/site.ts';

/**
 * The sentences built from content/site.json. Each one appears only when its setting is filled in:
 * with empty settings no page says who publishes, maintains or answers for the site.
 */
export function siteSettings(data: unknown = raw): SiteSettings {
	return siteSettingsSchema.parse(data);
}

/** "Chương trình của Ban Thường vụ Thành ủy Bảo Lộc" — the document's own issuer; undefined when unset. */
export function issuerLine(settings: SiteSettings): string | undefined {
	return settings.programme.issuer ? `Chương trình của ${settings.programme.issuer}` : undefined;
}

/** "Theo lời mở đầu của văn bản, chương trình do … xây dựng." (the preamble's own words), when set. */
export function issuerSentence(settings: SiteSettings): string | undefined {
	return settings.programme.issuer ? `Theo lời mở đầu của văn bản, chương trình do ${settings.programme.issuer} xây dựng.` : undefined;
}

/** Who publishes, maintains and can be contacted, one sentence per filled setting (footer, /gioi-thieu/). */
export function ownerSentences(settings: SiteSettings): string[] {
	const lines: string[] = [];
	if (settings.publisher) lines.push(`Đơn vị đăng tải trang: ${settings.publisher}.`);
	if (settings.maintainer) lines.push(`Biên tập và cập nhật nội dung: ${settings.maintainer}.`);
	if (settings.contact) lines.push(`Liên hệ: ${settings.contact}.`);
	return lines;
}

/** "Thời gian thực hiện chương trình: …", when confirmed. */
export function periodSentence(settings: SiteSettings): string | undefined {
	return settings.programme.period ? `Thời gian thực hiện chương trình: ${settings.programme.period}.` : undefined;
}
