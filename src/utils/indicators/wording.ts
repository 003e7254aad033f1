import type { Aggregation, MinimumReading, Target, Unit } from '../../schemas/indicator.ts';

/**
 * The rule a target's wording says, read from its quoted text (section III). The indicator files state
 * the rule (`aggregation`, `minimum`); the checker compares the two so that a rule can only differ from
 * the wording on purpose, and the pages explain the rule in words (src/utils/indicators/sentences.ts).
 *  - "bình quân" (on average) → the running mean of the reported years; otherwise each year on its own
 *    (section III is headed "chỉ tiêu phấn đấu hàng năm").
 *  - 100% → every unit; "trở lên", "ít nhất", "từ N" → a floor the text states; a bare level → a floor
 *    by the editors' reading of "phấn đấu".
 */
export function aggregationFromWording(sourceText: string): Aggregation {
	return /bình quân/iu.test(sourceText.normalize('NFC')) ? 'runningMean' : 'eachYear';
}

export function minimumFromWording(unit: Unit, target: Target): MinimumReading {
	if (unit === 'percent' && target.kind === 'atLeast' && target.value === 100) return 'all';
	return /trở lên|ít nhất|(?:^|\s)từ\s+\d/iu.test(target.sourceText.normalize('NFC')) ? 'stated' : 'editorsReading';
}
