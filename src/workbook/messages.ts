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
} as const;

/** The level an office collects at, from its name: `Huyện đoàn Núi Thành` → `huyện`. */
const SCOPES: [RegExp, string][] = [
  [/^huyện/i, 'huyện'],
  [/^(thành đoàn|thành phố)/i, 'thành phố'],
  [/^tỉnh/i, 'tỉnh'],
  [/^(đoàn )?thị xã/i, 'thị xã'],
  [/^(đoàn )?thị trấn/i, 'thị trấn'],
  [/^(đoàn )?phường/i, 'phường'],
  [/^(đoàn )?xã/i, 'xã'],
  [/^(đoàn )?đặc khu/i, 'đặc khu'],
  [/^quận/i, 'quận'],
];

/** The texts of `Tổng hợp`. */
export const summaryText = {
  titlePrefix: 'TỔNG HỢP BẢNG XẾP LOẠI CÁC CHI ĐOÀN',
  scopeOf: (office: string) => SCOPES.find(([pattern]) => pattern.test(office.normalize('NFC').trim()))?.[1] ?? 'đơn vị',
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
