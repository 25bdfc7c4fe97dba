import type { Emulator } from '../../local/emulator';
import { parseFile } from '../../src/intake';
import { newEmulator } from './harness';
import { sendTable, setUp, smallCampaign } from './deadlineSeason';

/**
 * "Gửi báo cáo" on dist/Code.js: the draft goes to the parent body as PDF and Word with the
 * machine-readable table, once per version of the draft (a fault at any call, then a retry, sends
 * it once), logged as `Báo cáo`, and copies are kept in the office's `Lưu VT` folder.
 */
const PARENT_EMAIL = 'bantckt.tinhdoan@example.org';
const campaign = { ...smallCampaign(['tam-tra', 'tam-son', 'tam-xuan-1']), parentEmail: PARENT_EMAIL };

type Outcome = { kind: string; message?: string; errors?: string[] };

function scenario(): Emulator {
  const emu = newEmulator({ now: '2016-09-13T08:00:00+07:00' });
  setUp(emu, campaign);
  sendTable(emu, campaign, 'tam-tra', '<send-tra@example.org>');
  sendTable(emu, campaign, 'tam-son', '<send-son@example.org>', { support: false });
  emu.run('pollMailbox');
  expect((emu.run('makeReport', false) as Outcome).kind).toBe('created');
  emu.clock.advanceBy(60_000);
  emu.calls.reset();
  return emu;
}

const reports = (emu: Emulator) => emu.mail.sent.filter((m) => m.to === PARENT_EMAIL);
const reportRows = (emu: Emulator) => emu.values('Nhật ký gửi').filter((r) => r[1] === 'Báo cáo');

describe('Gửi báo cáo', () => {
  test('asks first, then sends the PDF, the Word copy and the table to the parent body, once', () => {
    const emu = scenario();
    const ask = emu.run('sendReport', false) as Outcome;
    expect(ask.kind).toBe('confirm');
    expect(ask.message).toBe(`Gửi báo cáo đến Tỉnh đoàn Quảng Nam (${PARENT_EMAIL}), kèm bản PDF, bản Word và bảng tong-hop-huyen-doan-nui-thanh.xlsx?`);
    expect(reports(emu)).toHaveLength(0);

    const sent = emu.run('sendReport', true) as Outcome;
    expect(sent.kind).toBe('sent');
    const [mail] = reports(emu);
    expect(mail?.subject).toBe('[Đi cơ sở] Báo cáo kết quả xếp loại Chi đoàn của Huyện đoàn Núi Thành');
    expect(mail?.body).toContain('Kính gửi: Tỉnh đoàn Quảng Nam');
    const names = mail!.attachments.map((a) => a.name);
    expect(names).toHaveLength(3);
    expect(names[0]).toMatch(/^Báo cáo kết quả .*\.pdf$/);
    expect(names[1]).toMatch(/^Báo cáo kết quả .*\.docx$/);
    expect(names[2]).toBe('tong-hop-huyen-doan-nui-thanh.xlsx');
    // The table is this office's classification, as an upper office running the product reads it
    // (a district body's name is read as a parent body's, so the upper office knows it by its address).
    const table = parseFile({ name: names[2]!, bytes: Uint8Array.from(mail!.attachments[2]!.bytes) });
    expect(table.ok).toBe(true);
    const chapters = campaign.units.reduce((n, u) => n + u.chapters.length, 0);
    expect(table.ok && table.chapters.length).toBe(chapters);
    expect(reportRows(emu).map((r) => [r[2], r[6]])).toEqual([[PARENT_EMAIL, 'Đã gửi']]);
    // Copies in the archive folder beside the draft.
    const folder = emu.drive.folders().find((f) => f.name === 'Lưu VT - Huyện đoàn Núi Thành')!;
    const kept = emu.drive.files().filter((f) => f.parents.includes(folder.id)).map((f) => f.name).sort();
    expect(kept).toEqual([...names, names[0]!.replace(/\.pdf$/, "")].sort());

    // The same draft again: said so, nothing sent.
    expect((emu.run('sendReport', true) as Outcome).kind).toBe('already');
    expect(reports(emu)).toHaveLength(1);
  });

  test('without the parent body’s address, or before a report is made, a Vietnamese reason and nothing sent', () => {
    const emu = newEmulator({ now: '2016-09-13T08:00:00+07:00' });
    setUp(emu, { ...campaign, parentEmail: undefined });
    const noAddress = emu.run('sendReport', true) as Outcome;
    expect(noAddress).toMatchObject({ kind: 'invalid' });
    expect(noAddress.errors?.[0]).toContain('parentEmail');
    const other = newEmulator({ now: '2016-09-13T08:00:00+07:00' });
    setUp(other, campaign);
    expect((other.run('sendReport', true) as Outcome).errors?.[0]).toContain('Chưa lập báo cáo');
    expect(emu.mail.sent.length + other.mail.sent.length).toBe(0);
  });

  test('a fault at any call of the send, then the office clicks again: the report goes exactly once', () => {
    const clean = scenario();
    clean.run('sendReport', true);
    const calls = clean.calls.total();
    expect(calls).toBeGreaterThan(10);
    const failures: { index: number; call: string | undefined; sent: number }[] = [];
    for (let index = 0; index < calls; index++) {
      const emu = scenario();
      emu.faults.failAt(index);
      try {
        emu.run('sendReport', true);
      } catch {
        // The click failed: the sidebar says so, the office clicks again.
      }
      emu.faults.clear();
      emu.run('sendReport', true);
      const sent = reports(emu).length;
      // A run that died after the send and before `Đã gửi` leaves `Đang gửi`, which counts as sent;
      // one that died before filing the copies files them on the next click.
      const archived = emu.drive.files().filter((f) => f.name === 'tong-hop-huyen-doan-nui-thanh.xlsx').length;
      if (sent !== 1 || reportRows(emu).length !== 1 || archived !== 1) failures.push({ index, call: clean.calls.log[index], sent });
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
