/**
 * The wording of the visit letters: `Mời dự` and `Nhắc dự` to the cadre, and the `Báo lỗi` to a
 * unit whose invitation could not be recorded. Values arrive formatted (dd/MM/yyyy HH:mm).
 */
export const invitationText = {
  cadreRecipient: (name: string) => `Đồng chí ${name}`,
  /** The calendar event's title. */
  eventTitle: (chapter: string, unit: string) => `Sinh hoạt ${chapter} – ${unit}`,
  inviteSubject: (chapter: string, unit: string, when: string) => `Mời dự sinh hoạt ${chapter} – ${unit}, ${when}`,
  changeSubject: (chapter: string, unit: string, when: string) => `Thay đổi lịch sinh hoạt ${chapter} – ${unit}, ${when}`,
  cancelSubject: (chapter: string, unit: string, when: string) => `Hoãn/hủy buổi sinh hoạt ${chapter} – ${unit}, ${when}`,
  remindSubject: (chapter: string, unit: string, when: string) => `Nhắc lịch: ngày mai dự sinh hoạt ${chapter} – ${unit}, ${when}`,
  invite: (unit: string) => `${unit} kính mời đồng chí dự buổi sinh hoạt Chi đoàn theo phân công đứng điểm, với thông tin như sau:`,
  change: (unit: string) => `${unit} thông báo thay đổi buổi sinh hoạt Chi đoàn đồng chí được mời dự; thông tin mới như sau:`,
  cancel: (unit: string) => `${unit} thông báo hoãn hoặc hủy buổi sinh hoạt Chi đoàn dưới đây; lịch trên Lịch Google của đồng chí đã được xóa.`,
  remind: 'Văn phòng nhắc đồng chí lịch dự sinh hoạt Chi đoàn vào ngày mai:',
  fieldUnit: 'Đơn vị',
  fieldChapter: 'Chi đoàn',
  fieldTime: 'Thời gian',
  fieldPlace: 'Địa điểm',
  fieldAgenda: 'Nội dung',
  fieldId: 'Mã buổi đi cơ sở',
  notGiven: '(đơn vị chưa ghi)',
  unitWords: 'Nội dung giấy mời của đơn vị:',
  calendarNote: 'Lịch đã có trên Lịch Google của đồng chí (lời mời do Lịch Google gửi riêng).',
  motto: 'Đề nghị đồng chí sắp xếp dự, theo dõi, phát hiện mô hình mới, cách làm hay; sau buổi sinh hoạt báo cáo kết quả và những khó khăn, kiến nghị của cơ sở về Văn phòng (“Đi báo việc, về báo cáo kết quả và tham mưu hiệu quả hơn”).',
  rejectSubject: (unit: string) => `Chưa ghi nhận giấy mời – ${unit}`,
  rejectReceived: (subject: string | null, day: string | null) =>
    `Văn phòng đã nhận thư${subject ? ` “${subject}”` : ''} của đơn vị${day ? ` ngày ${day}` : ''}, là giấy mời cán bộ dự sinh hoạt Chi đoàn, nhưng chưa ghi nhận được.`,
  rejectReceivedForm: (day: string | null) =>
    `Văn phòng đã nhận giấy mời cán bộ dự sinh hoạt Chi đoàn do đơn vị gửi qua biểu mẫu${day ? ` ngày ${day}` : ''}, nhưng chưa ghi nhận được.`,
  rejectHowForm: 'Đề nghị đơn vị gửi lại phiếu trên biểu mẫu (ở câu “Đơn vị” chọn dòng cuối “Gửi giấy mời cán bộ dự sinh hoạt Chi đoàn”), ghi đúng tên Chi đoàn như trong danh sách của đơn vị, ngày và giờ sinh hoạt chưa qua.',
  rejectReason: 'Lý do: ',
  rejectHow: 'Đề nghị đơn vị gửi lại giấy mời, ghi rõ: tên Chi đoàn, giờ và ngày sinh hoạt (ví dụ “19 giờ 30 ngày 15/9/2016”), địa điểm và nội dung.',
} as const;

/** Why an invitation was not recorded, for the unit and the intake log. */
export const invitationProblemText = {
  noDate: 'Giấy mời không ghi ngày sinh hoạt.',
  badDate: (text: string) => `Ngày ${text} ghi trong giấy mời không có thật.`,
  noTime: 'Giấy mời không ghi giờ sinh hoạt.',
  badTime: (text: string) => `Giờ “${text}” ghi trong giấy mời không có thật.`,
  past: (when: string) => `Thời gian sinh hoạt ${when} đã qua.`,
  noChapter: (chapters: string) => `Giấy mời không ghi Chi đoàn nào sinh hoạt. Các Chi đoàn của đơn vị: ${chapters}.`,
  unknownChapter: (chapter: string, chapters: string) => `Đơn vị không có “${chapter}”. Các Chi đoàn của đơn vị: ${chapters}.`,
  nothingToCancel: (what: string) => `Không tìm thấy lịch sinh hoạt sắp tới${what} để hoãn hoặc hủy.`,
  noChapters: '(chưa có Chi đoàn nào)',
} as const;
