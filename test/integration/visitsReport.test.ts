import type { Emulator } from '../../local/emulator';
import { buildEmlText } from '../fixtures/eml';
import { CADRE, invited, OFFICE, OTHER, REPORT, reply, TRA } from './visitsScenario';

/**
 * Issue 17, the report back: after the meeting the cadre gets one `Nhắc báo cáo`; still nothing on
 * the due day's morrow, a second with the office in copy; the cadre's reply is read as the report.
 */
/** The meetings' rows: the campaign's pilots' planned rows (`Dự kiến`, pilots.test.ts) left out. */
const visits = (emu: Emulator) => emu.values('Đi cơ sở').slice(1).filter((row) => row[0] !== '' && row[8] !== 'Dự kiến');
const outboxKeys = (emu: Emulator) => emu.values('Nhật ký gửi').slice(1).map((row) => String(row[5])).filter(Boolean);
const toCadre = (emu: Emulator) => emu.mail.sent.filter((m) => m.to.includes(CADRE));
const chases = (emu: Emulator) => toCadre(emu).filter((m) => !m.subject.startsWith('[Đã nhận]') && m.subject.includes('báo cáo kết quả đi cơ sở DCS-160915-01'));

describe('Nhắc báo cáo', () => {
  test('once after the meeting, a second with the office in copy when overdue, then nothing more', () => {
    const emu = invited();
    emu.clock.advanceTo('2016-09-15T21:00:00+07:00');
    expect(chases(emu)).toHaveLength(0);
    emu.clock.advanceTo('2016-09-16T07:00:00+07:00');
    expect(chases(emu)).toHaveLength(1);
    const first = chases(emu)[0];
    expect(first.cc).toBe('');
    expect(first.subject).toContain('Đề nghị báo cáo kết quả đi cơ sở DCS-160915-01 – Chi đoàn Xuân Thọ, Đoàn xã Tam Trà');
    expect(first.body).toContain('trước ngày 18/09/2016');
    expect(first.body).toContain('Mô hình hay:');
    expect(first.body).toContain('Không dự vì');
    expect(outboxKeys(emu)).toContain('Nhắc báo cáo|DCS-160915-01|1');
    emu.clock.advanceTo('2016-09-18T22:00:00+07:00');
    expect(chases(emu)).toHaveLength(1);
    emu.clock.advanceTo('2016-09-19T09:00:00+07:00');
    expect(chases(emu)).toHaveLength(2);
    const second = chases(emu)[1];
    expect(second.cc).toBe(OFFICE);
    expect(second.subject).toContain('Nhắc lần 2');
    expect(outboxKeys(emu)).toContain('Nhắc báo cáo|DCS-160915-01|2');
    emu.clock.advanceTo('2016-09-30T09:00:00+07:00');
    expect(chases(emu)).toHaveLength(2);
    expect(outboxKeys(emu).filter((k) => k.startsWith('Nhắc báo cáo'))).toHaveLength(2);
    expect(visits(emu)[0][8]).toBe('Đã mời');
  });

  test('a cancelled meeting is never chased', () => {
    const emu = invited();
    emu.gmail.deliver(buildEmlText({ from: `Đoàn xã Tam Trà <${TRA}>`, to: OFFICE, messageId: '<inv3@x>', subject: 'Hoãn sinh hoạt', date: 'Sat, 10 Sep 2016 10:00:00 +0700', text: 'Đoàn xã Tam Trà xin hoãn buổi sinh hoạt Chi đoàn Xuân Thọ ngày 15/9/2016 do mưa bão.' }));
    emu.run('pollMailbox');
    emu.clock.advanceTo('2016-09-25T09:00:00+07:00');
    expect(chases(emu)).toHaveLength(0);
  });
});

const intake = (emu: Emulator) => emu.values('Nhật ký nhận').slice(1).map((row) => [row[3], row[4], row[5], String(row[6])]);
const receipts = (emu: Emulator) => emu.mail.sent.filter((m) => /Văn phòng đã (nhận và ghi báo cáo|ghi nhận đồng chí không dự)/.test(m.body));

