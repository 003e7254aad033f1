import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { rehypeAbbr } from '../../src/markdown/rehype-abbr.ts';
import { rehypeSubtasks } from '../../src/markdown/rehype-subtasks.ts';
import { rehypeAsciiHeadingIds } from '../../src/markdown/rehype-ascii-heading-ids.ts';

const terms = [
	{ id: 'cdcs', term: 'CĐCS', expansion: 'công đoàn cơ sở' },
	{ id: 'cnvcld', term: 'CNVCLĐ', expansion: 'công nhân, viên chức, lao động' },
	{ id: 'tw', term: 'TW', expansion: 'Trung ương' },
];

async function render(markdown: string): Promise<string> {
	const file = await unified()
		.use(remarkParse)
		.use(remarkRehype)
		.use(rehypeSubtasks)
		.use(rehypeAsciiHeadingIds)
		.use(rehypeAbbr, { terms })
		.use(rehypeStringify)
		.process(markdown);
	return String(file);
}

describe('rehypeAbbr', () => {
	it('marks only the first use of each term', async () => {
		const html = await render('Thành lập CĐCS. Mỗi CĐCS có đoàn viên, CNVCLĐ.');
		expect(html.match(/<abbr/g)).toHaveLength(2);
		expect(html).toContain('<abbr data-term="cdcs" title="công đoàn cơ sở">CĐCS</abbr>. Mỗi CĐCS');
	});
	it('leaves code, headings and links alone, and marks the first use outside them', async () => {
		const html = await render('## Về CĐCS\n\n`CĐCS` và [CĐCS](/x) rồi mới đến CĐCS.');
		expect(html).toContain('<h2 id="ve-cdcs">Về CĐCS</h2>');
		expect(html).toContain('<code>CĐCS</code>');
		expect(html).toContain('<a href="/x">CĐCS</a>');
		expect(html).toContain('rồi mới đến <abbr data-term="cdcs" title="công đoàn cơ sở">CĐCS</abbr>.');
	});
	it('does not match inside longer words or document numbers', async () => {
		const html = await render('CCVCLĐ, CNVCLĐX và Nghị quyết 02-NQ/TW; BCH TW Đảng.');
		expect(html).not.toContain('data-term="cnvcld"');
		expect(html.match(/data-term="tw"/g)).toHaveLength(1);
		expect(html).toContain('02-NQ/TW;');
		expect(html).toContain('BCH <abbr data-term="tw" title="Trung ương">TW</abbr> Đảng');
	});
	it('needs a word boundary on the left: a term glued after letters or digits is not marked', async () => {
		const html = await render('XCĐCS, 9CĐCS và CĐCS.');
		expect(html.match(/<abbr/g)).toHaveLength(1);
		expect(html).toContain('XCĐCS, 9CĐCS và <abbr data-term="cdcs" title="công đoàn cơ sở">CĐCS</abbr>.');
	});
	it('leaves a document number alone when it has a "/" but no digit, or a digit but no "/"', async () => {
		const slashOnly = await render('Kết luận KL/TW và TW.');
		expect(slashOnly).toContain('Kết luận KL/TW và <abbr data-term="tw" title="Trung ương">TW</abbr>.');
		const digitOnly = await render('Số 12-TW và TW.');
		expect(digitOnly).toContain('Số 12-TW và <abbr data-term="tw" title="Trung ương">TW</abbr>.');
	});
});

