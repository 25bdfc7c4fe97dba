/** What the clerk reads after "Ghi nhớ địa chỉ này cho đơn vị" (rememberSender.ts). */
export const rememberMessages = {
  added: (address: string, unit: string) => `Đã thêm địa chỉ ${address} vào email của ${unit} trong trang Đơn vị: thư sau từ địa chỉ này sẽ được ghi ngay.`,
  already: (address: string, unit: string) => `Địa chỉ ${address} đã có trong email của ${unit}: không cần thêm.`,
  notAnAddress: (from: string) =>
    `Chưa ghi nhớ được địa chỉ người gửi (“${from}” không phải một địa chỉ email hợp lệ). Đề nghị nhập địa chỉ của đơn vị vào cột Email của trang Đơn vị.`,
  officeAddress: (address: string) => `Không ghi nhớ ${address}: đây là địa chỉ của chính Văn phòng, không thể là địa chỉ của một đơn vị.`,
  otherUnit: (address: string, unit: string) =>
    `Chưa giao và chưa ghi nhớ: địa chỉ ${address} đang là email của ${unit}. Đề nghị bỏ chọn “Ghi nhớ địa chỉ này cho đơn vị”, hoặc sửa trang Đơn vị trước nếu địa chỉ đã đổi chủ.`,
  noRow: (unit: string) => `Không tìm thấy dòng của ${unit} (cột Mã đơn vị, Email) trong trang Đơn vị: chưa ghi nhớ được địa chỉ. Đề nghị kiểm tra trang Đơn vị.`,
} as const;
