/** A field path as a list of keys and indices: "observations[3].value" → ["observations", 3, "value"]. */
export type FieldPath = (string | number)[];

/** Parse the `field` of a Problem back into a path. Unknown shapes (free text) give []. */
export function parseFieldPath(field: string): FieldPath {
	const path: FieldPath = [];
	const re = /([A-Za-z_$][\w$-]*)|\[(\d+)\]|\./gy;
	let match: RegExpExecArray | null;
	let consumed = 0;
	while ((match = re.exec(field)) !== null) {
		if (match[0] === '') break;
		if (match[1] !== undefined) path.push(match[1]);
		else if (match[2] !== undefined) path.push(Number(match[2]));
		consumed = re.lastIndex;
	}
	return consumed === field.length ? path : [];
}

/** Path → "observations[3].value" (root-array items print as "[3].id"). */
export function formatFieldPath(path: readonly PropertyKey[]): string {
	let out = '';
	for (const part of path) {
		if (typeof part === 'number') out += `[${part}]`;
		else out += out === '' ? String(part) : `.${String(part)}`;
	}
	return out;
}

/** How a problem about the whole file (no field) names its field. */
export const WHOLE_FILE = '(toàn tệp)';

/** Path → "observations[3].value", or WHOLE_FILE for the empty path. */
export function fieldLabel(path: readonly PropertyKey[]): string {
	return formatFieldPath(path) || WHOLE_FILE;
}
