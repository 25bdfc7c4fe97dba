import type * as z from 'zod/mini';
import { groupThousands } from './text';

/**
 * Vietnamese wording of the domain's messages, kept together so the office's language is
 * reviewed in one place. Each message says what is wrong and what to put instead.
 */
export const campaignMessages = {
  officeMissing: 'chưa có tên cơ quan tổ chức thu thập; đề nghị ghi vào office (ví dụ: "Đoàn xã Núi Thành" hoặc "Thành Đoàn Đà Nẵng")',
  badEmail: 'không phải địa chỉ email hợp lệ (ví dụ đúng: doanxa@gmail.com)',
  badDate: 'không phải ngày hợp lệ: cần viết theo dạng năm-tháng-ngày, ví dụ 2016-09-12',
  badId: 'mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ tam-tra',
  badPeriod: 'mã kỳ xếp loại phải là năm (2015), 6 tháng đầu năm (2016-H1) hoặc 6 tháng cuối năm (2016-H2)',
  badTimeZone: 'múi giờ không hợp lệ, ví dụ đúng: Asia/Ho_Chi_Minh',
  badMonth: 'tháng phải viết theo dạng năm-tháng, ví dụ 2016-09',
  deadlineBeforeStart: (deadline: string, start: string) =>
    `hạn nộp ${deadline} sớm hơn ngày bắt đầu ${start}: hạn nộp phải từ ngày bắt đầu trở đi`,
  duplicate: (what: string, value: string) => `${what} "${value}" bị trùng: mỗi ${what} chỉ được dùng một lần`,
  duplicateFolded: (what: string, value: string, other: string) =>
    `${what} "${value}" trùng với "${other}" (chỉ khác dấu hoặc chữ hoa, chữ thường, hệ thống coi là một): đề nghị đặt ${what} khác hẳn`,
  unknownCadre: (id: string) => `không có cán bộ mã "${id}" trong danh sách cán bộ (cadres)`,
  unknownUnit: (id: string) => `không có đơn vị mã "${id}" trong danh sách đơn vị (units)`,
  unknownChapter: (chapter: string, unit: string) => `${unit} không có "${chapter}" trong danh sách Chi đoàn`,
  reservedSheetName: (short: string) =>
    `tên viết tắt "${short}" trùng tên một trang tính của hệ thống (kể cả khác dấu, khác chữ hoa, chữ thường): đề nghị đặt tên khác`,
  forbiddenSheetCharacters: (short: string) =>
    `tên viết tắt "${short}" chứa ký tự không dùng được trong tên trang tính ([ ] * ? / \\ :): đề nghị bỏ hoặc thay ký tự đó`,
  apostropheAtEdge: (short: string) =>
    `tên viết tắt "${short}" bắt đầu hoặc kết thúc bằng dấu nháy đơn ('), tên trang tính không được như vậy: đề nghị bỏ dấu nháy`,
  notJson: (detail: string) =>
    `nội dung không phải JSON hợp lệ (${detail}): đề nghị dán nguyên văn tệp chiến dịch, bắt đầu bằng { và kết thúc bằng }`,
  missing: 'thiếu thông tin bắt buộc',
  empty: 'không được để trống',
  emptyList: (minimum: number) => `cần ít nhất ${minimum} mục`,
  tooLong: (maximum: number, length: number | null) =>
    `dài ${length === null ? 'quá' : `${groupThousands(length)} ký tự, quá`} ${groupThousands(maximum)} ký tự: đề nghị rút gọn còn tối đa ${groupThousands(maximum)} ký tự`,
  controlCharacters: (short: string) =>
    `tên viết tắt "${short}" chứa ký tự điều khiển (xuống dòng, tab…), tên trang tính không chứa được: đề nghị gõ lại tên trên một dòng`,
  tooSmallNumber: (minimum: number) => `phải từ ${minimum} trở lên`,
  tooBigNumber: (maximum: number) => `phải nhỏ hơn hoặc bằng ${maximum}`,
  wrongType: (expected: string) => `sai kiểu dữ liệu: cần ${typeNames[expected] ?? expected}`,
  notOneOf: (values: readonly unknown[]) => `chỉ nhận một trong các giá trị: ${values.map((v) => String(v)).join(', ')}`,
  unknownKeys: (keys: string[]) => `có trường không được hỗ trợ: ${keys.join(', ')} (kiểm tra lại chính tả)`,
  invalid: 'giá trị không hợp lệ',
} as const;

