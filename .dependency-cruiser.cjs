/**
 * Dependency rules (npm run deps; tests/unit/dependencies.test.ts runs it). Dependencies point one way:
 * content/data → src/schemas → src/validation → pure src/utils (and src/i18n) → src/checker, src/loaders
 * → components, layouts, pages. Browser code (src/client) uses only pure modules. .astro files are not
 * parsed by dependency-cruiser; the rules cover every TypeScript and JavaScript module.
 */
/** A rule that forbids modules under `from` to import what `to` describes. */
const forbid = (name, comment, from, to) => ({ name, comment, severity: 'error', from: { path: from }, to });

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
	forbidden: [
		forbid('schemas-are-the-base', 'Schemas describe data; they import only other schemas and zod.', '^src/schemas/', {
			path: '^(src|scripts|tests)/',
			pathNot: '^src/schemas/',
		}),
		forbid('validation-on-schemas-only', 'Problems and zod issue mapping sit just above the schemas.', '^src/validation/', {
			path: '^(src|scripts|tests)/',
			pathNot: '^src/(schemas|validation)/',
		}),
		forbid(
			'utils-stay-pure',
			'Pure functions: no checker, loaders, content collections, components, pages, client code, tools or processes (git is read in src/loaders).',
			'^src/(utils|i18n)/',
			{
				path: [
					'^(node:)?child_process$',
					'^src/(checker|loaders|components|layouts|pages|client|integrations)/',
					'^scripts/',
					'^tests/',
					'^astro:content$',
					'^src/config\\.ts$',
				],
			},
		),
		forbid(
			'files-read-by-loaders',
			'Content and data files are read by src/loaders/ (pages) and src/checker/ (rules), never imported by pure code.',
			'^src/(schemas|validation|utils|i18n|client)/',
			{ path: '^(content|data)/' },
		),
		forbid('i18n-imports-only-types', 'ui.ts holds strings; it may name the types of the values it labels, nothing else.', '^src/i18n/', {
			path: '^src/',
			pathNot: '^src/i18n/',
			dependencyTypesNot: ['type-only'],
		}),
		forbid(
			'checker-holds-rules-only',
			'The checker reads files and applies rules; it does not know pages, loaders or tools.',
			'^src/checker/',
			{
				path: ['^src/(loaders|components|layouts|pages|client|integrations)/', '^scripts/', '^tests/', '^astro:content$'],
			},
		),
		forbid('client-uses-pure-modules', 'Browser code never imports server modules (loaders, checker, config, tools).', '^src/client/', {
			path: [
				'^src/(checker|loaders|validation|integrations|components|layouts|pages)/',
				'^src/config\\.ts$',
				'^scripts/',
				'^tests/',
				'^astro:',
			],
		}),
		forbid('client-no-node-builtins', 'Browser code cannot use Node built-ins.', '^src/client/', { dependencyTypes: ['core'] }),
		forbid('site-never-imports-tools-or-tests', 'Nothing under src/ depends on the command-line tools or the tests.', '^src/', {
			path: '^(scripts|tests)/',
		}),
		{ name: 'no-cycles', severity: 'error', from: {}, to: { circular: true, dependencyTypesNot: ['type-only'] } },
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		exclude: { path: '^(node_modules|dist|tests/fixtures)/' },
		tsPreCompilationDeps: true,
		tsConfig: { fileName: 'tsconfig.json' },
	},
};
