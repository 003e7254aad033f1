import type { Problem } from '../validation/problem.ts';

/**
 * The problem for a value that must be unique across files (a section's order, a group number, an
 * indicator id) when `firstFile` already uses it: found names the value and that file.
 */
export function usedElsewhere(file: string, field: string, expected: string, value: string, firstFile: string): Problem {
	return { file, field, expected, found: `${value} (đã dùng trong ${firstFile})` };
}
