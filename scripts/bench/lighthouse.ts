import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from '../lib/chromium.ts';

export interface LighthouseScores {
	performance: number;
	accessibility: number;
	'best-practices': number;
	seo: number;
	/** Audits that lost points, for the report. */
	failing: string[];
}

/**
 * Lighthouse with its default (mobile) configuration: Moto G-class emulation, simulated slow 4G and
 * 4× CPU slowdown. One Chromium for all URLs.
 */
export async function runLighthouse(urls: string[]): Promise<Map<string, LighthouseScores>> {
	const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
	const out = new Map<string, LighthouseScores>();
	try {
		for (const url of urls) {
			const result = await lighthouse(url, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
			});
			if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
			const { categories, audits } = result.lhr;
			const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
			const failing = Object.values(audits)
				.filter(
					(a) =>
						a.score !== null &&
						a.score < 0.9 &&
						a.scoreDisplayMode !== 'informative' &&
						a.scoreDisplayMode !== 'manual' &&
						a.scoreDisplayMode !== 'notApplicable',
				)
				.map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
			out.set(url, {
				performance: score('performance'),
				accessibility: score('accessibility'),
				'best-practices': score('best-practices'),
				seo: score('seo'),
				failing,
			});
		}
	} finally {
		chrome.kill();
	}
	return out;
}
