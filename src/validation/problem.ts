/**
 * One thing wrong in a content or data file, reported to an editor. Every rule of the checker
 * (src/checker/) returns these; scripts/check.ts prints them all at once, and the loaders (src/loaders/)
 * refuse to build with them.
 */
export interface Problem {
	/** Repository-relative path, e.g. "data/observations/2024.json". */
	file: string;
	/** 1-based line of the offending value, when known. */
	line?: number;
	/** 1-based column, when known (malformed JSON, broken front matter). */
	column?: number;
	/** Path of the field inside the file in English, e.g. "observations[3].value". */
	field: string;
	/** What was expected, in Vietnamese. */
	expected: string;
	/** What was found, in Vietnamese (values quoted). */
	found: string;
	/** "warning": reported, but the check still passes (exit code 0). Absent: an error. */
	severity?: 'warning';
}

export const isWarning = (problem: Problem) => problem.severity === 'warning';

/** "data/x.json:12:5" */
export function location(problem: Problem): string {
	return [problem.file, problem.line, problem.column].filter((part) => part !== undefined).join(':');
}

/** One line per problem, in Vietnamese with the English field name; warnings say so first. */
export function formatProblem(problem: Problem): string {
	const label = isWarning(problem) ? 'cảnh báo, ' : '';
	return `${location(problem)}  ${label}trường "${problem.field}": cần ${problem.expected}; tìm thấy ${problem.found}`;
}
