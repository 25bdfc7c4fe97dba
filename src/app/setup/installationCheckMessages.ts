/** Vietnamese texts of the self-check (menu "Kiểm tra cài đặt"), reviewed in one place. */
import type { ServiceName } from './installationFacts';

export const CHECK_MENU_ITEM = 'Kiểm tra cài đặt';
export const CHECK_TITLE = 'Kiểm tra cài đặt Đi cơ sở';

export const SERVICE_LABELS: Readonly<Record<ServiceName, string>> = {
  spreadsheet: 'bảng tính',
  form: 'Google Biểu mẫu',
  gmail: 'Gmail (đọc thư, gắn nhãn)',
  mail: 'gửi thư',
  triggers: 'trình kích hoạt',
};

/** What each trigger does, as the office knows it; the function name is what the Triggers page shows. */
export const TRIGGER_LABELS: Readonly<Record<string, string>> = {
  pollMailbox: 'đọc hộp thư mỗi 10 phút',
  checkDeadlines: 'kiểm tra hạn nộp hằng ngày',
  onFormSubmit: 'nhận bài nộp qua biểu mẫu',
  onCadreFormSubmit: 'nhận báo cáo kết quả đi cơ sở qua biểu mẫu của cán bộ',
};

const list = (items: readonly string[]) => items.join(', ');
const REAUTHORIZE =
  'Chọn lại một mục trong menu Đi cơ sở; khi Google hỏi quyền, đề nghị đánh dấu chọn tất cả các quyền rồi bấm Cho phép. ' +
  'Nếu Google không hỏi lại: vào Tài khoản Google > Bảo mật > Kết nối với ứng dụng và dịch vụ bên thứ ba, gỡ quyền truy cập của dự án rồi chạy lại.';
const TECHNICAL = 'Đề nghị báo cho người phụ trách kỹ thuật của hệ thống, kèm nội dung mục này.';

export const checkTitles = {
  permissions: 'Quyền truy cập',
  triggers: 'Trình kích hoạt',
  form: 'Biểu mẫu',
  gmail: 'Tìm thư theo nhãn Gmail',
  quota: 'Hạn mức gửi thư',
  timeZones: 'Múi giờ',
  text: 'Chữ tiếng Việt',
  signature: 'Chữ ký thư',
} as const;

export const signatureMessages = {
  ok: (title: string, name: string) => `Thư gửi đơn vị ký: ${title ? `${title} ` : ''}${name}.`,
  notChecked: 'Chưa kiểm tra được vì chưa đọc được trang Cấu hình.',
} as const;

export const permissionMessages = {
  ok: (services: readonly string[], note: string | null) => `Đã cấp đủ quyền: ${list(services)}${note ? ` (${note})` : ''}.`,
  formNotProbed: 'chưa thử được quyền Google Biểu mẫu vì bảng tính chưa có biểu mẫu liên kết',
  authorizationRequired: 'Tài khoản này chưa cấp đủ quyền cho ứng dụng.',
  denied: (services: readonly string[]) => `Thiếu quyền: ${list(services)}. Các việc cần quyền đó sẽ không chạy được.`,
  reauthorize: REAUTHORIZE,
  stillDenied: `Nếu vẫn thiếu quyền sau khi cấp lại, có thể tệp khai báo quyền của dự án (appsscript.json) chưa có quyền đó. ${TECHNICAL}`,
  authorizationUnknown: (error: string) => `Không đọc được tình trạng cấp quyền (${error}).`,
} as const;

