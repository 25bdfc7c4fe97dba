import type { FormProblem } from '../domain/formAnswers';
import type { PaperEntryProblem } from '../domain/paperEntry';
import { alignedWith, RECEIVING_SERVER, type MethodResult, type SenderAuth } from '../domain/senderAuth';
import { isoToVi } from '../workbook/dates';

/** Vietnamese text of dialogs, menus and alerts, reviewed in one place. */
export const MENU = {
  title: 'Đi cơ sở',
  openSidebar: 'Mở bảng điều khiển',
  setup: 'Thiết lập / bổ sung bảng tính',
  refreshSummary: 'Tính lại bảng tổng hợp',
  syncForm: 'Cập nhật biểu mẫu cho các đơn vị',
} as const;

export const formSyncMessages = {
  done: (created: boolean, units: number) =>
    `${created ? 'Đã tạo' : 'Đã cập nhật'} biểu mẫu cho ${units} đơn vị; đường liên kết riêng của từng đơn vị ở cột "Biểu mẫu" của trang Đơn vị.`,
} as const;

export const SIDEBAR_TITLE = 'Đi cơ sở — Bảng điều khiển';

export const setupMessages = {
  promptTitle: 'Thiết lập bảng tính Đi cơ sở',
  promptBody:
    'Dán nội dung tệp chiến dịch (JSON) vào ô dưới đây rồi bấm OK.\n' +
    'Để trống và bấm OK để dùng kế hoạch mẫu 160-KH/ĐTN của Huyện đoàn Núi Thành (danh sách Chi đoàn, email là dữ liệu mẫu).',
  invalidTitle: 'Tệp chiến dịch chưa hợp lệ',
  invalidBody: (errors: string[]) =>
    `Bảng tính chưa được thay đổi. Đề nghị sửa các mục sau rồi chạy lại "Thiết lập":\n\n${errors.map((e) => `• ${e}`).join('\n')}`,
  workbookInvalidBody: (errors: string[]) =>
    `Bảng tính chưa được thay đổi. Các trang Cấu hình, Đơn vị, Cán bộ có chỗ chưa hợp lệ; đề nghị sửa rồi chạy lại:\n\n${errors
      .map((e) => `• ${e}`)
      .join('\n')}`,
  partialTitle: 'Bảng tính thiếu trang',
  partialBody: (missing: string[]) =>
    `Không tìm thấy trang ${missing.map((m) => `"${m}"`).join(', ')}. Đề nghị khôi phục trang đó (Tệp > Nhật ký phiên bản) hoặc dùng một bảng tính mới rồi chạy lại "Thiết lập".`,
  doneTitle: 'Đã thiết lập xong',
  created: (units: number) =>
    `Đã tạo bảng tính cho ${units} đơn vị: trang Tổng hợp, Đơn vị, mỗi đơn vị một trang, Nhật ký nhận, Nhật ký gửi, Cán bộ, Cấu hình.\nTừ nay, đề nghị sửa danh sách đơn vị, cán bộ và cấu hình ngay trên các trang đó.`,
  extended: (added: string[]) =>
    added.length
      ? `Đã thêm trang cho ${added.length} đơn vị mới: ${added.join(', ')}. Đề nghị nhập danh sách Chi đoàn vào cột "Chi đoàn" của từng trang.`
      : 'Bảng tính đã đầy đủ, không có gì cần bổ sung.',
  cancelled: 'Đã hủy thiết lập; bảng tính chưa thay đổi.',
} as const;

export const summaryMessages = {
  done: (complete: number, total: number) => `Đã tính lại bảng tổng hợp: ${complete}/${total} đơn vị đã nộp đủ.`,
} as const;

export const accessMessages = {
  notEditor: 'Bạn chưa có quyền chỉnh sửa bảng tính này. Đề nghị Văn phòng chia sẻ quyền chỉnh sửa rồi mở lại.',
  notSetUp: 'Bảng tính chưa được thiết lập. Đề nghị chọn menu Đi cơ sở > Thiết lập / bổ sung bảng tính.',
} as const;