describe('rehypeAbbr edges', () => {
	const run = (terms: { id: string; term: string; expansion: string }[], markdown: string) =>
		unified().use(remarkParse).use(remarkRehype).use(rehypeAbbr, { terms }).use(rehypeStringify).process(markdown).then(String);
	it('reads the whole document-number token, also when it starts the text or the "/" comes after the term', async () => {
		expect(await render('TW/HD và TW.')).toBe('<p>TW/HD và <abbr data-term="tw" title="Trung ương">TW</abbr>.</p>');
		expect(await render('TW-02 và TW.')).toBe('<p>TW-02 và <abbr data-term="tw" title="Trung ương">TW</abbr>.</p>');
	});
	it('prefers the longer of two terms that start alike, whatever their order in the glossary', async () => {
		const terms = [
			{ id: 'cnh', term: 'CNH', expansion: 'công nghiệp hóa' },
			{ id: 'cnh-hdh', term: 'CNH-HĐH', expansion: 'công nghiệp hóa, hiện đại hóa' },
		];
		expect(await run(terms, 'Thời kỳ CNH-HĐH.')).toBe(
			'<p>Thời kỳ <abbr data-term="cnh-hdh" title="công nghiệp hóa, hiện đại hóa">CNH-HĐH</abbr>.</p>',
		);
	});
	it('with no terms leaves the document as it is', async () => {
		expect(await run([], 'CĐCS và TW.')).toBe('<p>CĐCS và TW.</p>');
	});
	it('walks only into elements (a comment is left alone)', () => {
		const tree = {
			type: 'root' as const,
			children: [
				{ type: 'comment' as const, value: 'CĐCS' },
				{ type: 'text' as const, value: 'CĐCS' },
			],
		};
		rehypeAbbr({ terms })(tree);
		expect(tree.children[0]).toEqual({ type: 'comment', value: 'CĐCS' });
		expect(tree.children[1]).toMatchObject({ type: 'element', tagName: 'abbr' });
	});
});

describe('rehypeAbbr with a glossary link (tap on touch screens)', () => {
	it('wraps the first use in a link to its glossary entry, with the toggletip hint', async () => {
		const file = await unified()
			.use(remarkParse)
			.use(remarkRehype)
			.use(rehypeAbbr, { terms, glossaryHref: '/base/thuat-ngu/', tipHint: 'Chạm lần nữa.' })
			.use(rehypeStringify)
			.process('Thành lập CĐCS. Mỗi CĐCS có đoàn viên.');
		const html = String(file);
		expect(html).toContain(
			'<a class="abbr-link" href="/base/thuat-ngu/#cdcs" data-tip="công đoàn cơ sở. Chạm lần nữa."><abbr data-term="cdcs" title="công đoàn cơ sở">CĐCS</abbr></a>. Mỗi CĐCS',
		);
		expect(html.match(/abbr-link/g)).toHaveLength(1);
	});
});

describe('rehypeSubtasks', () => {
	it('wraps numbered paragraphs in addressable sections with the following paragraphs', async () => {
		const html = await render('2.1. Xây dựng mô hình.\n\nĐẩy mạnh.\n\n2.2. Tiếp tục.');
		expect(html).toContain('<section class="subtask" aria-labelledby="2-1"><div class="subtask-heading"><h2 id="2-1">Nhiệm vụ 2.1</h2>');
		expect(html).toContain('href="#2-1"');
		expect(html).toMatch(/<p>Xây dựng mô hình.<\/p>\s*<p>Đẩy mạnh.<\/p>\s*<\/section>/);
		expect(html).toContain('<h2 id="2-2">Nhiệm vụ 2.2</h2>');
		expect(html).not.toContain('2.1. Xây');
	});
	it('gives other headings ASCII ids', async () => {
		expect(await render('## Nơi nhận:')).toContain('<h2 id="noi-nhan">');
	});
});

