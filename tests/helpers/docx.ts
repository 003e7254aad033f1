import { strFromU8, unzipSync } from 'fflate';

/** A .docx opened as the zip it is: its main parts as XML text. */
export interface DocxParts {
	files: string[];
	document: string;
	styles: string;
	headers: string[];
}

export function openDocx(bytes: Uint8Array): DocxParts {
	const zip = unzipSync(bytes);
	const text = (name: string) => {
		const file = zip[name];
		if (!file) throw new Error(`${name} missing from the .docx`);
		return strFromU8(file);
	};
	const files = Object.keys(zip).sort();
	return {
		files,
		document: text('word/document.xml'),
		styles: text('word/styles.xml'),
		headers: files.filter((f) => /^word\/header\d*\.xml$/.test(f)).map(text),
	};
}

const decode = (s: string) =>
	s
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&');

/** Text of a piece of WordprocessingML, one line per paragraph. */
export function docxText(xml: string): string {
	return xml
		.split(/<\/w:p>/)
		.map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1] ?? '')).join(''))
		.filter((line) => line !== '')
		.join('\n');
}

/** Top-level tables of the body (the report nests none). */
export function docxTables(document: string): string[] {
	return [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
}

/** Rows of a table, each as its cells' text. */
export function tableRows(table: string): string[][] {
	return [...table.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
		[...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => docxText(cell[0])),
	);
}