/** When another execution keeps the script lock past the 30-second wait. */
export const lockMessages = {
  busy: 'Hệ thống đang ghi dữ liệu khác nên chưa thực hiện được yêu cầu này; chưa có gì bị thay đổi. Đề nghị thử lại sau ít phút.',
  formDeferred:
    'Chưa ghi được câu trả lời biểu mẫu vì hệ thống đang ghi dữ liệu khác quá lâu. Câu trả lời vẫn được lưu trong biểu mẫu: lần kiểm tra hộp thư tiếp theo (10 phút một lần) sẽ ghi và trả lời đơn vị.',
  deadlinesInterrupted: (sent: number) =>
    `Lần kiểm tra hạn nộp dừng giữa chừng vì hệ thống đang ghi dữ liệu khác quá lâu: đã gửi ${sent} thư. Các thư còn lại được gửi ở lần kiểm tra sau; thư cần gấp có thể gửi từ bảng điều khiển, trang của đơn vị, nút "Gửi nhắc hạn ngay".`,
  formNotRecorded: (errors: string[]) =>
    `Chưa ghi được câu trả lời biểu mẫu: ${errors.join('; ')}. Câu trả lời vẫn được lưu trong biểu mẫu: sau khi sửa, lần kiểm tra hộp thư tiếp theo sẽ ghi và trả lời đơn vị.`,
} as const;

/** What the office can do with mail whose sender could not be authenticated. */
const AUTH_CHECK =
  'Chưa ghi gì và chưa trả lời. Đề nghị Văn phòng liên hệ đơn vị (điện thoại hoặc địa chỉ đã đăng ký) để xác nhận đơn vị có gửi thư này; ' +
  'có thể xem "Kết quả xác thực" trong thư gốc (Gmail: Hiển thị thư gốc). Nếu đúng, giao thư cho đơn vị; nếu không, từ chối thư.';

const AUTH_RESULT_VI: Readonly<Record<string, string>> = {
  pass: 'đạt',
  fail: 'không đạt',
  softfail: 'không đạt (softfail)',
  neutral: 'không xác định (neutral)',
  none: 'không có',
  temperror: 'lỗi tạm thời',
  permerror: 'lỗi cấu hình tên miền',
  policy: 'bị chính sách từ chối',
};
const AUTH_METHOD_VI: Readonly<Record<MethodResult['method'], string>> = { dmarc: 'DMARC', spf: 'SPF', dkim: 'chữ ký DKIM' };

/** `DMARC không đạt; SPF đạt nhưng cho tên miền khác (attacker.example); không có chữ ký DKIM`. */
function authDetails(results: readonly MethodResult[], fromDomain: string): string {
  const parts: string[] = [];
  for (const method of ['dmarc', 'spf', 'dkim'] as const) {
    const found = results.filter((r) => r.method === method);
    if (found.length === 0) parts.push(`không có kết quả ${AUTH_METHOD_VI[method]}`);
    for (const r of found) {
      const label = AUTH_RESULT_VI[r.result] ?? r.result;
      const foreign = method !== 'dmarc' && r.result === 'pass' && !alignedWith(r, fromDomain);
      parts.push(foreign ? `${AUTH_METHOD_VI[method]} ${label} nhưng cho tên miền khác (${r.domain ?? 'không ghi tên miền'})` : `${AUTH_METHOD_VI[method]} ${label}`);
    }
  }
  return parts.join('; ');
}

export const triageMessages = {
  unknownSender: (from: string) =>
    `Địa chỉ gửi ${from} chưa đăng ký cho đơn vị nào: cần Văn phòng xem và giao cho đơn vị (hoặc bổ sung email vào trang Đơn vị).`,
  authenticationFailed: (from: string, auth: Exclude<SenderAuth, { verdict: 'pass' }>) =>
    auth.verdict === 'missing'
      ? `Thư từ ${from} không có kết quả xác thực người gửi của máy chủ nhận thư (${RECEIVING_SERVER})` +
        `${auth.others.length ? `; chỉ có kết quả do máy chủ khác ghi (${auth.others.join(', ')}), không dùng được để xác thực` : ''}, ` +
        `nên không biết thư có thật do địa chỉ này gửi hay không. ${AUTH_CHECK}`
      : `Thư từ ${from} không được máy chủ nhận thư xác thực là do tên miền ${auth.fromDomain || '(không rõ)'} gửi: ${authDetails(auth.results, auth.fromDomain)}. ` +
        `Thư có thể bị giả mạo địa chỉ người gửi. ${AUTH_CHECK}`,
  otherUnit: (named: string, sender: string) =>
    `Văn bản ghi tên "${named}" nhưng được gửi từ địa chỉ của ${sender}: cần Văn phòng xem đúng đơn vị trước khi ghi.`,
} as const;

