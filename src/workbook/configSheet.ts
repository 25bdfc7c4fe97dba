import type { Campaign } from '../domain/campaign';
import { cellText, columnIndex, type Row } from './cells';
import { CONFIG_VALUE_HEADER } from './layout';
import { isoToVi, viToIso } from './dates';

/**
 * `Cấu hình` holds the campaign's settings as key / label / value / note rows: the key is what the
 * code reads, the label what the clerk reads (a workbook set up before labels has key / value /
 * note, read alike: the values' column is found by its header). Values are written as
 * text the office can edit (dates as dd/MM/yyyy, lists comma-separated) and read back into the
 * campaign's JSON shape, which the campaign schema then validates.
 */
interface ConfigField {
  key: string;
  /** The setting in the clerk's words (`Hạn nộp`). */
  label: string;
  note: string;
  write(campaign: Campaign): string;
  read(value: string, target: ConfigDraft): void;
}

/** The campaign's settings as read from the sheet, before validation. */
export type ConfigDraft = Record<string, unknown> & { reminders: Record<string, unknown> };

const numberList = (value: string) =>
  value
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map(Number);

const FIELDS: ConfigField[] = [
  { key: 'name', label: 'Tên kế hoạch', note: 'Tên đợt thu thập, in trên thư và bảng tổng hợp', write: (c) => c.name, read: (v, t) => (t.name = v) },
  { key: 'office', label: 'Cơ quan tổ chức', note: 'Cơ quan tổ chức thu thập (ví dụ: Thành Đoàn Đà Nẵng, Đoàn xã Núi Thành)', write: (c) => c.office, read: (v, t) => (t.office = v) },
  { key: 'parent', label: 'Cơ quan cấp trên', note: 'Cơ quan cấp trên nhận báo cáo', write: (c) => c.parent, read: (v, t) => (t.parent = v || undefined) },
  { key: 'parentEmail', label: 'Email cơ quan cấp trên', note: 'Email của cơ quan cấp trên (nhận báo cáo gửi lên)', write: (c) => c.parentEmail ?? '', read: (v, t) => (t.parentEmail = v || undefined) },
  { key: 'officeEmail', label: 'Email của Văn phòng', note: 'Địa chỉ email nhận báo cáo của Văn phòng', write: (c) => c.officeEmail, read: (v, t) => (t.officeEmail = v) },
  { key: 'timeZone', label: 'Múi giờ', note: 'Múi giờ tính hạn nộp và giờ gửi thư (Asia/Ho_Chi_Minh)', write: (c) => c.timeZone, read: (v, t) => (t.timeZone = v) },
  { key: 'start', label: 'Ngày bắt đầu', note: 'Ngày bắt đầu nhận báo cáo, viết dạng dd/MM/yyyy', write: (c) => isoToVi(c.start), read: (v, t) => (t.start = viToIso(v) ?? v) },
  { key: 'deadline', label: 'Hạn nộp', note: 'Hạn nộp, tính đến hết ngày này; viết dạng dd/MM/yyyy', write: (c) => isoToVi(c.deadline), read: (v, t) => (t.deadline = viToIso(v) ?? v) },
  {
    key: 'scale',
    label: 'Thang xếp loại',
    note: 'legacy (Vững mạnh, Khá, Trung bình, Yếu) hoặc current (Hoàn thành xuất sắc/tốt/hoàn thành/không hoàn thành nhiệm vụ)',
    write: (c) => c.scale,
    read: (v, t) => (t.scale = v),
  },
  {
    key: 'periods',
    label: 'Các kỳ xếp loại',
    note: 'Mỗi kỳ viết dạng mã = tên (ví dụ 2015 = năm 2015); các kỳ ngăn cách bằng dấu chấm phẩy',
    write: (c) => c.periods.map((p) => `${p.code} = ${p.label}`).join('; '),
    read: (v, t) =>
      (t.periods = v
        .split(';')
        .map((part) => part.trim())
        .filter(Boolean)
        .map((part) => {
          const [code, ...label] = part.split('=');
          return { code: code.trim(), label: label.join('=').trim() };
        })),
  },
  {
    key: 'reminders.before',
    label: 'Nhắc trước hạn (ngày)',
    note: 'Nhắc hạn trước hạn nộp bao nhiêu ngày (ví dụ 3, 1)',
    write: (c) => c.reminders.before.join(', '),
    read: (v, t) => (t.reminders.before = numberList(v)),
  },
  {
    key: 'reminders.after',
    label: 'Báo quá hạn (ngày)',
    note: 'Báo quá hạn sau hạn nộp bao nhiêu ngày (ví dụ 1, 3, 7)',
    write: (c) => c.reminders.after.join(', '),
    read: (v, t) => (t.reminders.after = numberList(v)),
  },
  {
    key: 'reminders.hour',
    label: 'Giờ gửi nhắc hạn',
    note: 'Giờ gửi nhắc hạn trong ngày (0–23)',
    write: (c) => String(c.reminders.hour),
    read: (v, t) => (t.reminders.hour = Number(v)),
  },
  {
    key: 'signer.title',
    label: 'Chức danh người ký',
    note: 'Chức danh người ký thư (dưới dòng “TM. BAN THƯỜNG VỤ …”)',
    write: (c) => c.signer?.title ?? '',
    read: (v, t) => (t.signer = { ...(t.signer as object | undefined), title: v }),
  },
  {
    key: 'signer.name',
    label: 'Người ký thư',
    note: 'Họ tên người ký thư',
    write: (c) => c.signer?.name ?? '',
    read: (v, t) => (t.signer = { ...(t.signer as object | undefined), name: v }),
  },
  {
    key: 'visits.reportDays',
    label: 'Hạn báo cáo đi cơ sở (ngày)',
    note: 'Số ngày sau buổi sinh hoạt mà cán bộ dự phải báo cáo kết quả (để trống: 3 ngày)',
    write: (c) => (c.visits ? String(c.visits.reportDays) : ''),
    read: (v, t) => {
      if (v) t.visits = { reportDays: Number(v) };
    },
  },
  {
    key: 'pilots',
    label: 'Chi đoàn làm điểm',
    note: 'Chi đoàn làm điểm, dạng mã đơn vị: tên Chi đoàn (năm-tháng); ngăn cách bằng dấu chấm phẩy',
    write: (c) => c.pilots.map((p) => `${p.unit}: ${p.chapter} (${p.month})`).join('; '),
    read: (v, t) =>
      (t.pilots = v
        .split(';')
        .map((part) => part.trim())
        .filter(Boolean)
        .map((part) => {
          const match = /^([^:]+):\s*(.*?)\s*\((\d{4}-\d{2})\)$/.exec(part);
          return match ? { unit: match[1].trim(), chapter: match[2], month: match[3] } : { unit: part, chapter: '', month: '' };
        })),
  },
];

