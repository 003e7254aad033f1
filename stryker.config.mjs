// Mutation testing of the pure modules (issue 17): `npm run test:mutation`, not part of `npm test` (slow).
// Runs only the unit tests (vitest.mutation.config.ts: the "unit" project, no build). Scores go to .bench/
// (mutation.json, the full Stryker report; mutation-summary.json, score per module, written by
// scripts/mutation-summary.ts). Incremental: a re-run tests only mutants whose code or tests changed.
// One module while iterating: `npm run test:mutation -- --mutate src/utils/indicators/csv.ts`.
// Equivalent mutants (no test can tell them apart) are marked where they occur with a
// `// Stryker disable next-line <mutator>: <reason>` comment, listed in EQUIVALENT below.

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
