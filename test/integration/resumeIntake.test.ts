import { DEFAULT_CAMPAIGN } from '../../src/domain/defaultCampaign';
import type { Emulator } from '../../local/emulator';
import { answerFor } from './formHarness';
import { setUpEmulator } from './harness';

const TRA = 'Đoàn xã Tam Trà';
const TRA_EMAIL = 'doan.tamtra@example.org';
const CAMPAIGN = JSON.stringify({ ...DEFAULT_CAMPAIGN, units: DEFAULT_CAMPAIGN.units.filter((u) => ['tam-tra', 'tam-son'].includes(u.id)) });

const formRows = (emu: Emulator) => emu.values('Nhật ký nhận').filter((row) => row[1] === 'Form').map((row) => [row[3], row[5]]);
const ratings = (emu: Emulator) => emu.values('Tam Trà').slice(1).map((row) => row.slice(2, 4));
const receipts = (emu: Emulator) => emu.mail.sent.filter((m) => m.to === TRA_EMAIL && m.subject.includes('Xác nhận'));

describe('a form response whose run died half-way (finished by the mailbox poll)', () => {
  test('the receipt could not be sent: the next mailbox poll sends it once and closes the row', () => {
    const emu = setUpEmulator(CAMPAIGN);
    emu.faults.failOn('MailApp.sendEmail', 0, 'Service unavailable: Mail');
    const id = answerFor(emu, TRA, TRA_EMAIL);
    expect(formRows(emu)).toEqual([[id, 'Đang xử lý']]);
    expect(ratings(emu).every((row) => row.join() === 'Khá,Khá')).toBe(true);
    expect(receipts(emu)).toHaveLength(0);
    emu.run('pollMailbox');
    expect(formRows(emu)).toEqual([[id, 'Đã ghi']]);
    expect(receipts(emu)).toHaveLength(1);
    const outbox = emu.values('Nhật ký gửi').filter((row) => row[5] === `Xác nhận|${id}`);
    expect(outbox.map((row) => row[6])).toEqual(['Đã gửi']);
    emu.run('pollMailbox');
    expect(receipts(emu)).toHaveLength(1);
    expect(emu.values('Nhật ký nhận').filter((row) => row[3] === id)).toHaveLength(1);
  });

  test('logged but not yet applied: the poll applies it from the form\'s copy of the response', () => {
    const emu = setUpEmulator(CAMPAIGN);
    // The first write is the log row; the second, the unit's tab.
    emu.faults.failOn('Range.setValues', 1, 'Service Spreadsheets timed out while accessing document with id 1.');
    const id = answerFor(emu, TRA, TRA_EMAIL, { ratings: (rows, period) => rows.map(() => (period === 0 ? 'Vững mạnh' : 'Trung bình')) });
    expect(formRows(emu)).toEqual([[id, 'Đang xử lý']]);
    expect(ratings(emu).every((row) => row.join() === ',')).toBe(true);
    emu.run('pollMailbox');
    expect(formRows(emu)).toEqual([[id, 'Đã ghi']]);
    expect(ratings(emu).every((row) => row.join() === 'Vững mạnh,Trung bình')).toBe(true);
    expect(receipts(emu)).toHaveLength(1);
  });

  test('a poll with nothing half-done or missed reads no response\'s answers: one look at each form\'s recent responses', () => {
    const emu = setUpEmulator(CAMPAIGN);
    answerFor(emu, TRA, TRA_EMAIL);
    expect(formRows(emu)).toEqual([[expect.any(String), 'Đã ghi']]);
    emu.run('pollMailbox');
    emu.calls.reset();
    emu.run('pollMailbox');
    const calls = emu.calls.byMethod();
    // The units' form and the cadres' form "Báo cáo kết quả đi cơ sở" (cadreFormCatchUp.ts): one look each.
    expect(calls['FormApp.openById']).toBe(2);
    expect(calls['Form.getResponses']).toBe(2);
    expect(calls['FormResponse.getItemResponses'] ?? 0).toBe(0);
    expect(calls['Form.getResponse'] ?? 0).toBe(0);
  });
});
