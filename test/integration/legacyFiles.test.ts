import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDoc } from '../fixtures/doc';
import { buildEmlText } from '../fixtures/eml';
import { buildXls } from '../fixtures/xls';
import type { Emulator } from '../../local/emulator';
import { intakeErrors, intakeWarnings } from '../../src/intake/messages';
import { legacyMessages } from '../../src/app/messages';
import { setUpEmulator } from './harness';

const OFFICE = 'Huyện đoàn Núi Thành <huyendoannuithanh09@gmail.com>';
const TAM_TRA = 'Đoàn xã Tam Trà <doan.tamtra@example.org>';
const SHIPPED: string[] = (JSON.parse(readFileSync(join(__dirname, '../../appsscript.json'), 'utf8')) as { oauthScopes: string[] }).oauthScopes;
const DRIVE_FILE = 'https://www.googleapis.com/auth/drive.file';

const TABLE = [
  ['STT', 'Tên Chi đoàn', 'Năm 2015', '6 tháng đầu năm 2016', 'Đăng ký'],
  ['1', 'Chi đoàn Xuân Thọ', 'Vững mạnh', 'Khá', 'Xây dựng Chi đoàn mạnh'],
  ['2', 'Chi đoàn thôn Đồng Làng', 'Yếu', 'Trung bình', 'Hỗ trợ'],
];
const XLS = () => buildXls({ 'Xếp loại': [['ĐOÀN XÃ TAM TRÀ'], ...TABLE] });
const DOC = () => buildDoc(['ĐOÀN XÃ TAM TRÀ', 'BẢNG XẾP LOẠI CHI ĐOÀN', { table: TABLE }, 'Nơi nhận: Huyện đoàn Núi Thành']);

function deliver(emu: Emulator, messageId: string, name: string, bytes: Uint8Array): void {
  emu.gmail.deliver(buildEmlText({ from: TAM_TRA, to: OFFICE, messageId, text: 'Kính gửi Huyện đoàn bảng xếp loại Chi đoàn.', attachments: [{ name, bytes }] }));
}

/** Drive's files but the originals kept in the office's Lưu VT folder: the converted copies. */
function convertedCopies(emu: Emulator) {
  const archive = emu.drive.folders().find((f) => f.name === 'Lưu VT - Huyện đoàn Núi Thành');
  return emu.drive.files().filter((f) => !archive || !f.parents.includes(archive.id));
}

/** The files kept in Lưu VT, by name. */
function kept(emu: Emulator): string[] {
  const archive = emu.drive.folders().find((f) => f.name === 'Lưu VT - Huyện đoàn Núi Thành');
  return emu.drive.files().filter((f) => archive && f.parents.includes(archive.id)).map((f) => f.name);
}

