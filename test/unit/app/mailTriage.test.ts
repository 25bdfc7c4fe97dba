import { triageMessage } from '../../../src/app/intake/mailTriage';
import { DEFAULT_CAMPAIGN } from '../../../src/domain/defaultCampaign';
import { parseText } from '../../../src/intake';

const units = DEFAULT_CAMPAIGN.units;
const TAM_TRA = 'doan.tamtra@example.org';
const PASS = ['mx.google.com; dkim=pass header.i=@example.org; spf=pass smtp.mailfrom=doan.tamtra@example.org; dmarc=pass header.from=example.org'];
const table = (title: string) =>
  `${title}\n1. Chi đoàn Xuân Thọ: năm 2015 Vững mạnh; 6 tháng đầu năm 2016 Khá\nĐăng ký xây dựng Chi đoàn mạnh: Chi đoàn Xuân Thọ\n`;

describe('triage of a mailbox message', () => {
  test('a registered, authenticated sender with a readable table is applied to its unit', () => {
    const triage = triageMessage(units, { from: `Bí thư <${TAM_TRA}>`, authenticationResults: PASS, report: parseText(table('ĐOÀN XÃ TAM TRÀ')) });
    expect(triage.action).toBe('apply');
    if (triage.action !== 'apply') return;
    expect(triage.unit.id).toBe('tam-tra');
    expect(triage.submission).toEqual({
      hasRegistration: true,
      chapters: [{ name: 'Chi đoàn Xuân Thọ', members: null, ratings: { '2015': 'VUNG_MANH', '2016-H1': 'KHA' }, registration: 'BUILD_STRONG' }],
    });
  });

  test('unknown sender, failed authentication and another unit named in the document go to review', () => {
    const report = parseText(table('ĐOÀN XÃ TAM TRÀ'));
    // An unknown sender: the unit its document names is kept as the office's suggestion (none when it names none).
    expect(triageMessage(units, { from: 'la@gmail.com', authenticationResults: PASS, report })).toMatchObject({ action: 'review', unit: { id: 'tam-tra' } });
    expect(triageMessage(units, { from: 'la@gmail.com', authenticationResults: PASS, report: parseText(table('Kính gửi: Huyện đoàn Núi Thành')) })).toMatchObject({
      action: 'review',
      unit: null,
    });
    expect(triageMessage(units, { from: TAM_TRA, authenticationResults: ['mx.google.com; spf=fail smtp.mailfrom=doan.tamtra@example.org'], report })).toMatchObject({
      action: 'review',
      unit: { id: 'tam-tra' },
    });
    const other = triageMessage(units, { from: TAM_TRA, authenticationResults: PASS, report: parseText(table('ĐOÀN XÃ TAM SƠN')) });
    expect(other.action).toBe('review');
    if (other.action === 'review') expect(other.reason).toContain('Văn bản ghi tên "ĐOÀN XÃ TAM SƠN" nhưng được gửi từ địa chỉ của Đoàn xã Tam Trà');
  });

  test.each([
    [
      'dmarc=fail with SPF passing for the attacker\'s envelope domain',
      ['mx.google.com; dkim=none; spf=pass smtp.mailfrom=bounce@attacker.example; dmarc=fail (p=NONE) header.from=example.org'],
      'không được máy chủ nhận thư xác thực là do tên miền example.org gửi: DMARC không đạt; SPF đạt nhưng cho tên miền khác (attacker.example); chữ ký DKIM không có.',
    ],
    [
      'spf=neutral with dkim=none',
      ['mx.google.com; spf=neutral smtp.mailfrom=doan.tamtra@example.org; dkim=none'],
      'không được máy chủ nhận thư xác thực là do tên miền example.org gửi: không có kết quả DMARC; SPF không xác định (neutral); chữ ký DKIM không có.',
    ],
    [
      'no Authentication-Results at all',
      [],
      'không có kết quả xác thực người gửi của máy chủ nhận thư (mx.google.com), nên không biết thư có thật do địa chỉ này gửi hay không.',
    ],
    [
      'results written by another server only',
      ['mail.attacker.example; dmarc=pass header.from=example.org'],
      'chỉ có kết quả do máy chủ khác ghi (mail.attacker.example), không dùng được để xác thực',
    ],
  ])('%s: waits for review, saying what failed and what the office can check', (_name, authenticationResults, said) => {
    const triage = triageMessage(units, { from: `Bí thư <${TAM_TRA}>`, authenticationResults, report: parseText(table('ĐOÀN XÃ TAM TRÀ')) });
    expect(triage).toMatchObject({ action: 'review', unit: { id: 'tam-tra' } });
    if (triage.action !== 'review') return;
    expect(triage.reason).toContain(`Thư từ Bí thư <${TAM_TRA}> `);
    expect(triage.reason).toContain(said);
    expect(triage.reason).toContain('Đề nghị Văn phòng liên hệ đơn vị');
  });

  test('nothing readable from a registered sender is rejected with the parser reason', () => {
    const triage = triageMessage(units, { from: TAM_TRA, authenticationResults: PASS, report: parseText('Chào anh chị, em gửi sau ạ.') });
    expect(triage.action).toBe('reject');
    if (triage.action === 'reject') expect(triage.reason).toMatch(/^Không tìm thấy bảng xếp loại/);
  });
});
