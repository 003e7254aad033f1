/**
 * Every string the site's interface shows, in one place. Programme text and editor content live in
 * content/ and data/; this file holds only the chrome around them.
 */
export const ui = {
	siteName: 'Chương trình hành động về công nhân và quan hệ lao động',
	siteShortName: 'Chương trình hành động',
	siteOwner: 'Liên đoàn Lao động thành phố Bảo Lộc',
	siteDescription:
		'Chương trình hành động của Ban Thường vụ Thành ủy Bảo Lộc về xây dựng đội ngũ công nhân và quan hệ lao động hài hòa trong doanh nghiệp: toàn văn, hướng dẫn và tiến độ thực hiện.',
	skipLink: 'Bỏ qua, đến nội dung chính',
	mainNav: 'Điều hướng chính',
	footerNav: 'Liên kết cuối trang',
	breadcrumb: 'Vị trí trang',
	home: 'Trang chủ',
	nav: {
		programme: 'Toàn văn',
		tasks: 'Nhiệm vụ',
		indicators: 'Chỉ tiêu',
		guidelines: 'Hướng dẫn',
		search: 'Tìm kiếm',
		implementation: 'Tổ chức thực hiện',
		glossary: 'Thuật ngữ',
		errata: 'Đính chính',
		about: 'Giới thiệu',
	},
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
	previousGroup: 'Nhóm trước',
	nextGroup: 'Nhóm sau',
	readFull: 'Đọc toàn văn chương trình',
	print: 'In trang này',
	programmeSource:
		'Nội dung nhiệm vụ được giữ nguyên văn như văn bản gốc; các chỗ sửa lỗi chuyển đổi văn bản được liệt kê ở trang Đính chính.',
	editorWritten: 'Tóm tắt do ban biên tập viết, không phải nguyên văn chương trình.',
	notFoundTitle: 'Không tìm thấy trang',
	notFoundText:
		'Trang bạn tìm không có hoặc đã được chuyển chỗ. Hãy thử tìm kiếm, hoặc bắt đầu lại từ trang chủ.',
	updated: 'Cập nhật',
	audience: {
		members: 'Đoàn viên, người lao động',
		leaders: 'Lãnh đạo, cán bộ công đoàn',
		editors: 'Người biên tập nội dung',
	} as Record<string, string>,
	relatedTasks: 'Nhiệm vụ liên quan',
	relatedGuidelines: 'Hướng dẫn liên quan',
	relatedIndicators: 'Chỉ tiêu liên quan',
	errataKinds: {
		'page-break': 'Nối đoạn bị ngắt trang',
		typo: 'Sửa lỗi chính tả',
		numbering: 'Sửa số mục',
		structure: 'Thống nhất định dạng',
		unresolved: 'Chưa xác định — giữ nguyên',
	} as Record<string, string>,
	errata: {
		location: 'Vị trí',
		source: 'Văn bản gốc',
		corrected: 'Trên trang web',
		reason: 'Lý do',
		unchanged: '(giữ nguyên)',
	},
	glossaryAbbr: 'Viết tắt / thuật ngữ',
	glossaryExpansion: 'Nghĩa đầy đủ',
	footerNote:
		'Trang thông tin công khai về việc thực hiện Chương trình hành động. Nội dung do Liên đoàn Lao động thành phố Bảo Lộc biên tập.',
	dateFormat: (iso: string) => {
		const [y, m, d] = iso.split('-');
		return `${d}/${m}/${y}`;
	},
	/** The 404 page's own search form: a name distinct from the header's search landmark. */
	notFoundSearch: 'Tìm trong toàn bộ trang web',
} as const;
