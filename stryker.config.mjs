// Mutation testing of the pure modules (issue 17): `npm run test:mutation`, not part of `npm test` (slow).
// Runs only the unit tests (vitest.mutation.config.ts: the "unit" project, no build). Scores go to .bench/
// (mutation.json, the full Stryker report; mutation-summary.json, score per module, written by
// scripts/mutation-summary.ts). Incremental: a re-run tests only mutants whose code or tests changed.
// One module while iterating: `npm run test:mutation -- --mutate src/utils/indicators/csv.ts`.
// Equivalent mutants (no test can tell them apart) are skipped by a `// Stryker disable next-line <mutator>: <reason>`
// comment where they occur (Stryker's own mechanism; they count as "ignored"), and listed in EQUIVALENT below.

/** Modules under mutation: the pure logic named in issue 17. */
export const MODULES = {
	'indicators/status': 'src/utils/indicators/status.ts',
	'indicators/model': 'src/utils/indicators/model.ts',
	'indicators/sentences': 'src/utils/indicators/sentences.ts',
	'indicators/export': 'src/utils/indicators/export.ts',
	'indicators/csv': 'src/utils/indicators/csv.ts',
	'checker/rules': 'src/checker/rules/*.ts',
	'search/expand': 'src/utils/search/expand.ts',
	'search/results': 'src/utils/search/results.ts',
	'markdown/rehype': 'src/markdown/*.ts',
	'progress/model': 'src/utils/progress/model.ts',
	'report/model': 'src/utils/report/model.ts',
};

