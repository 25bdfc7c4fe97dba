import { NOTICE_NAME } from '../messages';

type Kind = keyof typeof NOTICE_NAME;

/** What "Nhắc tất cả đơn vị chưa nộp" answers, in the sidebar, beside its button. */
export const remindAllMessages = {
  interrupted: (sent: number) =>
    `Việc gửi dừng giữa chừng vì hệ thống đang ghi dữ liệu khác quá lâu: đã gửi ${sent} thư (xem trang Nhật ký gửi). Đề nghị bấm lại sau ít phút; đơn vị đã nhận thư hôm nay không bị gửi lại.`,
  noneLate: 'Tất cả đơn vị đã nộp đủ bảng xếp loại và đăng ký hợp lệ: không cần gửi nhắc.',
  allAlready: (kind: Kind, late: number) =>
    `Cả ${late} đơn vị chưa nộp đủ đều đã nhận ${NOTICE_NAME[kind]} hôm nay (xem trang Nhật ký gửi): mỗi đơn vị chỉ nhận một thư mỗi ngày.`,
  /** The office's own run: what went, what had gone today already, what waits for the quota, what failed. */
  sent: (kind: Kind, run: { sent: number; already: number; deferred: number; failed: number; left: number }) =>
    [
      `Đã gửi ${NOTICE_NAME[kind]} cho ${run.sent} đơn vị chưa nộp đủ (ghi trong trang Nhật ký gửi).`,
      run.already ? `${run.already} đơn vị đã nhận thư hôm nay nên không gửi lại.` : '',
      run.deferred ? `${run.deferred} đơn vị chưa được gửi vì hôm nay đã hết hạn mức gửi thư của tài khoản (dòng "Hoãn" trong Nhật ký gửi); đề nghị bấm lại vào ngày mai.` : '',
      run.failed ? `${run.failed} thư Gmail không gửi được (dòng "Lỗi" trong Nhật ký gửi); đề nghị kiểm tra địa chỉ email của các đơn vị đó rồi bấm lại.` : '',
      run.left ? `${run.left} đơn vị chưa kịp gửi vì lần chạy sắp hết thời gian cho phép; đề nghị bấm lại để gửi tiếp (đơn vị đã nhận thư không bị gửi lại).` : '',
    ]
      .filter(Boolean)
      .join(' '),
  /** A clerk's request, carried out by the office's next poll. `by` is HH:mm dd/MM/yyyy. */
  queued: (kind: Kind, run: { queued: number; already: number; waiting: number }, by: string) =>
    [
      `Đã ghi nhận yêu cầu gửi ${NOTICE_NAME[kind]} cho ${run.queued} đơn vị chưa nộp đủ (dòng "Chờ gửi" trong Nhật ký gửi).`,
      run.queued ? `Thư được gửi từ hộp thư Văn phòng trong lần kiểm tra hộp thư kế tiếp, chậm nhất khoảng ${by}.` : '',
      run.waiting ? `${run.waiting} đơn vị đã có yêu cầu gửi hôm nay, đang chờ tài khoản Văn phòng gửi.` : '',
      run.already ? `${run.already} đơn vị đã nhận thư hôm nay nên không gửi lại.` : '',
    ]
      .filter(Boolean)
      .join(' '),
} as const;
