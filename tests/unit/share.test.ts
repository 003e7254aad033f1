import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../src/schemas/indicator.ts';
import type { ObservationFile } from '../../src/schemas/observation.ts';
import { buildModels } from '../../src/utils/indicators/model.ts';
import { publishedObservations } from '../../src/utils/indicators/publish.ts';
import { publicSiteUrl as publicSite } from '../../src/config.ts';
import { cardNames, cardPath, inSitemap, robotsTxt, shareMeta } from '../../src/utils/share.ts';
import { cardText, indicatorCard, programmeCard, taskGroupCard } from '../../src/utils/share-card.ts';

const src = { name: 'Báo cáo', date: '2025-01-15' };
const dialogue: Indicator = {
	id: 'doi-thoai',
	order: 1,
	bullet: 2,
	title: 'Tỷ lệ doanh nghiệp tổ chức đối thoại',
	shortTitle: 'Đối thoại',
	definition: 'd',
	definitionStatus: 'proposed',
	unit: 'percent',
	breakdowns: [
		{
			id: 'nha-nuoc',
			label: 'Doanh nghiệp nhà nước',
			target: { kind: 'atLeast', value: 100, aggregation: 'eachYear', minimum: 'all', sourceText: '100%' },
		},
		{
			id: 'ngoai',
			label: 'Ngoài nhà nước',
			target: { kind: 'atLeast', value: 75, aggregation: 'eachYear', minimum: 'stated', sourceText: '75% trở lên' },
		},
	],
	relatedTasks: [],
};
const files: ObservationFile[] = [
	{
		year: 2023,
		observations: [
			{ indicator: 'doi-thoai', breakdown: 'nha-nuoc', value: 90, source: src, status: 'official' },
			{ indicator: 'doi-thoai', breakdown: 'ngoai', value: 70, source: src, status: 'official' },
		],
	},
	{
		year: 2024,
		observations: [
			{ indicator: 'doi-thoai', breakdown: 'nha-nuoc', value: 100, source: src, status: 'official' },
			{ indicator: 'doi-thoai', breakdown: 'ngoai', value: 68.5, source: src, status: 'illustrative' },
		],
	},
];

describe('the public site address', () => {
	it('is SITE_URL only when it names a real host', () => {
		expect(publicSite({})).toBeUndefined();
		expect(publicSite({ SITE_URL: '' })).toBeUndefined();
		expect(publicSite({ SITE_URL: 'http://localhost:4321' })).toBeUndefined();
		expect(publicSite({ SITE_URL: 'http://127.0.0.1:8080' })).toBeUndefined();
		expect(publicSite({ SITE_URL: 'not a url' })).toBeUndefined();
		expect(publicSite({ SITE_URL: 'https://ldld-baoloc.github.io' })?.href).toBe('https://ldld-baoloc.github.io/');
	});
});

