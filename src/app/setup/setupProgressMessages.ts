/** Vietnamese text of a first setup that takes more than one execution, and of sheets setup made again. */
export const setupProgressMessages = {
  toast: (done: number, total: number) => `Đã tạo ${done}/${total} trang đơn vị…`,
  continuesTitle: 'Đang thiết lập bảng tính',
  continuesBody: (done: number, total: number) =>
    `Đã tạo ${done}/${total} trang đơn vị. Hệ thống tự tạo tiếp các trang còn lại sau vài phút, không cần chạy lại "Thiết lập"; ` +
    'sau đó biểu mẫu cho các đơn vị cũng được tạo tự động. Trong thời gian này xin chưa sửa các trang Cấu hình, Đơn vị, Cán bộ.',
  recreated: (names: string[]) => `Đã tạo lại trang ${names.map((name) => `"${name}"`).join(', ')} bị xóa.`,
} as const;
