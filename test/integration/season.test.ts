import { createEmulator, type Emulator } from '../../local/emulator';
import { DEFAULT_CAMPAIGN } from '../../src/domain/defaultCampaign';
import type { PaperEntry } from '../../src/domain/paperEntry';
import { lockMessages } from '../../src/app/messages';
import { buildEmlText } from '../fixtures/eml';
import { answerFor } from './formHarness';
import { BUNDLE, CAMPAIGN_START } from './harness';

/**
 * A whole season on dist/Code.js, as Apps Script would run it: the shipped manifest's scopes, the
 * planning costs, the office account owning the triggers and a clerk using the sidebar with her own
 * account, and executions that overlap (a form response and a paper entry arriving while a slow
 * poll runs). It ends with every submission recorded once and every letter sent once.
 */
const OFFICE = DEFAULT_CAMPAIGN.officeEmail;
const CLERK = 'van.thu.huyendoan@example.org';
const UNITS = DEFAULT_CAMPAIGN.units;
const PERIOD_LABELS = ['năm 2015', '6 tháng đầu năm 2016'];
const RATINGS = ['Vững mạnh', 'Khá', 'Trung bình', 'Yếu'];
const ict = (iso: string) => Date.parse(`${iso}+07:00`);

const byEmail = UNITS.slice(0, 8);
const byForm = UNITS.slice(8, 15);
const byPaper = UNITS.slice(15, 18);
const silent = UNITS.slice(18);

function tableText(unit: (typeof UNITS)[number]): string {
  const lines = [unit.name.toUpperCase(), 'Bảng xếp loại Chi đoàn'];
  unit.chapters.forEach((c, i) =>
    lines.push(`${i + 1}. ${c}: ${PERIOD_LABELS[0]} ${RATINGS[i % 4]}; ${PERIOD_LABELS[1]} ${RATINGS[(i + 1) % 4]}`),
  );
  lines.push(`Đăng ký xây dựng Chi đoàn mạnh: ${unit.chapters[0]}`, `Đăng ký hỗ trợ: ${unit.chapters[unit.chapters.length - 1]}`);
  return lines.join('\n');
}

function mailFrom(unit: (typeof UNITS)[number], n: number, date: string): string {
  const address = unit.emails[0]!;
  return buildEmlText({
    from: `${unit.name} <${address}>`,
    to: `${DEFAULT_CAMPAIGN.office} <${OFFICE}>`,
    subject: `Bảng xếp loại Chi đoàn ${unit.short}`,
    messageId: `<season-${unit.id}-${n}@example.org>`,
    date,
    text: tableText(unit),
  });
}

function paperEntry(unit: (typeof UNITS)[number], entryId: string, receivedOn: string): PaperEntry {
  return {
    entryId,
    receivedOn,
    note: 'Phiếu giấy nộp tại Văn phòng',
    notify: true,
    chapters: unit.chapters.map((name, i) => ({
      name,
      isNew: false,
      ratings: { '2015': RATINGS[(i + 2) % 4]!, '2016-H1': RATINGS[(i + 3) % 4]! },
      registration: i === 0 ? 'Xây dựng Chi đoàn mạnh' : i === unit.chapters.length - 1 ? 'Hỗ trợ' : '',
      members: 20 + i,
    })),
  };
}

/**
 * The clerk sends a paper entry from the sidebar; told the system is busy, she clicks again two
 * minutes later (the page keeps what she typed until the server confirms it).
 */
function clerkTypes(emu: Emulator, at: number, unit: (typeof UNITS)[number], entryId: string, day: string, attempts: string[]): void {
  emu.schedule(at, () => {
    try {
      emu.runAs({ user: CLERK }, 'submitPaperEntry', unit.id, paperEntry(unit, entryId, day));
    } catch (e) {
      attempts.push(String((e as Error).message));
      if ((e as Error).message !== lockMessages.busy) throw e;
      clerkTypes(emu, emu.clock.now().getTime() + 120_000, unit, entryId, day, attempts);
    }
  });
}

/** The next poll after `t`, from the installed 10-minute trigger. */
function nextPoll(emu: Emulator, t: number): number {
  const poll = emu.triggers().find((x) => x.handler === 'pollMailbox');
  if (!poll?.nextRun) throw new Error('no poll trigger');
  let at = poll.nextRun.getTime();
  while (at <= t) at += 10 * 60_000;
  return at;
}

