/** What the report says, in the administrative Vietnamese of a Đoàn report. */
import { upperVi as upper } from '../../domain/text';


/** `45,5%`: one decimal, a comma, as Vietnamese documents write shares. */
export function viPercent(share: number): string {
  const tenths = Math.round(share * 1000) / 10;
  return `${String(tenths).replace('.', ',')}%`;
}

/** `+4,2 điểm %`: a change of share, in percentage points. */
function signedPoints(share: number): string {
  const tenths = Math.round(share * 1000) / 10;
  const text = String(Math.abs(tenths)).replace('.', ',');
  return tenths > 0 ? `tăng ${text} điểm phần trăm` : tenths < 0 ? `giảm ${text} điểm phần trăm` : 'không đổi';
}

export const reportText = {
  union: 'ĐOÀN TNCS HỒ CHÍ MINH',
  stars: '***',
  /** The number is left for the office to give when the report is issued. */
  number: 'Số:       -BC/ĐTN',
  placeDate: (place: string, day: number, month: number, year: number) => `${place}, ngày ${day} tháng ${month} năm ${year}`,
  fileName: (campaign: string, day: string) => `Báo cáo kết quả ${campaign} (${day})`,
  title: 'BÁO CÁO',
  subtitle: 'Kết quả xếp loại Chi đoàn và đăng ký xây dựng Chi đoàn mạnh, hỗ trợ Chi đoàn yếu',
  campaignLine: (campaign: string) => `(thực hiện kế hoạch "${campaign}")`,
  rule: '-----',
  intro: (office: string, campaign: string, periods: string, deadline: string, asOf: string) =>
    `Thực hiện kế hoạch "${campaign}", ${office} đề nghị các cơ sở Đoàn gửi bảng xếp loại Chi đoàn ${periods} và đăng ký ` +
    `xây dựng Chi đoàn mạnh, hỗ trợ Chi đoàn yếu chậm nhất ngày ${deadline}. Ban Thường vụ ${office} báo cáo kết quả như sau ` +
    `(số liệu tổng hợp đến ngày ${asOf}):`,
  headings: {
    submission: 'KẾT QUẢ TIẾP NHẬN',
    ratings: 'KẾT QUẢ XẾP LOẠI CHI ĐOÀN',
    clusters: 'KẾT QUẢ THEO CỤM',
    registrations: 'ĐĂNG KÝ XÂY DỰNG CHI ĐOÀN MẠNH VÀ HỖ TRỢ CHI ĐOÀN YẾU',
    owed: 'ĐƠN VỊ CHƯA HOÀN THÀNH',
    assessment: 'ĐÁNH GIÁ CHUNG VÀ ĐỀ XUẤT',
  },
  submission: (units: number, submitted: number, onTime: number, late: number, complete: number) =>
    `Tổng số đơn vị: ${units}; đã gửi bảng xếp loại: ${submitted} đơn vị (đúng hạn ${onTime}, sau hạn ${late}); ` +
    `đã gửi đầy đủ xếp loại và đăng ký: ${complete} đơn vị; chưa gửi: ${units - submitted} đơn vị.`,
  chapters: (chapters: number, members: number | null) =>
    `Tổng số Chi đoàn của các đơn vị: ${chapters}${members === null ? '' : `; số đoàn viên theo các bảng đã nhận: ${members}`}.`,
  ratingColumn: 'Xếp loại',
  countColumn: (period: string) => `${period} (số Chi đoàn)`,
  shareColumn: 'Tỷ lệ',
  unratedRow: 'Chưa xếp loại',
  totalRow: 'Tổng cộng',
  noChapters: 'Chưa có Chi đoàn nào được xếp loại.',
  change: (from: string, to: string, level: string, count: number, share: number) =>
    `${level}: ${to} so với ${from} ${count > 0 ? `tăng ${count}` : count < 0 ? `giảm ${-count}` : 'không đổi về số'} Chi đoàn, tỷ lệ ${signedPoints(share)}.`,
  clusterColumn: 'Cụm',
  noCluster: 'Chưa xếp cụm',
  unitsColumn: 'Số đơn vị',
  completeColumn: 'Đã gửi đầy đủ',
  chaptersColumn: 'Số Chi đoàn',
  clusterPeriod: (period: string) => `Xếp loại ${period}`,
  registrationCounts: (build: number, support: number) =>
    `Các cơ sở Đoàn đăng ký xây dựng ${build} Chi đoàn mạnh và hỗ trợ ${support} Chi đoàn yếu, cụ thể:`,
  unitColumn: 'Đơn vị',
  buildColumn: 'Xây dựng Chi đoàn mạnh',
  supportColumn: 'Hỗ trợ',
  noRegistration: 'Chưa có đơn vị nào đăng ký.',
  notLowestIntro: 'Chi đoàn đăng ký hỗ trợ nhưng không thuộc nhóm xếp loại thấp nhất của đơn vị (đề nghị xem lại):',
  notLowestLine: (unit: string, chapter: string) => `${chapter} (${unit})`,
  allComplete: 'Tất cả các đơn vị đã gửi đầy đủ bảng xếp loại và đăng ký.',
  owedIntro: (count: number) => `Còn ${count} đơn vị chưa hoàn thành:`,
  owedColumn: 'Còn thiếu',
  owedNothing: 'Chưa gửi bảng xếp loại và đăng ký',
  assessment: (office: string, owed: number) =>
    owed > 0
      ? `Ban Thường vụ ${office} tiếp tục đôn đốc ${owed} đơn vị chưa hoàn thành; cán bộ đứng điểm theo dõi, giúp đỡ các Chi đoàn đã đăng ký xây dựng và hỗ trợ. (Văn phòng bổ sung nhận xét, đánh giá và đề xuất trước khi ban hành.)`
      : `Ban Thường vụ ${office} giao cán bộ đứng điểm theo dõi, giúp đỡ các Chi đoàn đã đăng ký xây dựng và hỗ trợ. (Văn phòng bổ sung nhận xét, đánh giá và đề xuất trước khi ban hành.)`,
  closing: (office: string) => `Trên đây là báo cáo kết quả của Ban Thường vụ ${office}./.`,
  tableSheet: 'Xếp loại Chi đoàn',
  tableTitle: (periods: string) => upper(`Bảng xếp loại Chi đoàn ${periods}`),
  tableDate: (day: string) => `(Kèm theo báo cáo, số liệu đến ngày ${day})`,
  tableNumber: 'STT',
  tableChapter: 'Tên Chi đoàn',
  tableMembers: 'Số đoàn viên',
  tableRating: (period: string) => `Xếp loại ${period}`,
  tableRegistration: 'Đăng ký',
  recipientsHeading: 'Nơi nhận:',
  recipientParent: (parent: string) => `- ${parent} (báo cáo);`,
  recipientArchive: '- Lưu VT.',
};
