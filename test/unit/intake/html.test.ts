import { parseFile } from '../../../src/intake';
import { parseHtml } from '../../../src/intake';
import { intakeErrors } from '../../../src/intake/messages';
import { encodeCp1258, gmailBody, gmailForward, gmailReply, htmlPage, htmlTable, sampleChapters, sampleReport, sampleTable, type HtmlRows } from '../../fixtures';
import { checked } from './helpers';

/** The office's letter as units receive it, with a sample table of its own. */
const OFFICE_LETTER = gmailBody(['HUYỆN ĐOÀN NÚI THÀNH', 'Kính gửi: Đoàn các xã, thị trấn', 'Đề nghị gửi bảng xếp loại theo mẫu:']) +
  htmlTable([
    ['STT', 'Tên Chi đoàn', 'Năm 2015', '6 tháng đầu năm 2016'],
    ['1', 'Chi đoàn A', 'Vững mạnh', 'Khá'],
  ]);

const spanned: HtmlRows = [
  [{ text: 'STT', rowspan: 2 }, { text: 'Tên Chi đoàn', rowspan: 2 }, { text: 'Số đoàn viên', rowspan: 2 }, { text: 'Xếp loại', colspan: 2 }, { text: 'Đăng ký', rowspan: 2 }],
  ['Năm 2015', '6 tháng đầu năm 2016'],
  ...sampleTable().slice(1),
];

describe('reading HTML', () => {
  it('reads a Gmail body with a table, with rowspan/colspan headers', () => {
    const html = gmailBody(['Kính gửi Văn phòng Huyện đoàn,', 'Đoàn xã Tam Trà gửi bảng xếp loại Chi đoàn:'], htmlTable(spanned));
    expect(checked(parseHtml(html))).toEqual(sampleReport('html'));
  });

  it("takes the unit's own table in a reply, not the table of the quoted office letter", () => {
    const own = gmailBody(['Đoàn xã Tam Trà gửi bảng xếp loại:'], htmlTable(sampleTable()));
    expect(checked(parseHtml(gmailReply(own, OFFICE_LETTER)))).toEqual(sampleReport('html'));
  });

  it("prefers the unit's own typed lines to a table in the quoted letter", () => {
    const own = gmailBody([
      'Xếp loại năm 2015 và 6 tháng đầu năm 2016:',
      'Chi đoàn Xuân Thọ - VM - K',
      'Chi đoàn Thôn 3 - Y - TB',
      '',
      'BCH Đoàn xã Tam Trà',
    ]);
    expect(checked(parseHtml(gmailReply(own, OFFICE_LETTER)))).toEqual({
      ok: true,
      source: 'html',
      unit: 'Đoàn xã Tam Trà',
      periods: ['2015', '2016-H1'],
      chapters: [
        { name: 'Chi đoàn Xuân Thọ', members: null, ratings: { '2015': 'VUNG_MANH', '2016-H1': 'KHA' }, registration: null },
        { name: 'Chi đoàn Thôn 3', members: null, ratings: { '2015': 'YEU', '2016-H1': 'TRUNG_BINH' }, registration: null },
      ],
      warnings: [],
    });
  });

  it('reads the table of a forwarded message, with the unit from the forwarded title', () => {
    const forwarded = gmailBody(['ĐOÀN XÃ TAM TRÀ', 'BẢNG XẾP LOẠI CHI ĐOÀN']) + htmlTable(spanned);
    const html = gmailForward(gmailBody(['Em chuyển tiếp bảng xếp loại, nhờ anh xem giúp.']), forwarded);
    expect(checked(parseHtml(html))).toEqual(sampleReport('html', { unit: 'ĐOÀN XÃ TAM TRÀ' }));
  });

  it('reads a page Word saved as HTML in windows-1258, with entities, Office tags and conditional comments', () => {
    const rows = sampleTable({ members: false, registration: 'none' });
    const body =
      '<!--[if gte mso 9]><xml><o:DocumentProperties></o:DocumentProperties></xml><![endif]-->' +
      '<p class=MsoNormal align=center><b>&#272;O&Agrave;N X&Atilde; TAM TR&Agrave;<o:p></o:p></b></p>' +
      '<p class=MsoNormal><![if !supportEmptyParas]>&nbsp;<![endif]><o:p></o:p></p>' +
      htmlTable(rows).replace(/<td /g, '<td valign=top ');
    const bytes = encodeCp1258(htmlPage(body, 'windows-1258'));
    expect(checked(parseFile({ name: 'bang.htm', bytes }))).toEqual(
      sampleReport('html', { unit: 'ĐOÀN XÃ TAM TRÀ', chapters: sampleChapters(() => ({ members: null, registration: null })) }),
    );
  });

  it('treats everything after an Outlook reply header as quoted', () => {
    const html =
      '<div>Đoàn xã Tam Trà xin gửi ạ.</div><div id="divRplyFwdMsg"><b>From:</b> Huyện đoàn<br><b>Sent:</b> Friday</div>' +
      OFFICE_LETTER;
    expect(checked(parseHtml(html))).toEqual({ ok: false, error: intakeErrors.noTable });
  });

  it('survives unclosed tags, stray closing tags and scripts', () => {
    const html = `<div><p>Đoàn xã Tam Trà<table><tr><td>Tên Chi đoàn<td>Năm 2015<tr><td>Chi đoàn Xuân Thọ<td>Vững mạnh</table></span></div></div><script>var x = "<table>";</script>`;
    expect(checked(parseHtml(html))).toEqual({
      ok: true,
      source: 'html',
      unit: 'Đoàn xã Tam Trà',
      periods: ['2015'],
      chapters: [{ name: 'Chi đoàn Xuân Thọ', members: null, ratings: { '2015': 'VUNG_MANH' }, registration: null }],
      warnings: [],
    });
  });
});
