import { claimsMissingAttachment, mentionsAttachment } from '../../../src/intake/attachmentClaim';

describe('a message that says it attached a file', () => {
  test('the words, with and without diacritics, in any case, as whole words only', () => {
    for (const text of ['Đơn vị gửi kèm file xếp loại', 'Xin đính kèm bảng', 'dinh kem bang xep loai', 'Gui kem theo thu nay', 'Tệp xếp loại', 'tap tin Excel', 'File đây ạ', 'Please see attached', 'kèm theo bảng'.normalize('NFD')]) {
      expect(mentionsAttachment(text)).toBe(true);
    }
    for (const text of ['Xếp loại năm 2015 như sau', 'profile', 'Chi đoàn thôn Tân Tiến', 'Kèm lời chúc']) expect(mentionsAttachment(text)).toBe(false);
  });

  test('no file at all, or only inline or signature-sized pictures, counts as missing', () => {
    const said = { subject: 'Bảng xếp loại', plainBody: 'Kính gửi Văn phòng, đơn vị gửi kèm file xếp loại.' };
    expect(claimsMissingAttachment({ ...said, attachments: [] })).toBe(true);
    expect(claimsMissingAttachment({ ...said, attachments: [{ name: 'logo.png', contentType: 'image/png', size: 4_000 }] })).toBe(true);
    expect(claimsMissingAttachment({ ...said, attachments: [{ name: 'photo.jpg', contentType: 'image/jpeg', size: 900_000, inline: true }] })).toBe(true);
    // A real file, or a photo of the table (the parser's own reason then speaks of the picture).
    expect(claimsMissingAttachment({ ...said, attachments: [{ name: 'bang.xlsx', contentType: 'application/octet-stream', size: 9_000 }] })).toBe(false);
    expect(claimsMissingAttachment({ ...said, attachments: [{ name: 'IMG_2041.jpg', contentType: 'image/jpeg', size: 1_200_000 }] })).toBe(false);
  });

  test('the subject alone is enough; the quoted letter replied to is not the sender’s words', () => {
    expect(claimsMissingAttachment({ subject: 'Gửi kèm file xếp loại', plainBody: '', attachments: [] })).toBe(true);
    const reply = 'Dạ em gửi ạ.\n\nVào 10/09/2016, Văn phòng đã viết:\n> Trả lời thư này, đính kèm bảng xếp loại (tệp Excel hoặc Word).';
    expect(claimsMissingAttachment({ subject: 'Re: Nhắc hạn', plainBody: reply, attachments: [] })).toBe(false);
    expect(claimsMissingAttachment({ subject: 'Re: Nhắc hạn', htmlBody: '<div>Em gửi file ạ</div><blockquote>đính kèm bảng</blockquote>', attachments: [] })).toBe(true);
    expect(claimsMissingAttachment({ subject: 'Xếp loại', plainBody: 'Chi đoàn A: Khá', attachments: [] })).toBe(false);
  });
});
