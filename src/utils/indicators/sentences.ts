import type { Indicator, Target, Unit } from '../../schemas/indicator.ts';
import { ui } from '../../i18n/ui.ts';
import { formatNumber, formatPercent } from '../format.ts';
import type { IndicatorModel, Point, Series } from './model.ts';
import { distanceUnit, indicatorStatus, judgeYear, type Judgement, type RunningMean } from './status.ts';

const t = ui.indicators;

/** A label inside a sentence: "Doanh nghiệp nhà nước" → "doanh nghiệp nhà nước"; acronyms ("CĐCS …") stay. */
export function inSentence(label: string): string {
	// Stryker disable next-line StringLiteral: equivalent, split always yields a first piece ("" for ""), so the fallback is never used.
	const first = label.split(/\s/, 1)[0] ?? '';
	if (first.length > 1 && first === first.toUpperCase()) return label;
	return label.charAt(0).toLowerCase() + label.slice(1);
}

/** A figure in the indicator's unit: "68,5%", "5.890", "hoàn thành tốt". */
export function formatValue(unit: Unit, value: number | string): string {
	if (typeof value === 'string') return value;
	return unit === 'percent' ? formatPercent(value) : formatNumber(value, 1);
}

/** The target in short form: "≥ 70%", "100%", "bình quân mỗi năm 500–600", "hoàn thành tốt trở lên". */
export function formatTarget(unit: Unit, target: Target): string {
	const level = formatTargetLevel(unit, target);
	return target.aggregation === 'runningMean' ? `${t.rules.meanShort} ${level}` : level;
}

function formatTargetLevel(unit: Unit, target: Target): string {
	switch (target.kind) {
		case 'atLeast':
			// "≥ 100%" reads oddly: 100% is both the floor and the ceiling.
			if (unit === 'percent' && target.value >= 100) return formatPercent(100);
			return `≥ ${formatValue(unit, target.value)}`;
		case 'range':
			return `${formatValue(unit, target.min)}–${formatValue(unit, target.max)}`;
		case 'ratingAtLeast':
			return t.ratingOrBetter(target.level);
	}
}

/**
 * How far a figure is from its target, in words: "thấp hơn chỉ tiêu 1,5 điểm phần trăm", "cao hơn chỉ tiêu 3
 * điểm phần trăm"; for a range the floor is named: "cao hơn mức tối thiểu 500 là 85".
 */
export function formatDistance(unit: Unit, judgement: Judgement, target?: Target): string {
	const d = judgement.distance;
	const over = target?.kind === 'range' && judgement.band === 'above' ? t.overRangeTop(formatValue(unit, target.max)) : '';
	if (d === undefined || d === 0) return over;
	const amount = `${formatNumber(Math.abs(d), 1)}${distanceUnit(unit) ? ` ${distanceUnit(unit)}` : ''}`;
	if (target?.kind === 'range') {
		const min = formatValue(unit, target.min);
		// Stryker disable next-line EqualityOperator: equivalent, d === 0 has returned above.
		const floor = d < 0 ? t.belowRangeFloor(min, amount) : t.aboveRangeFloor(min, amount);
		return over ? `${floor}, ${over}` : floor;
	}
	// Stryker disable next-line EqualityOperator: equivalent, d === 0 has returned above.
	return d < 0 ? t.below(amount) : t.above(amount);
}

/** "bình quân mỗi năm 2022–2025: 552,5" ("bình quân mỗi năm (mới có số liệu năm 2022): 472" for one year). */
export function formatMean(unit: Unit, mean: RunningMean): string {
	const years = mean.from === mean.to ? `(mới có số liệu năm ${mean.to})` : meanYears(mean);
	return `${t.rules.meanShort} ${years}: ${formatValue(unit, mean.value)}`;
}

/** The years a running mean covers: "2022–2025", or "2022" for one year. */
export function meanYears(mean: RunningMean): string {
	return mean.from === mean.to ? String(mean.to) : `${mean.from}–${mean.to}`;
}

/**
 * One sentence for one series and year: "Năm 2024: 68,5% — chưa đạt chỉ tiêu ≥ 70% (thấp hơn chỉ tiêu 1,5
 * điểm phần trăm)." For a running-mean target the year's own figure comes first, then the mean that is judged:
 * "Năm 2022: 472; bình quân năm 2022: 472 — chưa đạt …".
 */
export function yearSentence(indicator: Indicator, series: Series, year: number, withPart: boolean): string {
	const point = series.points.find((p) => p.year === year);
	const prefix = withPart ? t.yearPartPrefix(year, inSentence(series.label)) : t.yearPrefix(year);
	const target = formatTarget(indicator.unit, series.target);
	if (!point) return t.yearNoData(prefix, target);
	const judgement = judgeYear(series, year);
	const verdict = judgement.status === 'met' ? t.verdict.met : t.verdict['not-met'];
	const distance = formatDistance(indicator.unit, judgement, series.target);
	const figure = `${formatValue(indicator.unit, point.value)}${judgement.mean ? `; ${formatMean(indicator.unit, judgement.mean)}` : ''}`;
	return t.yearFigure(prefix, figure, verdict, target, distance);
}

/** How a target is judged, in words, as its wording says (aggregation, then why the level is a floor). */
export function ruleText(unit: Unit, target: Target): string {
	const floor =
		target.kind === 'range' ? formatValue(unit, target.min) : target.kind === 'atLeast' ? formatValue(unit, target.value) : target.level;
	const compared = target.aggregation === 'runningMean' ? t.rules.runningMean(floor) : t.rules.eachYear;
	return `${compared} ${t.rules.minimum[target.minimum]}`;
}

/** The automatic summary of an indicator page: the latest year per part, then the direction. */
export function indicatorSummary(model: IndicatorModel): string[] {
	const status = indicatorStatus(model);
	if (status.latestYear === undefined) return [t.noData];
	const many = model.series.length > 1;
	const lines = model.series.map((s) => yearSentence(model.indicator, s, status.latestYear!, many));
	// Stryker disable next-line ConditionalExpression: equivalent, indicatorStatus gives no direction without a previous year.
	if (status.previousYear !== undefined && status.direction) {
		const parts = many
			? status.parts
					.filter((p) => p.direction)
					.map((p) => `${inSentence(p.series.label)} ${t.direction[p.direction!]}`)
					.join('; ')
			: t.direction[status.direction];
		lines.push(t.comparedWith(status.previousYear, parts));
	}
	if (model.illustrative) lines.push(`${t.illustrative}.`);
	return lines;
}

/** Fraction text for tables: "5.890 / 8.600". */
export function formatFraction(point: Point): string {
	return point.numerator !== undefined && point.denominator !== undefined
		? `${formatNumber(point.numerator, 0)} / ${formatNumber(point.denominator, 0)}`
		: '';
}
