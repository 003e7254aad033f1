import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import { ICON_SIZES } from '../utils/offline.ts';

/** The manifest's PNG icons, drawn from public/favicon.svg with resvg (as the share cards). */
export const getStaticPaths = (() => ICON_SIZES.map((size) => ({ params: { size: String(size) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
	const svg = readFileSync('public/favicon.svg', 'utf8');
	const png = new Resvg(svg, { fitTo: { mode: 'width', value: Number(params.size) } }).render().asPng();
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