export const mailboxMessages = {
  missingLogs: 'Thiếu trang Nhật ký nhận hoặc Nhật ký gửi: đề nghị chạy Đi cơ sở > Thiết lập / bổ sung bảng tính.',
  duplicate: (row: number, code: string, message: { subject: string }) =>
    `Thư trùng mã với dòng ${row}${code ? ` (số hiệu ${code})` : ''} (tiêu đề "${message.subject}"): không ghi lại lần nữa.`,
  applied: (chapters: number, warnings: number, kept = 0) =>
    `Đã ghi ${chapters} Chi đoàn${warnings ? `; ${warnings} điểm chưa hiểu, đã báo lại trong thư xác nhận` : ''}` +
    `${kept ? `; ${kept} nội dung giữ nguyên vì đã có nội dung mới hơn` : ''}.`,
  raw: (subject: string, link: string, files: string, body: string) =>
    `Tiêu đề: ${subject}\nThư gốc: ${link}\nTệp đính kèm: ${files || 'không có'}\n\n${body}`,
  formUnchecked: (reason: string) =>
    `Chưa đối chiếu được các câu trả lời biểu mẫu với Nhật ký nhận (${reason}); thư đến vẫn được xử lý. Lần kiểm tra sau sẽ thử lại; nếu lỗi còn lặp lại, đề nghị chạy Đi cơ sở > Cập nhật biểu mẫu cho các đơn vị.`,
} as const;

/** The letters' signature, as setup and the self-check warn about it. */
export const signerMessages = {
  missing: (where: string) =>
    `Chưa có họ tên người ký thư (${where} còn trống): mọi thư gửi đơn vị sẽ kết thúc không có chữ ký. Đề nghị nhập họ tên người ký vào ${where}.`,
  sample: (name: string, where: string) =>
    `Người ký thư "${name}" là tên mẫu của kế hoạch mẫu: thư gửi đơn vị sẽ ký tên mẫu. Đề nghị thay bằng họ tên người ký thật tại ${where}.`,
} as const;

export const reviewMessages = {
  // Said next to the item the clerk acted on (or in its log row): no machine id to name it by.
  notWaiting: 'Thư này không còn ở trạng thái Chờ xem xét (có thể đã được xử lý): đề nghị tải lại danh sách.',
  messageGone: 'Không tìm thấy thư này trong hộp thư (có thể đã bị xóa): không thể ghi từ thư này.',
  unknownUnit: (id: string) => `Không có đơn vị mã "${id}" trong trang Đơn vị.`,
  assigned: (unit: string) => `Văn phòng giao cho ${unit}.`,
  rejected: (reason: string) => `Văn phòng không ghi nhận: ${reason}`,
  visitReportNotAUnit: 'Đây là báo cáo kết quả đi cơ sở của cán bộ, không phải bài nộp của đơn vị: đề nghị chọn “Ghi là báo cáo của cán bộ” hoặc “Từ chối”.',
  visitReportClosed: 'báo cáo không phải của cán bộ đứng điểm.',
} as const;

/**
 * The formal reasons the clerk chooses from when rejecting a message under review (or types
 * another). `notAUnit` is offered only when the message names no unit of the district.
 */
