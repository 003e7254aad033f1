import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { CARD_SIZE } from './share.ts';
import type { ShareCard } from './share-card.ts';

/**
 * Draws a share card as a 1200×630 PNG at build time: satori lays out the card (flexbox) into SVG, resvg
 * rasterises it. Font: Be Vietnam Pro (OFL, @fontsource/be-vietnam-pro), its Latin and Vietnamese subsets,
 * read from node_modules — no network. Status symbols are drawn shapes, not font glyphs.
 */

type Node = { type: string; props: Record<string, unknown> };
const h = (type: string, props: Record<string, unknown>, ...children: (Node | string | false | undefined)[]): Node => ({
	type,
	props: { ...props, children: children.filter((c) => c !== false && c !== undefined) },
});

const COLOURS = {
	bg: '#ffffff',
	text: '#1b1f24',
	muted: '#4a5360',
	accent: '#0b4f8a',
	met: '#1a6b34',
	notMet: '#a4262c',
	noData: '#4a5360',
	demoBg: '#fff3cd',
	demoText: '#5c3c00',
	series: ['#0b4f8a', '#b35c00'],
};

/** One family per subset, listed in fontFamily: satori takes a missing glyph from the next family only. */
const SUBSETS = ['latin', 'vietnamese', 'latin-ext'] as const;
const FAMILY = SUBSETS.map((subset) => `'Be Vietnam Pro ${subset}'`).join(', ');

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
function loadFonts() {
	if (fonts) return fonts;
	// From the project (the build runs there), not from this module's bundled copy in the output folder.
	const require = createRequire(join(process.cwd(), 'package.json'));
	const file = (subset: string, weight: number) =>
		readFileSync(require.resolve(`@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-${weight}-normal.woff`));
	fonts = SUBSETS.flatMap((subset) =>
		([400, 700] as const).map((weight) => ({
			name: `Be Vietnam Pro ${subset}`,
			data: file(subset, weight),
			weight,
			style: 'normal' as const,
		})),
	);
	return fonts;
}

function statusIcon(key: string): Node {
	const colour = key === 'met' ? COLOURS.met : key === 'not-met' ? COLOURS.notMet : COLOURS.noData;
	const mark =
		key === 'met'
			? h('polyline', {
					points: '9,19 15,25 27,11',
					fill: 'none',
					stroke: '#fff',
					'stroke-width': 4,
					'stroke-linecap': 'round',
					'stroke-linejoin': 'round',
				})
			: key === 'not-met'
				? h('path', { d: 'M11 11 L25 25 M25 11 L11 25', stroke: '#fff', 'stroke-width': 4, 'stroke-linecap': 'round' })
				: h('path', { d: 'M10 18 L26 18', stroke: '#fff', 'stroke-width': 4, 'stroke-linecap': 'round' });
	return h('svg', { width: 36, height: 36, viewBox: '0 0 36 36' }, h('circle', { cx: 18, cy: 18, r: 18, fill: colour }), mark);
}

function trendChart(trend: (number | null)[][]): Node | undefined {
	const values = trend.flat().filter((v): v is number => v !== null);
	if (values.length < 2) return undefined;
	const W = 320;
	const H = 150;
	const min = Math.min(...values);
	const max = Math.max(...values);
	const n = Math.max(...trend.map((line) => line.length));
	const x = (i: number) => (n > 1 ? 12 + (i * (W - 24)) / (n - 1) : W / 2);
	const y = (v: number) => (max === min ? H / 2 : H - 12 - ((v - min) * (H - 24)) / (max - min));
	const lines = trend.map((line, k) => {
		const points = line.flatMap((v, i) => (v === null ? [] : [`${x(i).toFixed(1)},${y(v).toFixed(1)}`])).join(' ');
		const colour = COLOURS.series[k % COLOURS.series.length];
		const last = line
			.map((v, i) => [v, i] as const)
			.filter(([v]) => v !== null)
			.at(-1);
		return [
			h('polyline', { points, fill: 'none', stroke: colour, 'stroke-width': 5, 'stroke-linejoin': 'round', 'stroke-linecap': 'round' }),
			last && h('circle', { cx: x(last[1]), cy: y(last[0]!), r: 8, fill: colour }),
		];
	});
	return h(
		'svg',
		{ width: W, height: H, viewBox: `0 0 ${W} ${H}` },
		h('line', { x1: 0, y1: H - 1, x2: W, y2: H - 1, stroke: '#c5ccd4', 'stroke-width': 2 }),
		...lines.flat(),
	);
}