const typeNames: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  int: 'số nguyên',
  boolean: 'true hoặc false',
  array: 'danh sách [ … ]',
  object: 'đối tượng { … }',
};

/** `units[3].emails[0]` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** One zod issue as "field: Vietnamese reason". */
/** `input` is what was validated: zod does not echo values, and "missing" differs from "wrong type". */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown, location: string | null = null): string {
  return describeCustom(issue.path, issueReason(issue, valueAt(input, issue.path)), location, fieldSubject(issue.path, input));
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The fields of a campaign in the office's words, for the messages that name them. */
const FIELD_LABELS: Record<string, string> = {
  name: 'tên chiến dịch',
  office: 'tên cơ quan',
  district: 'tên cơ quan',
  parent: 'tên cơ quan cấp trên',
  province: 'tên cơ quan cấp trên',
  parentEmail: 'email cơ quan cấp trên',
  visits: 'đi cơ sở',
  officeEmail: 'email của cơ quan',
  timeZone: 'múi giờ',
  start: 'ngày bắt đầu',
  deadline: 'hạn nộp',
  scale: 'thang xếp loại',
  periods: 'kỳ xếp loại',
  reminders: 'lịch nhắc hạn',
  signer: 'người ký',
  pilots: 'điểm chỉ đạo',
};
const SIGNER_LABELS: Record<string, string> = { title: 'chức danh người ký', name: 'họ tên người ký' };
const UNIT_LABELS: Record<string, string> = {
  id: 'mã đơn vị',
  name: 'tên đơn vị',
  short: 'tên viết tắt',
  kind: 'loại đơn vị',
  cluster: 'cụm',
  emails: 'email',
  secretary: 'bí thư',
  cadre: 'cán bộ đứng điểm',
  chapters: 'tên Chi đoàn',
};
const CADRE_LABELS: Record<string, string> = { id: 'mã cán bộ', name: 'họ và tên', role: 'chức vụ', email: 'email' };

/** A unit or cadre as the office knows it: its name, else its short name or id, when short enough to quote; else its place in the list. */
function whoIs(item: unknown, index: number, fields: readonly string[]): string {
  for (const field of fields) {
    const value = valueAt(item, [field]);
    if (typeof value === 'string' && value.trim() !== '' && value.trim().length <= 80) return `"${value.trim()}"`;
  }
  return `thứ ${index + 1}`;
}

/** What a path is, for the office: `đơn vị "Đoàn xã Tam Trà", tên viết tắt (tên trang tính)`; null when there is nothing to add. */
export function fieldSubject(path: readonly PropertyKey[], input: unknown): string | null {
  const [head, index, field] = path;
  if ((head === 'units' || head === 'cadres') && typeof index === 'number') {
    const item = valueAt(input, [head, index]);
    const who = head === 'units' ? `đơn vị ${whoIs(item, index, ['name', 'short', 'id'])}` : `cán bộ ${whoIs(item, index, ['name', 'id'])}`;
    const label = (head === 'units' ? UNIT_LABELS : CADRE_LABELS)[String(field)];
    return label ? `${who}, ${label}` : who;
  }
  if (head === 'signer' && typeof index === 'string') return SIGNER_LABELS[index] ?? FIELD_LABELS.signer;
  return typeof head === 'string' ? (FIELD_LABELS[head] ?? null) : null;
}

export function describeCustom(path: readonly PropertyKey[], reason: string, location: string | null = null, subject: string | null = null): string {
  const about = [subject, location].filter(Boolean).join('; ');
  const where = [formatPath(path), about ? `(${about})` : ''].filter(Boolean).join(' ');
  return where ? `${where}: ${reason}` : reason;
}

function issueReason(issue: z.core.$ZodIssue, value: unknown): string {
  const m = campaignMessages;
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined ? m.missing : m.wrongType(issue.expected);
    case 'too_small':
      if (issue.origin === 'string') return m.empty;
      if (issue.origin === 'array') return m.emptyList(Number(issue.minimum));
      return m.tooSmallNumber(Number(issue.minimum));
    case 'too_big':
      if (issue.origin === 'string') return m.tooLong(Number(issue.maximum), typeof value === 'string' ? value.trim().length : null);
      return m.tooBigNumber(Number(issue.maximum));
    case 'invalid_value':
      return m.notOneOf(issue.values);
    case 'unrecognized_keys':
      return m.unknownKeys(issue.keys);
    case 'invalid_format':
    case 'custom':
      return issue.message;
    default:
      return m.invalid;
  }
}
