import type { CarryWarning } from '../../domain/carryOver';

/** What the office reads about importing an earlier workbook ("Nhập kết quả sổ cũ"). */
export const carryOverMessages = {
  notXlsx: 'Tệp đã chọn không phải tệp Excel (.xlsx) đọc được. Đề nghị tải bảng theo dõi cũ về dạng Microsoft Excel (.xlsx) rồi chọn lại.',
  notWorkbook: 'Tệp đã chọn không phải bảng theo dõi do công cụ này lập (không có trang "Đơn vị" với các cột Mã đơn vị, Tên đơn vị, Tên viết tắt).',
  tooBig: 'Tệp đã chọn quá lớn để nhập.',
  noFormerly:
    'Chưa đơn vị nào ghi các đơn vị cũ đã sáp nhập (cột "Sáp nhập từ" của trang "Đơn vị", ghi mã hoặc tên các đơn vị cũ, cách nhau bằng dấu chấm phẩy): không có gì để nhập.',
  logDetail: (file: string, earlier: readonly string[]) => `Nhập kết quả sổ cũ từ tệp ${file}: ${earlier.join('; ')}`,
  source: (earlier: string) => `Sổ cũ (${earlier})`,
  alreadyImported: (unit: string, row: number) => `${unit}: tệp này đã được nhập trước đó (dòng ${row} của Nhật ký nhận), không nhập lại.`,
  carried: (unit: string, chapters: number, from: readonly string[]) => `${unit}: đã ghi kết quả của ${chapters} Chi đoàn từ ${from.join(', ')}.`,
  kept: (unit: string, n: number) => `${unit}: ${n} kết quả không thay đổi vì đơn vị đã gửi kết quả mới hơn.`,
  wrongScale: (unit: string, n: number) => `${unit}: ${n} kết quả theo thang xếp loại khác với thang của đợt này, không ghi.`,
  summary: (units: number, chapters: number) =>
    units === 0 ? 'Không có kết quả nào được nhập.' : `Đã nhập kết quả sổ cũ cho ${units} đơn vị, ${chapters} Chi đoàn.`,
  warning: (w: CarryWarning): string => {
    switch (w.kind) {
      case 'notFound':
        return `${w.unit}: không tìm thấy đơn vị cũ “${w.earlier}” trong tệp đã chọn.`;
      case 'noTab':
        return `${w.unit}: tệp đã chọn không có trang của ${w.earlier}.`;
      case 'noCommonPeriod':
        return `${w.unit}: ${w.earlier} không có kết quả xếp loại của kỳ nào mà đợt này thu thập.`;
    }
  },
};
