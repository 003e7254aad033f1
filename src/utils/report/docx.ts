import {
	AlignmentType,
	BorderStyle,
	Document,
	Header,
	HeadingLevel,
	PageOrientation,
	Packer,
	PageNumber,
	Paragraph,
	Table,
	TableBorders,
	TableCell,
	TableLayoutType,
	TableRow,
	TextRun,
	VerticalAlignTable,
	WidthType,
	convertMillimetersToTwip,
	type IRunOptions,
	type ParagraphChild,
} from 'docx';
import { ui } from '../../i18n/ui.ts';
import { NO_REPORT } from '../../schemas/progress.ts';
import type { Block } from './text.ts';
import { isPlaceholder, REPORT_COLUMNS, type Part, type ReportModel, type SubtaskResult } from './model.ts';

/**
 * The periodic report as a Word file, in the format of Nghị định 30/2020/NĐ-CP, Phụ lục I (which the
 * trade union's own rule, Quyết định 933/QĐ-TLĐ, follows): A4 portrait, margins top/bottom 20 mm, left
 * 30 mm, right 15 mm; Times New Roman throughout; page numbers centred in the top margin from page 2.
 * Every size below is one constant (half-points, as the docx package takes them), so a change of rule is a
 * one-line change. Widths are twips (DXA) with fixed table layout: LibreOffice and Google Docs ignore
 * percentage widths. Headings are real Word headings and tables real tables, so an officer can edit it.
 */

const FONT = 'Times New Roman';
/** Sizes in half-points (28 = 14 pt). */
export const SIZES = {
	body: 28,
	nationalTitle: 24,
	motto: 26,
	body12: 24,
	issuer: 24,
	number: 26,
	placeDate: 26,
	docType: 28,
	summary: 28,
	heading: 28,
	table: 24,
	appendixTable: 22,
	recipientsHeading: 24,
	recipients: 22,
	pageNumber: 26,
} as const;
/** Page margins in millimetres. */
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
const A4_WIDTH_MM = 210;
/** Width of the text area in twips: A4 minus left and right margins. */
export const TEXT_WIDTH = convertMillimetersToTwip(A4_WIDTH_MM - MARGINS_MM.left - MARGINS_MM.right);
/** Header table: issuing body on the left, national title on the right (twips). */
export const HEADER_COLUMNS = [3800, TEXT_WIDTH - 3800];
const INDICATOR_COLUMNS = [600, 3100, 2100, 1500, TEXT_WIDTH - 7300];
/** The appendix is a landscape section: its six columns need the width of the long side. */
const A4_HEIGHT_MM = 297;
export const LANDSCAPE_TEXT_WIDTH = convertMillimetersToTwip(A4_HEIGHT_MM - MARGINS_MM.left - MARGINS_MM.right);
const APPENDIX_COLUMNS = [650, 3700, 1900, 4300, 1350, LANDSCAPE_TEXT_WIDTH - 11900];
const INDENT = convertMillimetersToTwip(10);
const t = ui.report;

const run = (text: string, options: Omit<IRunOptions, 'text'> = {}) => new TextRun({ text, ...options });
/** A placeholder stays visible: highlighted, in brackets, as the model wrote it. */
const placeholderRun = (text: string, options: Omit<IRunOptions, 'text'> = {}) => run(text, { ...options, highlight: 'yellow' });

function para(
	children: ParagraphChild[] | string,
	options: {
		align?: (typeof AlignmentType)[keyof typeof AlignmentType];
		indent?: boolean;
		after?: number;
		before?: number;
		keepNext?: boolean;
	} = {},
): Paragraph {
	return new Paragraph({
		children: typeof children === 'string' ? [run(children)] : children,
		alignment: options.align ?? AlignmentType.JUSTIFIED,
		...(options.indent ? { indent: { firstLine: INDENT } } : {}),
		spacing: { after: options.after ?? 120, before: options.before ?? 0, line: 276 },
		...(options.keepNext ? { keepNext: true } : {}),
	});
}