describe('Office 97–2003 attachments, converted with the Drive advanced service', () => {
  test.each([
    ['bang-xep-loai.xls', XLS],
    ['bang-xep-loai.doc', DOC],
  ])('%s is applied to the unit; the converted copy is deleted; three Drive calls', (name, build) => {
    const emu = setUpEmulator();
    const bytes = build();
    deliver(emu, '<old1@example.org>', name, bytes);
    emu.run('pollMailbox');
    const log = emu.values('Nhật ký nhận');
    expect(log[1].slice(3, 7)).toEqual(['<old1@example.org>', 'Đoàn xã Tam Trà', 'Đã ghi', expect.stringMatching(/^Đã ghi 2 Chi đoàn\./)]);
    // The log records the file as received, not its conversion.
    expect(log[1][7]).toContain(`Tệp đính kèm: ${name} (${bytes.length} byte)`);
    const tab = emu.values('Tam Trà');
    expect(tab[1].slice(0, 5)).toEqual(['Chi đoàn Xuân Thọ', '', 'Vững mạnh', 'Khá', 'Xây dựng Chi đoàn mạnh']);
    expect(tab[2].slice(0, 5)).toEqual(['Chi đoàn thôn Đồng Làng', '', 'Yếu', 'Trung bình', 'Hỗ trợ']);
    expect(emu.mail.sent).toHaveLength(1);
    expect(emu.values('Nhật ký gửi')[1][1]).toBe('Xác nhận');
    // The converted copy is gone; the file as the unit sent it is kept in Lưu VT under the submission's code.
    expect(convertedCopies(emu)).toEqual([]);
    expect(kept(emu)).toEqual([`${log[1][8]} ${name}`]);
    expect(log[1][6]).toContain('Tệp đính kèm đã lưu vào thư mục Lưu VT: https://drive.google.com/file/d/');
    const calls = emu.calls.byMethod();
    expect([calls['Drive.Files.create'], calls['Drive.Files.export'], calls['Drive.Files.remove']]).toEqual([1, 1, 1]);
  });

  test('a damaged .xls is not converted: its copy is never left behind, and the unit is asked for .xlsx, naming the file', () => {
    const emu = setUpEmulator();
    const broken = XLS();
    // A workbook stream cut short: Drive (and SheetJS) cannot import it.
    const cut = broken.slice(0, 2048);
    deliver(emu, '<old2@example.org>', 'bang.xls', cut);
    emu.run('pollMailbox');
    const log = emu.values('Nhật ký nhận');
    expect(log[1].slice(5, 7)).toEqual(['Lỗi', expect.stringMatching(/^Tệp đính kèm "bang\.xls" không đọc được: /)]);
    expect(String(log[1][6]).startsWith(intakeWarnings.attachmentNotRead('bang.xls', intakeErrors.oldExcel))).toBe(true);
    expect(emu.mail.sent).toHaveLength(1);
    expect(emu.mail.sent[0].body).toContain('bang.xls');
    expect(convertedCopies(emu)).toEqual([]);
    expect(kept(emu)).toEqual([`${log[1][8]} bang.xls`]);
  });

  test('the copy is deleted even when the export fails', () => {
    const emu = setUpEmulator();
    deliver(emu, '<old3@example.org>', 'bang.xls', XLS());
    emu.faults.failOn('Drive.Files.export', 0, 'Empty response');
    emu.run('pollMailbox');
    expect(emu.calls.byMethod()['Drive.Files.remove']).toBe(1);
    expect(convertedCopies(emu)).toEqual([]);
    expect(emu.values('Nhật ký nhận')[1][5]).toBe('Lỗi');
  });

  test('without drive.file the poll fails visibly with the API refusal, and the message waits in Gmail', () => {
    const emu = setUpEmulator('', { oauthScopes: SHIPPED.filter((s) => s !== DRIVE_FILE) });
    deliver(emu, '<old4@example.org>', 'bang.xls', XLS());
    expect(() => emu.run('pollMailbox')).toThrow('API call to drive.files.create failed with error: Request had insufficient authentication scopes.');
    expect(emu.executions.at(-1)?.error).toBe('GoogleJsonResponseException: API call to drive.files.create failed with error: Request had insufficient authentication scopes.');
    // Nothing logged, nothing answered: the next poll after the fix reads it.
    expect(emu.values('Nhật ký nhận')).toHaveLength(1);
    expect(emu.mail.sent).toHaveLength(0);
  });

  test('without the advanced service enabled the message is retried, the log saying what to do; others go on', () => {
    const emu = setUpEmulator('', { advancedServices: [] });
    deliver(emu, '<old5@example.org>', 'bang.doc', DOC());
    emu.run('pollMailbox');
    const row = emu.values('Nhật ký nhận')[1];
    expect(row.slice(3, 6)).toEqual(['<old5@example.org>', '', 'Đang xử lý']);
    expect(row[6]).toContain(legacyMessages.driveNotEnabled.replace(/[.\s]+$/, ''));
    expect(emu.mail.sent).toHaveLength(0);
  });

  test('mail without Office 97–2003 files makes no Drive call', () => {
    const emu = setUpEmulator();
    emu.gmail.deliver(buildEmlText({ from: TAM_TRA, to: OFFICE, messageId: '<plain@example.org>', text: 'Chi đoàn Xuân Thọ: năm 2015 Vững mạnh; 6 tháng đầu năm 2016 Khá' }));
    emu.run('pollMailbox');
    expect(emu.calls.total('Drive')).toBe(0);
  });
});
