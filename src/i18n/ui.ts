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

/** A sentence with names shown as code inside it (column and field names): plain text, and `{ code }` for each name. */
export type TextWithCode = readonly (string | { readonly code: string })[];
/** A sentence around one link: the page puts the link between `before` and `after` (either may be empty). */
export interface AroundLink {
	readonly before: string;
	readonly after: string;
}

const NUMBER_WORDS = ['Không', 'Một', 'Hai', 'Ba', 'Bốn', 'Năm', 'Sáu', 'Bảy', 'Tám', 'Chín', 'Mười'];
/** A small count as a capitalised word at the start of a heading ("Bảy"); digits from 11 on. */
function numberWord(n: number): string {
	return NUMBER_WORDS[n] ?? String(n);
}

/** Kinds of search results: each page's kind is indexed by name and offered as a filter on the search page. */
const searchKindNames = {
	task: 'Nhiệm vụ',
	indicator: 'Chỉ tiêu',
	progress: 'Tiến độ',
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
	/** Before a correction of a one-letter typo, which links to its search: Có phải bạn muốn tìm “đoàn”? */
	didYouMean: 'Có phải bạn muốn tìm',
	/** When a typed word matched nothing and the correction was searched instead. */
	countCorrected: (n: number, fixed: string, typed: string) => `${n} kết quả cho “${fixed}” (không có kết quả khớp đúng “${typed}”)`,
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
	/** The one site name (header mark, titles, RSS, about page). */
	siteName: 'Chương trình hành động về công nhân và quan hệ lao động – Bảo Lộc',
	/** Short form in page titles: "<page> | Chương trình hành động – Bảo Lộc". */
	siteShortName: 'Chương trình hành động – Bảo Lộc',
	/** The header's mark, two lines: the programme's short name and its subject and place. */
	siteMark: { name: 'Chương trình hành động', place: 'Công nhân · Quan hệ lao động · Bảo Lộc' },
	siteDescription:
		'Chương trình hành động của Ban Thường vụ Thành ủy Bảo Lộc về xây dựng đội ngũ công nhân và quan hệ lao động hài hòa trong doanh nghiệp: toàn văn, hướng dẫn và tiến độ thực hiện.',
	skipLink: 'Chuyển đến nội dung chính',
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
	toc: 'Mục lục',
	subtask: (id: string) => `Nhiệm vụ ${id}`,
	subtaskLink: (id: string) => `Liên kết trực tiếp đến nhiệm vụ ${id}`,
	taskGroup: (n: number) => `Nhóm nhiệm vụ ${n}`,
	subtaskCount: (n: number) => `${n} nhiệm vụ cụ thể`,
	/** Counts of section II, computed from content/tasks/ (getTaskCounts). */
	tasksIntro: (groups: number, subtasks: number) =>
		`${groups} nhóm nhiệm vụ với ${subtasks} nhiệm vụ cụ thể. Chọn một nhóm để đọc toàn bộ nội dung, hoặc đi thẳng đến một nhiệm vụ.`,
	homeTasksHeading: (groups: number) => `${numberWord(groups)} nhóm nhiệm vụ`,
	homeTasksLead: (groups: number, subtasks: number) =>
		`Mục II của chương trình giao cho công đoàn cơ sở và công đoàn cấp trên ${subtasks} nhiệm vụ cụ thể, chia thành ${groups} nhóm.`,
	previousGroup: 'Nhóm trước',
	groupPager: 'Nhóm nhiệm vụ trước và sau',
	groupPage: (n: number) => `Trang riêng của nhóm nhiệm vụ ${n}`,
	guidelinesLead: 'Hướng dẫn thực hành cho đoàn viên, cán bộ công đoàn và cách dùng trang web.',
	glossaryDescription: 'Các chữ viết tắt và thuật ngữ dùng trong chương trình hành động.',
	glossaryLead:
		'Chữ viết tắt trong chương trình và những khái niệm người lao động hay gặp: đối thoại, hội nghị người lao động, thỏa ước, kinh phí và đoàn phí công đoàn. Trên mỗi trang, lần đầu một chữ viết tắt xuất hiện được gạch chân chấm: chạm hoặc nhấn vào để xem nghĩa, hoặc đưa chuột lên để xem nhanh.',
	/** /to-chuc-thuc-hien/: who is responsible (section IV), summarised in a table above the verbatim text. */
	implementation: {
		whoHeading: 'Ai chịu trách nhiệm',
		body: 'Cơ quan',
		duty: 'Trách nhiệm theo chương trình',
		reportsTo: 'Báo cáo với',
		/** The editors' summary of section IV, one row per body, in the programme's order. */
		rows: [
			{
				body: 'Liên đoàn Lao động thành phố Bảo Lộc',
				duty: 'Hướng dẫn, theo dõi, đôn đốc việc tổ chức thực hiện; cụ thể hóa chương trình theo chức năng, nhiệm vụ chuyên môn',
				reportsTo: 'Ban Thường vụ Thành ủy; LĐLĐ tỉnh Lâm Đồng (định kỳ)',
			},
			{
				body: 'Ban Dân vận Thành ủy',
				duty: 'Theo dõi, đôn đốc việc thực hiện; phối hợp với LĐLĐ thành phố báo cáo',
				reportsTo: 'Thành ủy, Ban Thường vụ Thành ủy',
			},
			{
				body: 'Chi bộ, cơ quan, đơn vị, tổ chức đảng, Mặt trận, đoàn thể ở cơ sở, đảng viên',
				duty: 'Được phổ biến chương trình và tổ chức thực hiện',
				reportsTo: '—',
			},
		],
		/** Around the link to the tasks page. */
		note: {
			before: 'Bảng trên tóm tắt mục IV; nguyên văn ở dưới. Các nhiệm vụ cụ thể của công đoàn cơ sở và cấp trên cơ sở ở trang ',
			after: '.',
		} satisfies AroundLink,
		verbatim: (numeral: string | undefined, heading: string) => `Nguyên văn: ${numeral ?? ''}. ${heading}`,
	},
	/** /gioi-thieu/: what the site is, who makes it, what it holds. */
	about: {
		lead: (siteName: string) =>
			`${siteName}: trang thông tin công khai về Chương trình hành động về xây dựng đội ngũ công nhân đáp ứng yêu cầu công nghiệp hóa, hiện đại hóa trong bối cảnh Cuộc cách mạng công nghiệp lần thứ tư và xây dựng quan hệ lao động hài hòa trong các doanh nghiệp.`,
		/** Around the link to the implementation page. */
		implementation: {
			before: 'Mục IV của chương trình giao Liên đoàn Lao động thành phố hướng dẫn, theo dõi, đôn đốc việc tổ chức thực hiện (xem ',
			after:
				'). Từ ngày 1/7/2025, các cấp hành chính địa phương được sắp xếp lại; trang không khẳng định tên gọi hiện nay của các cơ quan nêu trong văn bản.',
		} satisfies AroundLink,
		ownersHeading: 'Ai làm trang này',
		contentsHeading: 'Trang có gì',
		/** One list item per part of the site: the link's text, then the rest of the item. */
		contents: {
			programme: { link: 'Toàn văn chương trình', after: ', đọc và in trên một trang.' },
			tasks: {
				link: (groups: number, subtasks: number) => `${groups} nhóm với ${subtasks} nhiệm vụ cụ thể`,
				after: ', mỗi nhiệm vụ có đường dẫn riêng để chia sẻ.',
			},
			indicators: { link: 'Các chỉ tiêu phấn đấu hằng năm', after: ' với số liệu theo năm và đánh giá đạt hay chưa đạt.' },
			guidelines: { link: 'Hướng dẫn', after: ' cho đoàn viên, lãnh đạo và người biên tập.' },
			glossary: { link: 'Thuật ngữ và chữ viết tắt', after: '.' },
		},
		fidelityHeading: 'Giữ đúng văn bản gốc',
		/** Around the link to the errata page. */
		fidelity: {
			before:
				'Văn bản được đăng nguyên văn. Các lỗi chuyển đổi hiển nhiên (đoạn bị ngắt trang, lỗi dấu, số mục đánh trùng) được sửa công khai, mỗi chỗ sửa có ở trang ',
			after: '. Tóm tắt các nhóm nhiệm vụ và các trang hướng dẫn do ban biên tập viết, không phải nguyên văn chương trình.',
		} satisfies AroundLink,
		privacyHeading: 'Riêng tư và tốc độ',
		privacy:
			'Trang không dùng phông chữ, thống kê hay dịch vụ của bên thứ ba: mọi tệp đều tải từ chính trang này. Các trang đọc không cần JavaScript; biểu đồ và tìm kiếm chỉ tải khi cần.',
	},
	nextGroup: 'Nhóm sau',
	readFull: 'Đọc toàn văn chương trình',
	print: 'In trang này',
	programmeSource: 'Nội dung được giữ nguyên văn như văn bản gốc; mọi chỗ sửa lỗi chuyển đổi văn bản được liệt kê ở trang',
	editorWritten: 'Tóm tắt do ban biên tập viết, không phải nguyên văn chương trình.',
	/** Visible label of the group summaries on task pages (the editors' words, not the programme's). */
	editorsSummary: 'Tóm tắt của ban biên tập',
	notFoundTitle: 'Không tìm thấy trang',
	notFoundText: 'Trang bạn tìm không có hoặc đã được chuyển chỗ. Hãy thử tìm kiếm, hoặc bắt đầu lại từ trang chủ.',
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
		lead: 'Văn bản chương trình được chuyển từ bản in nên có một số lỗi chuyển đổi. Ban biên tập trang web sửa các lỗi hiển nhiên và ghi lại từng chỗ sửa dưới đây, để không có thay đổi nào bị che giấu. Mọi câu chữ khác giữ nguyên.',
		pilcrow: 'Ký hiệu ¶ đánh dấu chỗ văn bản gốc bị ngắt sang đoạn mới. Văn bản gốc chưa có số và ngày ban hành; trang web không tự đặt.',
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
			'Mỗi chỉ tiêu của mục III được đánh giá theo từng năm: đạt, chưa đạt hoặc chưa có số liệu. Mỗi thẻ dưới đây ghi số liệu năm gần nhất của chỉ tiêu và xu hướng so với năm trước.',
		status: { met: 'Đạt', 'not-met': 'Chưa đạt', 'no-data': 'Chưa có số liệu' } satisfies Record<Status, string>,
		statusIcon: { met: '✓', 'not-met': '✗', 'no-data': '–' } satisfies Record<Status, string>,
		direction: { up: 'tăng', down: 'giảm', same: 'không đổi', mixed: 'trái chiều giữa các khu vực' } satisfies Record<Direction, string>,
		directionIcon: { up: '↑', down: '↓', same: '→', mixed: '↕' } satisfies Record<Direction, string>,
		figureStatus: { official: 'Chính thức', provisional: 'Tạm tính', illustrative: 'Số liệu minh họa' } satisfies Record<
			FigureStatus,
			string
		>,
		illustrative: 'Số liệu minh họa',
		illustrativeNote:
			'Đây là số liệu minh họa do ban biên tập tạo để thử cách trình bày, không phải số liệu báo cáo thật. Chưa dùng để đánh giá việc thực hiện chương trình.',
		bullet: (n: number) => `Nhóm chỉ tiêu thứ ${n} (mục III)`,
		unit: { percent: 'Tỷ lệ (%)', count: 'Số lượng', rating: 'Mức xếp loại' } satisfies Record<Unit, string>,
		year: 'Năm',
		indicatorHeading: 'Nội dung chỉ tiêu',
		value: 'Số liệu',
		target: 'Chỉ tiêu',
		statusHeading: 'Đánh giá',
		trend: 'Xu hướng',
		part: 'Khu vực',
		fraction: 'Số đạt / tổng số',
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
		targetRuleRange: (min: string, max: string) => `Khoảng ${min}–${max}; đạt khi từ ${min} trở lên (cao hơn ${max} vẫn là đạt).`,
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
				all: 'Chỉ đạt khi đủ 100%.',
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
		downloadXlsx: 'Tải bảng Excel (.xlsx)',
		sheetObservations: 'Số liệu',
		sheetIndicators: 'Chỉ tiêu',
		/** Headers of the .xlsx downloads (the CSV keeps the machine names on the left). */
		columnLabels: {
			year: 'Năm',
			indicator_id: 'Mã chỉ tiêu',
			indicator_short_title: 'Chỉ tiêu',
			order: 'Thứ tự',
			bullet: 'Nhóm chỉ tiêu (mục III)',
			title: 'Tên chỉ tiêu',
			short_title: 'Tên ngắn',
			definition: 'Định nghĩa',
			numerator_definition: 'Số đạt (cách đếm)',
			denominator_definition: 'Tổng số (cách đếm)',
			unit: 'Đơn vị',
			breakdown_id: 'Mã khu vực',
			breakdown_label: 'Khu vực',
			value: 'Số liệu',
			numerator: 'Số đạt',
			denominator: 'Tổng số',
			target_kind: 'Loại chỉ tiêu',
			target_value: 'Mức chỉ tiêu',
			target_min: 'Mức tối thiểu',
			target_max: 'Mức trên',
			target_level: 'Mức xếp loại tối thiểu',
			target_text: 'Chỉ tiêu (viết gọn)',
			target_aggregation: 'Cách so (từng năm / bình quân)',
			target_minimum: 'Căn cứ của mức tối thiểu',
			definition_status: 'Vị thế của cách tính',
			target_source_text: 'Nguyên văn chỉ tiêu',
			related_tasks: 'Nhiệm vụ liên quan',
			status: 'Mã đánh giá',
			status_label: 'Đánh giá',
			distance: 'Khoảng cách tới chỉ tiêu',
			source_name: 'Nguồn số liệu',
			source_date: 'Ngày báo cáo nguồn',
			note: 'Ghi chú',
			figure_status: 'Mã loại số liệu',
			figure_status_label: 'Loại số liệu',
			judged_value: 'Số được so với chỉ tiêu',
			judged_from_year: 'Tính từ năm',
		} as Record<string, string>,
		downloadPng: 'Tải ảnh biểu đồ (PNG)',
		relatedTasks: 'Nhiệm vụ liên quan',
		howMeasured: 'Cách đánh giá tiến độ',
		noData: 'Chưa có số liệu chính thức cho chỉ tiêu này.',
		/** Indicator page without any published figure (always so in the release build until real figures come). */
		noOfficialData: 'Chưa có số liệu chính thức',
		noOfficialDataNote:
			'Khi có số liệu chính thức hoặc tạm tính, kèm nguồn, trang này sẽ hiện số liệu từng năm, biểu đồ và đánh giá so với chỉ tiêu.',
		figureStatusIllustrative: 'Giá trị illustrative là số liệu minh họa, không phải số liệu thật; trang công khai không đăng loại này.',
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
			'Tải toàn bộ định nghĩa chỉ tiêu và số liệu theo năm dưới dạng bảng Excel (.xlsx), CSV hoặc JSON. Địa chỉ các tệp cố định, có thể liên kết trực tiếp.',
		fieldsHeading: 'Ý nghĩa các cột',
		/** The open-data page /du-lieu/: its headings, and the downloads' names for screen readers ("Tải JSON: …"). */
		openData: {
			/** How the files are written; the aside is there only while the data hold illustrative figures. */
			formats: (illustrative: boolean): TextWithCode => [
				'Tệp Excel (.xlsx) có tên cột tiếng Việt và số lưu dạng số: Excel hoặc LibreOffice hiện số theo cách viết của máy bạn (dấu phẩy thập phân). Tệp CSV dành cho phần mềm xử lý dữ liệu: mã hóa UTF-8 có BOM, dấu phẩy ngăn cột, tên cột không dấu, số dùng dấu chấm thập phân, ngày dạng YYYY-MM-DD. Cột ',
				{ code: 'figure_status' },
				` (trong tệp Excel là cột "Loại số liệu") cho biết số liệu chính thức hay tạm tính${illustrative ? ' (ở bản thử này có cả số liệu minh họa)' : ''}.`,
			],
			allHeading: 'Toàn bộ số liệu các năm',
			allLabel: 'toàn bộ số liệu',
			latestHeading: (year: number) => `Số liệu năm gần nhất (${year})`,
			latestLabel: 'số liệu năm gần nhất',
			indicatorsHeading: 'Định nghĩa và chỉ tiêu',
			indicatorsLabel: 'định nghĩa chỉ tiêu',
			byYearHeading: 'Theo năm',
			byIndicatorHeading: 'Theo chỉ tiêu',
			observationFilesHeading: 'Tệp số liệu (so-lieu…, chi-tieu-<mã>)',
			indicatorFileHeading: 'Tệp định nghĩa (chi-tieu)',
			progressFileHeading: 'Tệp tiến độ nhiệm vụ (tien-do)',
			/** What the progress JSON file holds beyond the CSV's columns. */
			progressJson: [
				'Tệp JSON có thêm danh sách trạng thái (',
				{ code: 'statuses' },
				'), kỳ báo cáo (',
				{ code: 'periods' },
				'), đơn vị (',
				{ code: 'units' },
				') và các cặp nhiệm vụ – kỳ chưa có báo cáo (',
				{ code: 'noReport' },
				'); trong JSON, văn bản làm căn cứ là danh sách có ',
				{ code: 'title' },
				', ',
				{ code: 'number' },
				', ',
				{ code: 'date' },
				', ',
				{ code: 'url' },
				'.',
			] satisfies TextWithCode,
		},
		chartLabel: (title: string, summary: string) => `Biểu đồ ${title}. ${summary}`,
		chartNeedsJs: 'Biểu đồ cần JavaScript; bảng số liệu bên dưới có đủ các số liệu.',
		targetSeries: (label: string) => `Chỉ tiêu: ${label}`,
		rangeBand: 'Khoảng chỉ tiêu',
		allParts: 'Chung',
		since: (year: number) => `so với năm ${year}`,
		/** Sentences of the automatic summaries and tables (utils/indicators/sentences.ts). */
		ratingOrBetter: (level: string) => `${level} trở lên`,
		/** Distance to the target: "thấp hơn chỉ tiêu 1,5 điểm phần trăm"; for a range the floor is named. */
		below: (amount: string) => `thấp hơn chỉ tiêu ${amount}`,
		above: (amount: string) => `cao hơn chỉ tiêu ${amount}`,
		belowRangeFloor: (min: string, amount: string) => `thấp hơn mức tối thiểu ${min} là ${amount}`,
		aboveRangeFloor: (min: string, amount: string) => `cao hơn mức tối thiểu ${min} là ${amount}`,
		overRangeTop: (max: string) => `vượt cả mức trên ${max}`,
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
			breakdown_id: 'Mã khu vực khi chỉ tiêu được theo dõi riêng theo khu vực (nha-nuoc, ngoai-nha-nuoc); để trống nếu không tách.',
			breakdown_label: 'Tên khu vực.',
			unit: 'Đơn vị: percent (tỷ lệ %), count (số lượng), rating (mức xếp loại).',
			value: 'Số liệu của năm: tỷ lệ % (làm tròn một chữ số thập phân, dấu chấm thập phân), số lượng, hoặc mức xếp loại.',
			numerator: 'Tử số đã báo cáo (nếu tỷ lệ được tính từ tử số và mẫu số).',
			denominator: 'Mẫu số đã báo cáo.',
			target_kind:
				'Loại chỉ tiêu: atLeast (từ N trở lên), range (khoảng min–max, đạt khi ≥ min), ratingAtLeast (xếp loại từ mức nêu trở lên).',
			target_value: 'Mức N của chỉ tiêu atLeast.',
			target_min: 'Mức dưới của khoảng (chỉ tiêu range).',
			target_max: 'Mức trên của khoảng (chỉ tiêu range).',
			target_level: 'Mức xếp loại tối thiểu (chỉ tiêu ratingAtLeast).',
			target_text: 'Chỉ tiêu viết gọn, như trên trang.',
			target_aggregation:
				'Số được so với chỉ tiêu: eachYear (số của từng năm), runningMean (bình quân các năm có số liệu, từ năm đầu đến năm đó, theo câu chữ "bình quân mỗi năm").',
			target_minimum:
				'Vì sao mức nêu là mức tối thiểu: stated (câu chữ ghi "trở lên", "ít nhất", "từ"), editorsReading (cách hiểu của ban biên tập), all (phải đủ 100%).',
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
			figure_status: 'Loại số liệu: official (chính thức), provisional (tạm tính).',
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
	/** Home page: one sentence, three doors, the reporting year's progress (issue 16). */
	homePage: {
		/** One sentence; `issuer` comes from content/site.json (as the programme's preamble names it). */
		lead: (issuer?: string) =>
			`Chương trình ${issuer ? `của ${issuer} ` : ''}giao cho công đoàn các cấp những việc cụ thể để chăm lo, bảo vệ quyền lợi đoàn viên, người lao động và xây dựng quan hệ lao động hài hòa trong doanh nghiệp.`,
		doorsLabel: 'Bắt đầu từ đâu',
		doors: {
			members: { title: 'Người lao động được gì', text: 'Đối thoại, hỗ trợ khi khó khăn, học nghề' },
			progress: { title: 'Việc thực hiện đến đâu', text: 'Chỉ tiêu hằng năm: đạt, chưa đạt' },
			programme: {
				title: 'Toàn văn chương trình',
				text: (groups: number, subtasks: number) => `${groups} nhóm, ${subtasks} nhiệm vụ, chỉ tiêu`,
			},
		},
		progressLabel: 'Tiến độ năm báo cáo',
		membersHeading: 'Chương trình mang lại gì cho đoàn viên, người lao động',
		membersLead: 'Những việc công đoàn các cấp được giao, kèm hướng dẫn thực hành của ban biên tập:',
		purposesHeading: 'Mục đích, yêu cầu của chương trình',
	},
	/** The reporting year in one line (home page, /chi-tieu/). */
	progress: {
		noOfficial: (year: number) => `Năm ${year}: chưa có số liệu chính thức.`,
		noYear: 'Chưa có năm báo cáo nào.',
		official: (year: number, met: number, total: number, notMet: number, noData: number) =>
			`Năm ${year}: ${met}/${total} chỉ tiêu đạt, ${notMet} chưa đạt, ${noData} chưa có số liệu.`,
		illustrativeTally: (met: number, notMet: number, noData: number) =>
			`không phải số liệu thật: ${met} đạt, ${notMet} chưa đạt, ${noData} chưa có số liệu.`,
		summaryNoOfficial: (year: number, total: number) =>
			`Năm báo cáo ${year}: chưa có số liệu chính thức cho ${total} chỉ tiêu; các thẻ dưới đây đang dùng số liệu minh họa để thử cách trình bày.`,
		summaryOfficial: (year: number, met: number, total: number, notMet: number, noData: number) =>
			`Năm báo cáo ${year}: ${met} trong ${total} chỉ tiêu đạt, ${notMet} chưa đạt, ${noData} chưa có số liệu.`,
	},
	/** Guidelines: the editors' guidance for members, and the pages about the site itself. */
	guidance: {
		membersHeading: 'Hướng dẫn cho đoàn viên, cán bộ công đoàn',
		membersLead: 'Cách làm những việc chương trình đề ra, viết gọn cho người lao động và cán bộ công đoàn cơ sở.',
		siteHeading: 'Về trang này',
		siteLead: 'Cách đọc, tìm kiếm và cập nhật trang web.',
		standing: 'Hướng dẫn của ban biên tập, không phải văn bản chính thức.',
		standingNote:
			'Các quy định được dẫn kèm điều khoản và văn bản để bạn đối chiếu. Khi cần áp dụng vào việc cụ thể, hãy hỏi công đoàn cấp trên trực tiếp hoặc xem toàn văn văn bản.',
		sourcesHeading: 'Nguồn',
		written: 'Viết ngày',
	},
	/** Abbreviations: the first use links to its glossary entry; the toggletip shows the expansion in place. */
	abbr: {
		/** Shown after the expansion in the toggletip. */
		hint: 'Chạm lần nữa để xem giải thích trong trang Thuật ngữ.',
	},
	/** The 404 page's own search form: a name distinct from the header's search landmark. */
	notFoundSearch: 'Tìm trong toàn bộ trang web',
} as const;

