/** Every Vietnamese word the sidebar page shows, reviewed in one place. */
import type { PeriodProgressView, RegistrationView } from '../../app/sidebar/unitRowView';
import type { DeadlineInfo } from '../../app/sidebar/sidebarApi';

export const T = {
  parkedHeading: (count: number) => `${count} thư, phiếu chưa ghi được (Lỗi xử lý)`,
  parkedLine: (source: string, unit: string, reason: string, code = '') => `${source}${code ? ` số hiệu ${code}` : ''}${unit ? ` của ${unit}` : ''}: ${reason}`,
  replay: 'Xử lý lại',
  replaying: 'Đang xử lý lại…',
  replayLabel: (what: string) => `Xử lý lại: ${what}`,
  parkedMore: (more: number) => `và ${more} mục khác (trang Nhật ký nhận, trạng thái "Lỗi xử lý").`,
  navDashboard: 'Tổng quan',
  navReview: 'Chờ xem xét',
  navLabel: 'Chuyển trang',
  loading: 'Đang tải…',
  loadingUnit: (name: string) => `Đang tải ${name}…`,
  loadFailed: 'Không tải được dữ liệu.',
  retry: 'Thử lại',
  reload: 'Tải lại',
  updatedAt: (time: string) => `Cập nhật lúc ${time}`,
  brand: 'Đi cơ sở',

  progress: (complete: number, total: number) => `${complete}/${total} đơn vị đã nộp đủ`,
  remindAll: (late: number) => `Nhắc tất cả đơn vị chưa nộp (${late})`,
  remindAllQuestion: (late: number, overdue: boolean) =>
    `Gửi ${overdue ? 'thông báo quá hạn nộp' : 'thư nhắc hạn nộp'} tới ${late} đơn vị chưa nộp đủ, mỗi thư ghi rõ phần còn thiếu và đồng gửi cán bộ đứng điểm? ` +
    'Đơn vị đã nhận thư hôm nay sẽ không nhận thêm.',
  remindAllConfirm: 'Gửi thư',
  cancel: 'Hủy',
  reportHeading: 'Báo cáo gửi cấp trên',
  reportHint: 'Lập dự thảo báo cáo từ số liệu hiện tại của bảng tính, xem và bổ sung trong Google Tài liệu, rồi gửi kèm bảng xếp loại.',
  makeReport: 'Lập báo cáo',
  makingReport: 'Đang lập báo cáo…',
  remakeReport: 'Lập lại số liệu',
  openReport: 'Mở dự thảo báo cáo',
  sendReport: 'Gửi báo cáo',
  sendReportConfirm: 'Gửi',
  progressLabel: 'Tiến độ nộp báo cáo',
  deadline: (date: string) => `Hạn nộp ${date}`,
  noUnits: 'Chưa có đơn vị nào trong trang Đơn vị. Đề nghị thêm đơn vị rồi chạy Đi cơ sở > Thiết lập / bổ sung bảng tính.',

  chartHeading: 'Xếp loại Chi đoàn của tất cả đơn vị',
  chartHeadingFiltered: (units: number) => `Xếp loại Chi đoàn của ${units} đơn vị đang hiện`,
  chartTitle: (periods: string[]) => `Biểu đồ số Chi đoàn theo xếp loại, so sánh ${periods.join(' và ')}`,
  chartEmpty: 'Chưa có Chi đoàn nào được xếp loại.',
  unrated: 'chưa xếp loại',
  unratedNote: (periods: { period: string; count: number }[]) =>
    `Chưa xếp loại: ${periods.map((p) => `${p.count} Chi đoàn (${p.period})`).join(', ')}.`,
  chartCount: (label: string, period: string, count: number) => `${period}, ${label}: ${count} Chi đoàn`,

  filters: 'Lọc danh sách',
  search: 'Tìm đơn vị',
  searchPlaceholder: 'Gõ tên đơn vị, có dấu hoặc không dấu',
  sortBy: 'Sắp xếp',
  sort: {
    order: 'Theo thứ tự trong trang Đơn vị',
    status: 'Theo tình trạng (chưa nộp trước)',
    overdue: 'Theo số ngày quá hạn',
    cluster: 'Theo cụm',
  } as Record<'order' | 'status' | 'overdue' | 'cluster', string>,
  clearFilters: 'Xóa bộ lọc',
  cluster: 'Cụm',
  allClusters: 'Tất cả các cụm',
  cadre: 'Cán bộ đứng điểm',
  allCadres: 'Tất cả cán bộ',
  lateOnly: (overdue: boolean) => (overdue ? 'Chỉ đơn vị quá hạn (chưa nộp đủ)' : 'Chỉ đơn vị chưa nộp đủ'),
  showing: (shown: number, total: number) => `Đang hiện ${shown}/${total} đơn vị`,
  noMatch: 'Không có đơn vị nào khớp bộ lọc.',
  unitsHeading: 'Các đơn vị',
  openUnit: (name: string) => `Xem chi tiết ${name}`,
  cadreShort: (id: string) => `Cán bộ: ${id}`,
  lastContact: (time: string) => `Lần nhận cuối: ${time}`,
  neverContacted: 'Chưa ghi nhận báo cáo nào',
  registration: 'Đăng ký',
  complete: 'Đã nộp đủ',
  incomplete: 'Chưa đủ',

  back: '← Quay lại danh sách',
  secretary: 'Bí thư',
  emails: 'Email',
  noEmail: 'chưa có',
  statusHeading: 'Tình trạng',
  missingChapters: (names: string[]) => `Còn thiếu: ${names.join('; ')}`,
  actionsHeading: 'Thao tác',
  openTab: 'Mở trang của đơn vị',
  tabOpened: (sheet: string) => `Đã mở trang "${sheet}" trong bảng tính.`,
  tabMissing: (short: string) => `Không có trang "${short}": đề nghị chạy Đi cơ sở > Thiết lập / bổ sung bảng tính.`,
  sendReminder: 'Gửi nhắc hạn ngay',
  sending: 'Đang gửi…',
  reminderNotNeeded: 'Đơn vị đã nộp đủ và đăng ký hợp lệ: không cần nhắc.',
  copyFormLink: 'Sao chép liên kết biểu mẫu',
  formLinkLabel: 'Liên kết biểu mẫu đã điền sẵn tên đơn vị',
  noFormLink: 'Đơn vị chưa có biểu mẫu (cột "Biểu mẫu" của trang Đơn vị còn trống), nên chưa có liên kết để sao chép.',
  copied: 'Đã sao chép liên kết biểu mẫu. Đề nghị dán vào tin nhắn gửi đơn vị.',
  copyManually: 'Trình duyệt không cho sao chép tự động: liên kết đã được chọn sẵn, đề nghị nhấn Ctrl+C (hoặc ⌘+C).',
  chaptersHeading: (count: number) => `Chi đoàn (${count})`,
  chapter: 'Chi đoàn',
  registrationShort: 'Đăng ký',
  notRated: '—',
  members: (n: number) => `${n} đoàn viên`,
  noChapters: 'Trang của đơn vị chưa có Chi đoàn nào. Đề nghị nhập tên các Chi đoàn vào cột "Chi đoàn" của trang đó.',
  historyHeading: 'Lịch sử nhận',
  historyMore: (shown: number, total: number) => `Đang hiện ${shown} lần nhận gần nhất trong ${total}; xem đủ ở trang Nhật ký nhận.`,
  noHistory: 'Chưa nhận được gì từ đơn vị này.',
  lettersHeading: 'Thư đã gửi đơn vị',
  lettersMore: (shown: number, total: number) => `Đang hiện ${shown} thư gần nhất trong ${total}; xem đủ ở trang Nhật ký gửi.`,
  noLetters: 'Chưa gửi thư nào cho đơn vị này.',
  letterTo: 'Tới',
  pilotsHeading: (count: number) => `Chi đoàn làm điểm (${count})`,
  pilotMonth: (month: string) => `Làm điểm tháng ${month}`,
  pilotShort: (chapters: readonly string[]) => `Chi đoàn làm điểm: ${chapters.join(', ')}`,
  pilotBadge: 'Làm điểm',
  pilotField: 'Chi đoàn làm điểm',
  pilotFieldValue: (chapter: string, month: string, status: string) => `${chapter} (làm điểm tháng ${month})${status ? ` – ${status}` : ''}`,
  pilotStatus: (status: string) => `Buổi đi cơ sở: ${status}`,
  registrationBadge: { 'Xây dựng Chi đoàn mạnh': 'Xây dựng mạnh', 'Hỗ trợ': 'Hỗ trợ' } as Record<string, string>,

  paperEntry: 'Nhập phiếu giấy',
  paperEntryNote: 'Ghi bảng xếp loại, đăng ký đơn vị gửi bằng văn bản hoặc báo qua điện thoại.',
  paperHeading: 'Nhập phiếu giấy',
  paperBack: (unit: string) => `← Quay lại ${unit}`,
  paperIntro:
    'Các ô đã điền sẵn nội dung hiện có trong bảng theo dõi; đề nghị sửa theo văn bản hoặc cuộc gọi của đơn vị. Đơn vị báo phần nào thì ghi phần đó (như thư điện tử): phần chưa báo giữ nguyên, kể cả đăng ký. Phiếu được ghi vào Nhật ký nhận với nguồn “Thủ công”.',
  paperReceived: 'Ngày Văn phòng nhận văn bản',
  paperDatePlaceholder: 'ngày/tháng/năm',
  paperNote: 'Ghi chú (số văn bản, người nộp)',
  paperNotePlaceholder: 'Ví dụ: Công văn số 12-CV/ĐTN, Bí thư nộp trực tiếp',
  paperNoRating: '— Chưa có —',
  paperNoRegistration: '— Không đăng ký —',
  paperMembers: 'Số đoàn viên',
  paperNewChapter: 'Chi đoàn mới',
  paperNewName: 'Tên Chi đoàn',
  paperNewNamePlaceholder: 'Ví dụ: Chi đoàn thôn Tân An',
  paperAddChapter: '+ Thêm Chi đoàn chưa có trong danh sách',
  paperRemoveChapter: 'Bỏ Chi đoàn này',
  paperNotify: (emails: readonly string[]) => `Gửi thư xác nhận cho đơn vị (${emails.join(', ')})`,
  paperNoEmail: 'Đơn vị chưa có email trong trang Đơn vị nên không gửi được thư xác nhận.',
  paperSave: 'Ghi phiếu giấy',
  paperSaving: 'Đang ghi…',
  paperCancel: 'Hủy',
  paperFix: 'Chưa ghi được. Đề nghị sửa các điểm sau:',
  paperRefused: 'Phiếu chưa được ghi (chưa có gì thay đổi trong bảng tính). Đề nghị sửa các điểm sau rồi bấm “Ghi phiếu giấy” lại:',
  paperRetry: 'Nội dung đã nhập vẫn còn nguyên; đề nghị bấm “Ghi phiếu giấy” lại. Phiếu sẽ không bị ghi hai lần.',
  paperNewNameMissing: 'Chi đoàn mới chưa có tên: đề nghị nhập tên hoặc bấm “Bỏ Chi đoàn này”.',
  paperMembersInvalid: (chapter: string) => `Số đoàn viên của ${chapter || 'Chi đoàn mới'} phải là số nguyên từ 0 đến 99999.`,
  paperDateInvalid: (typed: string) =>
    `Ngày nhận văn bản “${typed}” chưa đúng: đề nghị nhập theo dạng ngày/tháng/năm, ví dụ 05/09/2016.`,

  reviewHeading: (count: number) => `Thư chờ xem xét (${count})`,
  reviewIntro:
    'Các thư dưới đây chưa được ghi vì chưa rõ của đơn vị nào. Đề nghị giao cho đúng đơn vị (thư sẽ được ghi và xác nhận) hoặc từ chối (người gửi nhận thư báo lý do).',
  reviewEmpty: 'Không có thư nào chờ xem xét.',
  from: 'Từ',
  subject: 'Tiêu đề',
  why: 'Lý do chờ',
  whatWasRead: 'Nội dung đã đọc',
  attachments: 'Tệp đính kèm',
  openInGmail: 'Mở thư trong Gmail',
  assignTo: 'Giao cho đơn vị',
  chooseUnit: '— Chọn đơn vị —',
  assign: 'Giao cho đơn vị',
  rememberSender: 'Ghi nhớ địa chỉ này cho đơn vị',
  rememberSenderNote: (sender: string) => `Thêm ${sender} vào email của đơn vị trong trang Đơn vị: thư sau từ địa chỉ này được ghi ngay, không phải chờ xem xét.`,
  mustChooseUnit: 'Đề nghị chọn đơn vị trước khi giao.',
  rejectReason: 'Lý do từ chối (gửi cho người gửi)',
  rejectOtherReason: 'Lý do khác (nhập bên dưới)',
  rejectOtherLabel: 'Lý do khác',
  rejectPlaceholder: 'Nhập lý do, viết đủ câu: người gửi đọc nguyên văn',
  reject: 'Từ chối…',
  rejectConfirmHeading: 'Xác nhận từ chối thư này',
  rejectConfirm: 'Xác nhận từ chối và gửi thư',
  rejectNeedsReason: 'Đề nghị chọn hoặc nhập lý do từ chối: lý do được gửi cho người gửi thư.',
  rejectLoadingLetter: 'Đang soạn thư sẽ gửi…',
  rejectLetterHeading: 'Thư sẽ gửi cho người gửi',
  rejectLetterTo: 'Gửi tới',
  working: 'Đang xử lý…',
  assigned: (unit: string, status: string) => `Đã giao cho ${unit}: ${status}.`,
  rejected: 'Đã từ chối; người gửi sẽ nhận thư báo lý do.',

  pendingChaptersHeading: (count: number) => `Chi đoàn chờ đối chiếu (${count})`,
  pendingChaptersIntro:
    'Các tên Chi đoàn dưới đây do đơn vị gửi nhưng không có trong danh sách, và gần giống một Chi đoàn đã có nên chưa được ghi. ' +
    'Đề nghị ghép vào đúng Chi đoàn (nội dung sẽ được ghi vào Chi đoàn đó, và lần sau tên này được hiểu là Chi đoàn đó) hoặc thêm làm Chi đoàn mới.',
  pendingChaptersEmpty: 'Không có Chi đoàn nào chờ đối chiếu.',
  chapterReported: (unit: string, name: string) => `${unit}: “${name}”`,
  chapterReceived: (when: string, channel: string) => `Nhận lúc ${when} · ${channel}`,
  chapterLooksLike: 'Gần giống',
  mapTo: 'Ghép vào Chi đoàn',
  chooseChapter: '— Chọn Chi đoàn —',
  mapChapter: (chapter: string) => (chapter ? `Ghép vào ${chapter}` : 'Ghép vào Chi đoàn đã chọn'),
  mustChooseChapter: 'Đề nghị chọn Chi đoàn để ghép.',
  addChapter: 'Thêm Chi đoàn mới',
} as const;