describe('a season under the platform’s rules', () => {
  test('setup, mail, form responses, paper entries and deadline checks overlap, and everything is recorded and answered once', () => {
    const emu = createEmulator({ bundlePath: BUNDLE, now: CAMPAIGN_START, user: OFFICE, editors: [CLERK] });
    const setup = emu.run('setupFromCampaign_', '') as { kind: string };
    expect(setup.kind).toBe('created');
    // A clerk clicks setup again from her own account while the form is still being finished.
    emu.schedule(emu.clock.now().getTime() + 60_000, () => emu.runAs({ user: CLERK }, 'setupFromCampaign_', ''));

    // Mail through the first week, one message per unit.
    byEmail.slice(0, 5).forEach((unit, i) => {
      const at = ict(`2016-08-29T${String(8 + i).padStart(2, '0')}:1${i}:00`);
      emu.schedule(at, () => emu.gmail.deliver(mailFrom(unit, 1, new Date(at).toUTCString())));
    });
    // Form responses during the second week.
    byForm.forEach((unit, i) => {
      emu.schedule(ict(`2016-09-0${1 + (i % 5)}T1${i % 10}:05:00`), () => void answerFor(emu, unit.name, unit.emails[0]!));
    });
    // A paper entry typed by the clerk.
    const refused: string[] = [];
    clerkTypes(emu, ict('2016-09-06T09:30:00'), byPaper[0]!, 'paper-0001', '2016-09-06', refused);

    emu.clock.advanceTo(new Date(ict('2016-09-07T09:00:00')));

    // A slow service day: three units email just before a poll, which then takes minutes; a form
    // response arrives a minute into it and the clerk types a paper entry 90 s in.
    const pollAt = nextPoll(emu, ict('2016-09-07T09:30:00'));
    emu.clock.advanceTo(new Date(pollAt - 60_000));
    emu.setCosts({ scale: 8 }); // a slow day on Google's side: every call eight times its planning cost
    const slowDay = [...byEmail.slice(5).map((u) => [u, 1] as const), ...byEmail.flatMap((u) => [[u, 2], [u, 3], [u, 4]] as const)];
    slowDay.forEach(([unit, n], i) => emu.gmail.deliver(mailFrom(unit, n, new Date(pollAt - 60_000 + i * 1000).toUTCString())));
    emu.schedule(pollAt + 60_000, () => void answerFor(emu, byForm[0]!.name, byForm[0]!.emails[0]!));
    clerkTypes(emu, pollAt + 90_000, byPaper[1]!, 'paper-0002', '2016-09-07', refused);
    emu.clock.advanceTo(new Date(pollAt + 30 * 60_000));
    emu.setCosts({}); // the planning costs again
    clerkTypes(emu, ict('2016-09-08T14:00:00'), byPaper[2]!, 'paper-0003', '2016-09-08', refused);
    // The clerk sends the same entry again (its answer was lost): recorded once.
    clerkTypes(emu, ict('2016-09-08T14:01:00'), byPaper[2]!, 'paper-0003', '2016-09-08', refused);
    emu.clock.advanceTo(new Date(ict('2016-09-20T23:59:00')));

    // Every submission recorded once: 32 emails (24 corrections), 8 form responses (one unit sent twice), 3 paper entries (one retried).
    const log = emu.values('Nhật ký nhận');
    const head = log[0]!.map(String);
    const col = (name: string) => head.indexOf(name);
    const rows = log.slice(1);
    const keys = rows.map((r) => String(r[col('Mã')]));
    expect(new Set(keys).size).toBe(keys.length);
    const bySource = (source: string) => rows.filter((r) => r[col('Nguồn')] === source).length;
    expect([bySource('Email'), bySource('Form'), bySource('Thủ công')]).toEqual([32, 8, 3]);
    expect(rows.map((r) => r[col('Trạng thái')])).toEqual(rows.map(() => 'Đã ghi'));
    // Every letter sent once: a receipt per submission, reminders and overdue notices only to units still missing something.
    const outbox = emu.values('Nhật ký gửi');
    const out = outbox[0]!.map(String);
    const letters = outbox.slice(1).map((r) => ({ kind: String(r[out.indexOf('Loại')]), key: String(r[out.indexOf('Khóa')]), status: String(r[out.indexOf('Trạng thái')]) }));
    expect(new Set(letters.map((l) => l.key)).size).toBe(letters.length);
    expect(letters.filter((l) => l.status !== 'Đã gửi')).toEqual([]);
    expect(letters.filter((l) => l.kind === 'Xác nhận')).toHaveLength(43);
    const answered = UNITS.filter((u) => !silent.includes(u));
    for (const unit of silent) expect(letters.some((l) => l.kind === 'Quá hạn' && l.key.includes(unit.id))).toBe(true);
    for (const unit of answered) expect(letters.some((l) => l.kind === 'Quá hạn' && l.key.includes(unit.id))).toBe(false);
    // The form response and the paper entry really overlapped the slow poll.
    const slowPoll = emu.executions.find((e) => e.fn === 'pollMailbox' && e.start.getTime() === pollAt)!;
    const during = emu.executions.filter((e) => e !== slowPoll && e.start.getTime() > pollAt && e.start.getTime() < slowPoll.end.getTime());
    expect(during.map((e) => [e.fn, e.user])).toEqual(expect.arrayContaining([['onFormSubmit', OFFICE], ['submitPaperEntry', CLERK]]));
    // Still running when the paper entry came, 90 s in (each message read whole in one call and at most 30 of them listed, whole threads, it still takes that long at eight times the planning costs).
    expect(slowPoll.end.getTime() - pollAt).toBeGreaterThan(90_000);
    // Nothing touched shared state outside the lock. The only failures are the busy refusals the clerk
    // was shown (and clicked again) and form submits left to the poll, which recorded them above.
    expect(emu.races).toEqual([]);
    expect(emu.scheduledErrors).toEqual([]);
    expect(refused.every((m) => m === lockMessages.busy)).toBe(true);
    const failures = emu.executions.filter((e) => e.error).map((e) => `${e.fn}: ${e.error}`);
    expect(failures.filter((f) => !f.startsWith('submitPaperEntry: ') && !f.startsWith('onFormSubmit: '))).toEqual([]);
    expect(failures.filter((f) => f.startsWith('submitPaperEntry: '))).toHaveLength(refused.length);
    for (const f of failures.filter((x) => x.startsWith('onFormSubmit: '))) expect(f).toContain(lockMessages.formDeferred);
  });
});
