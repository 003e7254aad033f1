/**
 * Sub-tasks are written in a task group's Markdown exactly as the programme prints them: a paragraph
 * that starts with "<group>.<n>. ". Later paragraphs belong to the same sub-task until the next one.
 */

/** Anchor id of a sub-task: "3.6" → "3-6". */
export function subtaskAnchor(id: string): string {
	return id.replace('.', '-');
}

export const SUBTASK_START = /^(\d+)\.(\d+)\.\s+/;

export interface SubtaskRef {
	/** "3.6" */
	id: string;
	group: number;
	number: number;
	/** 1-based line in the Markdown body where the sub-task starts. */
	line: number;
	/** The sub-task's text (all its paragraphs, without the number), plain Markdown. */
	text: string;
}

/** Find the sub-tasks in a task group's Markdown body (front matter already removed). */
export function parseSubtasks(body: string): SubtaskRef[] {
	const result: SubtaskRef[] = [];
	const lines = body.split(/\r?\n/);
	let current: SubtaskRef | undefined;
	let previousBlank = true;
	lines.forEach((line, index) => {
		const match = previousBlank ? SUBTASK_START.exec(line) : null;
		if (match) {
			current = {
				id: `${Number(match[1])}.${Number(match[2])}`,
				group: Number(match[1]),
				number: Number(match[2]),
				line: index + 1,
				text: line.slice(match[0].length),
			};
			result.push(current);
		} else if (current) {
			current.text += `\n${line}`;
		}
		previousBlank = line.trim() === '';
	});
	for (const subtask of result) subtask.text = subtask.text.trim();
	return result;
}

/** A short plain-text label for a sub-task: its first words, cut at a word boundary. */
export function subtaskExcerpt(text: string, maxLength = 90): string {
	const plain = text
		.replace(/[*_`#>]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
	if (plain.length <= maxLength) return plain;
	const cut = plain.slice(0, maxLength);
	return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:.–-]+$/, '')}…`;
}
