import type { ReportProblem } from '../../domain/visitReport';

/** What `Nhật ký nhận` and the sidebar say of a cadre's report of a visit. */
export const visitReportMessages = {
  recorded: (id: string, chapter: string) => `Báo cáo kết quả đi cơ sở của cán bộ (${chapter}, mã ${id}): đã ghi vào trang “Đi cơ sở”, trạng thái “Đã báo cáo”.`,
  absent: (id: string, chapter: string) => `Báo cáo của cán bộ (${chapter}, mã ${id}): không dự buổi sinh hoạt; đã ghi vào trang “Đi cơ sở”, trạng thái “Không dự”.`,
  review: (reason: string) => `Thư báo cáo kết quả đi cơ sở của cán bộ chưa ghi: ${reason} Đề nghị Văn phòng xem xét.`,
  receiptDeferred: '(Quá hạn mức gửi thư trong ngày: thư xác nhận cho cán bộ sẽ gửi ở lần kiểm tra thư sau.)',
  noSheet: 'Chưa có trang “Đi cơ sở”.',
  authenticationFailed: (from: string) => `thư gửi từ ${from} không xác thực được người gửi.`,
} as const;

/** Why a report was not written, for the intake log (the office reads it in review). */
export function reportProblemText(problem: ReportProblem): string {
  switch (problem.code) {
    case 'unknownVisit':
      return `mã ${problem.id} không có trên trang “Đi cơ sở”.`;
    case 'cancelled':
      return `buổi đi cơ sở ${problem.id} đã hoãn/hủy.`;
    case 'notTheirs':
      return `buổi đi cơ sở ${problem.id} do đồng chí ${problem.cadre || '(chưa phân công)'} đứng điểm, không phải người gửi.`;
    case 'otherReporter':
      return `buổi đi cơ sở ${problem.id} đã có báo cáo của cán bộ khác (${problem.reporter}); báo cáo này không ghi đè.`;
    case 'empty':
      return `thư về buổi đi cơ sở ${problem.id} không có nội dung báo cáo.`;
  }
}
