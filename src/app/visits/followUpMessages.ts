/** What the sidebar's follow-up views say when a request cannot be done. */
export const followUpMessages = {
  campaignErrors: (errors: readonly string[]) => `Cấu hình chiến dịch chưa hợp lệ: ${errors.join(' ')}`,
  noSheet: 'Chưa có trang “Đi cơ sở”.',
  badId: 'Mã buổi đi cơ sở không hợp lệ: đề nghị tải lại thanh bên.',
  badStatus: 'Trạng thái xử lý không hợp lệ: chọn Mới, Đã chuyển BTV, Đang giải quyết hoặc Đã giải quyết.',
  badNote: 'Ghi chú không hợp lệ.',
  noteTooLong: (limit: number) => `Ghi chú quá dài: tối đa ${limit} ký tự.`,
  unknown: (id: string) => `Không tìm thấy kiến nghị của buổi đi cơ sở ${id} (có thể đã được sửa trên trang “Đi cơ sở”): đề nghị tải lại danh sách.`,
} as const;