function heading(text: string, level: 1 | 2 = 1): Paragraph {
	return new Paragraph({
		text,
		heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
		alignment: AlignmentType.JUSTIFIED,
		keepNext: true,
		spacing: { before: 120, after: 120 },
		indent: { firstLine: INDENT },
	});
}

/** Blocks as body paragraphs; a bullet is a "- " line, as Vietnamese administrative text writes lists. */
function blocks(list: Block[], size: number = SIZES.body): Paragraph[] {
	return list.map((b) => para([run(b.kind === 'bullet' ? `- ${b.text}` : b.text, { size })], { indent: true }));
}

function part(p: Part): Paragraph[] {
	return p.blocks ? blocks(p.blocks) : [para([placeholderRun(p.placeholder, { italics: true })], { indent: true })];
}

function cell(children: Paragraph[], width: number, options: { shade?: boolean } = {}): TableCell {
	return new TableCell({
		children,
		width: { size: width, type: WidthType.DXA },
		verticalAlign: VerticalAlignTable.TOP,
		margins: { left: 80, right: 80, top: 40, bottom: 40 },
		...(options.shade ? { shading: { fill: 'F2F2F2', type: 'clear', color: 'auto' } } : {}),
	});
}

function cellText(
	text: string | string[],
	size: number,
	options: { bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {},
): Paragraph[] {
	const lines = (Array.isArray(text) ? text : [text]).filter((l) => l !== '');
	return (lines.length ? lines : ['']).map(
		(line) =>
			new Paragraph({
				children: [run(line, { size, ...(options.bold ? { bold: true } : {}) })],
				alignment: options.align ?? AlignmentType.LEFT,
				spacing: { after: 0, line: 240 },
			}),
	);
}

const thinBorder = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const gridBorders = {
	top: thinBorder,
	bottom: thinBorder,
	left: thinBorder,
	right: thinBorder,
	insideHorizontal: thinBorder,
	insideVertical: thinBorder,
};

function grid(columns: number[], head: string[], rows: (string | string[])[][], size: number): Table {
	return new Table({
		layout: TableLayoutType.FIXED,
		width: { size: columns.reduce((a, b) => a + b, 0), type: WidthType.DXA },
		columnWidths: columns,
		borders: gridBorders,
		rows: [
			new TableRow({
				tableHeader: true,
				cantSplit: true,
				children: head.map((h, i) => cell(cellText(h, size, { bold: true, align: AlignmentType.CENTER }), columns[i]!, { shade: true })),
			}),
			...rows.map(
				(r) =>
					new TableRow({
						cantSplit: true,
						children: r.map((value, i) => cell(cellText(value, size, i === 0 ? { align: AlignmentType.CENTER } : {}), columns[i]!)),
					}),
			),
		],
	});
}

/** A centred paragraph, single-spaced, `after` twips below it (the header and signature blocks). */
const centre = (children: ParagraphChild[], after = 0) =>
	new Paragraph({ children, alignment: AlignmentType.CENTER, spacing: { after, line: 240 } });

/** A borderless one-row table of fixed column widths, one cell per column (the header and signature blocks). */
function borderlessColumns(widths: number[], columns: Paragraph[][], keepTogether = false): Table {
	return new Table({
		layout: TableLayoutType.FIXED,
		width: { size: TEXT_WIDTH, type: WidthType.DXA },
		columnWidths: widths,
		borders: TableBorders.NONE,
		rows: [
			new TableRow({
				...(keepTogether ? { cantSplit: true } : {}),
				children: columns.map(
					(children, i) => new TableCell({ children, width: { size: widths[i]!, type: WidthType.DXA }, borders: TableBorders.NONE }),
				),
			}),
		],
	});
}

/** The header block: issuer on the left, national title and date on the right. */
function headerTable(model: ReportModel): Table {
	const h = model.header;
	const text = (value: string, options: Omit<IRunOptions, 'text'>) =>
		isPlaceholder(value) ? placeholderRun(value, options) : run(value, options);
	const left = [
		centre([text(h.parentBody, { size: SIZES.body12 })]),
		centre([text(h.issuer, { size: SIZES.issuer, bold: true })], 60),
		centre([run('––––––––', { size: SIZES.body12 })], 60),
		centre([run(h.number, { size: SIZES.number })]),
	];
	const right = [
		centre([run(h.nationalTitle, { size: SIZES.nationalTitle, bold: true })]),
		centre([run(h.motto, { size: SIZES.motto, bold: true, underline: {} })], 240),
		centre([run(h.placeDate, { size: SIZES.placeDate, italics: true })]),
	];
	return borderlessColumns(HEADER_COLUMNS, [left, right]);
}

function subtaskParagraphs(s: SubtaskResult): Paragraph[] {
	const out = [
		para([run(`${s.id}. `, { bold: true }), run(s.excerpt, { italics: true }), run(` — ${s.status}.`, { bold: true })], {
			indent: true,
			keepNext: s.done.length > 0,
		}),
	];
	out.push(...blocks(s.done));
	if (s.difficulties.length)
		out.push(para([run(`${t.difficulties}: `, { italics: true }), run(s.difficulties.map((b) => b.text).join(' '))], { indent: true }));
	if (s.units.length) out.push(para([run(`${t.units}: `, { italics: true }), run(s.units.join(', '))], { indent: true }));
	if (s.evidence.length) out.push(para([run(`${t.evidence}: `, { italics: true }), run(s.evidence.join('; '))], { indent: true }));
	return out;
}

/** The signature block: recipients on the left, signer on the right (borderless table). */
function closingTable(model: ReportModel): Table {
	const half = Math.floor(TEXT_WIDTH / 2);
	const widths = [half, TEXT_WIDTH - half];
	const recipients = Array.isArray(model.recipients)
		? model.recipients.map(
				(r) => new Paragraph({ children: [run(`- ${r}`, { size: SIZES.recipients })], spacing: { after: 0, line: 240 } }),
			)
		: [new Paragraph({ children: [placeholderRun(model.recipients.placeholder, { size: SIZES.recipients })] })];
	const signer = [
		...(model.signer.capacity ? [centre([run(model.signer.capacity, { bold: true })])] : []),
		centre([run(model.signer.title ?? '', { bold: true })], 1440),
		centre([model.signer.missing ? placeholderRun(model.signer.name, { bold: true }) : run(model.signer.name, { bold: true })]),
	];
	const heading = new Paragraph({
		children: [run(t.recipientsHeading, { size: SIZES.recipientsHeading, bold: true, italics: true })],
		spacing: { after: 0 },
	});
	return borderlessColumns(widths, [[heading, ...recipients], signer], true);
}

export function reportDocument(model: ReportModel): Document {
	const h = t.headings;
	const children: (Paragraph | Table)[] = [headerTable(model)];
	children.push(
		para([run(model.docType, { size: SIZES.docType, bold: true })], { align: AlignmentType.CENTER, before: 360, after: 0 }),
		para([run(model.summary, { size: SIZES.summary, bold: true })], { align: AlignmentType.CENTER, after: 60 }),
		para([run('––––––––––', { size: SIZES.body12 })], { align: AlignmentType.CENTER, after: 240 }),
	);
	if (model.illustrative) {
		children.push(para([run(t.illustrativeNotice, { bold: true, size: SIZES.body12 })], { align: AlignmentType.CENTER, after: 240 }));
	}
	children.push(...part(model.parts.basis));
	children.push(heading(h.leadership), ...part(model.parts.leadership));
	children.push(heading(h.tasks), ...part(model.parts.overview));
	children.push(para([run(model.countsText)], { indent: true }));
	for (const g of model.groups) {
		children.push(heading(t.groupHeading(g.group, g.title), 2), para([run(g.countsText, { italics: true })], { indent: true }));
		for (const s of g.subtasks.filter((s) => s.status !== NO_REPORT)) children.push(...subtaskParagraphs(s));
		const unreported = g.subtasks.filter((s) => s.status === NO_REPORT).map((s) => s.id);
		if (unreported.length) children.push(para([run(t.unreported(unreported.join(', ')), { italics: true })], { indent: true }));
	}
	const tally = model.indicatorTally;
	children.push(heading(h.indicators));
	if (model.indicatorNote) children.push(para(model.indicatorNote, { indent: true }));
	children.push(para(t.indicatorIntro(model.indicatorYear, tally.met, tally['not-met'], tally['no-data']), { indent: true }));
	children.push(
		grid(
			INDICATOR_COLUMNS,
			REPORT_COLUMNS.indicators,
			model.indicators.map((r) => [
				String(r.number),
				r.title,
				r.parts.flatMap((p) => [p.label ? `${p.label}: ${p.result}` : p.result, ...(p.mean ? [p.mean] : [])]),
				r.parts.map((p) => (p.label ? `${p.label}: ${p.target}` : p.target)),
				[r.statusLabel, ...r.parts.filter((p) => p.distance).map((p) => (p.label ? `${p.label}: ${p.distance}` : p.distance))],
			]),
			SIZES.table,
		),
	);
	children.push(heading(h.assessment));
	children.push(heading(h.strengths, 2), ...part(model.parts.strengths));
	children.push(heading(h.shortcomings, 2), ...part(model.parts.shortcomings));
	children.push(heading(h.causes, 2), ...part(model.parts.causes));
	children.push(heading(h.directions), ...part(model.parts.directions));
	children.push(heading(h.proposals), ...part(model.parts.proposals));
	children.push(para('', { after: 240 }), closingTable(model));
	// Appendix: its own landscape section (a new section starts a new page).
	const appendix: (Paragraph | Table)[] = [
		new Paragraph({ text: h.appendix, heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, spacing: { after: 0 } }),
		para([run(h.appendixTitle(model.appendix.length, model.periodLabel), { bold: true })], { align: AlignmentType.CENTER, after: 240 }),
		grid(
			APPENDIX_COLUMNS,
			REPORT_COLUMNS.appendix,
			model.appendix.map((s) => [
				s.id,
				s.excerpt,
				s.units.join(', '),
				[...s.done.map((b) => b.text), ...s.difficulties.map((b) => `${t.difficulties}: ${b.text}`)],
				s.status,
				s.evidence,
			]),
			SIZES.appendixTable,
		),
	];
	const headingStyle = (id: string, name: string) => ({
		id,
		name,
		basedOn: 'Normal',
		next: 'Normal',
		quickFormat: true,
		run: { font: FONT, size: SIZES.heading, bold: true, color: '000000' },
		paragraph: { spacing: { before: 120, after: 120 } },
	});
	const margin = {
		top: convertMillimetersToTwip(MARGINS_MM.top),
		bottom: convertMillimetersToTwip(MARGINS_MM.bottom),
		left: convertMillimetersToTwip(MARGINS_MM.left),
		right: convertMillimetersToTwip(MARGINS_MM.right),
		header: convertMillimetersToTwip(10),
	};
	const pageNumberHeader = () =>
		new Header({
			children: [
				new Paragraph({
					alignment: AlignmentType.CENTER,
					children: [new TextRun({ children: [PageNumber.CURRENT], size: SIZES.pageNumber })],
				}),
			],
		});
	return new Document({
		creator: model.header.issuer,
		title: t.documentTitle(model.periodLabel),
		styles: {
			default: {
				document: { run: { font: FONT, size: SIZES.body, language: { value: 'vi-VN' }, color: '000000' } },
			},
			paragraphStyles: [headingStyle('Heading1', 'heading 1'), headingStyle('Heading2', 'heading 2')],
		},
		sections: [
			{
				properties: { titlePage: true, page: { margin } },
				headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({})] }) },
				children,
			},
			{
				properties: { page: { margin, size: { orientation: PageOrientation.LANDSCAPE } } },
				headers: { default: pageNumberHeader() },
				children: appendix,
			},
		],
	});
}

/** The .docx bytes. */
export async function reportDocx(model: ReportModel): Promise<Buffer> {
	return Packer.toBuffer(reportDocument(model));
}
