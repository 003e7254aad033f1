import { REPORT_SECTIONS, type ReportSectionKey } from '../../schemas/report.ts';

/**
 * Plain text blocks for the periodic report. The report goes to Word as well as to HTML, so Markdown is
 * reduced to what a formal report uses: paragraphs and bulleted lines ("- " or "+ "). Emphasis markers
 * and links are dropped to their text; everything else stays as written.
 */
export type Block = { kind: 'paragraph'; text: string } | { kind: 'bullet'; text: string };

/** "**a** [b](c) `d`" → "a b d". */
export function plainInline(text: string): string {
	return text
		.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
		.replace(/`([^`]*)`/g, '$1')
		.replace(/(\*\*|__)(.+?)\1/g, '$2')
		.replace(/(^|[\s(])[*_](\S(?:.*?\S)?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Markdown → blocks: a blank line ends a paragraph; a line starting with "- ", "+ " or "* " is a bullet. */
export function toBlocks(markdown: string): Block[] {
	const blocks: Block[] = [];
	let paragraph: string[] = [];
	const flush = () => {
		const text = plainInline(paragraph.join(' '));
		if (text) blocks.push({ kind: 'paragraph', text });
		paragraph = [];
	};
	for (const line of markdown.normalize('NFC').split(/\r?\n/)) {
		const bullet = /^\s*[-+*]\s+(.*)$/.exec(line);
		if (bullet) {
			flush();
			const text = plainInline(bullet[1] ?? '');
			if (text) blocks.push({ kind: 'bullet', text });
		} else if (line.trim() === '' || /^#{1,6}\s/.test(line)) {
			flush();
		} else if (blocks.at(-1)?.kind === 'bullet' && paragraph.length === 0 && /^\s{2,}\S/.test(line)) {
			// A bullet's continuation line.
			const last = blocks.at(-1)!;
			last.text = plainInline(`${last.text} ${line}`);
		} else {
			paragraph.push(line);
		}
	}
	flush();
	return blocks;
}

export interface ReportBody {
	/** Blocks under each known heading (only the headings present). */
	sections: Partial<Record<ReportSectionKey, Block[]>>;
	/** Second-level headings that are not in REPORT_SECTIONS, or repeat one, with their 0-based body line. */
	unknown: { heading: string; line: number }[];
	duplicate: { heading: string; line: number }[];
	/** Text before the first heading (not part of any section), with its first line. */
	stray?: { line: number };
}

const HEADING_KEYS = new Map<string, ReportSectionKey>(
	Object.entries(REPORT_SECTIONS).map(([key, heading]) => [heading, key as ReportSectionKey]),
);

/** Split a report file's body at its "## <heading>" lines into the report's editor-written parts. */
export function parseReportBody(body: string): ReportBody {
	const result: ReportBody = { sections: {}, unknown: [], duplicate: [] };
	const lines: Partial<Record<ReportSectionKey, string[]>> = {};
	let current: ReportSectionKey | undefined;
	let skipping = false;
	body
		.normalize('NFC')
		.split(/\r?\n/)
		.forEach((line, index) => {
			const heading = /^##\s+(.+?)\s*#*\s*$/.exec(line);
			if (heading) {
				const text = (heading[1] ?? '').replace(/^[IVX]+\.\s*|^\d+\.\s*/, '').replace(/[:.]$/, '');
				const key = HEADING_KEYS.get(text);
				if (!key) {
					result.unknown.push({ heading: heading[1] ?? '', line: index });
					current = undefined;
					skipping = true;
				} else if (lines[key]) {
					result.duplicate.push({ heading: heading[1] ?? '', line: index });
					current = undefined;
					skipping = true;
				} else {
					current = key;
					skipping = false;
					lines[key] = [];
				}
				return;
			}
			if (current) lines[current]!.push(line);
			else if (!skipping && line.trim() !== '' && !result.stray) result.stray = { line: index };
		});
	for (const [key, text] of Object.entries(lines) as [ReportSectionKey, string[]][]) {
		const blocks = toBlocks(text.join('\n'));
		if (blocks.length > 0) result.sections[key] = blocks;
	}
	return result;
}
