import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, textOf } from '../helpers/dist.ts';
import { startTags } from '../../scripts/lib/site-links.ts';
import { PAYLOAD, injectFile, isHumanText, makeXssFixture, withPayload } from '../fixtures/xss/inject.ts';

/**
 * Every text field of the content and data (front matter, JSON, YAML) gets `</script>`, quotes and an
 * `<img onerror>`; the site is built from that copy and no page may contain an executable payload:
 * no injected element or event handler, and every embedded JSON block still parses and cannot end its
 * <script>. Markdown bodies are left alone: raw HTML in Markdown is an editor feature, not data.
 */
function files(dir: string, ext: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		return statSync(full).isDirectory() ? files(full, ext) : name.endsWith(ext) ? [full] : [];
	});
}

describe('payload injection (unit)', () => {
	it('injects only into human text and keeps lengths within the original', () => {
		expect(isHumanText('nhom-1')).toBe(false);
		expect(isHumanText('2025-12-31')).toBe(false);
		expect(isHumanText('CĐCS')).toBe(true);
		expect(isHumanText('BC-LĐLĐ')).toBe(false);
		expect(isHumanText('hoàn thành tốt')).toBe(false);
		const long = 'x '.repeat(60);
		expect(withPayload(long).length).toBeLessThanOrEqual(long.length);
		expect(withPayload(long).endsWith(PAYLOAD)).toBe(true);
		const md = injectFile('a.md', '---\nid: nhom-1\ntitle: "Tiêu đề"\ntags: ["một hai", "x"]\n---\nBody <b>kept</b>\n');
		expect(md.fields).toBe(2);
		expect(md.text).toContain('Body <b>kept</b>');
		expect(md.text).toContain('id: nhom-1');
	});
});

describe('site built from content full of XSS payloads', () => {
	let fixture: ReturnType<typeof makeXssFixture>;
	let pages: string[] = [];

	beforeAll(() => {
		fixture = makeXssFixture(root);
		execFileSync('npx', ['astro', 'build', '--silent'], { cwd: fixture.dir, stdio: 'pipe', env: { ...process.env, BASE_PATH: '/' } });
		pages = files(join(fixture.dir, 'dist'), '.html');
	}, 240_000);
	afterAll(() => {
		if (fixture) rmSync(fixture.dir, { recursive: true, force: true });
	});

	it('injected the payload into many fields and built the pages', () => {
		expect(fixture.fields).toBeGreaterThan(50);
		expect(pages.length).toBeGreaterThan(5);
	});

	it('shows the payload as text on the pages (it reached the HTML, escaped)', () => {
		const shown = pages.filter((p) => textOf(readFileSync(p, 'utf8')).includes('<script>alert(1)</script>'));
		expect(shown.length).toBeGreaterThan(pages.length / 2);
	});

	it('has no injected element, event handler or script anywhere in the HTML', () => {
		const found: string[] = [];
		for (const page of pages) {
			const html = readFileSync(page, 'utf8');
			const where = relative(fixture.dir, page);
			// Tokenised, not grepped: inside a quoted attribute value "<script>" is inert text (HTML only
			// requires " and & to be escaped there), so only real tags count.
			for (const tag of startTags(html)) {
				for (const name of tag.attrs.keys()) if (name.startsWith('on')) found.push(`${where}: <${tag.name} ${name}>`);
				if (tag.name === 'img' && tag.attrs.get('src') === 'x') found.push(`${where}: <img src=x>`);
				// A JSON data block (chart data) holds the payload as an inert string; the next test checks
				// that such blocks parse and cannot close their <script>.
				const data = /^application\/(ld\+)?json$/i.test(tag.attrs.get('type') ?? '');
				if (tag.name === 'script' && !data && tag.text?.includes('alert(1)')) found.push(`${where}: <script>${tag.text.slice(0, 40)}`);
			}
		}
		expect(found).toEqual([]);
	});

	it('keeps every embedded JSON block parseable and unable to close its <script>', () => {
		const problems: string[] = [];
		for (const page of pages) {
			const html = readFileSync(page, 'utf8');
			for (const m of html.matchAll(/<script\b[^>]*type="application\/(?:ld\+)?json"[^>]*>([\s\S]*?)<\/script>/gi)) {
				const where = relative(fixture.dir, page);
				const body = m[1] ?? '';
				if (/<\/script|<!--/i.test(body)) problems.push(`${where}: JSON block contains </script or <!--`);
				try {
					JSON.parse(body);
				} catch (error) {
					problems.push(`${where}: JSON block does not parse (${(error as Error).message})`);
				}
			}
		}
		for (const file of files(join(fixture.dir, 'dist'), '.json')) {
			try {
				JSON.parse(readFileSync(file, 'utf8'));
			} catch (error) {
				problems.push(`${relative(fixture.dir, file)}: does not parse (${(error as Error).message})`);
			}
		}
		expect(problems).toEqual([]);
	});
});
