import type { IndicatorModel } from '../indicators/model.ts';
import { combine, judgeYear, pointIn, type Status } from '../indicators/status.ts';
import { formatDistance, formatMean, formatTarget, formatValue } from '../indicators/sentences.ts';
import { formatDate } from '../format.ts';
import {
	countStatuses,
	parsePeriod,
	sortPeriods,
	splitEntryBody,
	total,
	type Cell,
	type Period,
	type ProgressModel,
	type StatusCounts,
} from '../progress/model.ts';
import { NO_REPORT, PROGRESS_CELL_STATUSES, type ProgressCellStatus } from '../../schemas/progress.ts';
import type { ResponsibleUnit } from '../../schemas/unit.ts';
import type { ReportContentData, ReportSectionKey } from '../../schemas/report.ts';
import { subtaskExcerpt } from '../subtasks.ts';
import { ui } from '../../i18n/ui.ts';
import { parseReportBody, toBlocks, type Block } from './text.ts';

/**
 * The periodic report of the federation (programme section IV) as data: what the page and the Word file
 * both render, so neither computes anything. Pure: loaders pass the indicator models, the progress model
 * (both already filtered for the release build when strict) and the editor-written file.
 *
 * Generated parts: section II (status counts per task group from the progress model, then every reported
 * sub-task's entry), section III (every indicator judged exactly as on the site, by status.ts) and the
 * appendix (all sub-tasks). Editor-written parts come from content/reports/<period>.md; a missing one is a
 * visible placeholder "[cần bổ sung: …]", which the release rules refuse (see `complete`).
 */

const t = ui.report;

/** Text written by editors, or the placeholder that stands for it. */
export type Part = { blocks: Block[]; placeholder?: undefined } | { blocks?: undefined; placeholder: string };

export interface IndicatorPart {
	/** Breakdown label; undefined for an indicator without parts. */
	label?: string;
	result: string;
	/** For targets judged on a running mean: the mean that was judged ("Bình quân 2022–2025: 71,2 %"). */
	mean?: string;
	target: string;
	status: Status;
	statusLabel: string;
	/** As on the indicator pages: "thấp hơn chỉ tiêu 1,5 điểm phần trăm", "cao hơn mức tối thiểu 500 là 43,5" … or "". */
	distance: string;
	illustrative: boolean;
}

export interface IndicatorRow {
	id: string;
	/** Position in section III (1-based). */
	number: number;
	title: string;
	parts: IndicatorPart[];
	/** Whole indicator, as the site combines its parts. */
	status: Status;
	statusLabel: string;
}

export interface SubtaskResult {
	id: string;
	group: number;
	excerpt: string;
	status: ProgressCellStatus;
	/** What was done, then difficulties (from the entry's body). */
	done: Block[];
	difficulties: Block[];
	units: string[];
	evidence: string[];
	asOf?: string;
	illustrative: boolean;
}

export interface GroupResult {
	group: number;
	title: string;
	counts: StatusCounts;
	total: number;
	/** "2 hoàn thành, 1 đang triển khai, 3 chưa có báo cáo (trong 6 nhiệm vụ)". */
	countsText: string;
	/** Every sub-task of the group, in programme order (entries and "chưa có báo cáo"). */
	subtasks: SubtaskResult[];
}

export interface ReportModel {
	period: Period;
	/** "năm 2025", "6 tháng đầu năm 2025". */
	periodLabel: string;
	/** File name without extension: the period, with "-minh-hoa" when illustrative data is used. */
	fileBase: string;
	illustrative: boolean;
	/** True when content/reports/<period>.md exists. */
	hasContent: boolean;
	/** True when no part is a placeholder: only then does the release build publish the report. */
	complete: boolean;
	/** Names of the missing editor-written parts, in report order (Vietnamese). */
	missing: string[];
	header: { parentBody: string; issuer: string; number: string; nationalTitle: string; motto: string; placeDate: string };
	docType: string;
	summary: string;
	parts: Record<ReportSectionKey, Part>;
	groups: GroupResult[];
	/** Status counts of every sub-task in the period, and as a sentence. */
	counts: StatusCounts;
	countsText: string;
	/** Year whose figures section III shows (the period's year; for a half year, the year before). */
	indicatorYear: number;
	indicatorNote?: string;
	indicators: IndicatorRow[];
	indicatorTally: Record<Status, number>;
	/** All sub-tasks for the appendix (same objects as in groups). */
	appendix: SubtaskResult[];
	signer: { capacity?: string; title?: string; name: string; missing: boolean };
	recipients: string[] | { placeholder: string };
}

