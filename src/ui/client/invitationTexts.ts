/** The sidebar's words for an invitation the office types (invitationEntry.ts). */
export const INVITATION_T = {
  open: 'Ghi giấy mời dự sinh hoạt',
  note: 'Đơn vị mời cán bộ đứng điểm dự sinh hoạt Chi đoàn (giấy mời bằng văn bản, điện thoại): ghi vào trang “Đi cơ sở”, đưa lên Lịch Google và báo cán bộ.',
  chapter: 'Chi đoàn',
  date: 'Ngày (dd/MM/yyyy)',
  time: 'Giờ (HH:mm)',
  place: 'Địa điểm',
  agenda: 'Nội dung',
  cancel: 'Đơn vị báo hoãn/hủy buổi sinh hoạt này',
  save: 'Ghi giấy mời',
  saving: 'Đang ghi…',
  fix: 'Chưa ghi: đề nghị sửa các ô được đánh dấu.',
} as const;
