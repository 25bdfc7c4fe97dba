/** Vietnamese text of the office's decisions on reported chapters that look like one of the unit's. */
export const chapterDecisionMessages = {
  unknownUnit: 'Không tìm thấy đơn vị này trong trang Đơn vị: có thể đã bị đổi hoặc xóa. Đề nghị tải lại danh sách.',
  badDecision: 'Lựa chọn gửi lên không hợp lệ. Đề nghị tải lại danh sách rồi chọn lại.',
  alreadyDecided: 'Chi đoàn này đã được xử lý trước đó (hoặc không còn trong danh sách chờ). Đề nghị tải lại danh sách.',
  unknownChapter: (unit: string) => `Chi đoàn được chọn không có trong trang của ${unit}. Đề nghị tải lại danh sách rồi chọn lại.`,
  keptNote: (kept: number) => (kept > 0 ? ` ${kept} nội dung giữ nguyên vì đã có nội dung mới hơn.` : ''),
  mapped: (reported: string, chapter: string, kept: number) =>
    `Đã ghép “${reported}” vào ${chapter} và ghi nội dung đơn vị đã gửi.${chapterDecisionMessages.keptNote(kept)} Từ nay tên này được hiểu là ${chapter}.`,
  added: (reported: string, kept: number) => `Đã thêm Chi đoàn mới “${reported}” vào trang của đơn vị và ghi nội dung đơn vị đã gửi.${chapterDecisionMessages.keptNote(kept)}`,
  values: {
    members: (n: number) => `Số đoàn viên: ${n}`,
    rating: (period: string, rating: string) => `Xếp loại ${period}: ${rating}`,
    registration: (label: string) => `Đăng ký: ${label}`,
    none: 'Không có nội dung xếp loại',
  },
  channel: { Email: 'Email', Form: 'Biểu mẫu', 'Thủ công': 'Văn bản (nhập tay)' } as Readonly<Record<string, string>>,
};
