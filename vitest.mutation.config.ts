/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * The "unit" project alone, for Stryker (stryker.config.mjs): its vitest runner takes a config file but not a
 * project name. Same environment as the unit project of vitest.config.ts; no build, no browser.
 */
export default getViteConfig({
	test: {
		environment: 'node',
		testTimeout: 60_000,
		include: ['tests/unit/**/*.test.ts'],
		// The dependency-rule test runs dependency-cruiser over the whole tree: slow, and no mutant of a pure module changes it.
		exclude: ['tests/unit/dependencies.test.ts'],
	},
});
