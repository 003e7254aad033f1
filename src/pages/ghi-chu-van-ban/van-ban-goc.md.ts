import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { ORIGINAL } from '../../checker/programme-text.ts';

/**
 * The programme's original text exactly as it was handed over (conversion defects included), so anyone can
 * compare it with the site and with the errata. Kept unmodified in content/source/ and never rendered as a page.
 */
export const GET: APIRoute = () => new Response(readFileSync(ORIGINAL), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
