/** Vietnamese text the server side of the sidebar returns (errors of its API), reviewed in one place. */
export const sidebarMessages = {
  badSettings: (errors: string[]) =>
    `Trang Cấu hình chưa hợp lệ nên chưa hiện được bảng điều khiển. Đề nghị sửa các mục sau rồi tải lại:\n${errors.map((e) => `• ${e}`).join('\n')}`,
  unknownUnit: (id: string) => `Không có đơn vị mã "${id}" trong trang Đơn vị: có thể đã bị đổi hoặc xóa. Đề nghị tải lại bảng điều khiển.`,
  missingIntakeLog: 'Thiếu trang Nhật ký nhận: đề nghị chạy Đi cơ sở > Thiết lập / bổ sung bảng tính.',
} as const;

/** Why an argument sent by the sidebar was refused (zod/mini issues are replaced by these). */
export const inputMessages = {
  unitId: 'Mã đơn vị không hợp lệ: cần một mã khác rỗng, tối đa 100 ký tự. Đề nghị chọn lại đơn vị trong danh sách.',
  messageId: 'Mã thư không hợp lệ: cần một mã khác rỗng, tối đa 1000 ký tự. Đề nghị tải lại danh sách chờ xem xét.',
  remember: 'Lựa chọn “Ghi nhớ địa chỉ này cho đơn vị” không hợp lệ. Đề nghị tải lại danh sách chờ xem xét rồi thử lại.',
  reason: 'Lý do từ chối phải là văn bản, tối đa 1000 ký tự. Đề nghị rút gọn lý do rồi thử lại.',
  reasonRequired: 'Chưa có lý do từ chối: đề nghị chọn một lý do trong danh sách hoặc nhập lý do, vì lý do được gửi cho người gửi thư.',
  paperEntry: (where: string) =>
    `Phiếu nhập không đúng cấu trúc${where ? ` (mục ${where})` : ''}: đề nghị tải lại trang của đơn vị rồi nhập lại (tên Chi đoàn tối đa 300 ký tự, số đoàn viên là số nguyên từ 0).`,
} as const;
