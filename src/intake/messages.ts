/**
 * Every Vietnamese sentence the parsers produce, in one place so the wording is reviewed
 * together. Each says what is wrong and what to send instead; warnings name the row as the
 * sender sees it ("Dòng 7 (Chi đoàn Thôn 3)").
 */
import { groupThousands } from '../domain/text';

const FORMATS = 'tệp Excel (.xlsx), Word (.docx), CSV, hoặc gõ bảng vào nội dung thư';
/** What a PDF or a photo should have been: the file it was printed or photographed from. */
const ORIGINALS = 'tệp Excel (.xlsx, .xls) hoặc Word (.docx, .doc) của bảng, hoặc điền biểu mẫu của đơn vị';
const EXAMPLE_LINE = '"Chi đoàn Xuân Thọ: năm 2015 Vững mạnh; 6 tháng đầu năm 2016 Khá"';

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0).replace('.', ',');
}


/** How a warning names a row: "Dòng 7 (Chi đoàn Thôn 3)". */
export function where(line: number, name: string): string {
  return name ? `Dòng ${line} (${name})` : `Dòng ${line}`;
}

export const intakeErrors = {
  noTable:
    'Không tìm thấy bảng xếp loại: cần có cột tên Chi đoàn và cột xếp loại (ví dụ "Năm 2015", "6 tháng đầu năm 2016"). ' +
    `Đề nghị gửi ${FORMATS}, mỗi dòng một Chi đoàn, ví dụ ${EXAMPLE_LINE}.`,
  noPeriod:
    'Có xếp loại nhưng không ghi là của kỳ nào: đề nghị ghi rõ kỳ ở đầu cột hoặc trước danh sách, ' +
    `ví dụ "Năm 2015", "6 tháng đầu năm 2016", hoặc viết mỗi dòng như ${EXAMPLE_LINE}.`,
  empty: `Tệp hoặc thư không có nội dung. Đề nghị gửi lại bảng xếp loại Chi đoàn bằng ${FORMATS}.`,
  tooLarge: (bytes: number, limit: number) =>
    `Tệp quá lớn (${megabytes(bytes)} MB, chỉ nhận tệp đến ${megabytes(limit)} MB). ` +
    `Đề nghị gửi riêng bảng xếp loại (thường chỉ vài chục KB) bằng ${FORMATS}.`,
  unzippedTooLarge:
    'Tệp khi giải nén quá lớn (trên 50 MB) nên không đọc: đề nghị lưu riêng bảng xếp loại thành tệp mới (.xlsx hoặc .docx) rồi gửi lại.',
  password: 'Tệp có mật khẩu, đề nghị bỏ mật khẩu rồi gửi lại (mở tệp, chọn Tệp › Thông tin › Bảo vệ, xóa mật khẩu, lưu lại).',
  corrupt:
    'Tệp bị hỏng hoặc không phải tệp Excel/Word hợp lệ nên không mở được. Đề nghị mở thử tệp trên máy, lưu lại thành .xlsx hoặc .docx rồi gửi lại.',
  oldExcel:
    'Tệp Excel định dạng cũ (.xls) không chuyển đổi được để đọc (tệp có thể bị hỏng). Đề nghị mở tệp, chọn Lưu thành (Save As) "Excel Workbook (*.xlsx)" rồi gửi lại tệp .xlsx.',
  oldWord:
    'Tệp Word định dạng cũ (.doc) không chuyển đổi được để đọc (tệp có thể bị hỏng). Đề nghị mở tệp, chọn Lưu thành (Save As) "Word Document (*.docx)" rồi gửi lại tệp .docx.',
  oldOffice: 'Tệp Office định dạng cũ này không phải bảng tính Excel hay văn bản Word nên không đọc được. Đề nghị lưu bảng xếp loại thành .xlsx (Excel) hoặc .docx (Word) rồi gửi lại.',
  pdf: `Tệp PDF là bản in nên không đọc được bảng xếp loại. Đề nghị gửi bản gốc: ${ORIGINALS}.`,
  image: `Ảnh chụp không đọc được bảng xếp loại. Đề nghị gửi ${ORIGINALS}.`,
  notDocument: (name: string) =>
    `Tệp "${name}" không phải bảng tính hay văn bản đọc được. Đề nghị gửi bảng xếp loại bằng ${FORMATS}.`,
  unsupportedExtension: (extension: string) =>
    `Không đọc được tệp dạng "${extension}": chỉ nhận .eml, .txt, .html, .csv, .xlsx, .xls, .docx hoặc .doc.`,
  noEmailContent: `Thư không có tệp đính kèm hay nội dung đọc được. Đề nghị gửi bảng xếp loại bằng ${FORMATS}.`,
  unexpected: `Có lỗi khi đọc tệp nên chưa lấy được bảng xếp loại. Đề nghị lưu lại tệp (.xlsx hoặc .docx) rồi gửi lại, hoặc gõ bảng vào nội dung thư.`,
  countsOnly:
    'Văn bản chỉ nêu số lượng Chi đoàn theo từng mức xếp loại hoặc số Chi đoàn đăng ký, chưa có tên từng Chi đoàn. ' +
    `Văn phòng cần xếp loại của từng Chi đoàn, ghi theo tên: đề nghị gửi bảng mỗi dòng một Chi đoàn, ví dụ ${EXAMPLE_LINE}.`,
  fileMissing: (path: string) => `Không tìm thấy tệp "${path}": đề nghị kiểm tra lại đường dẫn.`,
  usage: 'Cách dùng: npm run parse -- TỆP (TỆP là .eml, .txt, .html, .csv, .xlsx, .xls, .docx hoặc .doc).',
} as const;

