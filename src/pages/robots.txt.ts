import type { APIRoute } from 'astro';
import { publicSiteUrl } from '../config.ts';
import { robotsTxt } from '../utils/share.ts';

/** /robots.txt (under the base path; deploy/nginx also answers /robots.txt at the host root with it). */
export const GET: APIRoute = () =>
	new Response(robotsTxt(import.meta.env.BASE_URL, publicSiteUrl()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
