/** What `Nhật ký nhận` and the sidebar say of a response of the cadres' form "Báo cáo kết quả đi cơ sở". */
export const cadreFormMessages = {
  recorded: (id: string, chapter: string) => `Báo cáo kết quả đi cơ sở qua biểu mẫu (${chapter}, mã ${id}): đã ghi vào trang “Đi cơ sở”, trạng thái “Đã báo cáo”.`,
  absent: (id: string, chapter: string) => `Báo cáo qua biểu mẫu (${chapter}, mã ${id}): cán bộ không dự buổi sinh hoạt; đã ghi vào trang “Đi cơ sở”, trạng thái “Không dự”.`,
  duplicate: (id: string) => `Báo cáo qua biểu mẫu về buổi đi cơ sở ${id} trùng với báo cáo đã ghi; không ghi lại, không gửi thư xác nhận lần nữa.`,
  review: (reason: string) => `Báo cáo kết quả đi cơ sở qua biểu mẫu chưa ghi: ${reason} Đề nghị Văn phòng xem xét; nếu đúng là báo cáo của cán bộ đứng điểm, chọn “Ghi là báo cáo của cán bộ”.`,
  receiptDeferred: '(Quá hạn mức gửi thư trong ngày: thư xác nhận cho cán bộ sẽ gửi ở lần kiểm tra thư sau.)',
  noSheet: 'Chưa có trang “Đi cơ sở”.',
  alreadyHandled: (row: number) => `Câu trả lời này đã được xử lý (dòng ${row} của “Nhật ký nhận”).`,
  notWaiting: 'Báo cáo này không còn chờ xem xét (có thể đã được xử lý).',
  unreadable: 'Không đọc được nội dung báo cáo đã lưu trong “Nhật ký nhận”.',
  confirmedByOffice: 'Văn phòng xác nhận đây là báo cáo của cán bộ đứng điểm.',
  officeOnly: 'Việc ghi báo cáo này gửi thư xác nhận từ hộp thư của Văn phòng: đề nghị đồng chí dùng tài khoản Văn phòng (tài khoản cài đặt hệ thống) để thực hiện.',
  unchecked: (error: string) => `Chưa đối chiếu được các câu trả lời của biểu mẫu báo cáo kết quả đi cơ sở (lần kiểm tra thư sau sẽ thử lại): ${error}`,
  notRecorded: (errors: readonly string[]) => `Chưa ghi được báo cáo qua biểu mẫu (lần kiểm tra thư sau sẽ ghi lại): ${errors.join('; ')}`,
} as const;
