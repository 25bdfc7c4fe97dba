import type { Campaign } from '../domain/campaign';
import { formatViDate } from '../domain/calendarDays';
import { officeWords } from '../domain/officeLevel';
import { SCALES } from '../domain/ratings';
import { REGISTRATION_LABELS } from '../domain/registration';

/**
 * Every title and help text of the units' form. Titles are also how the code finds an item again
 * (a unit's section is the page titled with its name; inside it, each item by its title), so a
 * change of wording here is a change of the form's layout.
 */
export const formText = {
  title: (campaign: Pick<Campaign, 'name'>) => `Nộp bảng xếp loại Chi đoàn – ${campaign.name}`,
  description: (campaign: Pick<Campaign, 'name' | 'office' | 'periods' | 'deadline'>) =>
    `Thực hiện Kế hoạch “${campaign.name}” của Ban Thường vụ ${campaign.office}, đề nghị Ban Thường vụ các cơ sở Đoàn ` +
    `xếp loại từng Chi đoàn ${campaign.periods.map((p) => p.label).join(' và ')}, đăng ký đảm nhận xây dựng “Chi đoàn mạnh” ` +
    `và hỗ trợ, giúp đỡ Chi đoàn, chậm nhất ngày ${formatViDate(campaign.deadline)}. ` +
    'Đơn vị có thể gửi lại biểu mẫu; lần gửi sau thay cho lần gửi trước. Thư xác nhận sẽ gửi về địa chỉ email của người điền.',
  confirmation: (campaign: Pick<Campaign, 'office'>) =>
    `${officeWords(campaign.office).officeDesk} đã nhận phiếu của đơn vị. Thư xác nhận (hoặc đề nghị bổ sung) sẽ được gửi đến địa chỉ email của đồng chí trong ít phút.`,
  unitQuestion: 'Đơn vị',
  unitHelp:
    'Chọn đơn vị của đồng chí; biểu mẫu sẽ chuyển đến danh sách Chi đoàn của đơn vị. Khi gửi giấy mời cán bộ dự sinh hoạt Chi đoàn, chọn dòng cuối của danh sách.',
  // The same for every unit (the page's title names it): a section is copied from another as it is.
  sectionHelp: 'Xếp loại tất cả các Chi đoàn của đơn vị trong danh sách dưới đây. Nếu danh sách thiếu Chi đoàn, đề nghị ghi vào ô cuối trang.',
  ratingQuestion: (periodLabel: string) => `Xếp loại ${periodLabel}`,
  ratingHelp: (campaign: Pick<Campaign, 'scale'>) =>
    `Mỗi Chi đoàn chọn một mức: ${SCALES[campaign.scale].levels.map((l) => l.label).join(', ')}.`,
  registrationQuestion: 'Đăng ký xây dựng, hỗ trợ Chi đoàn',
  registrationHelp:
    'Chọn ít nhất 01 Chi đoàn đảm nhận xây dựng “Chi đoàn mạnh” và 01–02 Chi đoàn có kết quả xếp loại thấp nhất để hỗ trợ, giúp đỡ; các Chi đoàn khác để trống.',
  registrationColumns: [REGISTRATION_LABELS.BUILD_STRONG, REGISTRATION_LABELS.SUPPORT],
  membersQuestion: 'Số đoàn viên (không bắt buộc)',
  membersHelp: 'Mỗi dòng một Chi đoàn, ví dụ: Chi đoàn Xuân Thọ: 25',
  newChaptersQuestion: 'Chi đoàn chưa có trong danh sách (nếu có)',
  newChaptersHelp: (campaign: Pick<Campaign, 'periods'>) =>
    `Mỗi dòng một Chi đoàn và xếp loại từng kỳ, ví dụ: Chi đoàn thôn Mới: ${campaign.periods.map((p) => `${p.label} Khá`).join('; ')}`,
  // The invitation page (invitationPage.ts): one shared page, reached by the unit list's last choice.
  sendInvitation: '— Gửi giấy mời cán bộ dự sinh hoạt Chi đoàn —',
  invitationPage: 'Mời cán bộ dự sinh hoạt Chi đoàn',
  invitationHelp:
    'Giấy mời sẽ được chuyển đến đồng chí cán bộ đứng điểm tại đơn vị. Gửi lại cho cùng Chi đoàn và cùng ngày thì giấy mời sau thay cho giấy mời trước.',
  invitationUnit: 'Đơn vị gửi giấy mời',
  invitationUnitHelp: 'Chọn đơn vị của đồng chí.',
  invitationChapter: 'Chi đoàn',
  invitationChapterHelp: 'Ghi tên Chi đoàn sinh hoạt như trong danh sách Chi đoàn của đơn vị, ví dụ: Chi đoàn thôn Xuân Thọ',
  invitationDay: 'Ngày sinh hoạt',
  invitationTime: 'Giờ bắt đầu',
  invitationTimeHelp: 'Không cần ghi khi báo hoãn/hủy buổi sinh hoạt.',
  invitationPlace: 'Địa điểm',
  invitationAgenda: 'Nội dung sinh hoạt',
  invitationCancelQuestion: 'Hoãn/hủy',
  invitationCancel: 'Hoãn/hủy buổi sinh hoạt này',
  invitationCancelHelp: 'Chọn khi đơn vị hoãn hoặc hủy buổi sinh hoạt đã mời (ghi Chi đoàn và ngày của buổi đó).',
} as const;
