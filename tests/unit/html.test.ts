import { describe, expect, it } from 'vitest';
import { decodeAttribute, decodeEntities, escapeHtml, jsonForScript, keepFirstAbbr, shiftHeadings } from '../../src/utils/html.ts';

describe('escapeHtml', () => {
	it('escapes markup and quotes', () => {
		expect(escapeHtml(`<img src=x onerror="a('b')">&`)).toBe('&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;');
	});
});

describe('jsonForScript', () => {
	it('cannot close the script element or open markup', () => {
		const out = jsonForScript({ t: '</script><script>alert(1)</script>', a: '<!--', u: '\u2028' });
		expect(out).not.toMatch(/<|>/);
		expect(out).not.toContain('\u2028');
		expect(JSON.parse(out)).toEqual({ t: '</script><script>alert(1)</script>', a: '<!--', u: '\u2028' });
	});
});

describe('shiftHeadings', () => {
	it('moves opening and closing tags and caps at h6', () => {
		expect(shiftHeadings('<h2 id="a">A</h2><h5>B</h5><header>x</header>', 2)).toBe('<h4 id="a">A</h4><h6>B</h6><header>x</header>');
	});
});

describe('keepFirstAbbr', () => {
	it('unwraps a repeated abbreviation together with its glossary link', () => {
		const seen = new Set<string>();
		const linked =
			'<a class="abbr-link" href="/thuat-ngu/#cdcs" data-tip="công đoàn cơ sở. h"><abbr data-term="cdcs" title="công đoàn cơ sở">CĐCS</abbr></a>';
		expect(keepFirstAbbr(`${linked} và ${linked}`, seen)).toBe(`${linked} và CĐCS`);
		expect(keepFirstAbbr(linked, seen)).toBe('CĐCS');
	});
	it('keeps the first abbr per term across calls and unwraps the rest', () => {
		const seen = new Set<string>();
		const a = '<abbr data-term="cdcs" title="công đoàn cơ sở">CĐCS</abbr> và <abbr data-term="cdcs" title="công đoàn cơ sở">CĐCS</abbr>';
		expect(keepFirstAbbr(a, seen)).toBe('<abbr data-term="cdcs" title="công đoàn cơ sở">CĐCS</abbr> và CĐCS');
		expect(keepFirstAbbr('<abbr data-term="cdcs" title="x">CĐCS</abbr>', seen)).toBe('CĐCS');
	});
});

describe('decodeEntities and decodeAttribute', () => {
	it('decode named, decimal and hexadecimal references once', () => {
		expect(decodeEntities('Công&nbsp;đoàn &amp;lt; &#273;&#x1ED9;i &hellip;')).toBe('Công\u00a0đoàn &lt; đội …');
		expect(decodeAttribute('/a/?x=1&amp;y=2#m&#7909;c')).toBe('/a/?x=1&y=2#mục');
	});
	it('leave a legacy reference without ";" inside an attribute value as written', () => {
		expect(decodeAttribute('?a=1&copy=2')).toBe('?a=1&copy=2');
	});
});