export interface ReportInput {
	period: string;
	/** Subtitle of the programme (content/programme/mo-dau.md), "Về xây dựng đội ngũ công nhân …". */
	programmeTitle: string;
	indicators: IndicatorModel[];
	/** Progress model built for this build (strict: without illustrative entries); undefined when none. */
	progress?: ProgressModel;
	units: Map<string, ResponsibleUnit>;
	groups: { group: number; title: string }[];
	/** Every sub-task of the programme with its text (programme order is restored here). */
	subtasks: { id: string; group: number; text: string }[];
	/** content/reports/<period>.md, when it exists. */
	content?: { data: ReportContentData; body: string };
}

/** "năm 2025" / "6 tháng đầu năm 2025" / "6 tháng cuối năm 2025". */
export function periodLabel(period: Period): string {
	return period.half === 1 ? t.periodH1(period.year) : period.half === 2 ? t.periodH2(period.year) : t.periodYear(period.year);
}

/** "Bảo Lộc, ngày 05 tháng 02 năm 2026": days below 10 and months below 3 get a leading zero (Nghị định 30/2020). */
export function placeDate(place: string, iso?: string): string {
	if (!iso) return `${place}, ngày … tháng … năm …`;
	const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
	const day = d < 10 ? `0${d}` : String(d);
	const month = m < 3 ? `0${m}` : String(m);
	return `${place}, ngày ${day} tháng ${month} năm ${y}`;
}

/** Upper case as Vietnamese writes it (the header prints bodies' names in capitals). */
export function upper(text: string): string {
	return text.toLocaleUpperCase('vi-VN').normalize('NFC');
}

/** The column headings of the report's two tables, the same on the page and in the Word file. */
export const REPORT_COLUMNS = {
	indicators: [t.columns.number, t.columns.indicator, t.columns.result, t.columns.target, t.columns.status],
	appendix: [t.columns.number, t.columns.subtask, t.columns.units, t.columns.done, t.columns.progress, t.columns.evidence],
};

const PLACEHOLDER_START = '[cần bổ sung';
const placeholder = (what: string) => `${PLACEHOLDER_START}: ${what}]`;
/** Whether a header text is a placeholder "[cần bổ sung: …]" the page and the Word file highlight. */
export const isPlaceholder = (text: string): boolean => text.startsWith(PLACEHOLDER_START);

/** "3 hoàn thành, 2 đang triển khai, …" over the scale's order, leaving out zeros. */
export function countsText(counts: StatusCounts): string {
	const parts = PROGRESS_CELL_STATUSES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
	return t.countsSentence(parts.join(', '), total(counts));
}

/** "Kế hoạch …, số 13/KH-LĐLĐ ngày 05/03/2025". */
export function evidenceText(e: { title: string; number: string; date: string }): string {
	return `${e.title}, số ${e.number} ngày ${formatDate(e.date)}`;
}

