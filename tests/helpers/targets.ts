import type { Target } from '../../src/schemas/indicator.ts';

/** Targets for unit tests of the indicator rules, as the programme words them. */

/** "hoàn thành tốt trở lên", judged each year. */
export const RATING_GOOD: Target = {
	kind: 'ratingAtLeast',
	level: 'hoàn thành tốt',
	aggregation: 'eachYear',
	minimum: 'stated',
	sourceText: 'hoàn thành tốt trở lên',
};
