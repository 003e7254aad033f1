// ESLint (flat config): JavaScript and TypeScript recommended rules, plus eslint-plugin-astro for .astro
// files (their front matter and template expressions). Formatting is Prettier's job (.prettierrc.json).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default [
	{ ignores: ['dist/', '.astro/', '.bench/', '.stryker-tmp/', 'node_modules/', 'content/source/', 'tests/fixtures/'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: {
			// Unused names are errors, except deliberate ones starting with "_".
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// An empty catch is how optional browser features (localStorage) are skipped.
			'no-empty': ['error', { allowEmptyCatch: true }],
		},
	},
];
