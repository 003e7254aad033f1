import { describe, expect, it } from 'vitest';
import { basePath, basePathSlash, dataDir, isStrict, outDir, siteUrl } from '../../src/config.ts';

describe('settings from the environment', () => {
	it('STRICT accepts 1 and true, nothing else', () => {
		expect(isStrict({ STRICT: '1' })).toBe(true);
		expect(isStrict({ STRICT: 'true' })).toBe(true);
		expect(isStrict({ STRICT: '0' })).toBe(false);
		expect(isStrict({ STRICT: 'yes' })).toBe(false);
		expect(isStrict({})).toBe(false);
	});
	it('gives the defaults of a local build', () => {
		// No site address unless configured: pages then print none (never a guessed localhost).
		expect(siteUrl({})).toBeUndefined();
		expect(siteUrl({ SITE_URL: 'https://vi-du.github.io' })).toBe('https://vi-du.github.io');
		expect(siteUrl({ SITE_URL: 'undefined' })).toBeUndefined();
		expect(basePath({})).toBe('/');
		expect(outDir({})).toBe('./dist');
		expect(dataDir({})).toBe('data');
	});
	it('normalises the base path to one trailing slash for servers', () => {
		expect(basePath({ BASE_PATH: '/a' })).toBe('/a');
		expect(basePathSlash({ BASE_PATH: '/a' })).toBe('/a/');
		expect(basePathSlash({ BASE_PATH: '/a/' })).toBe('/a/');
		expect(basePathSlash({})).toBe('/');
	});
	it('an empty variable counts as unset', () => {
		expect(siteUrl({ SITE_URL: '' })).toBeUndefined();
		expect(dataDir({ DATA_DIR: '' })).toBe('data');
	});
});
