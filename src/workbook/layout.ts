import type { Campaign, UnitKind } from '../domain/campaign';

/** Sheet names of DESIGN.md's workbook contract. */
export const SHEET = {
  config: 'Cấu hình',
  units: 'Đơn vị',
  cadres: 'Cán bộ',
  summary: 'Tổng hợp',
  intakeLog: 'Nhật ký nhận',
  outboxLog: 'Nhật ký gửi',
  visits: 'Đi cơ sở',
  /** The visits per month, cadre and unit (issue 17), rewritten by the visits pass. */
  visitsMonthly: 'Đi cơ sở theo tháng',
} as const;

/** `Cấu hình`: the key the code reads, its Vietnamese label for the clerk, the value, a note. */
export const CONFIG_HEADERS = ['Khóa', 'Mục', 'Giá trị', 'Ghi chú'] as const;
/** The header of the values' column, found by name: a workbook set up before the labels has key | value | note. */
export const CONFIG_VALUE_HEADER = 'Giá trị';

/**
 * The editable part of `Đơn vị`, in the contract's order: id, name, short, kind, cluster, emails,
 * secretary, cadre. The cadre is shown and chosen by name; its id is kept in CADRE_ID_HEADER.
 */
export const UNIT_HEADERS = ['Mã đơn vị', 'Tên đơn vị', 'Tên viết tắt', 'Loại', 'Cụm', 'Email', 'Bí thư', 'Cán bộ đứng điểm'] as const;

export const CADRE_HEADERS = ['Mã cán bộ', 'Họ và tên', 'Chức vụ', 'Email'] as const;

export const INTAKE_LOG_HEADERS = ['Thời gian', 'Nguồn', 'Người gửi', 'Mã', 'Đơn vị', 'Trạng thái', 'Chi tiết', 'Nội dung gốc'] as const;
/**
 * The intake log's columns right of the contract's eight: the submission's short code
 * (`Số hiệu`, domain/submissionCode.ts) and an email's Gmail id (hidden: nobody's reading, it
 * tells another copy of the same Message-ID apart).
 */
export const INTAKE_LOG_COLUMNS = [...INTAKE_LOG_HEADERS, 'Số hiệu', 'Mã Gmail'] as const;

export const OUTBOX_LOG_HEADERS = ['Thời gian', 'Loại', 'Người nhận', 'CC', 'Tiêu đề', 'Khóa', 'Trạng thái'] as const;

export const UNIT_KIND_LABELS: Readonly<Record<UnitKind, string>> = {
  commune: 'Xã',
  town: 'Thị trấn',
  school: 'Trường THPT',
  direct: 'Trực thuộc',
  ward: 'Phường',
  special: 'Đặc khu',
};

export const CHAPTER_HEADER = 'Chi đoàn';
export const MEMBERS_HEADER = 'Số đoàn viên';
export const REGISTRATION_HEADER = 'Đăng ký';
export const SOURCE_HEADER = 'Nguồn';
export const UPDATED_HEADER = 'Cập nhật';
/** When and from which submission each value of the row was received (hidden; see domain/provenance.ts). */
export const PROVENANCE_HEADER = 'Ghi nhận';

export function ratingHeader(periodLabel: string): string {
  return `Xếp loại ${periodLabel}`;
}

/** Header of a unit's tab: Chi đoàn, Số đoàn viên, one `Xếp loại <label>` per period, Đăng ký, Nguồn, Cập nhật, Ghi nhận. */
export function unitTabHeaders(campaign: Pick<Campaign, 'periods'>): string[] {
  return [
    CHAPTER_HEADER,
    MEMBERS_HEADER,
    ...campaign.periods.map((period) => ratingHeader(period.label)),
    REGISTRATION_HEADER,
    SOURCE_HEADER,
    UPDATED_HEADER,
    PROVENANCE_HEADER,
  ];
}

/** Status columns the code keeps at the right of `Đơn vị`. */
export function unitStatusHeaders(campaign: Pick<Campaign, 'periods'>): string[] {
  return [...campaign.periods.map((period) => ratingHeader(period.label)), 'Đăng ký', 'Tình trạng', 'Lần nhận cuối'];
}

/** The column of `Đơn vị` holding each unit's pre-filled form link, added by the form's sync. */
export const FORM_LINK_HEADER = 'Biểu mẫu';

/**
 * The hidden column of `Đơn vị` after the status columns: the sheet id of each unit's tab, kept by
 * setup, so that a tab the office renames by hand is still found (sheets.ts).
 */
export const TAB_ID_HEADER = 'Mã trang tính';

/**
 * The hidden column of `Đơn vị` after the tab ids: the id of each unit's cadre, whose name the
 * office sees and picks in `Cán bộ đứng điểm` (the name wins when they disagree: unitCadres.ts).
 * Found by its header; a workbook set up before it holds ids in `Cán bộ đứng điểm` itself.
 */
export const CADRE_ID_HEADER = 'Mã cán bộ';

/**
 * The column of `Đơn vị` naming a merged unit's earlier units (ids or names, `;` between them):
 * written by setup after the hidden columns when the campaign gives `formerly`, else typed by the
 * office; found by its header (app/carryOver/importEarlier.ts).
 */
export const FORMERLY_HEADER = 'Sáp nhập từ';

export function unitSheetHeaders(campaign: Pick<Campaign, 'periods'>): string[] {
  return [...UNIT_HEADERS, ...unitStatusHeaders(campaign), TAB_ID_HEADER, CADRE_ID_HEADER];
}

export const DATE_FORMAT = 'dd/MM/yyyy';
export const DATE_TIME_FORMAT = 'dd/MM/yyyy HH:mm:ss';
export const TEXT_FORMAT = '@';