export const intakeWarnings = {
  unknownRating: (line: number, name: string, value: string, column: string) =>
    `${where(line, name)}: không hiểu xếp loại "${value}" ở cột "${column}".`,
  missingRating: (line: number, name: string, column: string) => `${where(line, name)}: chưa có xếp loại ở cột "${column}".`,
  unknownListRating: (line: number, name: string, value: string, period: string) =>
    `${where(line, name)}: không hiểu xếp loại "${value}" của ${period}.`,
  ambiguousHt: (line: number, name: string, period: string) =>
    `${where(line, name)}: chưa rõ "HT" của ${period} là xếp loại "Hoàn thành nhiệm vụ" hay đăng ký hỗ trợ (các Chi đoàn khác xếp loại theo thang Vững mạnh/Khá/Trung bình/Yếu) nên chưa ghi; đề nghị ghi rõ.`,
  listRatingWithoutPeriod: (line: number, name: string, value: string) =>
    `${where(line, name)}: xếp loại "${value}" không rõ của kỳ nào nên chưa ghi.`,
  badMembers: (line: number, name: string, value: string) => `${where(line, name)}: số đoàn viên "${value}" không phải là số.`,
  unknownRegistration: (line: number, name: string, value: string) =>
    `${where(line, name)}: không hiểu đăng ký "${value}" (ghi "Xây dựng Chi đoàn mạnh" hoặc "Hỗ trợ").`,
  twoMarks: (line: number, name: string, column: string) =>
    `${where(line, name)}: đánh dấu hai mức xếp loại ở cột "${column}"; chưa ghi xếp loại kỳ này cho Chi đoàn.`,
  unknownMark: (line: number, name: string, value: string, column: string) =>
    `${where(line, name)}: không hiểu "${value}" ở cột "${column}" (đánh dấu "x" vào đúng một mức xếp loại).`,
  longUnknownPeriod: (line: number, name: string, value: string) =>
    value ? `${where(line, name)}: không hiểu kỳ xếp loại "${value}" (ghi ví dụ "Năm 2015", "6 tháng đầu năm 2016").` : `${where(line, name)}: có xếp loại nhưng không ghi kỳ xếp loại.`,
  longConflict: (line: number, name: string, period: string, first: string, second: string, firstLine: number) =>
    `${where(line, name)}: ${period} được ghi "${second}", khác với "${first}" ở dòng ${firstLine}; chưa ghi xếp loại ${period} cho Chi đoàn này.`,
  bothRegistrations: (line: number, name: string) =>
    `${where(line, name)}: đánh dấu cả "Chi đoàn mạnh" lẫn "Hỗ trợ"; chưa ghi đăng ký cho Chi đoàn này.`,
  missingName: (line: number) => `Dòng ${line}: có xếp loại nhưng thiếu tên Chi đoàn nên bỏ qua.`,
  duplicateChapter: (line: number, name: string, firstLine: number) =>
    `${where(line, name)}: trùng tên với dòng ${firstLine} nên bỏ qua dòng này.`,
  duplicatePeriodColumn: (column: string) => `Cột "${column}" lặp lại một kỳ đã có cột trước nên bỏ qua.`,
  periodlessColumn: (column: string) => `Cột "${column}" không ghi là xếp loại kỳ nào (năm 2015, 6 tháng đầu năm 2016…) nên bỏ qua.`,
  mixedScales:
    'Bảng dùng lẫn hai thang xếp loại (Vững mạnh/Khá/Trung bình/Yếu và Hoàn thành … nhiệm vụ); mỗi đợt chỉ dùng một thang, đề nghị kiểm tra lại.',
  registrationConflict: (name: string) => `"${name}" được đăng ký cả xây dựng Chi đoàn mạnh lẫn hỗ trợ; giữ đăng ký ghi sau cùng.`,
  registrationNewChapter: (name: string, label: string) =>
    `Đăng ký ${label} "${name}" nhưng bảng không có Chi đoàn này; đã thêm Chi đoàn, chưa có xếp loại.`,
  documentsDisagree: (name: string, what: string, kept: readonly [string, string], other: readonly [string, string]) =>
    `"${name}": ${kept[0]} ghi ${what} "${kept[1]}", ${other[0]} ghi "${other[1]}"; đã giữ "${kept[1]}" theo ${kept[0]}, đề nghị kiểm tra lại.`,
  chapterOnlyIn: (name: string, source: string) => `"${name}" chỉ có trong ${source}; đã thêm Chi đoàn này vào báo cáo, đề nghị kiểm tra lại tên.`,
  registrationOnly:
    'Chỉ có đăng ký (xây dựng Chi đoàn mạnh, hỗ trợ), chưa có xếp loại Chi đoàn nào: đã ghi nhận phần đăng ký, đề nghị gửi tiếp bảng xếp loại.',
  missingListRating: (line: number, name: string, period: string) => `${where(line, name)}: chưa có xếp loại ${period}.`,
  rowsNotRead: (limit: number) => `Bảng quá dài: chỉ đọc ${groupThousands(limit)} dòng đầu.`,
  linesNotRead: (limit: number) => `Nội dung quá dài: chỉ đọc ${groupThousands(limit)} dòng đầu.`,
  attachmentNotRead: (name: string, reason: string) => `Tệp đính kèm "${name}" không đọc được: ${reason}`,
  moreWarnings: (count: number) => `… và ${count} cảnh báo khác.`,
} as const;

/** Where a value was read, in a warning that compares two documents of one message. */
export const documentNames = {
  attachment: (name: string) => `tệp "${name}"`,
  body: 'nội dung thư',
} as const;

export const registrationLabelsInText = {
  BUILD_STRONG: 'xây dựng Chi đoàn mạnh',
  SUPPORT: 'hỗ trợ',
} as const;