export const REJECTION_REASONS = {
  notAUnit: 'Thư không phải của một cơ sở Đoàn thuộc phạm vi theo dõi của Văn phòng.',
  unregisteredAddress:
    'Thư được gửi từ địa chỉ email chưa đăng ký với Văn phòng; đề nghị đơn vị gửi lại từ địa chỉ email đã đăng ký, hoặc đề nghị Văn phòng bổ sung địa chỉ này cho đơn vị.',
  unverified: 'Không xác minh được thư do chính đơn vị gửi; đề nghị đơn vị gửi lại từ địa chỉ email đã đăng ký với Văn phòng.',
  notThisCampaign: 'Nội dung thư không phải bảng xếp loại Chi đoàn của đợt đánh giá này.',
  duplicate: 'Nội dung thư trùng với bảng đơn vị đã nộp trước đó, Văn phòng không ghi lại.',
} as const;

export const NOTICE_NAME = { 'Nhắc hạn': 'thư nhắc hạn nộp', 'Quá hạn': 'thông báo quá hạn nộp' } as const;

export const deadlineMessages = {
  unknownUnit: (id: string) => `Không có đơn vị mã "${id}" trong trang Đơn vị.`,
  nothingMissing: (unit: string) => `${unit} đã nộp đủ bảng xếp loại và đăng ký hợp lệ: không cần gửi nhắc.`,
  alreadySentToday: (kind: 'Nhắc hạn' | 'Quá hạn', unit: string) =>
    `Hôm nay đã gửi ${NOTICE_NAME[kind]} cho ${unit} (xem trang Nhật ký gửi): mỗi đơn vị chỉ nhận một thư mỗi ngày.`,
  sent: (kind: 'Nhắc hạn' | 'Quá hạn', unit: string, to: readonly string[], cc: readonly string[]) =>
    `Đã gửi ${NOTICE_NAME[kind]} cho ${unit} (${to.join(', ')}${cc.length ? `; đồng gửi ${cc.join(', ')}` : ''}).`,
  deferred: 'Hôm nay đã hết hạn mức gửi thư của tài khoản: thư được ghi "Hoãn" trong Nhật ký gửi và sẽ tự động gửi ở lần kiểm tra hạn kế tiếp.',
  failed: 'Gmail không gửi được thư (đã ghi "Lỗi" trong Nhật ký gửi). Đề nghị kiểm tra địa chỉ email của đơn vị rồi thử lại.',
} as const;

export const formMessages = {
  alreadyHandled: (row: number) => `Phiếu này đã được xử lý (dòng ${row} của Nhật ký nhận): không ghi lại lần nữa.`,
  unknownUnit: (name: string) => `Phiếu chọn đơn vị "${name}" không có trong trang Đơn vị: cần Văn phòng xem và giao cho đơn vị.`,
  foreignRespondent: (email: string, unit: string) =>
    `Địa chỉ ${email} chưa đăng ký cho ${unit}: cần Văn phòng xác minh người điền trước khi ghi (hoặc bổ sung email vào trang Đơn vị).`,
  invalidAnswers: 'nội dung phiếu không đúng cấu trúc của biểu mẫu; đề nghị điền lại bằng đường liên kết dưới đây',
  memberLineUnread: (line: string) => `Dòng số đoàn viên “${line}” chưa đọc được (cần dạng “Chi đoàn Xuân Thọ: 25”).`,
  newChaptersUnread: (text: string) =>
    `Chưa đọc được danh sách Chi đoàn bổ sung “${text.slice(0, 200)}” (cần mỗi dòng một Chi đoàn kèm xếp loại từng kỳ).`,
  problem: (p: FormProblem | { kind: 'invalid'; message: string }): string => {
    switch (p.kind) {
      case 'invalid':
        return p.message;
      case 'unknownRating':
        return `${p.chapter}, xếp loại ${p.period}: “${p.value}” không phải một mức xếp loại của đợt này`;
      case 'unknownRegistration':
        return `${p.chapter}: “${p.value}” không phải một mục đăng ký`;
      case 'bothRegistrations':
        return `${p.chapter} được chọn cả “xây dựng Chi đoàn mạnh” và “hỗ trợ”; mỗi Chi đoàn chỉ chọn một mục`;
      case 'noBuild':
        return 'chưa chọn Chi đoàn đảm nhận xây dựng “Chi đoàn mạnh” (cần ít nhất 01 Chi đoàn)';
      case 'noSupport':
        return 'chưa chọn Chi đoàn hỗ trợ, giúp đỡ (cần 01–02 Chi đoàn)';
      case 'tooManySupport':
        return `chọn hỗ trợ ${p.chapters.length} Chi đoàn (${p.chapters.join(', ')}), nhiều hơn 02 Chi đoàn theo kế hoạch`;
    }
  },
} as const;

