import type { Problem } from '../../validation/problem.ts';
import { schemaProblems } from '../../validation/zod-issues.ts';
import { siteSettingsSchema } from '../../schemas/site.ts';

/** content/site.json: must exist and match its schema (empty strings are allowed: "not confirmed"). */
export function checkSiteSettings(file: string, entry: { data: unknown } | undefined, exists: boolean): Problem[] {
	if (!exists) {
		return [
			{
				file,
				field: '(toàn tệp)',
				expected: 'tệp cài đặt của trang (nhà xuất bản, ban biên tập, liên hệ; để "" nếu chưa có)',
				found: 'không có tệp',
			},
		];
	}
	if (!entry || entry.data === undefined) return [];
	return schemaProblems(siteSettingsSchema, file, entry.data).problems;
}
