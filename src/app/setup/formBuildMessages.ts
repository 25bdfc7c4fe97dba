/** What the office reads about a form build that continues by itself in later executions. */
export const formBuildMessages = {
  inProgress: (done: number, total: number) =>
    `Biểu mẫu đang được hoàn thiện: đã tạo ${done}/${total} phần đơn vị. Hệ thống tự tiếp tục sau ít phút và ghi đường liên kết ` +
    'riêng của từng đơn vị vào cột "Biểu mẫu" của trang Đơn vị khi hoàn tất; đồng chí không cần chạy lại.',
  ready: 'Biểu mẫu đã sẵn sàng; đường liên kết riêng của từng đơn vị ở cột "Biểu mẫu" của trang Đơn vị.',
} as const;
