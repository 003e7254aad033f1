/** 1-based line and column of a character offset in a text. */
export interface Position {
	line: number;
	column: number;
}

/** Build an offset → line/column lookup for one text (binary search over line starts). */
export function positionFinder(text: string): (offset: number) => Position {
	const starts = [0];
	for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
	return (offset) => {
		let low = 0;
		let high = starts.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if ((starts[mid] ?? 0) <= offset) low = mid;
			else high = mid - 1;
		}
		return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
	};
}
