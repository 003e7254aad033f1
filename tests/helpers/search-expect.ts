import { expect } from 'vitest';
import { answers, TOP, type QueryCase } from './search-queries.ts';

/**
 * Expect a page that answers `c` (its `expected` section or one named in `also`) among the first TOP of
 * `results` (site paths, best first); a failure shows those first results. Used by the Node index tests
 * and the Chromium search test alike.
 */
export function expectAnswerAmongTop(c: QueryCase, results: string[]): void {
	const top = results.slice(0, TOP);
	expect(
		answers(c).filter((u) => top.includes(u)),
		top.join(' '),
	).not.toEqual([]);
}
