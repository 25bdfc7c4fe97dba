import { POLL_MINUTES } from './officeActionsOwner';

/** Vietnamese texts about work the office account carries out for a clerk or a cadre. */
/** How a decision's note in `Chi tiết` starts, so it is written once. */
const reviewLogNoteStart = (decision: string): string => `Đã quyết định ${decision} (`;

export const officeActionMessages = {
  /** `by` is the latest time (HH:mm dd/MM/yyyy) the next mailbox check runs. */
  queuedReview: (decision: string, by: string) =>
    `Đã ghi nhận quyết định ${decision}. Việc ghi và gửi thư trả lời dùng hộp thư của tài khoản Văn phòng, nên Văn phòng sẽ thực hiện trong lần kiểm tra hộp thư kế tiếp, chậm nhất khoảng ${by}.`,
  reviewAssign: (unit: string) => `giao thư cho ${unit}`,
  reviewAssignRemovedUnit: 'giao thư cho đơn vị đã chọn (nay không còn trong trang Đơn vị)',
  reviewReject: (reason: string) => `từ chối thư (lý do: ${reason})`,
  /** A rejection queued before a reason was required. */
  defaultReason: 'lý do mặc định theo thư',
  reviewLogNoteStart,
  reviewLogNote: (decision: string, clerk: string, at: string) =>
    `${reviewLogNoteStart(decision)}${clerk}, ${at}); chờ tài khoản Văn phòng thực hiện trong lần kiểm tra hộp thư kế tiếp.`,
  reviewNotDone: (decision: string, reason: string) =>
    `Tài khoản Văn phòng chưa thực hiện được quyết định ${decision}: ${reason} Thư vẫn chờ xem xét; đề nghị quyết định lại.`,
  reviewAlreadyQueued: (decision: string) =>
    `Thư này đã có quyết định ${decision}, đang chờ tài khoản Văn phòng thực hiện trong lần kiểm tra hộp thư kế tiếp (khoảng ${POLL_MINUTES} phút một lần).`,
  queuedReceipt: (emails: readonly string[], by: string) =>
    `Thư xác nhận tới ${emails.join(', ')} sẽ được gửi từ hộp thư Văn phòng trong lần kiểm tra hộp thư kế tiếp, chậm nhất khoảng ${by}.`,
  queuedReminder: (notice: string, unit: string, by: string) =>
    `Đã ghi nhận yêu cầu gửi ${notice} cho ${unit} (dòng "Chờ gửi" trong Nhật ký gửi). Thư được gửi từ hộp thư Văn phòng trong lần kiểm tra hộp thư kế tiếp, chậm nhất khoảng ${by}.`,
  reminderAlreadyQueued: (notice: string, unit: string) =>
    `Hôm nay đã có yêu cầu gửi ${notice} cho ${unit}, đang chờ tài khoản Văn phòng gửi trong lần kiểm tra hộp thư kế tiếp.`,
  triggersOwnedTitle: 'Tác vụ tự động đã được cài bằng tài khoản khác',
  triggersOwnedBody: (owner: string, me: string) =>
    `Các tác vụ tự động của bảng tính (kiểm tra hộp thư ${POLL_MINUTES} phút một lần, kiểm tra hạn nộp hằng ngày, nhận phiếu từ biểu mẫu) ` +
    `đã được cài bằng tài khoản ${owner} và chạy bằng hộp thư, hạn mức gửi thư của tài khoản đó. Phần bảng tính đã được thiết lập; ` +
    `không cài thêm tác vụ tự động bằng tài khoản ${me}, để mỗi thư chỉ được xử lý một lần.\n\n` +
    `Nếu tài khoản ${owner} không còn được dùng: người giữ tài khoản đó đăng nhập, mở Tiện ích mở rộng > Apps Script > Trình kích hoạt và xóa các trình kích hoạt của mình. ` +
    `Nếu không còn đăng nhập được tài khoản đó, một người có quyền chỉnh sửa mở Apps Script > Cài đặt dự án > Thuộc tính tập lệnh và xóa thuộc tính TRIGGER_OWNER. ` +
    `Sau đó đăng nhập bằng tài khoản Văn phòng mới và chạy lại Đi cơ sở > Thiết lập / bổ sung bảng tính.`,
} as const;
