import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, listHtml } from '../helpers/dist.ts';
import { startTags } from '../../scripts/lib/site-links.ts';

/**
 * Static security checks over every built page: a Content Security Policy <meta> that allows no
 * third-party origin and no inline script execution beyond Astro's hashes, and no inline event handlers
 * or javascript: URLs. (The browser crawl checks that the policy holds at run time.)
 */
const pages = listHtml();

/** Parse a CSP string into directive → sources. */
export function parseCsp(policy: string): Map<string, string[]> {
	const out = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) out.set(name.toLowerCase(), sources);
	}
	return out;
}

/** Sources that name a host or scheme outside the site ('self', keywords, hashes and data:/blob: are local). */
export function foreignSources(sources: string[]): string[] {
	return sources.filter(
		(s) =>
			!/^'(self|none|wasm-unsafe-eval|strict-dynamic|report-sample|sha(256|384|512)-[A-Za-z0-9+/=]+)'$/.test(s) &&
			s !== 'data:' &&
			s !== 'blob:',
	);
}

describe('Content Security Policy', () => {
	it('parses policies and flags foreign sources', () => {
		const csp = parseCsp("default-src 'self'; img-src 'self' data: https://cdn.example.org; script-src 'self' 'unsafe-inline' *");
		expect(foreignSources(csp.get('img-src')!)).toEqual(['https://cdn.example.org']);
		expect(foreignSources(csp.get('script-src')!)).toEqual(["'unsafe-inline'", '*']);
	});

	it('every page has one CSP meta, before any script or stylesheet, that allows nothing third-party', () => {
		const failures: string[] = [];
		for (const page of pages) {
			const html = readFileSync(join(dist, page), 'utf8');
			const tags = startTags(html);
			const metas = tags.filter((t) => t.name === 'meta' && t.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy');
			if (metas.length !== 1) {
				failures.push(`${page}: ${metas.length} CSP meta tags`);
				continue;
			}
			const csp = parseCsp(metas[0]!.attrs.get('content') ?? '');
			const want = { 'default-src': "'self'", 'object-src': "'none'", 'base-uri': "'self'", 'form-action': "'self'" };
			for (const [directive, value] of Object.entries(want)) {
				if (csp.get(directive)?.join(' ') !== value)
					failures.push(`${page}: ${directive} is "${csp.get(directive)?.join(' ')}", not ${value}`);
			}
			if (!csp.get('script-src')?.includes("'self'")) failures.push(`${page}: script-src without 'self'`);
			for (const [directive, sources] of csp) {
				for (const source of foreignSources(sources)) failures.push(`${page}: ${directive} allows ${source}`);
			}
			// The meta must come before any script or stylesheet, or it does not apply to them.
			const metaIndex = tags.indexOf(metas[0]!);
			const firstResource = tags.findIndex(
				(t) => t.name === 'script' || t.name === 'style' || (t.name === 'link' && t.attrs.get('rel') === 'stylesheet'),
			);
			if (firstResource !== -1 && firstResource < metaIndex) failures.push(`${page}: <${tags[firstResource]!.name}> before the CSP meta`);
		}
		expect(pages.length).toBeGreaterThan(40);
		expect(failures).toEqual([]);
	});
});

describe('no inline event handlers or javascript: URLs', () => {
	it('on any page', () => {
		const found: string[] = [];
		for (const page of pages) {
			for (const tag of startTags(readFileSync(join(dist, page), 'utf8'))) {
				for (const [name, value] of tag.attrs) {
					if (name.startsWith('on')) found.push(`${page}: <${tag.name} ${name}>`);
					if (/^\s*javascript:/i.test(value)) found.push(`${page}: <${tag.name} ${name}="${value}">`);
				}
			}
		}
		expect(found).toEqual([]);
	});
});
