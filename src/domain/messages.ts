import type * as z from 'zod/mini';

/**
 * Vietnamese wording of the domain's messages, kept together so the office's language is
 * reviewed in one place. Each message says what is wrong and what to put instead.
 */
export const campaignMessages = {
  badEmail: 'không phải địa chỉ email hợp lệ (ví dụ đúng: doanxa@gmail.com)',
  badDate: 'không phải ngày hợp lệ: cần viết theo dạng năm-tháng-ngày, ví dụ 2016-09-12',
  badId: 'mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ tam-tra',
  badPeriod: 'mã kỳ xếp loại phải là năm (2015), 6 tháng đầu năm (2016-H1) hoặc 6 tháng cuối năm (2016-H2)',
  badTimeZone: 'múi giờ không hợp lệ, ví dụ đúng: Asia/Ho_Chi_Minh',
  badMonth: 'tháng phải viết theo dạng năm-tháng, ví dụ 2016-09',
  deadlineBeforeStart: (deadline: string, start: string) =>
    `hạn nộp ${deadline} sớm hơn ngày bắt đầu ${start}: hạn nộp phải từ ngày bắt đầu trở đi`,
  duplicate: (what: string, value: string) => `${what} "${value}" bị trùng: mỗi ${what} chỉ được dùng một lần`,
  unknownCadre: (id: string) => `không có cán bộ mã "${id}" trong danh sách cán bộ (cadres)`,
  unknownUnit: (id: string) => `không có đơn vị mã "${id}" trong danh sách đơn vị (units)`,
  unknownChapter: (chapter: string, unit: string) => `${unit} không có "${chapter}" trong danh sách Chi đoàn`,
  reservedSheetName: (short: string) =>
    `tên viết tắt "${short}" trùng tên một trang tính của hệ thống: hãy đặt tên khác`,
  forbiddenSheetCharacters: (short: string) =>
    `tên viết tắt "${short}" chứa ký tự không dùng được trong tên trang tính ([ ] * ? / \\ :): đề nghị bỏ hoặc thay ký tự đó`,
  apostropheAtEdge: (short: string) =>
    `tên viết tắt "${short}" bắt đầu hoặc kết thúc bằng dấu nháy đơn ('), tên trang tính không được như vậy: đề nghị bỏ dấu nháy`,
  notJson: (detail: string) =>
    `nội dung không phải JSON hợp lệ (${detail}): hãy dán nguyên văn tệp chiến dịch, bắt đầu bằng { và kết thúc bằng }`,
  missing: 'thiếu thông tin bắt buộc',
  empty: 'không được để trống',
  emptyList: (minimum: number) => `cần ít nhất ${minimum} mục`,
  tooLong: (maximum: number) => `dài quá ${maximum} ký tự`,
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
  return describeCustom(issue.path, issueReason(issue, valueAt(input, issue.path)), location);
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

export function describeCustom(path: readonly PropertyKey[], reason: string, location: string | null = null): string {
  const where = [formatPath(path), location ? `(${location})` : ''].filter(Boolean).join(' ');
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
      if (issue.origin === 'string') return m.tooLong(Number(issue.maximum));
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
