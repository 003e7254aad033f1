/** Text as a literal inside a regular expression: "1.4 (a)" → "1\.4 \(a\)". */
export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
