/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Two projects. "unit": pure modules, no built site (`npm run test:unit`, seconds, from a clean clone).
 * "site": everything that reads or serves the built dist/ (site, browser, quality, scripts); its global
 * setup builds dist/ once when it is missing. `npm test` builds first, then runs both.
 */
export default getViteConfig({
	test: {
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 240_000,
		// Browser tests share one Chromium per file; keep files parallel but bounded for the 2-core CI machine.
		maxWorkers: 2,
		projects: [
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{
				extends: true,
				test: {
					name: 'site',
					include: ['tests/**/*.test.ts'],
					exclude: ['tests/unit/**'],
					globalSetup: ['tests/global-setup.ts'],
				},
			},
		],
	},
});
