import { buildEmlText } from '../fixtures/eml';
import { setUpEmulator } from './harness';
import type { Emulator } from '../../local/emulator';

const OFFICE = 'Huyện đoàn Núi Thành <huyendoannuithanh09@gmail.com>';
const TAM_TRA = 'Đoàn xã Tam Trà <doan.tamtra@example.org>';

function table(extra: string[] = []): string {
  return [
    'ĐOÀN XÃ TAM TRÀ',
    'Bảng xếp loại Chi đoàn',
    '1. Chi đoàn Xuân Thọ: năm 2015 Vững mạnh; 6 tháng đầu năm 2016 Khá',
    '2. Chi đoàn thôn Đồng Làng: năm 2015 Yếu; 6 tháng đầu năm 2016 Trung bình',
    ...extra,
  ].join('\n');
}

function deliver(emu: Emulator, messageId: string, text: string, subject = 'Bảng xếp loại Chi đoàn'): void {
  emu.gmail.deliver(buildEmlText({ from: TAM_TRA, to: OFFICE, messageId, date: 'Mon, 5 Sep 2016 08:15:00 +0700', subject, text }));
}

const sections = (body: string) => body.match(/^[IVX]+\. .*$/gm) ?? [];

describe('the letters a unit receives', () => {
  test('a receipt numbers the sections it shows, with no gap when one is left out', () => {
    const emu = setUpEmulator();
    deliver(emu, '<clean@x>', table());
    emu.run('pollMailbox');
    deliver(emu, '<odd@x>', table(['Chi đoàn Xuân Thọ: 6 tháng cuối năm 2014 Khá']));
    emu.run('pollMailbox');
    const [clean, odd] = emu.mail.sent;
    expect(sections(clean.body)).toEqual(['I. Nội dung đã ghi nhận', 'II. Đăng ký xây dựng và hỗ trợ Chi đoàn', 'III. Tình hình nộp của đơn vị']);
    // The list of what is missing points to the registration section by the number it has here.
    expect(clean.body).toContain('(xem mục II)');
    expect(sections(odd.body)).toEqual([
      'I. Nội dung đã ghi nhận',
      'II. Nội dung chưa ghi nhận được',
      'III. Đăng ký xây dựng và hỗ trợ Chi đoàn',
      'IV. Tình hình nộp của đơn vị',
    ]);
    expect(odd.body).toContain('(xem mục III)');
  });
});
