import { emulatorWithHands, setUp, smallCampaign } from './deadlineSeason';
import type { Emulator } from '../../local/emulator';

/** 13/09 07:30, nothing sent yet: three overdue notices (each replacing two missed reminders), the office's digest and one per cadre of these units. */
function scenario(): Emulator {
  const emu = emulatorWithHands({ now: '2016-09-13T07:30:00+07:00' });
  setUp(emu, smallCampaign(['tam-son', 'tam-xuan-1', 'tam-tien']));
  emu.calls.reset();
  return emu;
}

/**
 * The letters as a set (a send that failed is retried on the next run, after the others) and the
 * log without times. A run that died between sending and writing `Đã gửi` leaves `Đang gửi`: it
 * counts as sent, so it reads the same here.
 */
function outbox(emu: Emulator) {
  const letters = emu.mail.sent.map((m) => JSON.stringify([m.to, m.cc, m.subject, m.body])).sort();
  const log = emu.values('Nhật ký gửi').slice(1).map((r) => [r[1], r[2], r[3], r[4], r[5], r[6] === 'Đang gửi' ? 'Đã gửi' : r[6]]);
  return { letters, log };
}

describe('checkDeadlines under faults', () => {
  test('a failure at any service call, then the next run, ends with the same outbox as a run without faults', () => {
    const clean = scenario();
    clean.run('checkDeadlines');
    const expected = outbox(clean);
    expect(expected.letters).toHaveLength(6);
    expect(expected.log.map((r) => `${r[4]} ${r[5]}`)).toEqual([
      'Nhắc hạn|tam-xuan-1|2016-09-09 Bỏ qua',
      'Nhắc hạn|tam-xuan-1|2016-09-11 Bỏ qua',
      'Quá hạn|tam-xuan-1|2016-09-13 Đã gửi',
      'Nhắc hạn|tam-tien|2016-09-09 Bỏ qua',
      'Nhắc hạn|tam-tien|2016-09-11 Bỏ qua',
      'Quá hạn|tam-tien|2016-09-13 Đã gửi',
      'Nhắc hạn|tam-son|2016-09-09 Bỏ qua',
      'Nhắc hạn|tam-son|2016-09-11 Bỏ qua',
      'Quá hạn|tam-son|2016-09-13 Đã gửi',
      'Tổng hợp|van-phong|2016-09-13 Đã gửi',
      'Tổng hợp|cb-01|2016-09-13 Đã gửi',
      'Tổng hợp|cb-03|2016-09-13 Đã gửi',
    ]);
    // Each cadre's digest names only their own units.
    const binh = clean.mail.sent.find((m) => m.to === 'nguyenvanbinh.hd@example.org')!;
    expect(binh.body).toMatch(/Tam Xuân I/);
    expect(binh.body).toMatch(/Tam Tiến/);
    expect(binh.body).not.toMatch(/Tam Sơn/);
    const calls = clean.calls.total();
    const failures: { index: number; call: string; got: unknown }[] = [];
    for (let index = 0; index < calls; index++) {
      const emu = scenario();
      emu.faults.failAt(index);
      try {
        emu.run('checkDeadlines');
      } catch {
        // The run died: the trigger shows a failed execution; tomorrow's run (here: at once) goes on.
      }
      emu.faults.clear();
      emu.run('checkDeadlines');
      const got = outbox(emu);
      if (JSON.stringify(got) !== JSON.stringify(expected)) failures.push({ index, call: clean.calls.log[index], got });
    }
    expect(failures).toEqual([]);
    // The same day again sends nothing.
    const sent = clean.mail.sent.length;
    clean.run('checkDeadlines');
    expect(clean.mail.sent).toHaveLength(sent);
  });
});

describe('the cadres’ digests within the mail quota', () => {
  test('past the day’s quota a cadre’s digest is logged Hoãn and goes the next day, once', () => {
    // 7 recipients: three overdue notices (unit + cadre each) and the office's digest fit; the cadres' two do not.
    const emu = emulatorWithHands({ now: '2016-09-13T07:30:00+07:00', mailQuota: 7 });
    setUp(emu, smallCampaign(['tam-son', 'tam-xuan-1', 'tam-tien']));
    emu.run('checkDeadlines');
    const digests = () => emu.values('Nhật ký gửi').slice(1).filter((r) => r[1] === 'Tổng hợp').map((r) => `${r[5]} ${r[6]}`);
    expect(digests()).toEqual(['Tổng hợp|van-phong|2016-09-13 Đã gửi', 'Tổng hợp|cb-01|2016-09-13 Hoãn', 'Tổng hợp|cb-03|2016-09-13 Hoãn']);
    expect(emu.mail.sent).toHaveLength(4);
    emu.clock.advanceTo('2016-09-14T08:00:00+07:00');
    expect(digests()).toEqual(['Tổng hợp|van-phong|2016-09-13 Đã gửi', 'Tổng hợp|cb-01|2016-09-13 Đã gửi', 'Tổng hợp|cb-03|2016-09-13 Đã gửi']);
    expect(emu.mail.sent.slice(4).map((m) => m.to)).toEqual(['nguyenvanbinh.hd@example.org', 'leminhtuan.hd@example.org']);
    // Keyed by its scheduled day, written with the figures of the day it goes, as the office's digest is.
    expect(emu.mail.sent[4].subject).toContain('đến ngày 14/09/2016');
  });
});
