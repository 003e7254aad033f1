import type { Problem } from '../../validation/problem.ts';
import type { MarkdownInput } from './content.ts';
import { schemaProblems } from '../../validation/zod-issues.ts';
import { REPORT_SECTIONS, reportSchema } from '../../schemas/report.ts';
import { parsePeriod } from '../../utils/progress/model.ts';
import { parseReportBody } from '../../utils/report/text.ts';
import { fileStem } from '../file-stem.ts';

/**
 * Rules for content/reports/<period>.md, the editor-written parts of a periodic report. Missing parts are
 * not errors here (drafts are saved as they grow); the report shows them as placeholders and the release
 * build publishes only complete reports.
 */
export interface ReportRulesInput {
	reports: MarkdownInput[];
	/** Ids of content/units.json; undefined when the list is missing or broken (its own problems say so). */
	unitIds?: Set<string>;
}

const HEADINGS = Object.values(REPORT_SECTIONS)
	.map((h) => `"## ${h}"`)
	.join(', ');

export function checkReports(input: ReportRulesInput): Problem[] {
	const problems: Problem[] = [];
	const periods = new Map<string, string>();
	for (const { file, data, body, bodyLine } of input.reports) {
		const { problems: found, value } = schemaProblems(reportSchema, file, data);
		problems.push(...found);
		const parsed = parseReportBody(body);
		for (const { heading, line } of parsed.unknown) {
			problems.push({ file, line: bodyLine + line, field: 'body', expected: `một trong các mục ${HEADINGS}`, found: `"## ${heading}"` });
		}
		for (const { heading, line } of parsed.duplicate) {
			problems.push({ file, line: bodyLine + line, field: 'body', expected: 'mỗi mục một lần', found: `"## ${heading}" lặp lại` });
		}
		if (parsed.stray) {
			problems.push({
				file,
				line: bodyLine + parsed.stray.line,
				field: 'body',
				expected: `nội dung nằm dưới một trong các mục ${HEADINGS}`,
				found: 'đoạn văn trước mục đầu tiên',
			});
		}
		if (!value) continue;
		const name = fileStem(file);
		if (name !== value.period.toLowerCase()) {
			problems.push({
				file,
				field: 'period',
				expected: `kỳ báo cáo khớp tên tệp (tệp "${value.period.toLowerCase()}.md" cho kỳ "${value.period}")`,
				found: `"${value.period}" trong tệp "${name}.md"`,
			});
		}
		const other = periods.get(value.period);
		if (other)
			problems.push({ file, field: 'period', expected: 'một kỳ chưa có tệp báo cáo khác', found: `"${value.period}" (đã có ${other})` });
		else periods.set(value.period, file);
		for (const field of ['issuer', 'parentBody'] as const) {
			if (input.unitIds && !input.unitIds.has(value[field])) {
				problems.push({
					file,
					field,
					expected: 'mã một đơn vị có trong content/units.json, ví dụ "ldld-thanh-pho"',
					found: `"${value[field]}"`,
				});
			}
		}
		if (value.number && !value.number.endsWith(`/${value.numberSymbol}`)) {
			problems.push({
				file,
				field: 'number',
				expected: `số hiệu kết thúc bằng "/${value.numberSymbol}" (trường numberSymbol)`,
				found: `"${value.number}"`,
			});
		}
		const period = parsePeriod(value.period);
		// Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, undefined < a date is false, and a period that passed the schema always parses
		if (value.date && period && value.date < period.start) {
			problems.push({
				file,
				field: 'date',
				expected: `ngày ký không sớm hơn ngày đầu kỳ báo cáo (${period.start})`,
				found: `"${value.date}"`,
			});
		}
	}
	return problems;
}
