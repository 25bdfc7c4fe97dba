/** What the office reads when it makes the report. */
export const reportMessages = {
  menuItem: 'Lập báo cáo gửi cấp trên',
  created: (name: string) => `Đã lập dự thảo báo cáo "${name}" trong thư mục Lưu VT trên Drive của Văn phòng. Đề nghị mở, bổ sung phần đánh giá rồi trình ký.`,
  exists: (madeAt: string) =>
    `Dự thảo báo cáo đã được lập lúc ${madeAt}. Lập lại sẽ thay số liệu ở các mục tiếp nhận, xếp loại, theo cụm, đăng ký và đơn vị chưa hoàn thành bằng số liệu hiện tại của bảng tính; phần Văn phòng đã viết thêm được giữ nguyên.`,
  confirmTitle: 'Lập lại báo cáo?',
  updated: (count: number) => `Đã cập nhật số liệu của ${count} mục trong dự thảo báo cáo.`,
  notFound: (headings: readonly string[]) =>
    `Không tìm thấy các mục sau trong dự thảo (có thể đã bị xóa hoặc đổi tên), nên chưa cập nhật: ${headings.join('; ')}.`,
  missingDoc: 'Không mở được dự thảo báo cáo đã lập (có thể đã bị xóa). Một dự thảo mới đã được lập.',
  officeOnly: (office: string) =>
    `Báo cáo được lập và lưu trong Drive của tài khoản Văn phòng (${office}). Đề nghị đăng nhập bằng tài khoản đó để lập báo cáo.`,
  sendMenuItem: 'Gửi báo cáo lên cấp trên',
  sendTitle: 'Gửi báo cáo?',
  noParentEmail:
    'Chưa có địa chỉ email của cơ quan cấp trên. Đề nghị điền mục "parentEmail" (Email của cơ quan cấp trên) trong trang Cấu hình rồi gửi lại.',
  noReport: 'Chưa lập báo cáo. Đề nghị chọn "Lập báo cáo gửi cấp trên" trước, xem lại dự thảo rồi gửi.',
  reportGone: 'Không mở được dự thảo báo cáo (có thể đã bị xóa). Đề nghị lập lại báo cáo rồi gửi.',
  alreadySent: (parent: string) =>
    `Bản báo cáo này đã được gửi đến ${parent}. Nếu cần gửi bản đã sửa, đề nghị sửa dự thảo rồi gửi lại.`,
  confirmSend: (parent: string, email: string, table: string) =>
    `Gửi báo cáo đến ${parent} (${email}), kèm bản PDF, bản Word và bảng ${table}?`,
  noQuota: 'Hôm nay tài khoản Văn phòng đã hết hạn mức gửi thư. Đề nghị gửi lại vào ngày mai.',
  sent: (parent: string, folder: string) => `Đã gửi báo cáo đến ${parent}. Bản sao đã lưu trong thư mục Lưu VT: ${folder}`,
} as const;

