/**
 * The wording of the report-back letters: `Nhắc báo cáo` to the cadre after a meeting, the
 * `Xác nhận` of a report received, and the letter when the office moves a proposal on.
 * Values arrive formatted (dd/MM/yyyy HH:mm, dd/MM/yyyy).
 */
export const visitReportText = {
  chaseSubject: (id: string, chapter: string, unit: string) => `Đề nghị báo cáo kết quả đi cơ sở ${id} – ${chapter}, ${unit}`,
  overdueSubject: (id: string, chapter: string, unit: string) => `Nhắc lần 2: báo cáo kết quả đi cơ sở ${id} – ${chapter}, ${unit} đã quá hạn`,
  chase: (due: string) => `Buổi sinh hoạt Chi đoàn dưới đây đồng chí được mời dự đã diễn ra. Đề nghị đồng chí báo cáo kết quả về Văn phòng trước ngày ${due}.`,
  overdue: (due: string) => `Văn phòng chưa nhận được báo cáo kết quả buổi đi cơ sở dưới đây (hạn ngày ${due}). Đề nghị đồng chí báo cáo sớm; thư này gửi kèm Văn phòng để theo dõi.`,
  howTo: 'Đồng chí chỉ cần trả lời thư này (giữ nguyên tiêu đề có mã buổi đi cơ sở), viết theo các mục sau:',
  howForm: 'Đồng chí báo cáo qua biểu mẫu “Báo cáo kết quả đi cơ sở” (đã điền sẵn mã buổi, dùng được trên điện thoại): ',
  formLinkLabel: 'Mở biểu mẫu báo cáo',
  howToReply: 'hoặc trả lời thư này (giữ nguyên tiêu đề có mã buổi đi cơ sở), viết theo các mục sau:',
  labels: [
    'Kết quả: đồng chí có dự hay không; Chi đoàn đã làm được gì trong buổi sinh hoạt.',
    'Mô hình hay: mô hình mới, cách làm hay phát hiện được.',
    'Khó khăn, kiến nghị: những khó khăn, vướng mắc của cơ sở.',
    'Đề xuất: việc Văn phòng, Ban Thường vụ cần làm.',
  ],
  absent: 'Nếu không dự được, đồng chí ghi “Không dự vì …” và lý do.',
  motto: '“Đi báo việc, về báo cáo kết quả và tham mưu hiệu quả hơn.”',
  receiptSubject: (id: string, chapter: string, unit: string) => `Đã nhận báo cáo kết quả đi cơ sở ${id} – ${chapter}, ${unit}`,
  receipt: (reference: string) => `Văn phòng đã nhận và ghi báo cáo của đồng chí về buổi đi cơ sở dưới đây (mã tham chiếu: ${reference}). Trân trọng cảm ơn đồng chí.`,
  receiptAbsent: (reason: string, reference: string) => `Văn phòng đã ghi nhận đồng chí không dự buổi sinh hoạt dưới đây${reason ? ` (lý do: ${reason})` : ''}; mã tham chiếu: ${reference}.`,
  fieldUnit: 'Đơn vị',
  fieldChapter: 'Chi đoàn',
  fieldTime: 'Thời gian',
  fieldId: 'Mã buổi đi cơ sở',
  proposalSubject: (id: string, status: string) => `Kiến nghị từ buổi đi cơ sở ${id}: ${status}`,
  proposal: (status: string) => `Văn phòng thông báo tình hình xử lý khó khăn, kiến nghị đồng chí đã báo cáo: ${status}.`,
  proposalWhat: 'Nội dung kiến nghị: ',
  proposalNote: 'Ghi chú của Văn phòng: ',
} as const;
