import { SUBTASK_START } from '../utils/subtasks.ts';
import { routes } from '../utils/routes.ts';
import { fileStem } from './file-stem.ts';
import { escapeRegExp } from '../utils/regexp.ts';

/**
 * The programme's words, from the unmodified original and from the site's content files, ready to be compared
 * word by word. The comparison ignores what the content files do differently by design:
 * - the original is one Markdown file; the site splits it into content/programme/*.md (ordered by `order`) and
 *   content/tasks/nhom-N.md (after section II), whose headings live in the front matter: `numeral` + `heading`
 *   ("III." + "CHỈ TIÊU …"), `subtitle`, `group` + `title` ("1." + "Đổi mới …");
 * - heading levels (`#` … `######`), list markers (`- `), bold and italic markers (`*`, `**`) and line breaks
 *   inside a paragraph;
 * - the sub-task markup: the content keeps "1.4. …" at the start of the paragraph as the original prints it
 *   (the site turns it into a heading when rendering, src/markdown/rehype-subtasks.ts).
 * A paragraph break is a word of its own (PARAGRAPH, "¶"), so joining two paragraphs is a difference too.
 */

/** Where the unmodified original lives in the repository (also offered as a download on the errata page). */
export const ORIGINAL = 'content/source/chuong-trinh-hanh-dong.source.md';

/** A paragraph break, as a word; errata write it "¶" too ("thiết ¶ thực hiệu quả"). */
export const PARAGRAPH = '¶';

export interface Word {
	/** The word (NFC, Markdown markers removed) or PARAGRAPH. */
	text: string;
	file: string;
	/** 1-based line and column; undefined for a front-matter field (the checker finds the field's line). */
	line?: number;
	column?: number;
	/** "body" or the front-matter key the word comes from ("heading", "title" …). */
	field: string;
	/** Site path (with anchor) where a reader sees the word, e.g. "nhiem-vu/nhom-1/#1-4". */
	place: string;
}

/** A content file as the checker has it: front matter parsed, body with the line it starts on. */
export interface ContentFile {
	file: string;
	data: Record<string, unknown>;
	body: string;
	bodyLine: number;
}

/** Spaces instead of the Markdown markers that are formatting, not words (keeps columns right). */
function blankMarkup(line: string): string {
	return line
		.replace(/^(\s{0,3})(#{1,6}\s+|[-+]\s+|\*\s+|>\s?)/, (_m, indent: string, marker: string) => indent + ' '.repeat(marker.length))
		.replace(/\*+/g, (stars) => ' '.repeat(stars.length));
}

/**
 * Words of a Markdown text, with a PARAGRAPH between blocks (blank-line separated). `placeAt` is called at
 * the start of every block with the block's first line, and gives the place of the block's words.
 */
function markdownWords(
	text: string,
	base: { file: string; field: string; firstLine: number },
	placeAt: (firstLine: string) => string,
	out: Word[],
): void {
	const lines = text.split('\n');
	let inBlock = false;
	let place = '';
	lines.forEach((raw, index) => {
		const line = raw.replace(/\r$/, '');
		if (line.trim() === '') {
			inBlock = false;
			return;
		}
		if (!inBlock) {
			inBlock = true;
			place = placeAt(line);
			if (out.length > 0 && out[out.length - 1]!.text !== PARAGRAPH) {
				out.push({ text: PARAGRAPH, file: base.file, line: base.firstLine + index, column: 1, field: base.field, place });
			}
		}
		for (const match of blankMarkup(line).normalize('NFC').matchAll(/\S+/g)) {
			out.push({
				text: match[0],
				file: base.file,
				line: base.firstLine + index,
				column: match.index + 1,
				field: base.field,
				place,
			});
		}
	});
}

/** Words of front-matter values forming one block (a heading: "III." from `numeral`, then `heading`). */
function fieldWords(file: string, place: string, parts: [value: string, field: string][], out: Word[]): void {
	const words = parts.flatMap(([value, field]) =>
		value
			.split(/\s+/)
			.filter(Boolean)
			.map((text) => ({ text, field })),
	);
	if (words.length === 0) return;
	if (out.length > 0 && out[out.length - 1]!.text !== PARAGRAPH) out.push({ text: PARAGRAPH, file, field: words[0]!.field, place });
	for (const { text, field } of words) out.push({ text: text.normalize('NFC'), file, field, place });
}

/** The original's words (positions are lines of the original). */
export function originalWords(text: string): Word[] {
	const out: Word[] = [];
	markdownWords(text.replace(/^\uFEFF/, ''), { file: ORIGINAL, field: 'text', firstLine: 1 }, () => '', out);
	return out;
}

const str = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/**
 * The site's words in the order of the programme: the sections of content/programme by `order`, the task
 * groups of content/tasks by `group` right after section II (as the full-programme page shows them).
 */
export function siteWords(programme: ContentFile[], tasks: ContentFile[]): Word[] {
	const out: Word[] = [];
	const sections = [...programme].sort((a, b) => Number(a.data.order) - Number(b.data.order));
	const groups = [...tasks].sort((a, b) => Number(a.data.group) - Number(b.data.group));
	for (const section of sections) {
		const numeral = str(section.data.numeral);
		const place = numeral ? routes.programmeSection(numeral) : routes.programme;
		fieldWords(
			section.file,
			place,
			[
				[numeral ? `${numeral}.` : '', 'numeral'],
				[str(section.data.heading), 'heading'],
			],
			out,
		);
		fieldWords(section.file, place, [[str(section.data.subtitle), 'subtitle']], out);
		markdownWords(section.body, { file: section.file, field: 'body', firstLine: section.bodyLine }, () => place, out);
		if (numeral !== 'II') continue;
		for (const group of groups) {
			const id = fileStem(group.file);
			const groupPlace = routes.taskGroup(id);
			fieldWords(
				group.file,
				groupPlace,
				[
					[`${str(group.data.group)}.`, 'group'],
					[str(group.data.title), 'title'],
				],
				out,
			);
			let current = groupPlace;
			markdownWords(
				group.body,
				{ file: group.file, field: 'body', firstLine: group.bodyLine },
				(first) => {
					const match = SUBTASK_START.exec(first);
					if (match) current = routes.subtask(id, `${Number(match[1])}.${Number(match[2])}`);
					return current;
				},
				out,
			);
		}
	}
	return out;
}

/** The words of an erratum's quote ("thiết ¶ thực hiệu quả" → ["thiết", "¶", "thực", "hiệu", "quả"]). */
export function quoteWords(quote: string): string[] {
	return quote.normalize('NFC').replaceAll(PARAGRAPH, ` ${PARAGRAPH} `).split(/\s+/).filter(Boolean);
}

/**
 * A pattern finding a quote in raw Markdown such as the original: words separated by whitespace and Markdown
 * markers, "¶" standing for a paragraph break (blank line). Global, for replacing every occurrence.
 */
export function quotePattern(quote: string): RegExp {
	const between = '[\\s*]+';
	const parts = quoteWords(quote).map((word) => (word === PARAGRAPH ? null : escapeRegExp(word)));
	let source = '';
	parts.forEach((part, i) => {
		if (part === null) source += '[ \\t*]*\\n(?:[ \\t]*\\n)+[\\s*#-]*';
		else source += (i > 0 && parts[i - 1] !== null ? between : '') + part;
	});
	return new RegExp(source, 'gu');
}