/** Sentences from content/site.json (src/utils/site-settings.ts): the footer and /gioi-thieu/. */
export const siteSettingsUi = {
	issuerLine: (issuer: string) => `Chương trình của ${issuer}`,
	issuerSentence: (issuer: string) => `Theo lời mở đầu của văn bản, chương trình do ${issuer} xây dựng.`,
	publisher: (name: string) => `Đơn vị đăng tải trang: ${name}.`,
	maintainer: (name: string) => `Biên tập và cập nhật nội dung: ${name}.`,
	contact: (contact: string) => `Liên hệ: ${contact}.`,
	period: (period: string) => `Thời gian thực hiện chương trình: ${period}.`,
} as const;

/** Share cards (og:image) drawn at build time: src/utils/share-card.ts. */
export const shareUi = {
	programmeKicker: 'Toàn văn, nhiệm vụ, chỉ tiêu và hướng dẫn',
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
	updatesFeedTitle: 'Cập nhật mới – Chương trình hành động về công nhân và quan hệ lao động – Bảo Lộc',
	updatesEmpty: 'Chưa có cập nhật nào.',
	updateKinds: {
		data: 'Số liệu',
		content: 'Nội dung',
		site: 'Trang web',
	} satisfies Record<UpdateKind, string>,
	readMore: 'Xem trang',
} as const;

