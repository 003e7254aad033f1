/** Debian's Chromium with the team's flags (scripts/lib/chromium.ts, shared with the benchmark). */
export { CHROMIUM, launchChromium as launchBrowser } from '../../scripts/lib/chromium.ts';