/** `Còn 3 ngày`, `Hôm nay là hạn cuối`, `Quá hạn 2 ngày`. */
export function deadlineText(deadline: Pick<DeadlineInfo, 'daysLeft' | 'daysOverdue'>): string {
  if (deadline.daysOverdue > 0) return `Quá hạn ${deadline.daysOverdue} ngày`;
  if (deadline.daysLeft === 0) return 'Hôm nay là hạn cuối';
  return `Còn ${deadline.daysLeft} ngày`;
}

/** `năm 2015: 5/6` and the state's word, for a chip. */
export function periodChipText(period: PeriodProgressView): string {
  const word = period.state === 'complete' ? 'đủ' : period.state === 'partial' ? 'thiếu' : 'chưa nộp';
  return `${period.short}: ${period.rated}/${period.total} ${word}`;
}

export function registrationChipText(registration: RegistrationView): string {
  return `${T.registration}: ${registration.text}`;
}

/** A failed server call as the person at the sidebar reads it: what happened and what to do (server.ts). */
export const FAILURE_TEXT = {
  offline: 'Không kết nối được tới Google (mạng Internet bị gián đoạn hoặc trang đã mở quá lâu). Đề nghị kiểm tra kết nối mạng rồi bấm “Thử lại”; nếu vẫn không được, đóng và mở lại bảng điều khiển.',
  serviceDown: 'Google Sheets đang chậm hoặc tạm thời không phản hồi; chưa có gì bị ghi dở. Đề nghị chờ một lát rồi bấm “Thử lại”.',
  lockTimeout: 'Hệ thống đang bận ghi dữ liệu khác (thư đến, biểu mẫu) quá lâu. Đề nghị chờ khoảng một phút rồi thử lại.',
  timeLimit: 'Thao tác chạy quá thời gian Google cho phép nên đã dừng. Đề nghị thử lại; phần đã ghi được giữ nguyên và không bị ghi hai lần.',
  mailQuota: 'Hôm nay tài khoản đã dùng hết hạn mức gửi thư của Google. Đề nghị gửi lại vào ngày mai; thư chưa gửi được ghi trong trang Nhật ký gửi.',
  permission:
    'Tài khoản đang dùng chưa được cấp quyền cho thao tác này. Đề nghị mở menu Đi cơ sở > Kiểm tra cài đặt để cấp quyền, hoặc nhờ chủ bảng tính chia sẻ quyền chỉnh sửa cho tài khoản của mình.',
  sheetLimit: 'Bảng tính đã chạm giới hạn của Google Sheets (số ô, độ dài một ô hoặc kích thước trang). Đề nghị chạy Đi cơ sở > Kiểm tra cài đặt để xem cách khắc phục.',
  unknown: 'Máy chủ gặp lỗi chưa xác định. Đề nghị thử lại; nếu vẫn lỗi, báo người quản trị kèm thời điểm xảy ra (chi tiết ở Apps Script > Lần thực thi).',
} as const;