function titleSize(title: string, compact: boolean): number {
	const n = title.length;
	if (compact) return n > 90 ? 38 : n > 60 ? 44 : 52;
	return n > 110 ? 48 : n > 70 ? 56 : 64;
}

const BAR = 28;
const PAD_X = 64;
/** Width inside the padding; every block gets an explicit width so long words wrap instead of overflowing. */
const INNER = CARD_SIZE.width - BAR - 2 * PAD_X;
const TREND = { width: 320, gap: 40 };

export function cardTree(card: ShareCard): Node {
	const compact = Boolean(card.figures || card.noData);
	const trend = card.trend && trendChart(card.trend);
	const figuresWidth = trend ? INNER - TREND.width - TREND.gap : INNER;
	const many = (card.figures?.length ?? 0) > 1;
	const figures =
		card.figures &&
		card.year !== undefined &&
		h(
			'div',
			{ style: { display: 'flex', flexDirection: 'column', gap: 10, width: figuresWidth } },
			h('div', { style: { fontSize: 28, color: COLOURS.muted } }, `Năm ${card.year}`),
			...card.figures.map((f) =>
				h(
					'div',
					{ style: { display: 'flex', flexDirection: 'column', width: figuresWidth } },
					f.label ? h('div', { style: { fontSize: 26, color: COLOURS.muted } }, f.label) : undefined,
					h(
						'div',
						{ style: { display: 'flex', alignItems: 'baseline', gap: 16 } },
						h('span', { style: { fontSize: many ? 40 : 60, fontWeight: 700 } }, f.value),
						h('span', { style: { fontSize: 26, color: COLOURS.muted } }, `chỉ tiêu ${f.target}`),
					),
				),
			),
			card.status &&
				h(
					'div',
					{ style: { display: 'flex', alignItems: 'center', gap: 12, fontSize: 32, fontWeight: 700, marginTop: 6 } },
					statusIcon(card.status.key),
					h('span', {}, card.status.label),
					card.illustrative &&
						h(
							'span',
							{
								style: {
									marginLeft: 16,
									padding: '4px 16px',
									background: COLOURS.demoBg,
									color: COLOURS.demoText,
									border: `3px dashed ${COLOURS.demoText}`,
									borderRadius: 8,
									fontSize: 28,
								},
							},
							card.illustrative,
						),
				),
		);
	return h(
		'div',
		{
			style: {
				width: CARD_SIZE.width,
				height: CARD_SIZE.height,
				display: 'flex',
				background: COLOURS.bg,
				color: COLOURS.text,
				fontFamily: FAMILY,
			},
		},
		h('div', { style: { width: BAR, flexShrink: 0, background: COLOURS.accent } }),
		h(
			'div',
			{
				// No width/height here: satori adds padding to explicit sizes; the row stretches this box instead.
				style: {
					flexGrow: 1,
					display: 'flex',
					flexDirection: 'column',
					justifyContent: 'space-between',
					padding: `${compact ? 48 : 64}px ${PAD_X}px 40px`,
				},
			},
			h(
				'div',
				{ style: { display: 'flex', flexDirection: 'column', gap: compact ? 12 : 24, width: INNER } },
				h('div', { style: { fontSize: 28, fontWeight: 700, color: COLOURS.accent } }, card.kicker),
				h('div', { style: { width: INNER, fontSize: titleSize(card.title, compact), fontWeight: 700, lineHeight: 1.2 } }, card.title),
			),
			card.noData &&
				h(
					'div',
					{ style: { display: 'flex', alignItems: 'center', gap: 14, fontSize: 40, fontWeight: 700, color: COLOURS.muted } },
					statusIcon('no-data'),
					h('span', {}, card.noData),
				),
			figures && h('div', { style: { display: 'flex', alignItems: 'flex-end', gap: TREND.gap, width: INNER } }, figures, trend),
			card.footer
				? h(
						'div',
						{
							style: { display: 'flex', width: INNER, fontSize: 24, color: COLOURS.muted, paddingTop: 14, borderTop: '2px solid #c5ccd4' },
						},
						card.footer,
					)
				: h('div', { style: { display: 'flex', width: INNER, height: 6, background: COLOURS.accent } }),
		),
	);
}

/** The card as PNG bytes. */
export async function renderCard(card: ShareCard): Promise<Buffer> {
	const svg = await satori(cardTree(card) as unknown as Parameters<typeof satori>[0], { ...CARD_SIZE, fonts: loadFonts() });
	return new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng();
}
