/**
 * Dependency rules (npm run deps; tests/unit/dependencies.test.ts runs it). Dependencies point one way:
 * content/data → src/schemas → src/validation → pure src/utils (and src/i18n) → src/checker, src/loaders
 * → components, layouts, pages. Browser code (src/client) uses only pure modules. .astro files are not
 * parsed by dependency-cruiser; the rules cover every TypeScript and JavaScript module.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
	forbidden: [
		{
			name: 'schemas-are-the-base',
			comment: 'Schemas describe data; they import only other schemas and zod.',
			severity: 'error',
			from: { path: '^src/schemas/' },
			to: { path: '^(src|scripts|tests)/', pathNot: '^src/schemas/' },
		},
		{
			name: 'validation-on-schemas-only',
			comment: 'Problems and zod issue mapping sit just above the schemas.',
			severity: 'error',
			from: { path: '^src/validation/' },
			to: { path: '^(src|scripts|tests)/', pathNot: '^src/(schemas|validation)/' },
		},
		{
			name: 'utils-stay-pure',
			comment: 'Pure functions: no checker, loaders, content collections, components, pages, client code or tools.',
			severity: 'error',
			from: { path: '^src/(utils|i18n)/' },
			to: { path: ['^src/(checker|loaders|components|layouts|pages|client|integrations)/', '^scripts/', '^tests/', '^astro:content$', '^src/config\\.ts$'] },
		},
		{
			name: 'i18n-imports-only-types',
			comment: 'ui.ts holds strings; it may name the types of the values it labels, nothing else.',
			severity: 'error',
			from: { path: '^src/i18n/' },
			to: { path: '^src/', pathNot: '^src/i18n/', dependencyTypesNot: ['type-only'] },
		},
		{
			name: 'checker-holds-rules-only',
			comment: 'The checker reads files and applies rules; it does not know pages, loaders or tools.',
			severity: 'error',
			from: { path: '^src/checker/' },
			to: { path: ['^src/(loaders|components|layouts|pages|client|integrations)/', '^scripts/', '^tests/', '^astro:content$'] },
		},
		{
			name: 'client-uses-pure-modules',
			comment: 'Browser code never imports server modules (loaders, checker, config, Node built-ins, tools).',
			severity: 'error',
			from: { path: '^src/client/' },
			to: { path: ['^src/(checker|loaders|validation|integrations|components|layouts|pages)/', '^src/config\\.ts$', '^scripts/', '^tests/', '^astro:'] },
		},
		{
			name: 'client-no-node-builtins',
			severity: 'error',
			from: { path: '^src/client/' },
			to: { dependencyTypes: ['core'] },
		},
		{
			name: 'site-never-imports-tools-or-tests',
			comment: 'Nothing under src/ depends on the command-line tools or the tests.',
			severity: 'error',
			from: { path: '^src/' },
			to: { path: '^(scripts|tests)/' },
		},
		{
			name: 'no-cycles',
			severity: 'error',
			from: {},
			to: { circular: true, dependencyTypesNot: ['type-only'] },
		},
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		exclude: { path: '^(node_modules|dist|tests/fixtures)/' },
		tsPreCompilationDeps: true,
		tsConfig: { fileName: 'tsconfig.json' },
	},
};
