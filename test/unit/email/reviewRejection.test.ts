import { reviewRejectionEmail } from '../../../src/ui/email';
import { CAMPAIGN, TAM_TRA } from './fixtures';

const EVIL = '<img src=x onerror=alert(1)>';

describe('the office rejects a message it reviewed', () => {
  test('an unknown sender is addressed by its address and told the office\'s reason, not "unreadable"', () => {
    const email = reviewRejectionEmail({
      campaign: CAMPAIGN,
      unit: null,
      sender: 'la@gmail.com',
      reference: 'TT-0509-02',
      reason: 'Không rõ người gửi',
      subject: 'Bảng xếp loại',
      receivedDay: '2016-09-05',
    });
    expect(email.subject).toBe('[Đi cơ sở] Thư gửi Văn phòng Huyện đoàn chưa được ghi nhận');
    expect(email.text).toContain('Kính gửi: Người gửi thư từ địa chỉ la@gmail.com');
    expect(email.text).toContain('(tiêu đề “Bảng xếp loại”) ngày 05/09/2016');
    expect(email.text).toContain('Lý do: Không rõ người gửi');
    expect(email.text).toContain('không ghi nhận nội dung thư vào bảng theo dõi. Số hiệu: TT-0509-02.');
    expect(email.text).toContain('gửi lại từ địa chỉ email đã đăng ký');
    expect(email.text).toContain('TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN');
    expect(email.text).not.toContain('chưa ghi nhận được nội dung');
  });

  test('a known unit is addressed as its standing committee; outside values are escaped in HTML', () => {
    const email = reviewRejectionEmail({ campaign: CAMPAIGN, unit: TAM_TRA, sender: EVIL, reference: EVIL, reason: EVIL, subject: EVIL, receivedDay: null });
    expect(email.text).toContain('Kính gửi: Ban Thường vụ Đoàn xã Tam Trà');
    expect(email.html).not.toContain('<img');
    expect(email.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
