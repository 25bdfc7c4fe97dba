import type { UnitDetail } from '../../src/app/sidebar/unitDetail';
import { DEFAULT_CAMPAIGN } from '../../src/domain/defaultCampaign';
import type { Emulator } from '../../local/emulator';
import { setUpEmulator } from './harness';

const SON_EMAIL = 'doan.tamson@example.org';
const CADRE_3 = 'leminhtuan.hd@example.org';

/** 13/09/2016, the day after the deadline, with Tam Sơn sent today's overdue notice from the sidebar. */
function overdueDay(campaignJson = ''): Emulator {
  const emu = setUpEmulator(campaignJson, { now: '2016-09-13T09:00:00+07:00' });
  expect(emu.run('sendReminderNow', 'tam-son')).toMatchObject({ ok: true });
  return emu;
}

const at = (iso: string) => new Date(iso);

/** Rows as other runs write them: notices by key, receipts and rejections by their submission's key. */
function appendOutbox(emu: Emulator, rows: unknown[][]): void {
  const sheet = emu.spreadsheet.getSheetByName('Nhật ký gửi')!;
  for (const row of rows) sheet.appendRow(row);
}

describe("a unit's page shows the letters sent to it (getUnitDetail)", () => {
  test('reminders and notices by their key, receipts and rejections by their recipients; not the digest, not a skipped day', () => {
    const emu = overdueDay();
    appendOutbox(emu, [
      [at('2016-09-09T07:00:00+07:00'), 'Nhắc hạn', SON_EMAIL, CADRE_3, 'Nhắc hạn nộp – Đoàn xã Tam Sơn', 'Nhắc hạn|tam-son|2016-09-09', 'Đã gửi'],
      [at('2016-09-11T07:00:00+07:00'), 'Nhắc hạn', SON_EMAIL, CADRE_3, 'Nhắc hạn nộp – Đoàn xã Tam Sơn', 'Nhắc hạn|tam-son|2016-09-11', 'Bỏ qua'],
      [at('2016-09-10T10:00:00+07:00'), 'Xác nhận', `Doan.TamSon+bc@Example.org, ${SON_EMAIL}`, '', 'Xác nhận đã nhận – Đoàn xã Tam Sơn', 'Xác nhận|<son@x>', 'Đã gửi'],
      [at('2016-09-10T10:05:00+07:00'), 'Báo lỗi', 'Đoàn xã Tam Sơn <doan.tamson@example.org>', '', 'Chưa ghi được – Đoàn xã Tam Sơn', 'Báo lỗi|<son2@x>', 'Hoãn'],
      // Another unit's notice copied to the same cadre, another unit's receipt, the digest: not Tam Sơn's.
      [at('2016-09-09T07:00:00+07:00'), 'Nhắc hạn', 'doan.tamthanh@example.org', CADRE_3, 'Nhắc hạn nộp – Đoàn xã Tam Thạnh', 'Nhắc hạn|tam-thanh|2016-09-09', 'Đã gửi'],
      [at('2016-09-10T11:00:00+07:00'), 'Xác nhận', 'doan.tamtra@example.org', '', 'Xác nhận – Đoàn xã Tam Trà', 'Xác nhận|<tra@x>', 'Đã gửi'],
      [at('2016-09-13T07:00:00+07:00'), 'Tổng hợp', CADRE_3, '', 'Tổng hợp tình hình nộp', 'Tổng hợp|van-phong|2016-09-13', 'Đã gửi'],
    ]);
    const detail = emu.run('getUnitDetail', 'tam-son') as UnitDetail;
    expect(detail.letters.map((l) => [l.time, l.kind, l.status])).toEqual([
      // Sent by the sidebar a moment after 09:00 (every call takes its time on the simulated clock).
      [expect.stringMatching(/^13\/09\/2016 09:0\d$/), 'Quá hạn', 'Đã gửi'],
      ['10/09/2016 10:05', 'Báo lỗi', 'Hoãn'],
      ['10/09/2016 10:00', 'Xác nhận', 'Đã gửi'],
      ['09/09/2016 07:00', 'Nhắc hạn', 'Đã gửi'],
    ]);
    expect(detail.letters[0]).toEqual({ time: expect.any(String), kind: 'Quá hạn', to: SON_EMAIL, subject: expect.stringContaining('Đoàn xã Tam Sơn'), status: 'Đã gửi', code: '' });
    expect(detail.lettersTotal).toBe(4);
    // No machine key reaches the page.
    expect(JSON.stringify(detail.letters)).not.toMatch(/\|/);
    const tra = emu.run('getUnitDetail', 'tam-tra') as UnitDetail;
    expect(tra.letters.map((l) => l.kind)).toEqual(['Xác nhận']);
    expect((emu.run('getUnitDetail', 'tam-tien') as UnitDetail).letters).toEqual([]);
  });

  test('reads the outbox once: the same Spreadsheet calls at 23 units and at 200, with 400 letters logged', () => {
    const measure = (campaignJson: string, letters: number) => {
      const emu = overdueDay(campaignJson);
      appendOutbox(
        emu,
        Array.from({ length: letters }, (_, i) => [at('2016-09-09T07:00:00+07:00'), 'Nhắc hạn', `mau${i}@example.org`, '', 'Nhắc hạn', `Nhắc hạn|mau-${i}|2016-09-09`, 'Đã gửi']),
      );
      emu.calls.reset();
      const detail = emu.run('getUnitDetail', 'tam-son') as UnitDetail;
      expect(detail.letters).toHaveLength(1);
      return { byMethod: emu.calls.byMethod(), spreadsheet: emu.calls.total('Spreadsheet') };
    };
    const extra = Array.from({ length: 177 }, (_, i) => ({ ...DEFAULT_CAMPAIGN.units[0], id: `mau-${i}`, name: `Đoàn xã Mẫu ${i}`, short: `Mẫu ${i}`, emails: [`mau${i}@example.org`] }));
    const small = measure('', 0);
    const large = measure(JSON.stringify({ ...DEFAULT_CAMPAIGN, units: [...DEFAULT_CAMPAIGN.units, ...extra] }), 400);
    expect(large.byMethod).toEqual(small.byMethod);
    // `Cấu hình`, `Đơn vị`, `Cán bộ`, the unit's tab, `Nhật ký nhận`, `Nhật ký gửi` and `Đi cơ sở`: one getValues each.
    expect(small.byMethod['Range.getValues']).toBe(7);
  }, 120_000);
});
