/** A content or data file's name without folder and extension: "data/observations/2024.json" → "2024". */
export function fileStem(file: string): string {
	return file.replace(/^.*[\\/]/, '').replace(/\.(md|mdx|json)$/i, '');
}