describe('the report by reply', () => {
  test('read into the row (Đã báo cáo, its fields), logged Đã ghi, one Xác nhận; polling again does nothing twice', () => {
    const emu = invited();
    reply(emu, '<rep1@x>', CADRE, REPORT);
    emu.run('pollMailbox');
    const row = visits(emu)[0];
    expect(row.slice(8, 12)).toEqual(['Đã báo cáo', 'Chi đoàn sinh hoạt đông đủ, kết nạp 3 đoàn viên.', 'Tủ sách thanh niên ở nhà văn hóa thôn.', 'thiếu kinh phí sinh hoạt.\nĐề xuất: Huyện đoàn hỗ trợ tài liệu.']);
    const logged = intake(emu).find((r) => r[0] === '<rep1@x>')!;
    expect(logged.slice(1, 3)).toEqual(['Đoàn xã Tam Trà', 'Đã ghi']);
    expect(logged[3]).toContain('Báo cáo kết quả đi cơ sở của cán bộ');
    expect(receipts(emu)).toHaveLength(1);
    expect(receipts(emu)[0].to).toContain(CADRE);
    const before = { rows: visits(emu), receipts: receipts(emu).length };
    emu.run('pollMailbox');
    emu.clock.advanceTo('2016-09-20T09:00:00+07:00');
    // Reported: never chased, never answered twice.
    expect({ rows: visits(emu), receipts: receipts(emu).length }).toEqual(before);
    expect(chases(emu)).toHaveLength(0);
  });

  test('"Không dự vì …" without diacritics: the row says Không dự with the reason', () => {
    const emu = invited();
    reply(emu, '<rep1@x>', CADRE, 'khong du vi trung lich hop cua huyen');
    emu.run('pollMailbox');
    expect(visits(emu)[0].slice(8, 10)).toEqual(['Không dự', 'Không dự vì trung lich hop cua huyen']);
    expect(receipts(emu)).toHaveLength(1);
  });

  test('another cadre: Chờ xem xét with the reason, nothing overwritten, no receipt; after a report, another one is not applied either', () => {
    const emu = invited();
    reply(emu, '<rep-other@x>', OTHER, REPORT);
    emu.run('pollMailbox');
    expect(visits(emu)[0][8]).toBe('Đã mời');
    const logged = intake(emu).find((r) => r[0] === '<rep-other@x>')!;
    expect(logged[2]).toBe('Chờ xem xét');
    expect(logged[3]).toContain('do đồng chí Phạm Thị Kim Oanh đứng điểm, không phải người gửi');
    expect(receipts(emu)).toHaveLength(0);

    reply(emu, '<rep1@x>', CADRE, REPORT);
    emu.run('pollMailbox');
    expect(visits(emu)[0][8]).toBe('Đã báo cáo');
    expect(receipts(emu)).toHaveLength(1);
  });

  test('a code that is not on the sheet: Chờ xem xét', () => {
    const emu = invited();
    reply(emu, '<rep9@x>', CADRE, REPORT, 'Re: báo cáo DCS-160916-07');
    emu.run('pollMailbox');
    expect(intake(emu).find((r) => r[0] === '<rep9@x>')!.slice(2)).toEqual(['Chờ xem xét', expect.stringContaining('mã DCS-160916-07 không có trên trang')]);
    expect(visits(emu)[0][8]).toBe('Đã mời');
  });
});

describe('a report polled with a fault at every call', () => {
  test('one row update, one receipt', () => {
    const observable = (emu: Emulator) => ({
      row: visits(emu)[0].slice(0, 12),
      receipts: receipts(emu).map((m) => [m.to, m.subject]),
      log: intake(emu).filter((r) => r[0] === '<rep1@x>').map((r) => r.slice(0, 3)),
    });
    const start = () => {
      const emu = invited();
      reply(emu, '<rep1@x>', CADRE, REPORT);
      return emu;
    };
    const clean = start();
    for (let i = 0; i < 3; i++) clean.run('pollMailbox');
    const expected = observable(clean);
    expect(expected.receipts).toHaveLength(1);
    expect(expected.row[8]).toBe('Đã báo cáo');

    const probe = start();
    probe.calls.reset();
    probe.run('pollMailbox');
    const calls = probe.calls.total();
    expect(calls).toBeGreaterThan(10);
    const failures: { index: number; call: string; got: unknown }[] = [];
    for (let index = 0; index < calls; index++) {
      const emu = start();
      emu.calls.reset();
      emu.faults.failAt(index);
      try {
        emu.run('pollMailbox');
      } catch {
        // The next poll goes on.
      }
      emu.faults.clear();
      for (let i = 0; i < 3; i++) emu.run('pollMailbox');
      const got = observable(emu);
      if (JSON.stringify(got) !== JSON.stringify(expected)) failures.push({ index, call: probe.calls.log[index] ?? '', got });
    }
    expect(failures).toEqual([]);
  });
});

