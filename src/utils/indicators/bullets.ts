/** The bullets of section III ("- Phấn đấu …" paragraphs) from its Markdown body, in order. */
export function parseBullets(markdown: string): string[] {
	return markdown
		.split(/\r?\n/)
		.filter((line) => /^[-*]\s+/.test(line))
		.map((line) => line.replace(/^[-*]\s+/, '').trim());
}
