import type { VisitProblem } from '../../domain/visits';
import { invitationProblemText as p } from '../../ui/email/invitationMessages';
import { listPhrase } from '../../ui/email/messages';

/** What `Nhật ký nhận` and the sidebar say of an invitation. */
export const visitMessages = {
  recorded: (id: string, chapter: string, when: string) => `Giấy mời cán bộ dự sinh hoạt ${chapter}, ${when}: đã ghi vào trang “Đi cơ sở” (mã ${id}).`,
  changed: (id: string, chapter: string, when: string) => `Giấy mời thay đổi lịch sinh hoạt ${chapter}, nay là ${when}: đã cập nhật trang “Đi cơ sở” (mã ${id}).`,
  cancelled: (id: string, chapter: string, when: string) => `Thông báo hoãn/hủy buổi sinh hoạt ${chapter}, ${when}: trang “Đi cơ sở” ghi “Hủy” (mã ${id}).`,
  unchanged: (id: string) => `Giấy mời đã có trên trang “Đi cơ sở” (mã ${id}), không có gì thay đổi.`,
  rejected: (reason: string) => `Giấy mời cán bộ dự sinh hoạt Chi đoàn chưa ghi nhận: ${reason}`,
  answerDeferred: '(Quá hạn mức gửi thư trong ngày: thư báo lỗi cho đơn vị sẽ gửi ở lần kiểm tra thư sau.)',
  letterFailed: (id: string) => `Chưa gửi được thư mời cho cán bộ về buổi đi cơ sở ${id}: lần kiểm tra thư sau sẽ gửi lại.`,
  calendarFailed: (id: string, reason: string) => `Chưa cập nhật được Lịch Google cho buổi đi cơ sở ${id}: ${reason}`,
  summaryFailed: (reason: string) => `Chưa cập nhật được trang “Đi cơ sở theo tháng” (lần kiểm tra thư sau sẽ cập nhật): ${reason}`,
} as const;

/** The unit-facing reason for a problem of an invitation. */
export function problemText(problem: VisitProblem, format: (day: string, clock: string) => string): string {
  const chapters = (list: readonly string[]) => (list.length ? listPhrase([...list]) : p.noChapters);
  switch (problem.code) {
    case 'noDate':
      return p.noDate;
    case 'badDate':
      return p.badDate(problem.text);
    case 'noTime':
      return p.noTime;
    case 'badTime':
      return p.badTime(problem.text);
    case 'past':
      return p.past(format(problem.day, problem.clock));
    case 'noChapter':
      return p.noChapter(chapters(problem.chapters));
    case 'unknownChapter':
      return p.unknownChapter(problem.chapter, chapters(problem.chapters));
    case 'nothingToCancel': {
      const what = [problem.chapter ? ` của ${problem.chapter}` : '', problem.day ? ` ngày ${problem.day.slice(8, 10)}/${problem.day.slice(5, 7)}/${problem.day.slice(0, 4)}` : ''].join('');
      return p.nothingToCancel(what);
    }
  }
}

/** The sidebar's messages for an invitation the office types, one per field. */
export const entryMessages = {
  badInput: 'Dữ liệu giấy mời gửi lên không hợp lệ: đề nghị tải lại thanh bên và nhập lại.',
  unknownUnit: 'Đề nghị chọn đơn vị trong danh sách.',
  chapterRequired: (chapters: readonly string[]) => `Đề nghị ghi Chi đoàn sinh hoạt. Các Chi đoàn của đơn vị: ${chapters.length ? listPhrase([...chapters]) : p.noChapters}.`,
  chapterUnknown: (chapters: readonly string[]) => `Đơn vị không có Chi đoàn này. Các Chi đoàn của đơn vị: ${chapters.length ? listPhrase([...chapters]) : p.noChapters}.`,
  date: {
    required: 'Đề nghị ghi ngày sinh hoạt (dd/MM/yyyy).',
    format: 'Ngày sinh hoạt không đúng hoặc không có thật: ghi theo dạng dd/MM/yyyy, ví dụ 15/09/2016.',
    past: 'Ngày sinh hoạt đã qua.',
  },
  time: {
    required: 'Đề nghị ghi giờ sinh hoạt (HH:mm).',
    format: 'Giờ sinh hoạt không đúng hoặc không có thật: ghi theo dạng HH:mm, ví dụ 19:30.',
    past: 'Thời gian sinh hoạt đã qua.',
  },
  tooLong: (limit: number) => `Nội dung quá dài: tối đa ${limit} ký tự.`,
} as const;
