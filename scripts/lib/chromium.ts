import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium and the flags this closed network needs, for the browser tests, the benchmark and
 * measure-search (one list: without the networking flags Chromium floods the network with requests).
 * CHROMIUM_PATH (or CHROME_PATH) points at another binary.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic',
];

export const hasChromium = (): boolean => existsSync(CHROMIUM);

/** Launch Chromium headless through playwright-core; a clear message when it is not installed. */
export function launchChromium(): Promise<Browser> {
	if (!hasChromium()) {
		throw new Error(`Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium" (see README).`);
	}
	return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
}