export const triggerMessages = {
  ok: (items: readonly string[], owner: string) => `Đủ và không trùng: ${list(items)}; thuộc tài khoản ${owner}.`,
  notSetUp: 'Bảng tính chưa được thiết lập nên chưa có trình kích hoạt.',
  runSetup: 'Chọn Đi cơ sở > Thiết lập / bổ sung bảng tính bằng tài khoản của Văn phòng.',
  otherOwner: (owner: string) =>
    `Các trình kích hoạt thuộc tài khoản ${owner}. Danh sách của tài khoản đang kiểm tra không hiển thị trình kích hoạt của tài khoản khác, nên chưa xác nhận được chúng còn đủ.`,
  ownerShouldRun: (owner: string) => `Đề nghị tài khoản ${owner} mở bảng tính và chọn Đi cơ sở > ${CHECK_MENU_ITEM}.`,
  secondSet: (items: readonly string[]) =>
    `Tài khoản đang kiểm tra cũng có trình kích hoạt: ${list(items)}. Chúng chạy song song với bộ của Văn phòng, thư có thể bị xử lý hoặc gửi hai lần.`,
  deleteOwn: (functions: readonly string[]) =>
    `Mở Tiện ích mở rộng > Apps Script > Trình kích hoạt và xóa các trình kích hoạt của tài khoản này (hàm ${list(functions)}).`,
  ownerUnknown:
    'Chưa ghi nhận tài khoản đã cài trình kích hoạt; các trình kích hoạt trên thuộc tài khoản đang kiểm tra.',
  recordOwner: 'Chọn Đi cơ sở > Thiết lập / bổ sung bảng tính bằng tài khoản của Văn phòng để ghi nhận tài khoản này.',
  missing: (items: readonly string[]) => `Thiếu: ${list(items)}.`,
  reinstall: 'Chọn Đi cơ sở > Thiết lập / bổ sung bảng tính (cài lại việc đọc hộp thư và kiểm tra hạn nộp).',
  reinstallForm: 'Chọn Đi cơ sở > Cập nhật biểu mẫu cho các đơn vị (cài lại việc nhận bài nộp qua biểu mẫu).',
  reinstallCadreForm: 'Chọn Đi cơ sở > Thiết lập / bổ sung bảng tính bằng tài khoản của Văn phòng (tạo biểu mẫu báo cáo của cán bộ nếu chưa có và cài lại việc nhận báo cáo).',
  duplicated: (items: readonly string[]) => `Bị trùng: ${list(items)}; mỗi việc sẽ chạy nhiều lần.`,
  deleteDuplicates: (functions: readonly string[]) =>
    `Mở Tiện ích mở rộng > Apps Script > Trình kích hoạt, giữ lại một và xóa các trình kích hoạt thừa của hàm ${list(functions)}.`,
  otherForm: 'Có trình kích hoạt nhận bài nộp gắn với một biểu mẫu khác biểu mẫu đang liên kết với bảng tính.',
  deleteOtherForm: 'Mở Tiện ích mở rộng > Apps Script > Trình kích hoạt, xóa trình kích hoạt onFormSubmit gắn với biểu mẫu cũ.',
  unreadable: 'Không đọc được danh sách trình kích hoạt.',
} as const;

export const formMessages = {
  ok: 'Biểu mẫu của hệ thống mở được, đang nhận câu trả lời, có trình kích hoạt nhận bài nộp.',
  linkedAccepting: 'Biểu mẫu của hệ thống mở được và đang nhận câu trả lời.',
  triggerUnverified: (owner: string) => `Trình kích hoạt nhận bài nộp thuộc tài khoản ${owner}, chưa xác nhận được từ tài khoản này.`,
  notSetUp: 'Bảng tính chưa được thiết lập.',
  notLinked: 'Bảng tính chưa có biểu mẫu của hệ thống: các đơn vị chưa nộp được qua biểu mẫu.',
  build: 'Chọn Đi cơ sở > Cập nhật biểu mẫu cho các đơn vị.',
  cannotOpen: (error: string) => `Không mở được biểu mẫu của hệ thống (${error}).`,
  workbookUnreadable: (error: string) => `Không đọc được bảng tính (${error}).`,
  relink:
    'Nếu biểu mẫu đã bị xóa: khôi phục biểu mẫu từ Thùng rác của Google Drive (đường liên kết của các đơn vị vẫn dùng được), rồi chạy lại kiểm tra; nếu biểu mẫu chưa được chia sẻ với tài khoản này, đề nghị tài khoản Văn phòng chạy kiểm tra.',
  destinationHere:
    'Biểu mẫu đang ghi câu trả lời vào một trang của bảng tính này: trang đó có một cột cho mỗi Chi đoàn của mỗi lượt xếp loại và có thể làm bảng tính vượt giới hạn 10 triệu ô (hệ thống đọc câu trả lời ngay trong biểu mẫu).',
  otherDestination: 'Biểu mẫu đang ghi câu trả lời vào một bảng tính khác (hệ thống đọc câu trả lời ngay trong biểu mẫu, không cần bảng tính đó).',
  removeDestination: 'Trong biểu mẫu, thẻ Câu trả lời, chọn dấu ⋮ > Hủy liên kết biểu mẫu; các câu trả lời vẫn được giữ trong biểu mẫu.',
  closed: 'Biểu mẫu đang không nhận câu trả lời: đơn vị mở đường liên kết sẽ không nộp được.',
  closedAfterDeadline: 'Biểu mẫu đã ngừng nhận câu trả lời (đã quá hạn nộp).',
  reopen: 'Trong biểu mẫu, thẻ Câu trả lời, bật "Chấp nhận câu trả lời".',
  noTrigger: 'Chưa có trình kích hoạt nhận bài nộp của biểu mẫu: bài nộp chỉ được ghi ở lần đọc hộp thư sau.',
} as const;

