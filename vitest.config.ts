/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	test: {
		environment: 'node',
		include: ['tests/**/*.test.ts'],
		globalSetup: ['tests/global-setup.ts'],
		testTimeout: 60_000,
		hookTimeout: 240_000,
		// Browser tests share one Chromium per file; keep files parallel but bounded for the 2-core CI machine.
		maxWorkers: 2,
	},
});