export function buildReport(input: ReportInput): ReportModel {
	const period = parsePeriod(input.period);
	if (!period) throw new Error(`not a reporting period: ${input.period}`);
	const data = input.content?.data;
	const body = input.content ? parseReportBody(input.content.body) : undefined;
	const missing: string[] = [];
	const need = <T>(value: T | undefined, what: string): T | string => {
		if (value !== undefined && value !== '') return value;
		missing.push(what);
		return placeholder(what);
	};
	const unitName = (id: string | undefined) => (id ? input.units.get(id)?.name : undefined);

	// Header and closing (front matter).
	const issuer = need(unitName(data?.issuer), t.missing.issuer);
	const parentBody = need(unitName(data?.parentBody), t.missing.parentBody);
	const symbol = data?.numberSymbol ?? 'BC-…';
	if (!data?.number) missing.push(t.missing.number);
	const number = `Số: ${data?.number ?? `…/${symbol}`}`;
	if (!data?.date) missing.push(t.missing.date);
	const place: string = data?.place ?? placeholder(t.missing.place);
	if (!data?.place) missing.push(t.missing.place);

	// Editor-written sections (body).
	const parts = {} as Record<ReportSectionKey, Part>;
	for (const key of Object.keys(t.sectionNames) as ReportSectionKey[]) {
		const blocks = body?.sections[key];
		if (blocks) parts[key] = { blocks };
		else {
			missing.push(t.sectionNames[key]);
			parts[key] = { placeholder: placeholder(t.sectionNames[key]) };
		}
	}

	// Section II and appendix: one result per sub-task, from the progress model's cell for this period.
	const progressById = new Map(input.progress?.subtasks.map((s) => [s.subtask.id, s]));
	const subtasks = [...input.subtasks].sort((a, b) => a.group - b.group || Number(a.id.split('.')[1]) - Number(b.id.split('.')[1]));
	const cells: Cell[] = subtasks.map(
		(s) => progressById.get(s.id)?.cells.find((c) => c.period === period.id) ?? { subtask: s.id, period: period.id, status: NO_REPORT },
	);
	const appendix: SubtaskResult[] = subtasks.map((s, i) => {
		const entry = cells[i]!.entry;
		const bodyParts = entry ? splitEntryBody(entry.body) : undefined;
		return {
			id: s.id,
			group: s.group,
			excerpt: subtaskExcerpt(s.text, 160),
			status: cells[i]!.status,
			done: bodyParts ? toBlocks(bodyParts.done) : [],
			difficulties: bodyParts?.difficulties ? toBlocks(bodyParts.difficulties) : [],
			units: (entry?.data.units ?? []).map((id) => input.units.get(id)?.shortName ?? id),
			evidence: (entry?.data.evidence ?? []).map(evidenceText),
			...(entry ? { asOf: entry.data.asOf } : {}),
			illustrative: entry?.data.illustrative ?? false,
		};
	});
	const groups: GroupResult[] = [...input.groups]
		.sort((a, b) => a.group - b.group)
		.map((g) => {
			const counts = countStatuses(appendix.filter((s) => s.group === g.group));
			return {
				group: g.group,
				title: g.title,
				counts,
				total: total(counts),
				countsText: countsText(counts),
				subtasks: appendix.filter((s) => s.group === g.group),
			};
		});

	// Section III: the figures of the indicator year, judged by the site's own functions.
	const indicatorYear = period.half ? period.year - 1 : period.year;
	const indicators: IndicatorRow[] = input.indicators.map((model, i) => {
		const unit = model.indicator.unit;
		const many = model.series.length > 1;
		const rowParts = model.series.map((series): IndicatorPart => {
			const point = pointIn(series, indicatorYear);
			const judgement = judgeYear(series, indicatorYear);
			return {
				...(many ? { label: series.label } : {}),
				result: point ? formatValue(unit, point.value) : ui.indicators.status['no-data']!,
				...(judgement.mean ? { mean: formatMean(unit, judgement.mean) } : {}),
				target: formatTarget(unit, series.target),
				status: judgement.status,
				statusLabel: ui.indicators.status[judgement.status]!,
				distance: formatDistance(unit, judgement, series.target),
				illustrative: point?.figureStatus === 'illustrative',
			};
		});
		const status = combine(rowParts.map((p) => p.status));
		return {
			id: model.indicator.id,
			number: i + 1,
			title: model.indicator.shortTitle,
			parts: rowParts,
			status,
			statusLabel: ui.indicators.status[status]!,
		};
	});
	const tally = (s: Status) => indicators.filter((r) => r.status === s).length;

	// Signature and recipients.
	const signerName = data?.signer?.name;
	if (!signerName) missing.push(t.missing.signer);
	const recipients = data?.recipients ?? { placeholder: placeholder(t.missing.recipients) };
	if (!data?.recipients) missing.push(t.missing.recipients);

	const illustrative = indicators.some((r) => r.parts.some((p) => p.illustrative)) || appendix.some((s) => s.illustrative);
	const label = periodLabel(period);
	const title = input.programmeTitle.normalize('NFC');
	return {
		period,
		periodLabel: label,
		fileBase: illustrative ? `${period.id}-minh-hoa` : period.id,
		illustrative,
		hasContent: input.content !== undefined,
		complete: missing.length === 0,
		missing,
		header: {
			parentBody: data && unitName(data.parentBody) ? upper(parentBody) : parentBody,
			issuer: data && unitName(data.issuer) ? upper(issuer) : issuer,
			number,
			nationalTitle: t.nationalTitle,
			motto: t.motto,
			placeDate: placeDate(place, data?.date),
		},
		docType: t.docType,
		summary: t.summary(title.charAt(0).toLowerCase() + title.slice(1), label),
		parts,
		groups,
		counts: countStatuses(cells),
		countsText: countsText(countStatuses(cells)),
		indicatorYear,
		...(period.half ? { indicatorNote: t.halfYearIndicators(indicatorYear) } : {}),
		indicators,
		indicatorTally: { met: tally('met'), 'not-met': tally('not-met'), 'no-data': tally('no-data') },
		appendix,
		signer: {
			...(data?.signer?.capacity ? { capacity: data.signer.capacity } : {}),
			...(data?.signer?.title ? { title: data.signer.title } : {}),
			name: signerName ?? placeholder(t.missing.signer),
			missing: !signerName,
		},
		recipients,
	};
}

/**
 * Periods that get a report: every year with figures, every period with progress entries, every period
 * with a report file; oldest first (a year after its halves).
 */
export function reportPeriods(input: { years: number[]; progressPeriods: string[]; reportFiles: string[] }): Period[] {
	return sortPeriods([...input.years.map(String), ...input.progressPeriods, ...input.reportFiles]);
}
