import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/dist.ts';

/**
 * Issue 16: the style note (docs/van-phong.md) lists forms the site's own text must not use. Its "Không dùng"
 * list is read here, so adding a line there adds a check. Programme text (content/programme, content/tasks)
 * is exempt: it is published word for word.
 */
const note = readFileSync(join(root, 'docs/van-phong.md'), 'utf8');
const section = note.slice(note.indexOf('## Không dùng'));
const banned = [...section.matchAll(/^- `([^`]+)` →/gm)].map((m) => m[1]!);

function files(dir: string, ext: RegExp): string[] {
	const out: string[] = [];
	const walk = (d: string) => {
		for (const name of readdirSync(d)) {
			const full = join(d, name);
			if (statSync(full).isDirectory()) walk(full);
			else if (ext.test(name)) out.push(full);
		}
	};
	walk(dir);
	return out;
}

const checked = [
	...files(join(root, 'src'), /\.(ts|astro|mjs|css)$/),
	...files(join(root, 'content/guidelines'), /\.mdx?$/),
	...files(join(root, 'content/updates'), /\.mdx?$/),
	join(root, 'content/glossary/terms.json'),
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A banned form as a whole word or phrase: "hoà" must not match inside "hoàn". */
const wordPattern = (form: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{L}\\p{N}])`, 'u');

/**
 * Text in double quotation marks ("…", “…”) is a quotation, usually of the programme, which keeps its own
 * wording ("chỉ tiêu phấn đấu hàng năm"): it is left out before matching.
 */
export function withoutQuotations(line: string): string {
	return line.replace(/"[^"]*"/g, '""').replace(/“[^”]*”/g, '“”');
}

function findings(pattern: RegExp): string[] {
	const out: string[] = [];
	for (const file of checked) {
		readFileSync(file, 'utf8')
			.split('\n')
			.forEach((line, i) => {
				if (pattern.test(withoutQuotations(line.normalize('NFC'))))
					out.push(`${relative(root, file)}:${i + 1}: ${line.trim().slice(0, 100)}`);
			});
	}
	return out;
}

describe('style note: banned forms', () => {
	it('reads the banned list from docs/van-phong.md', () => {
		expect(banned).toContain('Trên trang này');
		expect(banned).toContain('hàng năm');
		expect(banned).toContain('Tử số / mẫu số');
		expect(banned.length).toBeGreaterThanOrEqual(10);
	});

	it('matches whole words only, and would catch a banned form', () => {
		expect(wordPattern('hoà').test('hoàn thành')).toBe(false);
		expect(wordPattern('hoà').test('quan hệ lao động hài hoà')).toBe(true);
		expect(wordPattern('hàng năm').test('Chỉ tiêu phấn đấu hàng năm')).toBe(true);
		expect(wordPattern('(vượt').test('Đạt (vượt 85)')).toBe(true);
	});

	it('leaves quotations alone (the programme keeps its wording), not the text around them', () => {
		expect(wordPattern('hàng năm').test(withoutQuotations('Mục III là "chỉ tiêu phấn đấu hàng năm".'))).toBe(false);
		expect(wordPattern('hàng năm').test(withoutQuotations('Báo cáo hàng năm, xem "mục III".'))).toBe(true);
	});

	for (const form of banned) {
		it(`"${form}" appears nowhere in the site's own text`, () => {
			expect(findings(wordPattern(form))).toEqual([]);
		});
	}

	it('no space before the percent sign', () => {
		expect(findings(/\d[ \u00a0\u202f]%/u)).toEqual([]);
	});
});
