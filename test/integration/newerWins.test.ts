import { DEFAULT_CAMPAIGN } from '../../src/domain/defaultCampaign';
import type { Emulator } from '../../local/emulator';
import { buildEmlText } from '../fixtures/eml';
import { answerFor } from './formHarness';
import { setUpEmulator } from './harness';

const TRA = 'Đoàn xã Tam Trà';
const TRA_EMAIL = 'doan.tamtra@example.org';
const OFFICE = 'Huyện đoàn Núi Thành <huyendoannuithanh09@gmail.com>';
const CAMPAIGN = JSON.stringify({ ...DEFAULT_CAMPAIGN, units: DEFAULT_CAMPAIGN.units.filter((u) => ['tam-tra', 'tam-son'].includes(u.id)) });

/** Xuân Thọ and Đồng Làng rated, Xuân Thọ built, Đồng Làng supported. */
const EMAIL_TABLE = [
  'ĐOÀN XÃ TAM TRÀ',
  'Bảng xếp loại Chi đoàn',
  '1. Chi đoàn Xuân Thọ: năm 2015 Vững mạnh; 6 tháng đầu năm 2016 Vững mạnh',
  '2. Chi đoàn thôn Đồng Làng: năm 2015 Yếu; 6 tháng đầu năm 2016 Yếu',
  'Đăng ký xây dựng Chi đoàn mạnh: Chi đoàn Xuân Thọ',
  'Đăng ký hỗ trợ: Chi đoàn thôn Đồng Làng',
].join('\n');

function deliver(emu: Emulator, messageId: string, text = EMAIL_TABLE): void {
  // The emulated Gmail stamps its aligned authentication pass for the unit's own address.
  emu.gmail.deliver(buildEmlText({ from: `${TRA} <${TRA_EMAIL}>`, to: OFFICE, messageId, date: 'Sat, 10 Sep 2016 09:00:00 +0700', text }));
}

/** Lets the installed poll run once, then stops 20 s after it: the test then has ten minutes before the next. */
function justAfterAPoll(emu: Emulator): void {
  const next = emu.triggers().find((t) => t.handler === 'pollMailbox')!.nextRun!;
  emu.clock.advanceTo(new Date(new Date(next).getTime() + 20_000));
}

const tab = (emu: Emulator) => emu.values('Tam Trà');
const row = (emu: Emulator, name: string) => tab(emu).find((r) => r[0] === name)!;
const logStatus = (emu: Emulator, id: string) => emu.values('Nhật ký nhận').filter((r) => r[3] === id).map((r) => r[5]);
/** `Số hiệu` of a submission's row: what its letters quote and its chapters' `Nguồn` shows. */
const codeOf = (emu: Emulator, id: string) => String(emu.values('Nhật ký nhận').find((r) => r[3] === id)![8]);
/** Receipts by form (`Xác nhận…`) and replies to the unit's email (`Re: …`). */
const receiptsTo = (emu: Emulator) => emu.mail.sent.filter((m) => m.to.includes(TRA_EMAIL) && m.body.includes('đã nhận bảng xếp loại Chi đoàn của đơn vị'));