export function configRows(campaign: Campaign): Row[] {
  return FIELDS.map((field) => [field.key, field.label, field.write(campaign), field.note]);
}

/** The 0-based column of the values in `Cấu hình`'s header: `Giá trị`, the second column when the header does not say. */
export function configValueColumn(header: readonly unknown[]): number {
  const found = columnIndex(header, CONFIG_VALUE_HEADER);
  return found < 0 ? 1 : found;
}

/** Reads `Cấu hình` as read (header included), in either layout. */
export function readConfigValues(values: readonly (readonly unknown[])[]): ConfigDraft {
  const column = configValueColumn(values[0] ?? []);
  return readConfigRows(values.slice(1).map((row) => [row[0], row[column]]));
}

/** The keys a workbook set up before 2026 wrote, read as the names that replaced them. */
const EARLIER_KEYS: Record<string, string> = { district: 'office', province: 'parent' };

/** Reads [key, value] rows (header excluded). Unknown keys are ignored; missing keys stay missing. */
export function readConfigRows(rows: readonly (readonly unknown[])[]): ConfigDraft {
  const draft: ConfigDraft = { reminders: {} };
  const byKey = new Map(FIELDS.map((field) => [field.key, field]));
  for (const row of rows) {
    const key = cellText(row[0]);
    const field = byKey.get(EARLIER_KEYS[key] ?? key);
    if (!field) continue;
    field.read(cellText(row[1]), draft);
  }
  if (draft.signer && !(draft.signer as { title?: string }).title) delete draft.signer;
  return draft;
}

/** Row (1-based, header is row 1) of each config key, to point the office at a bad value. */
export function configRowOf(key: string): number | null {
  const index = FIELDS.findIndex((field) => field.key === key || key.startsWith(`${field.key}[`) || key.startsWith(`${field.key}.`));
  return index < 0 ? null : index + 2;
}