/** What happened to the `Xác nhận` letter of a paper entry. */
export type PaperReceipt = 'sent' | 'notAsked' | 'noAddress' | 'overQuota';

export const paperMessages = {
  alreadyRecorded: (row: number, code: string) => `Phiếu này đã được ghi trước đó (${code ? `số hiệu ${code}, ` : ''}dòng ${row} của Nhật ký nhận): không ghi lại lần nữa.`,
  problem: (p: PaperEntryProblem): string => {
    switch (p.kind) {
      case 'receivedInFuture':
        return `ngày nhận văn bản ${isoToVi(p.receivedOn)} sau ngày hôm nay (${isoToVi(p.today)}): đề nghị chọn đúng ngày Văn phòng nhận văn bản`;
      case 'duplicateChapter':
        return `${p.name} được nhập hai lần: đề nghị bỏ một dòng`;
      case 'newChapterExists':
        return `${p.name} đã có trong danh sách Chi đoàn của đơn vị: đề nghị nhập vào dòng sẵn có thay vì thêm Chi đoàn mới`;
    }
  },
  receipt: {
    sent: (emails: readonly string[]) => `Đã gửi thư xác nhận tới ${emails.join(', ')}.`,
    notAsked: () => 'Không gửi thư xác nhận (theo lựa chọn khi nhập).',
    noAddress: () => 'Chưa gửi thư xác nhận vì đơn vị chưa có email trong trang Đơn vị.',
    overQuota: () => 'Chưa gửi thư xác nhận vì hôm nay đã hết hạn mức gửi thư của tài khoản; nội dung vẫn được ghi đầy đủ.',
    deferred: () => 'Thư xác nhận chưa gửi được vì hôm nay đã hết hạn mức gửi thư; sẽ tự động gửi khi hạn mức cho phép (dòng "Hoãn" trong Nhật ký gửi).',
  } satisfies Record<PaperReceipt | 'deferred', (emails: readonly string[]) => string>,
  recorded: (unit: string, chapters: number, received: string, receipt: string) => `Đã ghi phiếu giấy của ${unit} (nhận ngày ${received}): ${chapters} Chi đoàn. ${receipt}`,
  logDetail: (received: string, note: string, chapters: number, receipt: string) =>
    `Phiếu giấy nhận ngày ${received}${note ? ` (${note})` : ''}, Văn phòng nhập. Đã ghi ${chapters} Chi đoàn. ${receipt}`,
  unitComplete: 'Đơn vị đã nộp đủ bảng xếp loại và đăng ký hợp lệ.',
  unitStillMissing: (summary: string) => `Đơn vị còn thiếu: ${summary}.`,
  notLowest: (chapters: readonly string[]) =>
    `Lưu ý: ${chapters.join(', ')} được đăng ký hỗ trợ nhưng không thuộc nhóm xếp loại thấp nhất của đơn vị (vẫn được ghi).`,
} as const;