/** Host-side `HH:mm` and dd/MM/yyyy of an instant in Hồ Chí Minh (UTC+7, no daylight saving). */
function local(at: Date): { time: string; day: string } {
  const d = new Date(at.getTime() + 7 * 3_600_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return { time: `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`, day: `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}` };
}

describe('newer wins, per value, whatever order the channels finish in', () => {
  test('an email applied whose reply failed, corrected by form, then resumed: the form stays and the receipt says why', () => {
    const emu = setUpEmulator(CAMPAIGN);
    justAfterAPoll(emu);
    deliver(emu, '<old@tamtra.example.org>');
    emu.faults.failOn('GmailMessage.reply', 0, 'Service unavailable: Gmail');
    try {
      emu.run('pollMailbox');
    } catch {
      // The reply failed: the row stays `Đang xử lý` for the next poll.
    }
    expect(logStatus(emu, '<old@tamtra.example.org>')).toEqual(['Đang xử lý']);
    expect(row(emu, 'Chi đoàn Xuân Thọ').slice(2, 5)).toEqual(['Vững mạnh', 'Vững mạnh', 'Xây dựng Chi đoàn mạnh']);

    // Two minutes later the unit corrects itself by form: every chapter Trung bình, Tú Nghĩa built, Dương Trà supported.
    emu.clock.advanceBy(120_000);
    const formAt = emu.clock.now();
    const responseId = answerFor(emu, TRA, TRA_EMAIL, {
      ratings: (rows) => rows.map(() => 'Trung bình'),
      registration: (rows) => rows.map((name) => (name.includes('Tú Nghĩa') ? ['Xây dựng Chi đoàn mạnh'] : name.includes('Dương Trà') ? ['Hỗ trợ'] : [])),
    });
    expect(logStatus(emu, responseId)).toEqual(['Đã ghi']);
    const afterForm = tab(emu).map((r) => r.slice(0, 5));
    expect(row(emu, 'Chi đoàn Xuân Thọ').slice(2, 5)).toEqual(['Trung bình', 'Trung bình', '']);

    // The next poll resumes the email: nothing of it is newer than the form.
    justAfterAPoll(emu);
    expect(logStatus(emu, '<old@tamtra.example.org>')).toEqual(['Đã ghi']);
    expect(tab(emu).map((r) => r.slice(0, 5))).toEqual(afterForm);
    const letters = receiptsTo(emu);
    expect(letters).toHaveLength(2);
    const receipt = letters.find((m) => m.body.includes(`Số hiệu: ${codeOf(emu, '<old@tamtra.example.org>')}.`))!;
    const { time, day } = local(formAt);
    expect(receipt.body).toContain(`Chi đoàn Xuân Thọ, xếp loại năm 2015: chưa thay đổi (giữ “Trung bình”), vì đã có kết quả mới hơn nhận lúc ${time} ngày ${day} qua biểu mẫu trực tuyến.`);
    expect(receipt.body).toContain(`Đăng ký xây dựng, hỗ trợ Chi đoàn: chưa thay đổi (giữ đăng ký đã ghi), vì đã có đăng ký mới hơn nhận lúc ${time} ngày ${day} qua biểu mẫu trực tuyến.`);
    // Where the kept values are explained, the letter names the channel and the time, never the form's response id.
    expect(receipt.body).not.toContain(responseId);
    // The stamps: every value of Xuân Thọ now comes from the form.
    const stamps = JSON.parse(String(row(emu, 'Chi đoàn Xuân Thọ')[7])) as Record<string, [number, string, string]>;
    expect(Object.values(stamps)).toEqual(Object.values(stamps).map(() => [formAt.getTime(), responseId, 'Form']));
    expect(row(emu, 'Chi đoàn Xuân Thọ')[5]).toBe(`Biểu mẫu ${codeOf(emu, responseId)}`);
  }, 60_000);

  test('a form response left half-done, resumed after a newer email: the email stays', () => {
    const emu = setUpEmulator(CAMPAIGN);
    justAfterAPoll(emu);
    // The form's tab write fails (the first write is its log row, the second the tab).
    emu.faults.failOn('Range.setValues', 1, 'Service Spreadsheets timed out while accessing document with id 1.');
    const responseId = answerFor(emu, TRA, TRA_EMAIL, { ratings: (rows) => rows.map(() => 'Khá') });
    expect(logStatus(emu, responseId)).toEqual(['Đang xử lý']);
    emu.clock.advanceBy(60_000);
    deliver(emu, '<new@tamtra.example.org>');
    const emailAt = emu.clock.now();
    // This poll cannot read the response back from the form, so the email is applied first.
    emu.faults.failOn('Form.getResponse', 0, 'Service unavailable: Forms');
    emu.clock.advanceBy(60_000);
    emu.run('pollMailbox');
    expect(logStatus(emu, '<new@tamtra.example.org>')).toEqual(['Đã ghi']);
    expect(logStatus(emu, responseId)).toEqual(['Đang xử lý']);
    // The next poll finishes the form response: only what the email did not state is taken from it.
    justAfterAPoll(emu);
    expect(logStatus(emu, responseId)).toEqual(['Đã ghi']);
    expect(row(emu, 'Chi đoàn Xuân Thọ').slice(2, 5)).toEqual(['Vững mạnh', 'Vững mạnh', 'Xây dựng Chi đoàn mạnh']);
    expect(row(emu, 'Chi đoàn thôn Đồng Làng').slice(2, 5)).toEqual(['Yếu', 'Yếu', 'Hỗ trợ']);
    expect(row(emu, 'Chi đoàn thôn Tú Nghĩa').slice(2, 5)).toEqual(['Khá', 'Khá', '']);
    const formReceipt = receiptsTo(emu).find((m) => m.body.includes(`Số hiệu: ${codeOf(emu, responseId)}.`))!;
    const { time, day } = local(emailAt);
    expect(formReceipt.body).toContain(`Chi đoàn Xuân Thọ, xếp loại 6 tháng đầu năm 2016: chưa thay đổi (giữ “Vững mạnh”), vì đã có kết quả mới hơn nhận lúc ${time} ngày ${day} qua email.`);
    expect(formReceipt.body).not.toContain('<new@tamtra.example.org>');
  }, 60_000);
});

describe('only the cells a submission changes are written', () => {
  test('a formula in an untouched row and notes the office typed in owned cells survive a submission', () => {
    const emu = setUpEmulator(CAMPAIGN);
    justAfterAPoll(emu);
    const sheet = emu.spreadsheet.getSheetByName('Tam Trà')!;
    const names = tab(emu).map((r) => r[0]);
    const tuNghia = names.indexOf('Chi đoàn thôn Tú Nghĩa') + 1;
    const xuanTho = names.indexOf('Chi đoàn Xuân Thọ') + 1;
    const dongLang = names.indexOf('Chi đoàn thôn Đồng Làng') + 1;
    sheet.getRange(tuNghia, 2).setValue('=20+4');
    // Office notes in owned cells the submission does not state: a member count and (its dropdown removed) a rating.
    sheet.getRange(xuanTho, 2).setValue('chờ bổ sung');
    sheet.getRange(dongLang, 4).clearDataValidations().setValue('chờ bổ sung');
    deliver(emu, '<notes@tamtra.example.org>', ['ĐOÀN XÃ TAM TRÀ', '1. Chi đoàn Xuân Thọ: năm 2015 Vững mạnh', '2. Chi đoàn thôn Đồng Làng: năm 2015 Yếu', '3. Chi đoàn thôn Dương Trà: năm 2015 Khá'].join('\n'));
    justAfterAPoll(emu);
    expect(logStatus(emu, '<notes@tamtra.example.org>')).toEqual(['Đã ghi']);
    expect(sheet.getRange(tuNghia, 2).getFormula()).toBe('=20+4');
    expect(row(emu, 'Chi đoàn Xuân Thọ').slice(1, 4)).toEqual(['chờ bổ sung', 'Vững mạnh', '']);
    expect(row(emu, 'Chi đoàn thôn Đồng Làng').slice(2, 4)).toEqual(['Yếu', 'chờ bổ sung']);
    expect(row(emu, 'Chi đoàn thôn Dương Trà').slice(2, 4)).toEqual(['Khá', '']);
  }, 60_000);

  test('a tab made before Ghi nhận existed gets the hidden column at its next write, the office column to its right moved along', () => {
    const emu = setUpEmulator(CAMPAIGN);
    justAfterAPoll(emu);
    const sheet = emu.spreadsheet.getSheetByName('Tam Trà')!;
    // As an earlier version made it: no `Ghi nhận`; the office then added a column of its own.
    sheet.showColumns(8);
    sheet.getRange(1, 8, sheet.getMaxRows(), 1).clearContent();
    sheet.getRange(1, 8).setValue('Ghi chú của Văn phòng');
    sheet.getRange(2, 8).setValue('đã gọi điện');
    const updated = new Date(emu.clock.now().getTime() - 3_600_000);
    sheet.getRange(2, 3, 1, 5).setValues([['Khá', 'Khá', '', 'Form: 2_OLDRESPONSE', updated]]);
    deliver(emu, '<old-tab@tamtra.example.org>', ['ĐOÀN XÃ TAM TRÀ', '1. Chi đoàn Xuân Thọ: năm 2015 Vững mạnh; 6 tháng đầu năm 2016 Trung bình'].join('\n'));
    justAfterAPoll(emu);
    expect(logStatus(emu, '<old-tab@tamtra.example.org>')).toEqual(['Đã ghi']);
    const header = tab(emu)[0];
    expect(header.slice(5)).toEqual(['Nguồn', 'Cập nhật', 'Ghi nhận', 'Ghi chú của Văn phòng']);
    expect(sheet.isColumnHiddenByUser(8)).toBe(true);
    expect(row(emu, 'Chi đoàn Xuân Thọ').slice(2, 4)).toEqual(['Vững mạnh', 'Trung bình']);
    expect(row(emu, 'Chi đoàn Xuân Thọ')[8]).toBe('đã gọi điện');
    expect(Object.keys(JSON.parse(String(row(emu, 'Chi đoàn Xuân Thọ')[7])))).toEqual(['p:2015', 'p:2016-H1']);
  }, 60_000);
});

describe('a reported chapter that looks like one of the unit\'s waits for the office', () => {
  test('held, said in the receipt, mapped in the sidebar (then applied, and remembered), or added as new', () => {
    const emu = setUpEmulator(CAMPAIGN);
    justAfterAPoll(emu);
    deliver(
      emu,
      '<held@tamtra.example.org>',
      [
        'ĐOÀN XÃ TAM TRÀ',
        '1. Chi đoàn Xuan Thoo: năm 2015 Vững mạnh; 6 tháng đầu năm 2016 Khá',
        '2. Chi đoàn thôn Đồng Làng: năm 2015 Yếu; 6 tháng đầu năm 2016 Yếu',
        '3. Chi đoàn Tú Nghĩa Đông: năm 2015 Khá; 6 tháng đầu năm 2016 Khá',
        'Đăng ký xây dựng Chi đoàn mạnh: Chi đoàn Xuan Thoo',
        'Đăng ký hỗ trợ: Chi đoàn thôn Đồng Làng',
      ].join('\n'),
    );
    justAfterAPoll(emu);
    expect(logStatus(emu, '<held@tamtra.example.org>')).toEqual(['Đã ghi']);
    const names = () => tab(emu).slice(1).map((r) => r[0]);
    expect(names()).toEqual(DEFAULT_CAMPAIGN.units.find((u) => u.id === 'tam-tra')!.chapters);
    expect(row(emu, 'Chi đoàn Xuân Thọ').slice(2, 5)).toEqual(['', '', '']);
    expect(row(emu, 'Chi đoàn thôn Đồng Làng').slice(2, 5)).toEqual(['Yếu', 'Yếu', 'Hỗ trợ']);
    const receipt = receiptsTo(emu)[0];
    expect(receipt.body).toContain('“Chi đoàn Xuan Thoo”: chưa ghi, vì tên này không có trong danh sách Chi đoàn của đơn vị và gần giống Chi đoàn Xuân Thọ');
    expect(receipt.body).toContain('“Chi đoàn Tú Nghĩa Đông”: chưa ghi');

    type Pending = { unitId: string; id: string; reported: string; suggestion: string; chapters: string[]; values: string[]; channel: string };
    const pending = emu.run('getPendingChapters') as Pending[];
    expect(pending.map((p) => [p.unitId, p.reported, p.suggestion, p.channel])).toEqual([
      ['tam-tra', 'Chi đoàn Xuan Thoo', 'Chi đoàn Xuân Thọ', 'Email'],
      ['tam-tra', 'Chi đoàn Tú Nghĩa Đông', 'Chi đoàn thôn Tú Nghĩa', 'Email'],
    ]);
    expect(pending[0].values).toEqual(['Xếp loại năm 2015: Vững mạnh', 'Xếp loại 6 tháng đầu năm 2016: Khá', 'Đăng ký: Xây dựng Chi đoàn mạnh']);

    // The office maps the first to Xuân Thọ: its values and its part of the registration are applied there, the support kept.
    const mapped = emu.run('decideChapter', 'tam-tra', pending[0].id, { map: 'Chi đoàn Xuân Thọ' }) as { ok: boolean; message: string };
    expect(mapped).toEqual({ ok: true, message: expect.stringContaining('Đã ghép “Chi đoàn Xuan Thoo” vào Chi đoàn Xuân Thọ') });
    expect(row(emu, 'Chi đoàn Xuân Thọ').slice(2, 6)).toEqual(['Vững mạnh', 'Khá', 'Xây dựng Chi đoàn mạnh', `Email ${codeOf(emu, '<held@tamtra.example.org>')}`]);
    expect(row(emu, 'Chi đoàn thôn Đồng Làng')[4]).toBe('Hỗ trợ');
    // Deciding it again finds nothing left to decide.
    expect(emu.run('decideChapter', 'tam-tra', pending[0].id, { map: 'Chi đoàn Xuân Thọ' })).toMatchObject({ ok: false });
    // The second is a chapter of its own.
    expect(emu.run('decideChapter', 'tam-tra', pending[1].id, { add: true })).toMatchObject({ ok: true });
    expect(names().at(-1)).toBe('Chi đoàn Tú Nghĩa Đông');
    expect(row(emu, 'Chi đoàn Tú Nghĩa Đông').slice(2, 4)).toEqual(['Khá', 'Khá']);
    expect(emu.run('getPendingChapters')).toEqual([]);

    // From now on the unit's "Xuan Thoo" is Xuân Thọ, and "Tú Nghĩa Đông" its own chapter: nothing waits.
    deliver(emu, '<later@tamtra.example.org>', ['ĐOÀN XÃ TAM TRÀ', '1. Chi đoàn Xuan Thoo: năm 2015 Khá', '2. Chi đoàn Tú Nghĩa Đông: năm 2015 Yếu'].join('\n'));
    justAfterAPoll(emu);
    expect(logStatus(emu, '<later@tamtra.example.org>')).toEqual(['Đã ghi']);
    expect(row(emu, 'Chi đoàn Xuân Thọ')[2]).toBe('Khá');
    expect(row(emu, 'Chi đoàn Tú Nghĩa Đông')[2]).toBe('Yếu');
    expect(emu.run('getPendingChapters')).toEqual([]);
    expect(emu.races).toEqual([]);
  }, 60_000);
});
