import { parseEmail, parseEml, parseFile } from '../../../src/intake';
import { intakeErrors, intakeWarnings } from '../../../src/intake/messages';
import {
  buildDocxBody,
  buildEml,
  buildEmlText,
  buildXlsx,
  gmailBody,
  htmlTable,
  sampleChapters,
  sampleReport,
  sampleTable,
} from '../../fixtures';
import { checked } from './helpers';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const tableOnly = () => buildXlsx([['ĐOÀN XÃ TAM TRÀ'], ...sampleTable({ registration: 'none' })]);
const noRegistration = () => sampleChapters(() => ({ registration: null }));

describe('parseEmail', () => {
  it('reads the attached table and adds the registration sentences written in the body', () => {
    const report = parseEmail({
      subject: 'Bảng xếp loại',
      plainBody: 'Kính gửi Huyện đoàn,\nĐăng ký xây dựng Chi đoàn mạnh: Chi đoàn Xuân Thọ.\nĐăng ký hỗ trợ: Chi đoàn Hòa Bình, Chi đoàn Thôn 3.\nTrân trọng.',
      attachments: [{ name: 'xep loai.xlsx', contentType: XLSX_TYPE, bytes: tableOnly() }],
    });
    expect(checked(report)).toEqual(sampleReport('eml', { unit: 'ĐOÀN XÃ TAM TRÀ' }));
  });

  it("accepts Apps Script's signed bytes", () => {
    const signed = Array.from(tableOnly(), (b) => (b > 127 ? b - 256 : b));
    const report = parseEmail({ attachments: [{ name: 'a.xlsx', bytes: signed }] });
    expect(checked(report)).toEqual(sampleReport('eml', { unit: 'ĐOÀN XÃ TAM TRÀ', chapters: noRegistration() }));
  });

  it('takes the unit from the body, then the subject, then the sender, when the attachment does not name it', () => {
    const bytes = buildXlsx(sampleTable());
    const attachments = [{ name: 'a.xlsx', bytes }];
    expect(parseEmail({ plainBody: 'Gửi anh chị.\nBCH Đoàn xã Tam Trà', attachments })).toMatchObject({ ok: true, unit: 'Đoàn xã Tam Trà' });
    expect(parseEmail({ subject: 'V/v gửi bảng xếp loại - Đoàn trường THPT Núi Thành', attachments })).toMatchObject({ ok: true, unit: 'Đoàn trường THPT Núi Thành' });
    expect(parseEmail({ from: '"Đoàn xã Tam Trà" <doanxatamtra@gmail.com>', attachments })).toMatchObject({ ok: true, unit: 'Đoàn xã Tam Trà' });
    expect(parseEmail({ from: 'Nguyễn Văn A <a@gmail.com>', attachments })).toMatchObject({ ok: true, unit: null });
  });

  it('reads a table in the HTML body when there is no attachment', () => {
    const html = gmailBody(['Đoàn xã Tam Trà gửi bảng xếp loại:'], htmlTable(sampleTable()));
    const plain = 'Đoàn xã Tam Trà gửi bảng xếp loại:\nSTT Tên Chi đoàn Số đoàn viên\n1 Chi đoàn Xuân Thọ 24';
    expect(checked(parseEmail({ plainBody: plain, htmlBody: html, attachments: [] }))).toEqual(sampleReport('eml'));
  });

  it('reads the body when the attachment is an old .xls, and says why the attachment was not read', () => {
    const xls = Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0));
    const report = parseEmail({
      plainBody: 'Đoàn xã Tam Trà\n1. Chi đoàn Xuân Thọ: năm 2015 Vững mạnh',
      attachments: [
        { name: 'logo.png', contentType: 'image/png', bytes: Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 1, 2) },
        { name: 'xep loai.xls', contentType: 'application/vnd.ms-excel', bytes: xls },
      ],
    });
    expect(checked(report)).toEqual({
      ok: true,
      source: 'eml',
      unit: 'Đoàn xã Tam Trà',
      periods: ['2015'],
      chapters: [{ name: 'Chi đoàn Xuân Thọ', members: null, ratings: { '2015': 'VUNG_MANH' }, registration: null }],
      warnings: [`Tệp đính kèm "xep loai.xls" không đọc được: ${intakeErrors.oldExcel}`],
    });
  });

  it("answers with the attachment's problem when nothing else can be read", () => {
    const xls = Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0));
    expect(parseEmail({ plainBody: 'Gửi anh chị bảng xếp loại.', attachments: [{ name: 'a.xls', bytes: xls }] })).toEqual({ ok: false, error: intakeWarnings.attachmentNotRead('a.xls', intakeErrors.oldExcel) });
    expect(parseEmail({ attachments: [] })).toEqual({ ok: false, error: intakeErrors.noEmailContent });
  });

  it('prefers the attachment holding the table over a letter without one', () => {
    const letter = buildDocxBody(['ĐOÀN XÃ TAM TRÀ', 'Công văn về việc gửi bảng xếp loại']);
    const report = parseEmail({ attachments: [{ name: 'cong-van.docx', bytes: letter }, { name: 'bang.xlsx', bytes: tableOnly() }] });
    expect(checked(report)).toEqual(
      sampleReport('eml', {
        unit: 'ĐOÀN XÃ TAM TRÀ',
        chapters: noRegistration(),
        warnings: [`Tệp đính kèm "cong-van.docx" không đọc được: ${intakeErrors.noTable}`],
      }),
    );
  });

  it('reads a whole .eml file, and a message forwarded as an attachment', () => {
    const eml = buildEml({ text: 'Gửi Huyện đoàn', attachments: [{ name: 'Bảng xếp loại.xlsx', contentType: XLSX_TYPE, bytes: tableOnly() }] });
    expect(checked(parseFile({ name: 'thu.eml', bytes: eml }))).toEqual(sampleReport('eml', { unit: 'ĐOÀN XÃ TAM TRÀ', chapters: noRegistration() }));
    const forward = buildEml({ text: 'Em chuyển tiếp.', attachments: [{ name: 'thu-goc.eml', contentType: 'message/rfc822', bytes: eml }] });
    const parsed = parseEml(forward);
    expect(checked(parseEmail(parsed))).toEqual(sampleReport('eml', { unit: 'ĐOÀN XÃ TAM TRÀ', chapters: noRegistration() }));
  });

  it('reads the plain body of a raw message with a windows-1258 body', () => {
    const raw = buildEmlText({ text: 'Đoàn xã Tam Trà\nChi đoàn Xuân Thọ: năm 2015 Vững mạnh; 6 tháng đầu năm 2016 Khá', charset: 'windows-1258', bodyEncoding: 'quoted-printable' });
    expect(checked(parseEmail(parseEml(raw)))).toEqual({
      ok: true,
      source: 'eml',
      unit: 'Đoàn xã Tam Trà',
      periods: ['2015', '2016-H1'],
      chapters: [{ name: 'Chi đoàn Xuân Thọ', members: null, ratings: { '2015': 'VUNG_MANH', '2016-H1': 'KHA' }, registration: null }],
      warnings: [],
    });
  });
});

describe('parseEmail with only a photo', () => {
  it('says a photo cannot be read and what to send instead', () => {
    const photo = { name: 'bang.jpg', contentType: 'image/jpeg', bytes: Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0, 0) };
    expect(parseEmail({ plainBody: 'Em gửi bảng xếp loại ạ.', attachments: [photo] })).toEqual({ ok: false, error: intakeWarnings.attachmentNotRead('bang.jpg', intakeErrors.image) });
  });
});
