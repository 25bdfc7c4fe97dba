import type { PeriodProgress, RegistrationCheck, RegistrationProblem } from '../domain/unitStatus';

/** Vietnamese text the workbook shows in the status columns kept by the code. */
export const PERIOD_STATE = { complete: 'Đủ', none: 'Chưa nộp', partial: 'Còn thiếu' } as const;
export const REGISTRATION_STATE = { valid: 'Hợp lệ', missing: 'Chưa đăng ký', invalid: 'Chưa hợp lệ' } as const;

const problemText: Record<RegistrationProblem, string> = {
  noBuild: 'chưa chọn Chi đoàn xây dựng mạnh',
  noSupport: 'chưa chọn Chi đoàn hỗ trợ',
  tooManySupport: 'chỉ được hỗ trợ 1–2 Chi đoàn',
};

export const statusMessages = {
  /** `Đủ (6/6)`, `Chưa nộp (0/6)`, or `Còn thiếu (4/6): Chi đoàn A; Chi đoàn B` — parsed back by `parsePeriodStatus`. */
  periodProgress: (p: PeriodProgress) =>
    p.total > 0 && p.rated === p.total
      ? `${PERIOD_STATE.complete} (${p.rated}/${p.total})`
      : p.rated === 0
        ? `${PERIOD_STATE.none} (0/${p.total})`
        : `${PERIOD_STATE.partial} (${p.rated}/${p.total}): ${p.missing.join('; ')}`,
  registration: (check: RegistrationCheck) =>
    check.state === 'valid'
      ? REGISTRATION_STATE.valid
      : check.state === 'missing'
        ? REGISTRATION_STATE.missing
        : `${REGISTRATION_STATE.invalid}: ${check.problems.map((p) => problemText[p]).join('; ')}`,
  complete: 'Đã nộp đủ',
  incomplete: 'Chưa đủ',
  problemText,
};

export const workbookMessages = {
  newChapterMark: ' (Chi đoàn mới)',
  /** How a unit tab's `Nguồn` names a submission's channel, before its code. */
  sourceKind: { Email: 'Email', Form: 'Biểu mẫu', 'Thủ công': 'Thủ công' } as Readonly<Record<string, string>>,
  missingUnitTab: (short: string) =>
    `Không tìm thấy trang "${short}" của đơn vị: đề nghị chạy Đi cơ sở > Thiết lập / bổ sung bảng tính để tạo lại trang.`,
  cadreDropdownHelp: 'Chọn họ tên cán bộ đứng điểm trong danh sách của trang Cán bộ',
  unknownCadreName: (name: string) =>
    `không có cán bộ tên "${name}" trong trang "Cán bộ": đề nghị chọn họ tên cán bộ đứng điểm trong danh sách của ô`,
  ambiguousCadreName: (name: string) =>
    `trang "Cán bộ" có nhiều cán bộ cùng tên "${name}" nên chưa rõ cán bộ nào đứng điểm: đề nghị ghi mã cán bộ vào ô này, hoặc phân biệt họ tên các cán bộ trong trang "Cán bộ"`,
  sharedCadreNames: (groups: readonly { name: string; ids: readonly string[] }[]) =>
    `Trang "Cán bộ" có cán bộ trùng họ tên: ${groups.map((g) => `"${g.name}" (mã ${g.ids.join(', ')})`).join('; ')}. Các đơn vị đã giao vẫn đúng cán bộ (hệ thống giữ mã cán bộ ở cột ẩn của trang "Đơn vị"); khi giao lại cho một trong những cán bộ này, đề nghị ghi mã cán bộ vào ô Cán bộ đứng điểm, hoặc phân biệt họ tên trong trang "Cán bộ" (ví dụ thêm chức vụ).`,
} as const;

/** The texts of `Tổng hợp`. */
export const summaryText = {
  titlePrefix: 'TỔNG HỢP BẢNG XẾP LOẠI CÁC CHI ĐOÀN',
  /** `TỔNG HỢP BẢNG XẾP LOẠI CÁC CHI ĐOÀN TRONG TOÀN HUYỆN NĂM 2015 VÀ 6 THÁNG ĐẦU NĂM 2016` */
  title: (scope: string, periods: readonly string[]) => `${summaryText.titlePrefix} TRONG TOÀN ${scope} ${periods.join(' và ')}`.toUpperCase(),
  dateLabel: 'Số liệu đến:',
  totalLabel: (scope: string) => `Toàn ${scope}`,
  noCluster: 'Chưa phân cụm',
  chapterCount: (n: number) => `${n} Chi đoàn`,
  unitsComplete: (complete: number, total: number) => `${complete}/${total} đơn vị đã nộp đủ`,
  chartTitle: (scope: string) => `Số Chi đoàn theo xếp loại, toàn ${scope} (dữ liệu của biểu đồ)`,
  chartHeader: 'Xếp loại',
  chartName: (scope: string) => `Xếp loại Chi đoàn toàn ${scope} theo từng kỳ`,
  chartAxis: 'Số Chi đoàn',
  printNote:
    'In bảng: Tệp > In, chọn khổ A4, hướng Ngang, Tỷ lệ "Vừa với chiều rộng"; trong "Đầu trang và chân trang" đánh dấu "Lặp lại hàng cố định" để dòng tiêu đề in lại ở mỗi trang.',
} as const;
