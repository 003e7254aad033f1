import { z } from 'astro/zod';
import { textSchema } from './common.ts';
import { slugSchema } from './indicator.ts';

/**
 * What the programme's text says a body does. Only these: the programme names no lead unit per sub-task
 * (section IV gives the federation the overall duty to guide, follow and report).
 *  - coordinates: guides, follows and urges the whole programme and reports on it (section IV.1).
 *  - monitors: follows and urges the implementation, reports with the federation (section IV.2).
 *  - receivesReports: the programme's periodic reports are sent to it (section IV).
 *  - implements: carries out sub-tasks as a level of the union (grassroots unions, inspection committees).
 *  - partner: named by a sub-task as a body the union works with.
 */
export const UNIT_ROLES = ['coordinates', 'monitors', 'receivesReports', 'implements', 'partner'] as const;
export type UnitRole = (typeof UNIT_ROLES)[number];

/** A place in the programme's text: a sub-task ("1.2") or a point of section IV ("IV.1"). */
export const textRefSchema = z
	.string()
	.regex(/^(?:[1-9]\d*\.[1-9]\d*|IV\.[1-9])$/, { error: 'mã nhiệm vụ như "1.2" hoặc điểm của mục IV như "IV.1"' })
	.meta({ description: 'Chỗ chương trình nhắc tới đơn vị: mã nhiệm vụ (ví dụ "1.2") hoặc điểm của mục IV (ví dụ "IV.1").' });

/** One responsible or partner body, as the programme names it. */
export const unitSchema = z
	.strictObject({
		id: slugSchema.meta({
			description: 'Mã đơn vị, viết thường không dấu, nối bằng gạch ngang, ví dụ "ldld-thanh-pho". Dùng trong tệp tiến độ.',
		}),
		name: textSchema.meta({ description: 'Tên đầy đủ của cơ quan, đơn vị.' }),
		shortName: textSchema
			.max(40, { error: 'tối đa 40 ký tự' })
			.meta({ description: 'Tên ngắn hiện trong bảng và bộ lọc (tối đa 40 ký tự), ví dụ "LĐLĐ thành phố".' }),
		roles: z
			.array(z.enum(UNIT_ROLES, { error: `một vai trò: ${UNIT_ROLES.map((r) => `"${r}"`).join(', ')}` }))
			.min(1)
			.meta({
				description:
					'Vai trò theo đúng văn bản: "coordinates" (hướng dẫn, theo dõi, đôn đốc, báo cáo — mục IV.1), "monitors" (theo dõi, đôn đốc — mục IV.2), "receivesReports" (nhận báo cáo định kỳ), "implements" (trực tiếp thực hiện), "partner" (được nhiệm vụ nêu là nơi phối hợp).',
			}),
		namedIn: z
			.array(textRefSchema)
			.min(1)
			.meta({ description: 'Những chỗ chương trình nhắc tới đơn vị này (mã nhiệm vụ hoặc "IV.1", "IV.2").' }),
		note: textSchema
			.optional()
			.meta({ description: 'Ghi chú của ban biên tập (không bắt buộc), ví dụ cách hiểu một tên gọi chung trong văn bản.' }),
	})
	.meta({ description: 'Một cơ quan, đơn vị có trách nhiệm hoặc được nêu là nơi phối hợp trong chương trình.' });
export type ResponsibleUnit = z.infer<typeof unitSchema>;

/** content/units.json: the one list of bodies progress entries may name. */
export const unitsFileSchema = z
	.array(unitSchema)
	.min(1)
	.meta({ description: 'Danh sách cơ quan, đơn vị (content/units.json). Tệp tiến độ chỉ được ghi mã có trong danh sách này.' });
