import type { Emulator } from '../../local/emulator';
import { DEFAULT_CAMPAIGN } from '../../src/domain/defaultCampaign';
import { buildEmlText } from '../fixtures/eml';
import { setUpEmulator } from './harness';

/** Issue 17's report back: one invited visit (Tam Trà, 15/09/2016 19:30) and the cadre's reply, for the integration and browser tests. */
export const OFFICE = DEFAULT_CAMPAIGN.officeEmail;
export const TRA = 'doan.tamtra@example.org';
export const CADRE = DEFAULT_CAMPAIGN.cadres.find((c) => c.id === 'cb-04')!.email;
export const OTHER = DEFAULT_CAMPAIGN.cadres.find((c) => c.id === 'cb-03')!.email;
const CAMPAIGN = JSON.stringify({ ...DEFAULT_CAMPAIGN, units: DEFAULT_CAMPAIGN.units.filter((u) => ['tam-tra', 'tam-son'].includes(u.id)) });
const NOW = '2016-09-10T01:00:00.000Z';
const INVITATION =
  'GIẤY MỜI\nBan Thường vụ Đoàn xã Tam Trà trân trọng kính mời đồng chí Phạm Thị Kim Oanh dự sinh hoạt Chi đoàn thôn Xuân Thọ ' +
  'vào lúc 19 giờ 30 ngày 15/9/2016 tại Nhà văn hóa thôn Xuân Thọ.\nNội dung: Triển khai Nghị quyết 04-NQ/ĐTN; kết nạp đoàn viên mới.';

export const REPORT = 'Kính gửi Văn phòng,\nKet qua: Chi đoàn sinh hoạt đông đủ, kết nạp 3 đoàn viên.\nMô hình hay: Tủ sách thanh niên ở nhà văn hóa thôn.\nKhó khăn, kiến nghị: thiếu kinh phí sinh hoạt.\nĐề xuất: Huyện đoàn hỗ trợ tài liệu.\n\nOn Fri, 16 Sep 2016, Văn phòng wrote:\n> Kết quả: đồng chí có dự hay không';

export function invited(): Emulator {
  const emu = setUpEmulator(CAMPAIGN, { now: NOW });
  emu.gmail.deliver(buildEmlText({ from: `Đoàn xã Tam Trà <${TRA}>`, to: OFFICE, messageId: '<inv1@x>', subject: 'Giấy mời', date: 'Sat, 10 Sep 2016 08:00:00 +0700', text: INVITATION }));
  emu.run('pollMailbox');
  return emu;
}

export function reply(emu: Emulator, id: string, from: string, text: string, subject = 'Re: Đề nghị báo cáo kết quả đi cơ sở DCS-160915-01 – Chi đoàn Xuân Thọ, Đoàn xã Tam Trà'): void {
  emu.gmail.deliver(buildEmlText({ from, to: OFFICE, messageId: id, subject, date: 'Sat, 10 Sep 2016 09:00:00 +0700', text }));
}