describe('a month of one visit, to the proposal solved', () => {
  test('chased twice, reported, on the Cán bộ board, the proposal followed to Đã giải quyết with the cadre told once each time', () => {
    const emu = invited();
    const ahead = emu.run('getCadreBoard') as { cadres: { name: string; units: string[]; ahead: { id: string }[]; notVisited: string[] }[] };
    const oanh = ahead.cadres.find((c) => c.name === 'Phạm Thị Kim Oanh')!;
    expect(oanh.units).toEqual(['Đoàn xã Tam Trà']);
    expect(oanh.ahead.map((v) => v.id)).toEqual(['DCS-160915-01']);
    expect(oanh.notVisited).toEqual(['Đoàn xã Tam Trà']);

    emu.clock.advanceTo('2016-09-19T09:00:00+07:00');
    expect(chases(emu)).toHaveLength(2);
    const overdue = emu.run('getCadreBoard') as { cadres: { name: string; overdue: { id: string; due: string }[] }[] };
    expect(overdue.cadres.find((c) => c.name === 'Phạm Thị Kim Oanh')!.overdue).toEqual([expect.objectContaining({ id: 'DCS-160915-01', due: '18/09/2016' })]);

    reply(emu, '<rep1@x>', CADRE, REPORT, `Re: ${chases(emu)[1].subject}`);
    emu.run('pollMailbox');
    expect(visits(emu)[0][8]).toBe('Đã báo cáo');
    const board = emu.run('getCadreBoard') as { cadres: { name: string; made: number; reported: number; overdue: unknown[]; notVisited: string[] }[] };
    expect(board.cadres.find((c) => c.name === 'Phạm Thị Kim Oanh')).toMatchObject({ made: 1, reported: 1, overdue: [], notVisited: [] });
    expect(emu.run('getGoodPractices')).toEqual([expect.objectContaining({ id: 'DCS-160915-01', unit: 'Đoàn xã Tam Trà', cadre: 'Phạm Thị Kim Oanh', practice: 'Tủ sách thanh niên ở nhà văn hóa thôn.' })]);

    const list = emu.run('getProposals') as { items: { id: string; status: string; difficulties: string }[] };
    expect(list.items).toEqual([expect.objectContaining({ id: 'DCS-160915-01', status: 'Mới', difficulties: 'thiếu kinh phí sinh hoạt.\nĐề xuất: Huyện đoàn hỗ trợ tài liệu.' })]);
    const told = () => toCadre(emu).filter((m) => m.subject.includes('Kiến nghị từ buổi đi cơ sở DCS-160915-01'));

    expect(emu.run('setProposalStatus', 'DCS-160915-01', 'Đang giải quyết', 'Đã đề nghị Phòng Văn hóa hỗ trợ')).toMatchObject({ status: 'Đang giải quyết', note: 'Đã đề nghị Phòng Văn hóa hỗ trợ' });
    expect(visits(emu)[0][12]).toBe('Đang giải quyết — Đã đề nghị Phòng Văn hóa hỗ trợ (19/09/2016)');
    emu.run('pollMailbox');
    expect(told().map((m) => m.subject)).toEqual([expect.stringContaining('Đang giải quyết')]);
    expect(told()[0].body).toContain('Đã đề nghị Phòng Văn hóa hỗ trợ');

    emu.run('setProposalStatus', 'DCS-160915-01', 'Đã giải quyết', '');
    emu.run('pollMailbox');
    emu.run('pollMailbox');
    expect(told().map((m) => m.subject)).toEqual([expect.stringContaining('Đang giải quyết'), expect.stringContaining('Đã giải quyết')]);
    expect(outboxKeys(emu).filter((k) => k.startsWith('Kiến nghị|'))).toEqual(['Kiến nghị|DCS-160915-01|Đang giải quyết', 'Kiến nghị|DCS-160915-01|Đã giải quyết']);
    expect(visits(emu)[0][12]).toBe('Đã giải quyết (19/09/2016)');

    expect(() => emu.run('setProposalStatus', 'DCS-160915-01', 'Xong', '')).toThrow('Trạng thái xử lý không hợp lệ');
  });
});

describe('a Đi cơ sở sheet made before the report columns', () => {
  test('gains them, hidden, on the first read; the report is recorded', () => {
    const emu = invited();
    const sheet = emu.spreadsheet.getSheetByName('Đi cơ sở')!;
    sheet.deleteColumns(20, 3);
    expect(sheet.getMaxColumns()).toBe(19);
    reply(emu, '<rep1@x>', CADRE, REPORT);
    emu.run('pollMailbox');
    expect(sheet.getMaxColumns()).toBe(22);
    expect(emu.values('Đi cơ sở')[0].slice(19, 22)).toEqual(['Đã nhắc báo cáo', 'Người báo cáo', 'Đã báo kiến nghị']);
    expect(sheet.isColumnHiddenByUser(21)).toBe(true);
    expect(visits(emu)[0][8]).toBe('Đã báo cáo');
    expect(visits(emu)[0][20]).toBe(CADRE);
  });
});
