import { invitationTextOf } from '../../../src/intake/invitationText';
import { buildDocxBody } from '../../fixtures/docx';

describe('invitationTextOf', () => {
  test('the subject, the body without quoted lines, and a Word file\'s paragraphs', () => {
    const docx = buildDocxBody(['GIẤY MỜI', 'Kính mời đồng chí dự sinh hoạt Chi đoàn Xuân Thọ']);
    const { text, bodyText } = invitationTextOf({
      subject: 'Giấy mời',
      plainBody: 'Gửi đồng chí giấy mời.\n> Thư cũ của Văn phòng: 19 giờ ngày 1/9\n',
      attachments: [{ name: 'giay-moi.docx', bytes: docx }, { name: 'logo.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) }],
    });
    expect(text).toBe('Giấy mời\n\nGửi đồng chí giấy mời.\n\nGIẤY MỜI\nKính mời đồng chí dự sinh hoạt Chi đoàn Xuân Thọ');
    expect(bodyText).toBe('Gửi đồng chí giấy mời.\n\nGIẤY MỜI\nKính mời đồng chí dự sinh hoạt Chi đoàn Xuân Thọ');
  });

  test('the HTML body when there is no plain one', () => {
    expect(invitationTextOf({ htmlBody: '<p>Kính mời đồng chí</p><p>dự sinh hoạt</p>', attachments: [] }).text).toContain('Kính mời đồng chí');
  });
});