/**
 * The editing interface at /admin/ (Decap CMS, issue 11): collection names and field labels. Hints come
 * from the schemas' descriptions (the same texts as the JSON Schema files); the CMS's own buttons and
 * messages come from its Vietnamese locale.
 */
export const cms = {
	pageTitle: 'Biên tập nội dung — Chương trình hành động',
	noScript: 'Giao diện biên tập cần JavaScript. Trang đọc vẫn xem được bình thường khi tắt JavaScript.',
	collections: {
		observations: {
			label: 'Số liệu chỉ tiêu theo năm',
			singular: 'Số liệu một năm',
			description:
				'Mỗi năm một tệp data/observations/<năm>.json: mỗi dòng là một chỉ tiêu (và khu vực, nếu có), với tử số và mẫu số hoặc giá trị, nguồn và loại số liệu.',
		},
		glossary: {
			label: 'Thuật ngữ và chữ viết tắt',
			singular: 'Danh sách thuật ngữ',
			description: 'Toàn bộ thuật ngữ nằm trong một tệp content/glossary/terms.json.',
		},
		guidelines: { label: 'Hướng dẫn', singular: 'Hướng dẫn', description: 'Các trang hướng dẫn (content/guidelines/).' },
		updates: {
			label: 'Cập nhật mới',
			singular: 'Mục cập nhật',
			description: 'Các mục của trang Cập nhật mới và nguồn RSS (content/updates/).',
		},
		progress: {
			label: 'Tiến độ nhiệm vụ',
			singular: 'Báo cáo tiến độ',
			description:
				'Mỗi nhiệm vụ, mỗi kỳ báo cáo một tệp content/progress/<kỳ>/<nhóm>-<số>.md. Tệp mới được lưu đúng chỗ theo kỳ và nhiệm vụ đã chọn.',
		},
		reports: {
			label: 'Báo cáo định kỳ (phần viết tay)',
			singular: 'Báo cáo một kỳ',
			description: 'Phần do người viết của báo cáo định kỳ, mỗi kỳ một tệp content/reports/<kỳ>.md; số liệu và tiến độ được trang tự lấy.',
		},
		glossaryFile: 'Thuật ngữ (terms.json)',
	},
	/** Field labels by field name; a dotted path ("source.date") wins over the bare name. */
	fields: {
		year: 'Năm',
		observations: 'Các dòng số liệu',
		indicator: 'Chỉ tiêu',
		breakdown: 'Khu vực',
		value: 'Giá trị (số hoặc mức xếp loại)',
		numerator: 'Tử số',
		denominator: 'Mẫu số',
		source: 'Nguồn số liệu',
		'source.name': 'Tên báo cáo',
		'source.date': 'Ngày báo cáo',
		note: 'Ghi chú',
		status: 'Loại số liệu',
		items: 'Thuật ngữ',
		id: 'Mã (chữ thường không dấu)',
		term: 'Thuật ngữ hoặc chữ viết tắt',
		expansion: 'Nghĩa đầy đủ',
		description: 'Giải thích ngắn',
		abbreviation: 'Đánh dấu chữ viết tắt ở lần dùng đầu tiên',
		expansionStanding: 'Nguồn của nghĩa đầy đủ',
		'guidelines.kind': 'Loại hướng dẫn',
		sources: 'Nguồn trích dẫn',
		'sources.title': 'Tên văn bản hoặc trang nguồn',
		'sources.url': 'Địa chỉ trên mạng',
		'sources.note': 'Ghi chú (điều, khoản…)',
		title: 'Tiêu đề',
		summary: 'Tóm tắt',
		audience: 'Dành cho',
		relatedTasks: 'Nhiệm vụ liên quan',
		updated: 'Ngày cập nhật nội dung',
		order: 'Thứ tự trong danh sách',
		date: 'Ngày công bố',
		kind: 'Loại cập nhật',
		link: 'Trang liên quan (đường dẫn trong trang)',
		body: 'Nội dung',
		subtask: 'Nhiệm vụ',
		period: 'Kỳ báo cáo',
		asOf: 'Cập nhật đến ngày',
		'progress.status': 'Trạng thái',
		units: 'Đơn vị đã thực hiện',
		evidence: 'Văn bản làm căn cứ',
		'evidence.title': 'Tên văn bản',
		'evidence.number': 'Số hiệu văn bản',
		'evidence.date': 'Ngày ban hành',
		url: 'Địa chỉ trên mạng',
		indicators: 'Chỉ tiêu liên quan',
		illustrative: 'Minh họa (không phải báo cáo thật)',
		issuer: 'Cơ quan ban hành',
		parentBody: 'Cơ quan cấp trên trực tiếp',
		numberSymbol: 'Ký hiệu báo cáo',
		number: 'Số hiệu báo cáo',
		'reports.date': 'Ngày ký',
		place: 'Địa danh',
		signer: 'Người ký',
		'signer.capacity': 'Thẩm quyền ký',
		'signer.title': 'Chức vụ',
		'signer.name': 'Họ và tên',
		recipients: 'Nơi nhận',
	} as Record<string, string>,
	/** Hints for fields whose schema has no description (shown under the field). */
	hints: {
		'guidelines.relatedTasks': 'Chọn các nhiệm vụ của mục II mà hướng dẫn này phục vụ.',
		'guidelines.updated': 'Ngày sửa nội dung lần gần nhất.',
		'updates.link': 'Ví dụ "chi-tieu/" hoặc "nhiem-vu/nhom-3/#3-6"; để trống nếu không có.',
		body: 'Viết bằng Markdown: dòng bắt đầu bằng ## là tiêu đề mục, dấu - đầu dòng là danh sách.',
	} as Record<string, string>,
	/** Templates of the entry names in the CMS's lists ({{…}} are Decap's placeholders). */
	summaries: {
		observations: 'Năm {{fields.year}}',
		observationRow: '{{fields.indicator}} {{fields.breakdown}}',
		glossaryTerm: '{{fields.term}} — {{fields.expansion}}',
		progress: '{{subtask}} · {{period}} · {{status}}',
		reports: 'Báo cáo kỳ {{period}}',
	},
	ratingPattern: 'một số không âm (ví dụ 23 hoặc 72.5) hoặc một mức xếp loại viết đúng như thang',
	bodyLabel: 'Nội dung',
	rowLabel: 'dòng số liệu',
	termLabel: 'thuật ngữ',
} as const;