describe('share meta', () => {
	const input = {
		title: 'Đối thoại — Chương trình hành động',
		description: 'Mô tả',
		siteName: 'Chương trình hành động',
		pathname: '/sub/chi-tieu/doi-thoai/',
		card: cardNames.indicator('doi-thoai'),
		cardAlt: 'Thẻ',
		base: '/sub/',
	};
	const get = (tags: ReturnType<typeof shareMeta>, key: string) => tags.find((t) => t.key === key)?.content;

	it('gives absolute page and image addresses under the base path for the real site', () => {
		const tags = shareMeta({ ...input, site: new URL('https://example.org') });
		expect(get(tags, 'og:url')).toBe('https://example.org/sub/chi-tieu/doi-thoai/');
		expect(get(tags, 'og:image')).toBe('https://example.org/sub/og/chi-tieu-doi-thoai.png');
		expect(get(tags, 'twitter:image')).toBe('https://example.org/sub/og/chi-tieu-doi-thoai.png');
		expect(get(tags, 'og:locale')).toBe('vi_VN');
		expect(get(tags, 'og:site_name')).toBe('Chương trình hành động');
		expect(get(tags, 'og:title')).toBe(input.title);
		expect(get(tags, 'twitter:card')).toBe('summary_large_image');
		expect([get(tags, 'og:image:width'), get(tags, 'og:image:height')]).toEqual(['1200', '630']);
		expect(tags.filter((t) => t.key.startsWith('og:')).every((t) => t.attribute === 'property')).toBe(true);
		expect(tags.filter((t) => t.key.startsWith('twitter:')).every((t) => t.attribute === 'name')).toBe(true);
	});

	it('names no address at all without a real site', () => {
		const tags = shareMeta({ ...input, site: undefined });
		expect(tags.map((t) => t.key)).toEqual([
			'og:type',
			'og:site_name',
			'og:locale',
			'og:title',
			'og:description',
			'twitter:card',
			'twitter:title',
			'twitter:description',
		]);
		expect(get(tags, 'twitter:card')).toBe('summary');
	});

	it('keeps the 404 page and the CMS out of the sitemap, and robots.txt names the sitemap only for the real site', () => {
		expect(inSitemap('https://e.org/sub/chi-tieu/', '/sub/')).toBe(true);
		expect(inSitemap('https://e.org/sub/404/', '/sub/')).toBe(false);
		expect(inSitemap('https://e.org/sub/admin/', '/sub/')).toBe(false);
		expect(inSitemap('https://e.org/sub/admin/config.yml', '/sub/')).toBe(false);
		expect(inSitemap('https://e.org/sub/huong-dan/admin-la-gi/', '/sub/')).toBe(true);
		expect(robotsTxt('/sub/', new URL('https://e.org'))).toBe(
			'User-agent: *\nDisallow: /sub/admin/\n\nSitemap: https://e.org/sub/sitemap-index.xml\n',
		);
		expect(robotsTxt('/', undefined)).toBe('User-agent: *\nDisallow: /admin/\n');
		expect(cardPath('x')).toBe('og/x.png');
	});
});

describe('share cards', () => {
	it('show the latest figures, the status in words and the illustrative label, with the trend', () => {
		const [model] = buildModels([dialogue], files);
		const card = indicatorCard(model!);
		expect(card.year).toBe(2024);
		expect(card.figures).toEqual([
			{ label: 'Doanh nghiệp nhà nước', value: '100%', target: '100%' },
			{ label: 'Ngoài nhà nước', value: '68,5%', target: 'từ 75% trở lên' },
		]);
		expect(card.status).toEqual({ key: 'not-met', label: 'Chưa đạt' });
		expect(card.illustrative).toBe('Số liệu minh họa');
		expect(card.trend).toEqual([
			[90, 100],
			[70, 68.5],
		]);
		expect(cardText(card)).toBe(
			'Nhóm chỉ tiêu thứ 2 (mục III). Tỷ lệ doanh nghiệp tổ chức đối thoại. Năm gần nhất 2024: Doanh nghiệp nhà nước: 100% (chỉ tiêu 100%); Ngoài nhà nước: 68,5% (chỉ tiêu từ 75% trở lên). Chưa đạt. Số liệu minh họa.',
		);
	});

	it('in the release build follow the published figures: no illustrative label, no figure left out', () => {
		const [model] = buildModels([dialogue], publishedObservations(files, true).files);
		const card = indicatorCard(model!);
		expect(card.illustrative).toBeUndefined();
		expect(card.figures?.[1]?.value).toBe('—');
		expect(card.status?.key).toBe('no-data');
		const [empty] = buildModels([dialogue], []);
		expect(indicatorCard(empty!)).toEqual({
			kicker: 'Nhóm chỉ tiêu thứ 2 (mục III)',
			title: dialogue.title,
			footer: expect.any(String),
			noData: 'Chưa có số liệu chính thức',
		});
	});

	it('for task groups and other pages carry the group title or the programme title', () => {
		expect(taskGroupCard(3, 'Tiếp tục đổi mới')).toMatchObject({ kicker: 'Nhóm nhiệm vụ 3', title: 'Tiếp tục đổi mới' });
		expect(programmeCard()).toEqual({
			kicker: 'Toàn văn, nhiệm vụ, chỉ tiêu và hướng dẫn',
			title: 'Chương trình hành động về công nhân và quan hệ lao động – Bảo Lộc',
		});
	});
});