describe('rehypeAsciiHeadingIds on a tree built in memory', () => {
	type Node = { type: 'element'; tagName: string; properties: Record<string, unknown>; children: unknown[] };
	const el = (tagName: string, children: unknown[], properties: Record<string, unknown> = {}): Node => ({
		type: 'element',
		tagName,
		properties,
		children,
	});
	const text = (value: string) => ({ type: 'text', value });
	const ids = (nodes: Node[]) => nodes.map((n) => n.properties.id);
	const run = (children: Node[]) =>
		rehypeAsciiHeadingIds()({ type: 'root', children } as unknown as Parameters<ReturnType<typeof rehypeAsciiHeadingIds>>[0]);

	it('reads the text of nested elements and skips comments', () => {
		const h = el('h2', [text('1. '), el('em', [text('Mục')]), { type: 'comment', value: 'ghi chú' }, text(' đích')]);
		run([h]);
		expect(h.properties.id).toBe('1-muc-dich');
	});

	it('numbers repeats from 2, counts ids already given, and falls back to "muc" for a heading without letters', () => {
		const given = el('h2', [text('Khác')], { id: 'muc' });
		const headings = [given, el('h3', []), el('h3', [text('Mục tiêu')]), el('h4', [text('Mục tiêu')]), el('h4', [text('Mục tiêu')])];
		run(headings);
		expect(ids(headings)).toEqual(['muc', 'muc-2', 'muc-tieu', 'muc-tieu-2', 'muc-tieu-3']);
	});

	it('keeps an id given to a later heading out of the earlier ones', () => {
		const headings = [el('h2', [text('Tiến độ')], { id: 'tien-do' }), el('h2', [text('Tiến độ')])];
		run(headings);
		expect(ids(headings)).toEqual(['tien-do', 'tien-do-2']);
	});

	it('finds headings inside other elements and gives none to elements that only look like headings', () => {
		const inner = el('h2', [text('Trong mục')]);
		const lookAlikes = [el('x-h2', [text('Không')]), el('h2-x', [text('Không')]), el('h7', [text('Không')])];
		run([el('section', [el('div', [inner])]), ...lookAlikes]);
		expect(inner.properties.id).toBe('trong-muc');
		expect(ids(lookAlikes)).toEqual([undefined, undefined, undefined]);
	});
});

describe('rehypeSubtasks on a tree built in memory', () => {
	const el = (tagName: string, children: unknown[], properties: Record<string, unknown> = {}) => ({
		type: 'element',
		tagName,
		properties,
		children,
	});
	const text = (value: string) => ({ type: 'text', value });
	const comment = (value: string) => ({ type: 'comment', value });
	const headingOf = (id: string, anchor: string) =>
		el(
			'div',
			[
				el('h2', [text(`Nhiệm vụ ${id}`)], { id: anchor }),
				el(
					'a',
					[
						el('span', [text('#')], { ariaHidden: 'true' }),
						el('span', [text(`Liên kết trực tiếp đến nhiệm vụ ${id}`)], { className: ['visually-hidden'] }),
					],
					{ className: ['anchor-link'], href: `#${anchor}`, dataPagefindIgnore: '' },
				),
			],
			{ className: ['subtask-heading'] },
		);

	it('wraps a numbered paragraph and what follows up to the next heading; leaves the rest in place', () => {
		const tree = {
			type: 'root',
			children: [
				{ type: 'doctype' },
				text('1.1. chữ rời, không phải đoạn'),
				el('div', [text('1.4. trong div')]),
				el('p', [el('em', [text('1.3. in nghiêng')])]),
				el('p', [comment('1.5. ghi chú')]),
				el('p', []),
				el('p', [text('1.2. Làm A.')]),
				comment('giữa'),
				{ type: 'doctype' },
				text('\n'),
				el('p', [text('Tiếp.')]),
				el('hr', []),
				el('x-h2', []),
				el('h2-x', []),
				el('h3', [text('Mục')]),
				el('p', [text('Sau.')]),
			],
		};
		const [doctype, loose, div, em, withComment, empty, , between, doctype2, newline, next, hr, custom1, custom2, h3, after] =
			tree.children;
		rehypeSubtasks()(tree as unknown as Parameters<ReturnType<typeof rehypeSubtasks>>[0]);
		expect(tree.children).toEqual([
			doctype,
			loose,
			div,
			em,
			withComment,
			empty,
			el('section', [headingOf('1.2', '1-2'), el('p', [text('Làm A.')]), newline, next, hr, custom1, custom2], {
				className: ['subtask'],
				ariaLabelledby: '1-2',
			}),
			between,
			doctype2,
			h3,
			after,
		]);
	});
});

describe('rehypeAbbr: the document-number token starts after the space', () => {
	it('a number in the word before does not make the abbreviation part of a document number', async () => {
		const html = await render('Năm 2025 TW ban hành.');
		expect(html).toContain('Năm 2025 <abbr data-term="tw" title="Trung ương">TW</abbr> ban hành.');
	});
});