export const gmailMessages = {
  ok: (account: string) =>
    `Thư kiểm tra gửi cho chính tài khoản ${account} được tìm thấy theo từng nhãn của hệ thống và được loại khỏi danh sách thư cần đọc.`,
  trashed: 'Thư kiểm tra đã được chuyển vào Thùng rác.',
  created: (labels: readonly string[]) => `Đã tạo nhãn ${list(labels.map((l) => `"${l}"`))} (hệ thống cũng tạo khi gặp thư đầu tiên).`,
  noQuota: 'Chưa thử được: tài khoản đã hết hạn mức gửi thư hôm nay nên không gửi được thư kiểm tra.',
  tryTomorrow: `Chọn lại Đi cơ sở > ${CHECK_MENU_ITEM} vào ngày mai.`,
  noAddress: 'Chưa thử được: Google không cho biết địa chỉ email của tài khoản đang kiểm tra.',
  failed: (error: string) => `Không thử được việc tìm thư (${error}).`,
  notArrived: (account: string) => `Thư kiểm tra gửi cho chính tài khoản ${account} không xuất hiện trong hộp thư sau vài giây.`,
  checkFilters: 'Kiểm tra bộ lọc và chuyển tiếp thư của Gmail (thư không được tự động xóa hay bỏ qua), rồi chạy lại.',
  candidatesMiss: 'Truy vấn tìm thư mới của hệ thống không thấy một thư chưa gắn nhãn: thư các đơn vị gửi đến có thể không được đọc.',
  labelMiss: (label: string) => `Tìm theo nhãn "${label}" không thấy thư đã gắn nhãn đó.`,
  notExcluded: (label: string) =>
    `Thư đã gắn nhãn "${label}" vẫn nằm trong danh sách thư cần đọc: thư đã xử lý sẽ bị đọc lại ở mỗi lần chạy.`,
  technical: TECHNICAL,
  notTrashed: (token: string) => `Chưa chuyển được thư kiểm tra vào Thùng rác; đề nghị tự xóa thư có tiêu đề chứa "${token}".`,
  otherAccount: (account: string) => `Đã thử trên hộp thư của tài khoản ${account}.`,
  subject: (token: string) => `Đi cơ sở: thư kiểm tra cài đặt ${token}`,
  body: 'Thư này do mục Kiểm tra cài đặt gửi để thử việc tìm thư theo nhãn; hệ thống tự chuyển nó vào Thùng rác.',
} as const;