/** A submission that could not be recorded: retried by the next polls, parked as `Lỗi xử lý` after the last try. */
export const failureMessages = {
  platform: {
    mailQuota: 'hôm nay đã hết hạn mức gửi thư của tài khoản',
    outsideGrid: 'nội dung dài hơn số dòng, số cột trang của đơn vị chứa được',
    cellTooLong: 'có ô dài quá 50.000 ký tự, Google Sheets không ghi được',
    workbookFull: 'bảng tính đã đạt giới hạn 10 triệu ô của Google Sheets',
    lockTimeout: 'hệ thống đang ghi dữ liệu khác quá lâu',
    timeLimit: 'lần chạy hết thời gian cho phép',
    serviceDown: 'dịch vụ của Google tạm thời không phản hồi',
  },
  unknown: 'lỗi hệ thống chưa xác định (chi tiết xem ở Apps Script > Lần thực thi)',
  /** `Chi tiết` of a row left `Đang xử lý` after a failed try; parsed back by failureCount. */
  retrying: (attempt: number, max: number, reason: string) => `Chưa ghi được (lần thử ${attempt}/${max}): ${reason}. Lần kiểm tra hộp thư sau sẽ thử lại.`,
  parked: (max: number, reason: string) =>
    `Lỗi xử lý sau ${max} lần thử: ${reason}. Đề nghị Văn phòng khắc phục nguyên nhân rồi bấm "Xử lý lại" trong bảng điều khiển.`,
  tooManyChapters: (count: number, most: number) =>
    `văn bản kê ${count} Chi đoàn, nhiều hơn mức một đơn vị có thể có (${most}); đề nghị kiểm tra lại tệp, mỗi dòng một Chi đoàn của đơn vị`,
  deferredReceipt: 'Thư trả lời chưa gửi được vì hôm nay đã hết hạn mức gửi thư; sẽ tự động gửi khi hạn mức cho phép (dòng "Hoãn" trong Nhật ký gửi).',
} as const;

export const replayMessages = {
  notReplayable: 'Không tìm thấy bài nộp này trong Nhật ký nhận, hoặc đó chỉ là bản trùng của một bài nộp khác: không có gì để xử lý lại.',
  failed: (reason: string) => `Xử lý lại chưa được: ${reason}. Đề nghị bấm "Xử lý lại" lần nữa sau ít phút.`,
  /** How the clerk's note starts, so the office's run can replace it with what it did. */
  logNoteStart: 'Đã yêu cầu xử lý lại (',
  done: (status: string, detail: string) => `Đã xử lý lại: ${status}${detail ? ` (${detail})` : ''}.`,
  queued: (by: string) =>
    `Đã ghi nhận yêu cầu xử lý lại. Thư và thư trả lời nằm trong hộp thư của tài khoản Văn phòng, nên Văn phòng sẽ thực hiện trong lần kiểm tra hộp thư kế tiếp, chậm nhất khoảng ${by}.`,
  alreadyQueued: (by: string) => `Bài nộp này đã được yêu cầu xử lý lại; tài khoản Văn phòng sẽ thực hiện trong lần kiểm tra hộp thư kế tiếp, chậm nhất khoảng ${by}.`,
  logNote: (clerk: string, at: string) => `Đã yêu cầu xử lý lại (${clerk}, ${at}); chờ tài khoản Văn phòng thực hiện.`,
  notDone: (reason: string) => `Tài khoản Văn phòng chưa xử lý lại được: ${reason}`,
} as const;

export const resumeMessages = {
  responseGone: 'câu trả lời không còn trong biểu mẫu (có thể đã bị xóa) hoặc bảng tính không còn liên kết với biểu mẫu',
  paperUnreadable: 'nội dung phiếu giấy lưu ở cột Nội dung gốc không đọc được (có thể đã bị sửa tay)',
} as const;


/** Office 97–2003 attachments, converted with Drive (legacyFiles.ts, gas/drive.ts). */
export const legacyMessages = {
  driveNotEnabled:
    'Chưa đọc được tệp Excel/Word định dạng cũ (.xls, .doc) vì dịch vụ nâng cao Drive chưa được bật cho dự án Apps Script. ' +
    'Đề nghị mở trình chỉnh sửa Apps Script, mục Dịch vụ, thêm "Drive API" (phiên bản v3) rồi chạy lại; thư chưa xử lý vẫn còn trong hộp thư.',
  exportNotBytes: 'Drive không trả về nội dung tệp đã chuyển đổi (.xlsx/.docx); thư chưa xử lý vẫn còn trong hộp thư, lần kiểm tra sau sẽ thử lại.',
} as const;

/** The office's `Lưu VT` folder in Drive: what it is called, and what the intake log says of the files kept there. */
export const archiveMessages = {
  folder: (office: string) => `Lưu VT - ${office}`,
  kept: (links: readonly string[]) => `Tệp đính kèm đã lưu vào thư mục Lưu VT: ${links.join(' ; ')}`,
} as const;
