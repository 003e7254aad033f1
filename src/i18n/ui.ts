/**
 * Every string the site's interface shows, in one place. Programme text and editor content live in
 * content/ and data/; this file holds only the chrome around them. Maps keyed by a data value (status,
 * unit, kind…) are checked against the value's type with `satisfies`, so a missing key fails
 * `npm run typecheck`; reading a key that does not exist fails it too (the objects are `as const`).
 */
import type { audiences } from '../schemas/guideline.ts';
import type { errataKinds } from '../schemas/errata.ts';
import type { Unit } from '../schemas/indicator.ts';
import type { FigureStatus } from '../schemas/observation.ts';
import type { updateKinds } from '../schemas/update.ts';
import type { ReportSectionKey } from '../schemas/report.ts';
import type { Direction, Status } from '../utils/indicators/status-kinds.ts';

type Audience = (typeof audiences)[number];
type ErratumKind = (typeof errataKinds)[number];
type UpdateKind = (typeof updateKinds)[number];

const NUMBER_WORDS = ['Không', 'Một', 'Hai', 'Ba', 'Bốn', 'Năm', 'Sáu', 'Bảy', 'Tám', 'Chín', 'Mười'];
/** A small count as a capitalised word at the start of a heading ("Bảy"); digits from 11 on. */
function numberWord(n: number): string {
	return NUMBER_WORDS[n] ?? String(n);
}

/** Kinds of search results: each page's kind is indexed by name and offered as a filter on the search page. */
const searchKindNames = {
	task: 'Nhiệm vụ',
	indicator: 'Chỉ tiêu',
	guideline: 'Hướng dẫn',
	glossary: 'Thuật ngữ',
	fullText: 'Toàn văn',
} as const;
export type SearchKind = keyof typeof searchKindNames;

/** The data-pagefind-filter value that files a page (or part of one) under a search kind. */
export function searchKindFilter(kind: SearchKind): string {
	return `kind:${searchKindNames[kind]}`;
}

const nav = {
	programme: 'Toàn văn',
	tasks: 'Nhiệm vụ',
	indicators: 'Chỉ tiêu',
	guidelines: 'Hướng dẫn',
	search: 'Tìm kiếm',
	implementation: 'Tổ chức thực hiện',
	glossary: 'Thuật ngữ',
	errata: 'Ghi chú biên tập văn bản',
	about: 'Giới thiệu',
} as const;

const search = {
	label: 'Tìm kiếm',
	headerLandmark: 'Tìm kiếm nhanh',
	pageLandmark: 'Tìm kiếm và lọc kết quả',
	placeholder: 'Tìm kiếm',
	hint: 'Gõ có dấu hoặc không dấu đều được. Nhấn phím / để tìm từ bất kỳ trang nào.',
	shortcutHint: 'Phím tắt: /',
	pageIntro:
		'Tìm trong các nhiệm vụ, chỉ tiêu, hướng dẫn và thuật ngữ. Gõ có dấu hoặc không dấu đều được, ví dụ “kinh phi cong doan”, chữ viết tắt như CĐCS hoặc số hiệu văn bản như 02-NQ/TW.',
	submit: 'Tìm',
	noJs: 'Ô tìm kiếm cần JavaScript để chạy ngay trong trình duyệt (trang này không có máy chủ tìm kiếm). Bạn vẫn có thể đọc toàn bộ nội dung:',
	loading: 'Đang tải bộ tìm kiếm…',
	loadError: 'Không tải được bộ tìm kiếm. Hãy kiểm tra kết nối mạng rồi thử lại.',
	results: 'Kết quả tìm kiếm',
	count: (n: number) => `${n} kết quả`,
	countFor: (n: number, q: string) => `${n} kết quả cho “${q}”`,
	countFiltered: (shown: number, total: number, kind: string) => `${shown} trong ${total} kết quả thuộc loại ${kind}`,
	none: (q: string) => `Không tìm thấy kết quả cho “${q}”.`,
	suggestionsTitle: 'Bạn có thể thử:',
	suggestions: [
		'kiểm tra chính tả, hoặc gõ ít từ hơn (ví dụ “kinh phí” thay vì cả câu);',
		'gõ không dấu hoặc dùng chữ viết tắt, như CĐCS, LĐLĐ, CNVCLĐ;',
		'tìm theo số hiệu văn bản, như 02-NQ/TW;',
		'hoặc xem thẳng danh sách nhiệm vụ và thuật ngữ.',
	],
	examplesTitle: 'Ví dụ:',
	examples: ['kinh phí công đoàn', 'đối thoại', 'thành lập công đoàn cơ sở', 'CĐCS', '02-NQ/TW'],
	filterLegend: 'Lọc theo loại nội dung',
	filterAll: 'Tất cả',
	/** Content kinds by key, in the order the filter shows them; pages mark theirs with searchKindFilter(). */
	kindNames: searchKindNames,
	/** The kinds' names in filter order (the values of data-pagefind-filter="kind:…"). */
	kinds: Object.values(searchKindNames),
	kindLabel: 'Loại:',
	inPage: 'Trong trang:',
	seeAll: (n: number) => `Xem tất cả ${n} kết quả`,
	close: 'Đóng kết quả tìm kiếm',
} as const;