export const quotaMessages = {
  enough: (left: number, units: number, needed: number) =>
    `Hôm nay còn gửi được cho ${left} người nhận; một đợt nhắc hạn cho ${units} đơn vị cần khoảng ${needed}.`,
  short: (left: number, units: number, needed: number) =>
    `Hôm nay chỉ còn gửi được cho ${left} người nhận, trong khi một đợt nhắc hạn cho ${units} đơn vị cần khoảng ${needed}: thư còn lại sẽ hoãn sang ngày hôm sau.`,
  largerQuota: 'Tài khoản Gmail cá nhân gửi được cho 100 người nhận mỗi ngày; tài khoản Google Workspace được 1.500. Nên dùng tài khoản Workspace cho Văn phòng.',
  none: 'Tài khoản đã hết hạn mức gửi thư hôm nay: thư nhắc, thư xác nhận sẽ hoãn đến ngày mai.',
  waitTomorrow: 'Không cần làm gì thêm: hệ thống tự gửi lại các thư đã hoãn khi có hạn mức mới.',
  unknownNeed: (left: number) => `Hôm nay còn gửi được cho ${left} người nhận (chưa tính được nhu cầu vì bảng tính chưa đọc được).`,
  notOwner: (runner: string, owner: string) =>
    `Đây là hạn mức của tài khoản ${runner}; thư của hệ thống gửi từ tài khoản ${owner}.`,
  unreadable: 'Không đọc được hạn mức gửi thư.',
} as const;

export const timeZoneMessages = {
  ok: (zone: string) => `Kịch bản, bảng tính và kế hoạch cùng dùng múi giờ ${zone} (giờ Việt Nam); ngày giờ hiển thị đúng dạng ngày/tháng/năm.`,
  consistentElsewhere: (zone: string) =>
    `Kịch bản, bảng tính và kế hoạch cùng dùng múi giờ ${zone}, không phải giờ Việt Nam (Asia/Ho_Chi_Minh).`,
  differ: (parts: readonly string[]) => `Các múi giờ không thống nhất: ${list(parts)}. Hạn nộp và giờ gửi thư nhắc sẽ bị lệch.`,
  part: (where: string, zone: string) => `${where} ${zone}`,
  unverified: (parts: readonly string[]) => `Chưa đọc được đủ các múi giờ: ${list(parts)}.`,
  script: 'kịch bản',
  spreadsheet: 'bảng tính',
  campaign: 'kế hoạch',
  fixScript: 'Múi giờ của kịch bản: Tiện ích mở rộng > Apps Script > Cài đặt dự án > Múi giờ.',
  fixSpreadsheet: 'Múi giờ của bảng tính: Tệp > Cài đặt > Múi giờ.',
  fixCampaign: (where: string) => `Múi giờ của kế hoạch: ${where}, cột Giá trị.`,
  toVietnam: 'Đặt cả ba về (GMT+07:00) Asia/Ho_Chi_Minh, trừ khi Văn phòng chủ ý dùng múi giờ khác.',
  badFormat: (got: string, expected: string) => `Định dạng ngày giờ của máy chủ cho "${got}" thay vì "${expected}".`,
  technical: TECHNICAL,
  unreadable: 'không đọc được',
} as const;

export const textMessages = {
  ok: 'Chuẩn hóa Unicode (NFD/NFC) và so khớp tên không dấu cho kết quả đúng ("Đoàn xã Tam Hòa" = "Đoàn xã Tam Hoà" = "doan xa tam hoa").',
  normalize: 'Máy chủ chuẩn hóa Unicode (NFD/NFC) chữ tiếng Việt chưa đúng: tên gõ trên điện thoại có thể không khớp.',
  folding: 'So khớp tên không dấu cho kết quả sai: thư viết không dấu có thể không nhận ra đơn vị, Chi đoàn.',
  tonePlacement: 'Hai cách đặt dấu ("Hòa" và "Hoà") không được coi là một: một số Chi đoàn có thể bị ghi thành hai.',
  technical: TECHNICAL,
} as const;

export const reportMessages = {
  header: (account: string, at: string) => `Kiểm tra lúc ${at}, tài khoản ${account || '(không rõ)'}.`,
  allOk: 'Mọi mục đều ổn.',
  summary: (failed: number, warnings: number) =>
    `${failed > 0 ? `${failed} mục cần sửa` : 'Không có mục hỏng'}${warnings > 0 ? `, ${warnings} mục cần lưu ý` : ''}.`,
  notChecked: (what: string) => `Chưa kiểm tra được vì thiếu quyền ${what} (xem mục Quyền truy cập).`,
} as const;