/** Equivalent mutants, each disabled in the source with the same reason. */
export const EQUIVALENT = [
	{
		file: 'src/utils/search/expand.ts',
		code: "c === 'd'",
		mutator: 'ConditionalExpression',
		reason: 'where the pattern has đ the typed word has d (same fold)',
	},
	{
		file: 'src/utils/search/expand.ts',
		code: 'split(/([\\p{L}]+)/u)',
		mutator: 'Regex',
		reason: 'splitting on letters or on non-letters yields the same pieces',
	},
	{
		file: 'src/utils/search/expand.ts',
		code: '/^\\p{L}+$/u',
		mutator: 'Regex',
		reason: 'each part is all letters or has none, so the anchors change nothing',
	},
	{
		file: 'src/utils/search/expand.ts',
		code: "!key.includes('d')",
		mutator: 'StringLiteral',
		reason: 'a fast path: without a d in the word every pattern found is the word itself',
	},
	{
		file: 'src/markdown/rehype-abbr.ts',
		code: 'to < text.length',
		mutator: 'EqualityOperator',
		reason: 'text[length] is undefined and the slice stops at the end anyway',
	},
	{
		file: 'src/markdown/rehype-abbr.ts',
		code: 'start > last',
		mutator: 'ConditionalExpression,EqualityOperator',
		reason: 'an empty text node renders as nothing',
	},
	{
		file: 'src/markdown/rehype-abbr.ts',
		code: '!out.length',
		mutator: 'ConditionalExpression',
		reason: 'without a match the node is rebuilt as one equal text node',
	},
	{
		file: 'src/markdown/rehype-abbr.ts',
		code: 'last < node.value.length',
		mutator: 'ConditionalExpression,EqualityOperator',
		reason: 'an empty text node renders as nothing',
	},
	{
		file: 'src/utils/indicators/status.ts',
		code: 'previousYear === undefined ?',
		mutator: 'ConditionalExpression',
		reason: 'seriesDirection finds no point in an undefined year',
	},
	{
		file: 'src/utils/indicators/sentences.ts',
		code: "split(/\\s/, 1)[0] ?? ''",
		mutator: 'StringLiteral',
		reason: 'split always yields a first piece ("" for ""), so the fallback is never used',
	},
	{
		file: 'src/utils/indicators/sentences.ts',
		code: 'const floor = d < 0 ?',
		mutator: 'EqualityOperator',
		reason: 'd === 0 has returned above',
	},
	{
		file: 'src/utils/indicators/sentences.ts',
		code: 'return d < 0 ? t.below(amount)',
		mutator: 'EqualityOperator',
		reason: 'd === 0 has returned above',
	},
	{
		file: 'src/utils/indicators/sentences.ts',
		code: 'status.previousYear !== undefined && status.direction',
		mutator: 'ConditionalExpression',
		reason: 'indicatorStatus gives no direction without a previous year',
	},
	{
		file: 'src/utils/indicators/export.ts',
		code: "target.kind === 'atLeast' ? target.value",
		mutator: 'ConditionalExpression',
		reason: 'a target of another kind has no such field (strict schema)',
	},
	{
		file: 'src/utils/indicators/export.ts',
		code: "target.kind === 'range' ? target.min",
		mutator: 'ConditionalExpression',
		reason: 'a target of another kind has no such field (strict schema)',
	},
	{
		file: 'src/utils/indicators/export.ts',
		code: "target.kind === 'range' ? target.max",
		mutator: 'ConditionalExpression',
		reason: 'a target of another kind has no such field (strict schema)',
	},
	{
		file: 'src/utils/indicators/export.ts',
		code: "target.kind === 'ratingAtLeast' ? target.level",
		mutator: 'ConditionalExpression',
		reason: 'a target of another kind has no such field (strict schema)',
	},
	{
		file: 'src/utils/search/results.ts',
		code: '/^<\\/?mark>$/.test(part)',
		mutator: 'Regex',
		reason: 'the split already isolates each <mark> and </mark>, so the anchors change nothing',
	},
	{
		file: 'src/utils/search/results.ts',
		code: "replace(/[^\\p{L}\\p{N}]+/gu, '')",
		mutator: 'Regex',
		reason: 'removing each character or each run of them leaves the same word',
	},
	{
		file: 'src/utils/search/results.ts',
		code: 'data.content.split(/\\s+/).filter(Boolean)',
		mutator: 'Regex',
		reason: 'the empty pieces of a split on single spaces are filtered out',
	},
	{
		file: 'src/utils/search/results.ts',
		code: 'sub.weighted_locations?.map((l) => l.location) ?? []',
		mutator: 'ArrayDeclaration',
		reason: 'a string in the set is neither a token index nor followed by another location',
	},
	{
		file: 'src/utils/search/results.ts',
		code: 'at.has(l + 1)',
		mutator: 'ArithmeticOperator',
		reason: 'a set holds some l and l + 1 exactly when it holds some l and l - 1',
	},
	{
		file: 'src/utils/search/results.ts',
		code: '(data.sub_results ?? []).some(mayAdjoin)',
		mutator: 'ArrayDeclaration',
		reason: 'a string has no locations, so it never adjoins',
	},
	{
		file: 'src/utils/search/results.ts',
		code: 'const starts = (data.anchors ?? [])',
		mutator: 'ArrayDeclaration',
		reason: 'a string has no heading element and is filtered out',
	},
	{
		file: 'src/utils/progress/model.ts',
		code: "heading[1] ?? ''",
		mutator: 'StringLiteral',
		reason: 'a match always has group 1 (.+?), so the fallback is never read',
	},
	{
		file: 'src/checker/rules/indicators.ts',
		code: 'indicator.breakdowns ?? []',
		mutator: 'ArrayDeclaration',
		reason: 'the schema refuses an indicator with neither target nor breakdowns',
	},
	{
		file: 'src/checker/rules/text-hygiene.ts',
		code: "if (text === text.normalize('NFC')) return [];",
		mutator: 'ConditionalExpression',
		reason: 'a fast path: without it every line is compared and none differs',
	},
	{
		file: 'src/checker/rules/report.ts',
		code: 'value.date && period && value.date < period.start',
		mutator: 'ConditionalExpression,LogicalOperator',
		reason: 'undefined < a date is false, and a period that passed the schema always parses',
	},
	{
		file: 'src/markdown/rehype-subtasks.ts',
		code: "node.type !== 'element' || node.tagName !== 'p'",
		mutator: 'ConditionalExpression',
		reason: 'a node that is not an element has no tagName, so it is not "p" either',
	},
	{
		file: 'src/markdown/rehype-subtasks.ts',
		code: "node.type === 'element' && /^h[1-6]$/.test(node.tagName)",
		mutator: 'ConditionalExpression',
		reason: 'a node that is not an element has no tagName for the pattern to match',
	},
];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	testRunner: 'vitest',
	plugins: ['@stryker-mutator/vitest-runner'],
	vitest: { configFile: 'vitest.mutation.config.ts' },
	mutate: Object.values(MODULES),
	coverageAnalysis: 'perTest',
	// Static mutants (module-level constants) rerun every test for each mutant: hours on this machine.
	ignoreStatic: true,
	// 2 shared cores: one test runner at a time leaves room for the others.
	concurrency: 2,
	incremental: true,
	incrementalFile: '.bench/stryker-incremental.json',
	reporters: ['clear-text', 'progress', 'json'],
	jsonReporter: { fileName: '.bench/mutation.json' },
	timeoutMS: 20_000,
	timeoutFactor: 3,
	ignorePatterns: ['dist', 'dist-*', '.bench', '.astro', 'tests/browser', 'tests/site', 'tests/quality', 'tests/scripts'],
	tempDirName: '.stryker-tmp',
	cleanTempDir: 'always',
};
