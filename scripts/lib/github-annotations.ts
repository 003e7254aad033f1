import { formatProblem, isWarning, type Problem } from '../../src/validation/problem.ts';

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** A GitHub Actions workflow command: shows the problem as an annotation on the file and line of a pull request. */
export function githubAnnotation(problem: Problem): string {
	const props = [`file=${escapeProperty(problem.file)}`];
	if (problem.line !== undefined) props.push(`line=${problem.line}`);
	if (problem.column !== undefined) props.push(`col=${problem.column}`);
	props.push(`title=${escapeProperty(`Trường ${problem.field}`)}`);
	return `::${isWarning(problem) ? 'warning' : 'error'} ${props.join(',')}::${escapeData(formatProblem(problem))}`;
}