/** What browser code (src/client/) needs: only these strings enter its bundles, not the whole of ui. */
export const clientStrings = { nav, search } as const;

export const ui = {
	siteName: 'Chương trình hành động về công nhân và quan hệ lao động',
	siteShortName: 'Chương trình hành động',
	siteDescription:
		'Chương trình hành động của Ban Thường vụ Thành ủy Bảo Lộc về xây dựng đội ngũ công nhân và quan hệ lao động hài hòa trong doanh nghiệp: toàn văn, hướng dẫn và tiến độ thực hiện.',
	skipLink: 'Bỏ qua, đến nội dung chính',
	mainNav: 'Điều hướng chính',
	footerNav: 'Liên kết cuối trang',
	breadcrumb: 'Vị trí trang',
	home: 'Trang chủ',
	nav,
	theme: {
		toggle: 'Đổi giao diện sáng/tối',
		light: 'Giao diện sáng',
		dark: 'Giao diện tối',
		system: 'Theo thiết bị',
	},
	toc: 'Trên trang này',
	subtask: (id: string) => `Nhiệm vụ ${id}`,
	subtaskLink: (id: string) => `Liên kết trực tiếp đến nhiệm vụ ${id}`,
	taskGroup: (n: number) => `Nhóm nhiệm vụ ${n}`,
	subtaskCount: (n: number) => `${n} nhiệm vụ cụ thể`,
	/** Counts of section II, computed from content/tasks/ (getTaskCounts). */
	tasksIntro: (groups: number, subtasks: number) =>
		`${groups} nhóm nhiệm vụ với ${subtasks} nhiệm vụ cụ thể. Chọn một nhóm để đọc toàn bộ nội dung, hoặc đi thẳng đến một nhiệm vụ.`,
	aboutTasks: (groups: number, subtasks: number) => `${groups} nhóm với ${subtasks} nhiệm vụ cụ thể`,
	homeTasksHeading: (groups: number) => `${numberWord(groups)} nhóm nhiệm vụ`,
	homeTasksLead: (groups: number, subtasks: number) =>
		`Mục II của chương trình giao cho công đoàn cơ sở và công đoàn cấp trên ${subtasks} nhiệm vụ cụ thể, chia thành ${groups} nhóm.`,
	previousGroup: 'Nhóm trước',
	groupPager: 'Nhóm nhiệm vụ trước và sau',
	groupPage: (n: number) => `Trang riêng của nhóm nhiệm vụ ${n}`,
	guidelinesLead: 'Hướng dẫn thực hành cho đoàn viên, cán bộ công đoàn và người biên tập trang.',
	glossaryDescription: 'Các chữ viết tắt và thuật ngữ dùng trong chương trình hành động.',
	implementation: {
		whoHeading: 'Ai chịu trách nhiệm',
		body: 'Cơ quan',
		duty: 'Trách nhiệm theo chương trình',
		reportsTo: 'Báo cáo cho',
		verbatim: (numeral: string | undefined, heading: string) => `Nguyên văn: ${numeral ?? ''}. ${heading}`,
	},
	nextGroup: 'Nhóm sau',
	readFull: 'Đọc toàn văn chương trình',
	print: 'In trang này',
	programmeSource:
		'Nội dung được giữ nguyên văn như văn bản gốc; mọi chỗ sửa lỗi chuyển đổi văn bản được liệt kê ở trang',
	editorWritten: 'Tóm tắt do ban biên tập viết, không phải nguyên văn chương trình.',
	/** Visible label of the group summaries on task pages (the editors' words, not the programme's). */
	editorsSummary: 'Tóm tắt của ban biên tập',
	notFoundTitle: 'Không tìm thấy trang',
	notFoundText:
		'Trang bạn tìm không có hoặc đã được chuyển chỗ. Hãy thử tìm kiếm, hoặc bắt đầu lại từ trang chủ.',
	updated: 'Cập nhật',
	audience: {
		members: 'Đoàn viên, người lao động',
		leaders: 'Lãnh đạo, cán bộ công đoàn',
		editors: 'Người biên tập nội dung',
	} satisfies Record<Audience, string>,
	relatedTasks: 'Nhiệm vụ liên quan',
	relatedGuidelines: 'Hướng dẫn liên quan',
	relatedIndicators: 'Chỉ tiêu liên quan',
	errataKinds: {
		'page-break': 'Nối đoạn bị ngắt trang',
		typo: 'Sửa lỗi chính tả',
		numbering: 'Sửa số mục',
		structure: 'Thống nhất định dạng',
		unresolved: 'Chưa xác định — giữ nguyên',
	} satisfies Record<ErratumKind, string>,
	errata: {
		description: 'Ghi chú của ban biên tập về các chỗ sửa lỗi chuyển đổi văn bản so với bản gốc của chương trình.',
		kind: 'Loại',
		location: 'Vị trí',
		source: 'Văn bản gốc',
		corrected: 'Trên trang web',
		reason: 'Lý do',
		unchanged: '(giữ nguyên)',
		caption: (n: number) => `${n} ghi chú biên tập văn bản`,
		notOfficial:
			'Đây không phải văn bản đính chính của cơ quan ban hành chương trình: chỉ cơ quan ban hành mới đính chính được văn bản của mình. Các ghi chú dưới đây chỉ nói trang web đã chép lại văn bản thế nào.',
		moved: 'Trang đã đổi địa chỉ',
		movedText: 'Trang "Đính chính" nay là trang',
		movedHint: 'Nếu trình duyệt không tự chuyển, hãy bấm vào tên trang ở trên.',
		original: 'Tải văn bản gốc, chưa chỉnh sửa',
		originalNote: 'tệp văn bản Markdown, UTF-8, đúng như khi được chuyển đến, kể cả các lỗi chuyển đổi nêu trên',
		enforced:
			'Mỗi lần cập nhật, nội dung trang được tự động so sánh với văn bản gốc từng chữ một; chỗ nào khác bản gốc mà chưa ghi trong bảng này thì bản cập nhật không được đưa lên trang.',
		occurrences: (n: number) => `(sửa ở ${n} chỗ)`,
	},
	glossaryAbbr: 'Viết tắt / thuật ngữ',
	glossaryExpansion: 'Nghĩa đầy đủ',
	/** Label of a glossary expansion the document does not give (content/glossary/terms.json expansionStanding). */
	glossaryEditorsReading: 'Cách hiểu của ban biên tập, văn bản không giải nghĩa',
	footerNote: 'Trang thông tin công khai về việc thực hiện Chương trình hành động.',
	/** Indicators, scorecard, annual reports and open data (section III). */
	indicators: {
		title: 'Chỉ tiêu phấn đấu hằng năm',
		scorecardLead:
			'Mỗi chỉ tiêu của mục III được đánh giá theo từng năm: đạt, chưa đạt hoặc chưa có số liệu. Bảng dưới đây cho thấy năm gần nhất và xu hướng so với năm trước.',
		status: { met: 'Đạt', 'not-met': 'Chưa đạt', 'no-data': 'Chưa có số liệu' } satisfies Record<Status, string>,
		statusIcon: { met: '✓', 'not-met': '✗', 'no-data': '–' } satisfies Record<Status, string>,
		direction: { up: 'tăng', down: 'giảm', same: 'không đổi', mixed: 'trái chiều giữa các phần' } satisfies Record<Direction, string>,
		directionIcon: { up: '↑', down: '↓', same: '→', mixed: '↕' } satisfies Record<Direction, string>,
		figureStatus: { official: 'Chính thức', provisional: 'Tạm tính', illustrative: 'Số liệu minh họa' } satisfies Record<FigureStatus, string>,
		illustrative: 'Số liệu minh họa',
		illustrativeNote:
			'Đây là số liệu minh họa do ban biên tập tạo để thử cách trình bày, không phải số liệu báo cáo thật. Chưa dùng để đánh giá việc thực hiện chương trình.',
		bullet: (n: number) => `Gạch đầu dòng ${n} của mục III`,
		unit: { percent: 'Tỷ lệ (%)', count: 'Số lượng', rating: 'Mức xếp loại' } satisfies Record<Unit, string>,
		year: 'Năm',
		indicatorHeading: 'Nội dung chỉ tiêu',
		value: 'Số liệu',
		target: 'Chỉ tiêu',
		statusHeading: 'Đánh giá',
		trend: 'Xu hướng',
		part: 'Phần',
		fraction: 'Tử số / mẫu số',
		source: 'Nguồn',
		note: 'Ghi chú',
		figureStatusHeading: 'Loại số liệu',
		latest: 'Năm gần nhất',
		definition: 'Định nghĩa',
		unitHeading: 'Đơn vị',
		tableCaption: (title: string) => `${title}: số liệu, chỉ tiêu và đánh giá theo năm`,
		sourceLine: (year: number, name: string) => `${year}: ${name}, ngày`,
		numerator: 'Tử số',
		denominator: 'Mẫu số',
		targetSource: 'Nguyên văn chỉ tiêu trong chương trình',
		targetRuleRange: (min: string, max: string) => `Khoảng ${min}–${max}; đạt khi từ ${min} trở lên (vượt ${max} vẫn là đạt).`,
		/** How each target is judged, as its wording says (src/utils/indicators/sentences.ts ruleText). */
		rules: {
			heading: 'Cách đánh giá',
			meanShort: 'bình quân mỗi năm',
			meanColumn: 'Bình quân mỗi năm từ năm đầu',
			eachYear: 'So số liệu của từng năm với mức phấn đấu.',
			runningMean: (floor: string) =>
				`Chương trình ghi "bình quân mỗi năm", nên trang lấy bình quân các năm có số liệu, từ năm đầu đến năm đang xét, rồi so với mức ${floor}; số của riêng năm đó được ghi bên cạnh.`,
			minimum: {
				stated: 'Câu chữ ghi rõ đây là mức tối thiểu ("trở lên", "ít nhất" hoặc "từ"): đạt khi bằng hoặc cao hơn.',
				editorsReading:
					'Câu chữ không ghi "trở lên"; ban biên tập hiểu đây là mức tối thiểu của chỉ tiêu phấn đấu, nên đạt khi bằng hoặc cao hơn (cách hiểu của ban biên tập).',
				all: 'Chỉ đạt khi đủ 100 %.',
			},
		},
		definitionStatus: {
			proposed: 'Cách tính do ban biên tập đề xuất, chờ xác nhận',
			confirmed: 'Cách tính đã được công đoàn chủ trì chương trình xác nhận',
		},
		definitionStatusNote: {
			proposed:
				'Định nghĩa, tử số và mẫu số là cách hiểu của ban biên tập đối với câu chữ của chương trình; chương trình không quy định cách tính.',
			confirmed: 'Định nghĩa, tử số và mẫu số đã được xác nhận; nguồn xác nhận ghi trong tệp dữ liệu của chỉ tiêu.',
		},
		chartHeading: 'Biểu đồ',
		tableHeading: 'Bảng số liệu theo năm',
		summaryHeading: 'Tóm tắt',
		sourcesHeading: 'Nguồn số liệu và ghi chú',
		downloadsHeading: 'Tải dữ liệu',
		downloadCsv: 'Tải bảng CSV',
		downloadJson: 'Tải JSON',
		downloadPng: 'Tải ảnh biểu đồ (PNG)',
		relatedTasks: 'Nhiệm vụ liên quan',
		howMeasured: 'Cách đánh giá tiến độ',
		noData: 'Chưa có số liệu cho chỉ tiêu này.',
		filterLegend: 'Lọc theo đánh giá năm gần nhất',
		filterAll: 'Tất cả',
		filterCount: (n: number) => `Đang hiện ${n} chỉ tiêu`,
		reportTitle: (year: number) => `Báo cáo kết quả thực hiện năm ${year}`,
		reportsTitle: 'Báo cáo định kỳ',
		openDataTitle: 'Dữ liệu mở',
		stableUrl: 'Địa chỉ cố định',
		stablePath: 'Đường dẫn cố định trên trang này',
		stableLatest: 'luôn trỏ tới năm mới nhất',
		openDataLead:
			'Tải toàn bộ định nghĩa chỉ tiêu và số liệu theo năm dưới dạng CSV (mở được bằng Excel) hoặc JSON. Địa chỉ các tệp cố định, có thể liên kết trực tiếp.',
		fieldsHeading: 'Ý nghĩa các cột',
		chartLabel: (title: string, summary: string) => `Biểu đồ ${title}. ${summary}`,
		chartNeedsJs: 'Biểu đồ cần JavaScript; bảng số liệu bên dưới có đủ các số liệu.',
		targetSeries: (label: string) => `Chỉ tiêu: ${label}`,
		rangeBand: 'Khoảng chỉ tiêu',
		allParts: 'Toàn chỉ tiêu',
		since: (year: number) => `so với năm ${year}`,
		/** Sentences of the automatic summaries and tables (utils/indicators/sentences.ts). */
		ratingOrBetter: (level: string) => `${level} trở lên`,
		aboveRangeTop: 'vượt mức trên của khoảng',
		below: (amount: string) => `thấp hơn ${amount}`,
		above: (amount: string) => `vượt ${amount}`,
		aboveAndOverRange: (amount: string) => `vượt ${amount}, vượt cả mức trên của khoảng`,
		yearPrefix: (year: number) => `Năm ${year}`,
		yearPartPrefix: (year: number, part: string) => `Năm ${year}, ${part}`,
		yearNoData: (prefix: string, target: string) => `${prefix}: chưa có số liệu (chỉ tiêu ${target}).`,
		verdict: { met: 'đạt', 'not-met': 'chưa đạt' },
		yearFigure: (prefix: string, value: string, verdict: string, target: string, distance: string) =>
			`${prefix}: ${value} — ${verdict} chỉ tiêu ${target}${distance ? ` (${distance})` : ''}.`,
		comparedWith: (year: number, parts: string) => `So với năm ${year}: ${parts}.`,
		/** Unit of a distance to the target, by indicator unit ("" for counts). */
		distanceUnit: { percent: 'điểm phần trăm', count: '', rating: 'bậc' } satisfies Record<Unit, string>,
		/** Chart labels (client/chart.ts). */
		rangeTop: (label: string) => `${label} — mức trên`,
		fields: {
			year: 'Năm báo cáo (2021–2030).',
			indicator_id: 'Mã cố định của chỉ tiêu (cũng là địa chỉ trang /chi-tieu/<mã>/).',
			indicator_short_title: 'Tên ngắn của chỉ tiêu.',
			order: 'Thứ tự của chỉ tiêu trên bảng theo dõi.',
			bullet: 'Số thứ tự gạch đầu dòng của mục III chương trình mà chỉ tiêu được lấy ra.',
			title: 'Tên đầy đủ của chỉ tiêu.',
			short_title: 'Tên ngắn của chỉ tiêu.',
			definition: 'Chỉ tiêu đếm cái gì.',
			numerator_definition: 'Tử số của tỷ lệ, bằng lời (chỉ với chỉ tiêu tỷ lệ).',
			denominator_definition: 'Mẫu số của tỷ lệ, bằng lời (chỉ với chỉ tiêu tỷ lệ).',
			breakdown_id: 'Mã phần tách khi chỉ tiêu có nhiều phần (nha-nuoc, ngoai-nha-nuoc); trống nếu không chia phần.',
			breakdown_label: 'Tên phần tách.',
			unit: 'Đơn vị: percent (tỷ lệ %), count (số lượng), rating (mức xếp loại).',
			value: 'Số liệu của năm: tỷ lệ % (làm tròn một chữ số thập phân, dấu chấm thập phân), số lượng, hoặc mức xếp loại.',
			numerator: 'Tử số đã báo cáo (nếu tỷ lệ được tính từ tử số và mẫu số).',
			denominator: 'Mẫu số đã báo cáo.',
			target_kind: 'Loại chỉ tiêu: atLeast (từ N trở lên), range (khoảng min–max, đạt khi ≥ min), ratingAtLeast (xếp loại từ mức nêu trở lên).',
			target_value: 'Mức N của chỉ tiêu atLeast.',
			target_min: 'Mức dưới của khoảng (chỉ tiêu range).',
			target_max: 'Mức trên của khoảng (chỉ tiêu range).',
			target_level: 'Mức xếp loại tối thiểu (chỉ tiêu ratingAtLeast).',
			target_text: 'Chỉ tiêu viết gọn, như trên trang.',
			target_aggregation:
				'Số được so với chỉ tiêu: eachYear (số của từng năm), runningMean (bình quân các năm có số liệu, từ năm đầu đến năm đó, theo câu chữ "bình quân mỗi năm").',
			target_minimum:
				'Vì sao mức nêu là mức tối thiểu: stated (câu chữ ghi "trở lên", "ít nhất", "từ"), editorsReading (cách hiểu của ban biên tập), all (phải đủ 100 %).',
			judged_value: 'Số đã được so với chỉ tiêu: bằng value với chỉ tiêu eachYear, là số bình quân với chỉ tiêu runningMean.',
			judged_from_year: 'Năm đầu của các năm được tính vào judged_value (bằng year với chỉ tiêu eachYear).',
			definition_status: 'Vị thế của cách tính: proposed (ban biên tập đề xuất, chờ xác nhận), confirmed (đã được xác nhận).',
			target_source_text: 'Nguyên văn chỉ tiêu trong mục III của chương trình.',
			related_tasks: 'Mã các nhiệm vụ liên quan của mục II, cách nhau bằng dấu cách.',
			status: 'Đánh giá: met (đạt), not-met (chưa đạt).',
			status_label: 'Đánh giá bằng tiếng Việt.',
			distance: 'Khoảng cách tới chỉ tiêu, theo đơn vị của chỉ tiêu (điểm phần trăm, số lượng, hoặc số bậc xếp loại); âm là còn thiếu.',
			source_name: 'Tên báo cáo là nguồn của số liệu.',
			source_date: 'Ngày của báo cáo nguồn, dạng YYYY-MM-DD.',
			note: 'Ghi chú về số liệu, nếu có.',
			figure_status: 'Loại số liệu: official (chính thức), provisional (tạm tính), illustrative (số liệu minh họa, không phải số liệu thật).',
			figure_status_label: 'Loại số liệu bằng tiếng Việt.',
		} as Record<string, string>,
	},
	/** The federation's periodic report (programme section IV): page /bao-cao/<period>/ and its Word file. */
	report: {
		listTitle: 'Báo cáo định kỳ',
		listLead:
			'Báo cáo định kỳ về tình hình, kết quả thực hiện chương trình (mục IV), theo từng kỳ: cả năm hoặc 6 tháng. Số liệu và tiến độ lấy thẳng từ dữ liệu của trang; các phần nhận định do cơ quan báo cáo viết.',
		pageTitle: (label: string) => `Báo cáo kết quả thực hiện chương trình ${label}`,
		pageLead: (label: string, subtasks: number, indicators: number) =>
			`Báo cáo định kỳ ${label}: tiến độ ${subtasks} nhiệm vụ, kết quả ${indicators} chỉ tiêu và phần nhận định của cơ quan báo cáo. In ra khổ A4 hoặc tải tệp Word để hoàn thiện, ký và gửi.`,
		periodYear: (year: number) => `năm ${year}`,
		periodH1: (year: number) => `6 tháng đầu năm ${year}`,
		periodH2: (year: number) => `6 tháng cuối năm ${year}`,
		nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
		motto: 'Độc lập - Tự do - Hạnh phúc',
		docType: 'BÁO CÁO',
		summary: (programme: string, period: string) => `Kết quả thực hiện Chương trình hành động ${programme}, ${period}`,
		sectionNames: {
			basis: 'phần căn cứ',
			leadership: 'công tác lãnh đạo, chỉ đạo, tổ chức thực hiện',
			overview: 'khái quát kết quả thực hiện nhiệm vụ',
			strengths: 'ưu điểm',
			shortcomings: 'hạn chế',
			causes: 'nguyên nhân',
			directions: 'phương hướng, nhiệm vụ kỳ tới',
			proposals: 'kiến nghị, đề xuất',
		} satisfies Record<ReportSectionKey, string>,
		missing: {
			issuer: 'cơ quan ban hành',
			parentBody: 'cơ quan cấp trên',
			number: 'số văn bản',
			date: 'ngày ký',
			place: 'địa danh',
			signer: 'họ tên người ký',
			recipients: 'nơi nhận',
		},
		headings: {
			leadership: 'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TỔ CHỨC THỰC HIỆN',
			tasks: 'II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ',
			indicators: 'III. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU',
			assessment: 'IV. ĐÁNH GIÁ CHUNG',
			strengths: '1. Ưu điểm',
			shortcomings: '2. Hạn chế',
			causes: '3. Nguyên nhân',
			directions: 'V. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI',
			proposals: 'VI. KIẾN NGHỊ, ĐỀ XUẤT',
			appendix: 'PHỤ LỤC',
			appendixTitle: (n: number, period: string) => `Kết quả thực hiện ${n} nhiệm vụ cụ thể, ${period}`,
		},
		groupHeading: (n: number, title: string) => `${n}. ${title}`,
		countsSentence: (parts: string, n: number) => `Trong ${n} nhiệm vụ: ${parts}.`,
		unreported: (ids: string) => `Chưa có báo cáo: nhiệm vụ ${ids}.`,
		unreportedLead: 'Chưa có báo cáo: nhiệm vụ ',
		draft: 'bản nháp, còn thiếu phần do người viết',
		units: 'Đơn vị thực hiện',
		evidence: 'Văn bản',
		difficulties: 'Khó khăn, vướng mắc',
		indicatorIntro: (year: number, met: number, notMet: number, noData: number) =>
			`Số liệu năm ${year}: ${met} chỉ tiêu đạt, ${notMet} chỉ tiêu chưa đạt, ${noData} chỉ tiêu chưa có số liệu. Cách đánh giá như trên trang Chỉ tiêu của trang thông tin.`,
		halfYearIndicators: (year: number) =>
			`Các chỉ tiêu của mục III tính theo năm; bảng dưới đây là kết quả năm ${year}, năm gần nhất đã kết thúc.`,
		columns: {
			number: 'TT',
			indicator: 'Chỉ tiêu',
			result: 'Kết quả',
			target: 'Mức đề ra',
			status: 'Đánh giá',
			subtask: 'Nhiệm vụ',
			units: 'Đơn vị thực hiện',
			done: 'Kết quả thực hiện',
			progress: 'Trạng thái',
			evidence: 'Văn bản',
		},
		recipientsHeading: 'Nơi nhận:',
		illustrativeNotice:
			'BẢN CÓ SỐ LIỆU MINH HỌA: báo cáo này dùng số liệu và nội dung minh họa do ban biên tập tạo để thử cách trình bày, không phải kết quả thật. Không dùng để gửi.',
		incompleteNotice: (parts: string) => `Bản nháp: còn thiếu ${parts}. Bản phát hành chỉ đăng báo cáo đã đủ các phần.`,
		downloadDocx: 'Tải tệp Word (.docx)',
		docxNote: 'Tệp Word theo thể thức văn bản (khổ A4, phông Times New Roman) để hoàn thiện, ký và gửi.',
		noReports: 'Chưa có báo cáo nào đủ các phần để đăng.',
		documentTitle: (label: string) => `Báo cáo kết quả thực hiện Chương trình hành động, ${label}`,
	},
	search,
	/** The 404 page's own search form: a name distinct from the header's search landmark. */
	notFoundSearch: 'Tìm trong toàn bộ trang web',
} as const;

/** Edit link, last-updated line and the "What's new" page (editors' workflow, issue 5). */
export const editing = {
	label: 'Thông tin trang',
	lastUpdated: 'Cập nhật lần cuối:',
	edit: 'Sửa trang này',
	history: 'Lịch sử thay đổi',
	updatesTitle: 'Cập nhật mới',
	updatesIntro:
		'Những thay đổi trên trang: số liệu năm mới, nội dung được sửa, tính năng mới. Các mục do ban biên tập viết; mới nhất ở trên.',
	updatesFeed: 'Theo dõi bằng RSS',
	updatesFeedTitle: 'Cập nhật mới — Chương trình hành động về xây dựng đội ngũ công nhân, Bảo Lộc',
	updatesEmpty: 'Chưa có cập nhật nào.',
	updateKinds: {
		data: 'Số liệu',
		content: 'Nội dung',
		site: 'Trang web',
	} satisfies Record<UpdateKind, string>,
	readMore: 'Xem trang',
} as const;