/** Progress of the 44 sub-tasks (issue 9): dashboard /tien-do/, sub-task pages, statuses on group pages. */
export const progressUi = {
	title: 'Tiến độ thực hiện các nhiệm vụ',
	shortTitle: 'Tiến độ nhiệm vụ',
	lead: 'Mỗi nhiệm vụ cụ thể của mục II được theo dõi theo từng kỳ báo cáo: đơn vị đã thực hiện, văn bản làm căn cứ và trạng thái. Nhiệm vụ không có báo cáo trong kỳ được ghi rõ là “chưa có báo cáo”.',
	/** Status words are the data's own (PROGRESS_STATUSES); these are their icons, decorative beside the word. */
	icon: {
		'chưa triển khai': '○',
		'đang triển khai': '◐',
		'hoàn thành': '✓',
		'thực hiện thường xuyên': '↻',
		'chưa có báo cáo': '–',
	} as Record<string, string>,
	/** Sentence-case status for the start of a line or a table header. */
	statusLabel: (status: string) => status.charAt(0).toUpperCase() + status.slice(1),
	period: (id: string) => {
		const [year, half] = id.split('-');
		return half === 'H1' ? `6 tháng đầu năm ${year}` : half === 'H2' ? `6 tháng cuối năm ${year}` : `Năm ${year}`;
	},
	periodShort: (id: string) => {
		const [year, half] = id.split('-');
		return half === 'H1' ? `6T đầu ${year}` : half === 'H2' ? `6T cuối ${year}` : `Năm ${year}`;
	},
	asOf: (date: string) => `Cập nhật đến ${date}`,
	latestPeriod: (label: string) => `Kỳ gần nhất: ${label.charAt(0).toLowerCase()}${label.slice(1)}`,
	overallHeading: 'Tổng hợp kỳ gần nhất',
	byGroupHeading: 'Theo nhóm nhiệm vụ',
	barLabel: (label: string) => `Số nhiệm vụ theo trạng thái, ${label}`,
	countOf: (n: number, total: number) => `${n}/${total}`,
	subtaskCount: (n: number) => `${n} nhiệm vụ`,
	tableHeading: 'Trạng thái từng nhiệm vụ theo kỳ',
	tableCaption: (n: number) => `Trạng thái của ${n} nhiệm vụ cụ thể theo kỳ báo cáo. Mỗi ô dẫn tới báo cáo của kỳ đó.`,
	subtaskColumn: 'Nhiệm vụ',
	unitsColumn: 'Đơn vị đã thực hiện',
	noEntries: 'Chưa có báo cáo tiến độ nào.',
	filterLegend: 'Lọc bảng',
	filterGroup: 'Nhóm',
	filterStatus: 'Trạng thái kỳ gần nhất',
	filterUnit: 'Đơn vị',
	filterAll: 'Tất cả',
	filterCount: (n: number) => `Đang hiện ${n} nhiệm vụ`,
	howMeasured: 'Các trạng thái được định nghĩa thế nào',
	subtaskTitle: (id: string) => `Tiến độ nhiệm vụ ${id}`,
	programmeText: 'Nội dung nhiệm vụ trong chương trình',
	readInGroup: (group: number) => `Đọc trong nhóm nhiệm vụ ${group}`,
	latestStatus: 'Trạng thái gần nhất',
	latestLine: (period: string, date: string) => `${period.charAt(0).toLowerCase()}${period.slice(1)}, cập nhật đến ${date}`,
	neverReported: 'Chưa có báo cáo nào cho nhiệm vụ này.',
	timelineHeading: 'Các kỳ báo cáo (mới nhất trước)',
	missingPeriods: (periods: string) => `Chưa có báo cáo trong: ${periods}.`,
	units: 'Đơn vị đã thực hiện',
	noUnits: 'Không ghi đơn vị.',
	evidence: 'Văn bản làm căn cứ',
	noEvidence: 'Không có văn bản kèm theo.',
	evidenceNumber: (n: string, date: string) => `số ${n}, ngày ${date}`,
	indicatorsHeading: 'Chỉ tiêu liên quan và tình hình năm gần nhất',
	indicatorLatest: (year: number) => `năm ${year}`,
	difficulties: 'Khó khăn, vướng mắc',
	nextSteps: 'Phương hướng tiếp theo',
	illustrative: 'Nội dung minh họa',
	illustrativeNote:
		'Các báo cáo tiến độ trên trang này là nội dung minh họa do ban biên tập soạn để thử cách trình bày, không phải báo cáo thật; số hiệu văn bản “000/…” là số mẫu. Chưa dùng để đánh giá việc thực hiện chương trình.',
	groupLine: 'Tiến độ:',
	groupLink: 'Xem tiến độ',
	homeHeading: 'Tiến độ các nhiệm vụ',
	homeLead:
		'Mỗi nhiệm vụ cụ thể của mục II được theo dõi theo kỳ báo cáo: đơn vị thực hiện, văn bản làm căn cứ và trạng thái; nhiệm vụ chưa có báo cáo được ghi rõ.',
	homeSummary: (n: number, label: string) => `Trạng thái của ${n} nhiệm vụ, ${label.charAt(0).toLowerCase()}${label.slice(1)}:`,
	seeDashboard: 'Xem bảng tiến độ',
	scorecardLink: 'Tiến độ thực hiện các nhiệm vụ cụ thể',
	indicatorsLink: 'Chỉ tiêu phấn đấu hằng năm',
	openDataHeading: 'Tiến độ các nhiệm vụ',
	openDataLead: 'Mỗi dòng là báo cáo của một nhiệm vụ trong một kỳ. Kỳ không có dòng nghĩa là nhiệm vụ chưa có báo cáo trong kỳ đó.',
	downloadCsv: 'Tiến độ nhiệm vụ (CSV)',
	downloadJson: 'Tiến độ nhiệm vụ (JSON)',
	fields: {
		subtask: 'Mã nhiệm vụ trong mục II của chương trình, ví dụ 3.6.',
		group: 'Số nhóm nhiệm vụ (1–7).',
		period: 'Kỳ báo cáo: 2025 (cả năm), 2025-H1 (6 tháng đầu năm), 2025-H2 (6 tháng cuối năm).',
		period_label: 'Kỳ báo cáo bằng chữ.',
		as_of: 'Thông tin cập nhật đến ngày, dạng YYYY-MM-DD.',
		status: 'Trạng thái: chưa triển khai, đang triển khai, hoàn thành, thực hiện thường xuyên.',
		status_key: 'Mã trạng thái không dấu: chua-trien-khai, dang-trien-khai, hoan-thanh, thuong-xuyen.',
		units: 'Mã các đơn vị đã thực hiện, cách nhau bằng dấu cách (danh sách đơn vị ở cột units của tệp JSON).',
		unit_names: 'Tên ngắn các đơn vị đã thực hiện, cách nhau bằng dấu chấm phẩy.',
		evidence: 'Văn bản làm căn cứ: số hiệu, ngày (YYYY-MM-DD) và tên, mỗi văn bản cách nhau bằng dấu chấm phẩy.',
		indicators: 'Mã các chỉ tiêu liên quan của mục III, cách nhau bằng dấu cách.',
		done: 'Những việc đã làm trong kỳ (văn bản thuần).',
		difficulties: 'Khó khăn, vướng mắc (nếu có).',
		next_steps: 'Phương hướng tiếp theo (nếu có).',
		illustrative: 'true nếu là nội dung minh họa, không phải báo cáo thật.',
		url: 'Địa chỉ trang tiến độ của nhiệm vụ.',
	} as Record<string, string>,
} as const;
