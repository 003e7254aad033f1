import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * The tests read the built site in dist/. `npm test` builds it first; when vitest runs alone
 * (e.g. `npx vitest tests/unit`) and dist/ is missing, build it here once.
 */
export default function setup() {
	const root = fileURLToPath(new URL('..', import.meta.url));
	if (!existsSync(`${root}dist/index.html`)) {
		execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
	}
}
