import { digestEmail } from '../../../src/ui/email';
import { CAMPAIGN } from './fixtures';

const none = { periods: [], registration: null };
const input = {
  campaign: CAMPAIGN,
  cadres: [{ id: 'cb-04', name: 'Phạm Thị Kim Oanh' }],
  units: [{ unit: { id: 'tam-tra', name: 'Đoàn xã Tam Trà', cluster: 'Cụm 4', cadre: 'cb-04' }, complete: true, missing: none }],
  today: '2016-09-13',
};

describe('the office digest\'s pilots section (Chi đoàn làm điểm)', () => {
  it('lists each pilot with its unit, month and status, after the cadres, in text and HTML', () => {
    const email = digestEmail({
      ...input,
      pilots: [
        { chapter: 'Chi đoàn Xuân Thọ', unit: 'Đoàn xã Tam Trà', month: '09/2016', status: 'Đã có lịch 15/09/2016' },
        { chapter: 'Chi đoàn <b>Thuận Yên Đông</b>', unit: 'Đoàn xã Tam Sơn', month: '09/2016', status: 'Chưa có lịch' },
      ],
    });
    const section = email.text.slice(email.text.indexOf('III. Chi đoàn làm điểm'));
    expect(section.split('\n').slice(0, 4)).toEqual([
      'III. Chi đoàn làm điểm',
      '',
      '- Chi đoàn Xuân Thọ (Đoàn xã Tam Trà), làm điểm tháng 09/2016: Đã có lịch 15/09/2016',
      '- Chi đoàn <b>Thuận Yên Đông</b> (Đoàn xã Tam Sơn), làm điểm tháng 09/2016: Chưa có lịch',
    ]);
    expect(email.text.indexOf('II. Theo cán bộ đứng điểm')).toBeLessThan(email.text.indexOf('III. Chi đoàn làm điểm'));
    expect(email.html).toContain('<strong>Đã có lịch 15/09/2016</strong>');
    // The office's words are escaped in the HTML, as every name in a letter.
    expect(email.html).not.toContain('<b>Thuận');
  });

  it('has no section for a campaign without pilots', () => {
    expect(digestEmail(input).text).not.toContain('Chi đoàn làm điểm');
    expect(digestEmail({ ...input, pilots: [] }).text).not.toContain('Chi đoàn làm điểm');
  });
});
