import { readFileSync } from 'node:fs';
import type { Emulator } from '../../local/emulator';
import { DEFAULT_CAMPAIGN } from '../../src/domain/defaultCampaign';
import type { Unit } from '../../src/domain/campaign';
import { buildDocxBody } from '../fixtures/docx';
import { buildEmlText } from '../fixtures/eml';
import { submitCadreReport } from './cadreFormHarness';
import { submitInvitationResponse } from './formHarness';
import { BUNDLE, newEmulator } from './harness';

/**
 * Issue 17's month of visits, September 2016, as a list of timed steps (local time in Hồ Chí
 * Minh): units invite their cadre by email (typed, or a Word file), the office types one, a unit
 * moves its meeting and another calls its meeting off; another answers the units' form's invitation page; the polls
 * pass each change to the cadre, remind them on the eve and ask for the report after; the cadres
 * reply or answer the cadres' form, one late and chased twice; the office follows a proposal to
 * `Đã giải quyết`. The two form channels are in `formPageInvitationSteps` and `cadreFormReportSteps`.
 */
export const OFFICE = DEFAULT_CAMPAIGN.officeEmail;
const UNIT_IDS = ['tam-tra', 'tam-son', 'tam-hai', 'tam-hoa', 'tam-tien'];
export const MONTH_CAMPAIGN = {
  ...DEFAULT_CAMPAIGN,
  units: DEFAULT_CAMPAIGN.units.filter((u) => UNIT_IDS.includes(u.id)),
  pilots: DEFAULT_CAMPAIGN.pilots.filter((p) => UNIT_IDS.includes(p.unit)),
};
/** 06/09/2016 08:00 in Hồ Chí Minh: setup, the day before the first invitation. */
export const MONTH_START = '2016-09-06T08:00:00+07:00';
/** The end of the last day played: the month's visits are over and reported by then. */
export const MONTH_END = '2016-09-20T23:00';

export interface MonthStep {
  /** Local `YYYY-MM-DDTHH:mm`. */
  at: string;
  name: string;
  /** A person's action in the sidebar (clicked again if it fails), or the office's poll. */
  kind: 'mail' | 'poll' | 'office';
  /** The run sends a letter to a cadre (or the cadre's receipt): the runs faulted in turn. */
  letters?: boolean;
  run(emu: Emulator): void;
}

const unit = (id: string): Unit => MONTH_CAMPAIGN.units.find((u) => u.id === id)!;
export const cadreEmail = (id: string): string => DEFAULT_CAMPAIGN.cadres.find((c) => c.id === unit(id).cadre)!.email!;
const cadreName = (id: string): string => DEFAULT_CAMPAIGN.cadres.find((c) => c.id === unit(id).cadre)!.name;
const rfc = (local: string) => new Date(`${local}:00+07:00`).toUTCString();

function deliver(emu: Emulator, from: string, id: string, at: string, subject: string, text: string, attachments?: { name: string; bytes: Uint8Array }[]): void {
  emu.gmail.deliver(buildEmlText({ from, to: OFFICE, messageId: `<${id}@month.example.org>`, subject, date: rfc(at), text, attachments }));
}

const typed = (id: string, chapter: string, clock: string, day: string, place: string, agenda: string) =>
  `GIẤY MỜI\nBan Thường vụ ${unit(id).name} trân trọng kính mời đồng chí ${cadreName(id)} dự sinh hoạt ${chapter} vào lúc ${clock} ngày ${day} tại ${place}.\nNội dung: ${agenda}.`;

const fromUnit = (id: string) => `${unit(id).name} <${unit(id).emails[0]}>`;
const fromCadre = (id: string) => `${cadreName(id)} <${cadreEmail(id)}>`;
const mail = (at: string, name: string, send: (emu: Emulator) => void): MonthStep => ({ at, name, kind: 'mail', run: send });
const poll = (at: string, name: string, letters = true): MonthStep => ({ at, name, kind: 'poll', letters, run: (emu) => void emu.run('pollMailbox') });
const reportSubject = (code: string, chapter: string, id: string) => `Re: Đề nghị báo cáo kết quả đi cơ sở ${code} – ${chapter}, ${unit(id).name}`;

/**
 * The form page's invitation (the units' Google Form, helper "formpage"): its steps go here, an
 * invitation answered on the form, then the poll or onFormSubmit that records it.
 */
export function formPageInvitationSteps(): MonthStep[] {
  return [
    {
      at: '2016-09-11T10:05',
      name: 'Tam Hòa invites on the units\' form (Mời dự from its submit trigger)',
      kind: 'mail',
      letters: true,
      run: (emu) =>
        void submitInvitationResponse(emu, { unitId: 'tam-hoa', chapter: 'Chi đoàn thôn Bích Ngọc', day: '2016-09-18', time: '07:30', place: 'Sân bóng thôn Bích Ngọc', agenda: 'Ra quân Ngày Chủ nhật xanh' }),
    },
  ];
}

/**
 * The cadre's report on the form "Báo cáo kết quả đi cơ sở" from the pre-filled link (helper
 * "cadreform"): its steps go here, after the meeting it reports.
 */
export function cadreFormReportSteps(): MonthStep[] {
  return [
    {
      at: '2016-09-17T10:00',
      name: 'Hà reports on the cadres\' form (Xác nhận from its submit trigger)',
      kind: 'mail',
      letters: true,
      run: (emu) =>
        void submitCadreReport(emu, { visitId: 'DCS-160916-01', attended: true, result: 'Chi đoàn sinh hoạt sôi nổi.', practice: 'Đội thanh niên giữ vệ sinh bãi biển.', difficulties: '', proposal: '' }),
    },
  ];
}

const HAI = (clock: string) => typed('tam-hai', 'Chi đoàn thôn Đông Xuân', clock, '16/9/2016', 'Hội trường thôn Đông Xuân', 'Sinh hoạt chủ điểm tháng 9');

export function monthSteps(): MonthStep[] {
  const steps: MonthStep[] = [
    mail('2016-09-07T09:20', 'Tam Hải invites by a typed email', (emu) => deliver(emu, fromUnit('tam-hai'), 'hai-1', '2016-09-07T09:20', 'Giấy mời dự sinh hoạt Chi đoàn', HAI('19 giờ 30'))),
    poll('2016-09-07T09:30', 'Mời dự to Hà'),
    {
      at: '2016-09-08T10:30',
      name: 'the office types Tam Tiến\'s invitation (Mời dự at once)',
      kind: 'office',
      letters: true,
      run: (emu) => void emu.run('submitInvitation', { unitId: 'tam-tien', chapter: 'Chi đoàn thôn Bích An', date: '13/09/2016', time: '19:30', place: 'Nhà văn hóa thôn Bích An', agenda: 'Sinh hoạt chủ điểm tháng 9' }),
    },
    mail('2016-09-09T15:10', 'Tam Sơn invites with a Word file', (emu) =>
      deliver(emu, fromUnit('tam-son'), 'son-1', '2016-09-09T15:10', 'Giay moi sinh hoat Chi doan', 'Doan xa Tam Son gui dong chi giay moi (tep dinh kem).', [
        {
          name: 'giay-moi.docx',
          bytes: buildDocxBody(['ĐOÀN XÃ TAM SƠN', 'GIẤY MỜI', `Kính mời đồng chí ${cadreName('tam-son')} về dự sinh hoạt Chi đoàn Thuận Yên Đông`, 'Thời gian: lúc 19 giờ 00 ngày 14/9/2016', 'Địa điểm: Nhà sinh hoạt cộng đồng thôn Thuận Yên Đông', 'Nội dung: Sinh hoạt Chi đoàn làm điểm']),
        },
      ]),
    ),
    poll('2016-09-09T15:20', 'Mời dự to Tuấn'),
    mail('2016-09-10T08:00', 'Tam Trà invites by a typed email', (emu) =>
      deliver(emu, fromUnit('tam-tra'), 'tra-1', '2016-09-10T08:00', 'Giấy mời', typed('tam-tra', 'Chi đoàn thôn Xuân Thọ', '19 giờ 30', '15/9/2016', 'Nhà văn hóa thôn Xuân Thọ', 'Triển khai Nghị quyết 04-NQ/ĐTN; kết nạp đoàn viên mới')),
    ),
    poll('2016-09-10T08:10', 'Mời dự to Oanh'),
    ...formPageInvitationSteps(),
    mail('2016-09-12T16:40', 'Tam Hải moves its meeting to 20:00', (emu) => deliver(emu, fromUnit('tam-hai'), 'hai-2', '2016-09-12T16:40', 'Giấy mời (thay đổi giờ)', HAI('20 giờ 00'))),
    poll('2016-09-12T16:50', 'the event moved, Hà told'),
    poll('2016-09-12T18:00', 'Nhắc dự to Bình'),
    poll('2016-09-13T18:00', 'Nhắc dự to Tuấn'),
    poll('2016-09-13T22:00', 'Nhắc báo cáo to Bình'),
    mail('2016-09-14T08:30', 'Bình did not attend', (emu) => deliver(emu, fromCadre('tam-tien'), 'tien-report', '2016-09-14T08:30', reportSubject('DCS-160913-01', 'Chi đoàn thôn Bích An', 'tam-tien'), 'khong du vi trung lich hop Ban Thuong vu')),
    // The cadres' receipts: each report's poll is faulted call by call in visitsReport.test.ts.
    poll('2016-09-14T08:40', 'Bình\'s receipt', false),
    mail('2016-09-14T16:15', 'Tam Hòa calls its meeting off', (emu) => deliver(emu, fromUnit('tam-hoa'), 'hoa-2', '2016-09-14T16:15', 'Hoãn sinh hoạt', 'Đoàn xã Tam Hòa xin hoãn buổi sinh hoạt Chi đoàn thôn Bích Ngọc ngày 18/9/2016 do áp thấp nhiệt đới.')),
    poll('2016-09-14T16:20', 'the event deleted, Hà told'),
    poll('2016-09-14T18:00', 'Nhắc dự to Oanh'),
    poll('2016-09-14T21:10', 'Nhắc báo cáo to Tuấn'),
    poll('2016-09-15T18:00', 'Nhắc dự to Hà'),
    poll('2016-09-15T21:40', 'Nhắc báo cáo to Oanh'),
    mail('2016-09-16T09:10', 'Oanh reports by reply', (emu) =>
      deliver(
        emu,
        fromCadre('tam-tra'),
        'tra-report',
        '2016-09-16T09:10',
        reportSubject('DCS-160915-01', 'Chi đoàn Xuân Thọ', 'tam-tra'),
        'Kết quả: Chi đoàn sinh hoạt đông đủ, kết nạp 3 đoàn viên.\nMô hình hay: Tủ sách thanh niên ở nhà văn hóa thôn.\nKhó khăn, kiến nghị: thiếu kinh phí sinh hoạt.',
      ),
    ),
    poll('2016-09-16T09:20', 'Oanh\'s receipt', false),
    poll('2016-09-16T22:10', 'Nhắc báo cáo to Hà'),
    {
      at: '2016-09-17T09:00',
      name: 'the office: Đang giải quyết (Oanh told at once)',
      kind: 'office',
      letters: true,
      run: (emu) => void emu.run('setProposalStatus', 'DCS-160915-01', 'Đang giải quyết', 'Đã đề nghị Phòng Văn hóa hỗ trợ'),
    },
    ...cadreFormReportSteps(),
    poll('2016-09-18T07:00', 'Nhắc báo cáo lần 2 to Tuấn, the office in copy'),
    mail('2016-09-18T15:30', 'Tuấn reports late', (emu) =>
      deliver(emu, fromCadre('tam-son'), 'son-report', '2016-09-18T15:30', reportSubject('DCS-160914-01', 'Chi đoàn Thuận Yên Đông', 'tam-son'), 'Kết quả: Chi đoàn làm điểm sinh hoạt đúng nội dung.\nKhó khăn, kiến nghị: nhà sinh hoạt xuống cấp.'),
    ),
    poll('2016-09-18T15:40', 'Tuấn\'s receipt', false),
    {
      at: '2016-09-19T15:00',
      name: 'the office: Đã giải quyết (Oanh told at once)',
      kind: 'office',
      letters: true,
      run: (emu) => void emu.run('setProposalStatus', 'DCS-160915-01', 'Đã giải quyết', ''),
    },
    poll('2016-09-20T20:00', 'the month\'s last poll: nothing more', false),
  ];
  return steps.sort((a, b) => a.at.localeCompare(b.at));
}

/**
 * A month's emulator, set up on 01/09. `triggers: false` removes the time-driven triggers (as one
 * would in the script editor), so the steps' own polls stand for them: what the fault runs use,
 * each run of a step then its next poll, without the month's other 4 000 polls.
 */
export function monthEmulator(options: { triggers: boolean }): Emulator {
  const code = `${readFileSync(BUNDLE, 'utf8')}
function stopTimeTriggers() {
  ScriptApp.getProjectTriggers().forEach(function (t) { if (t.getEventType() === ScriptApp.EventType.CLOCK) ScriptApp.deleteTrigger(t); });
}`;
  const emu = newEmulator({ code, now: MONTH_START });
  const outcome = emu.run('setupFromCampaign_', JSON.stringify(MONTH_CAMPAIGN)) as { kind: string };
  if (outcome.kind !== 'created') throw new Error(`setup: ${JSON.stringify(outcome)}`);
  if (!options.triggers) emu.run('stopTimeTriggers');
  return emu;
}

const local = (at: string) => new Date(`${at}:00+07:00`);

/** A letter-sending run's calls, as the clean month counted them. */
export interface RunCalls {
  total: number;
  /** The first call of the lock section that writes to a cadre (calendar or mail): where the faults start. */
  from: number;
  /** The end of the section that wrote the last letter (its lock released): what follows sends nothing. */
  to: number;
}

const LETTER_CALL = /^(CalendarApp|Calendar|CalendarEvent|MailApp\.sendEmail|GmailApp\.sendEmail)/;

function runCalls(log: readonly string[]): RunCalls {
  const first = log.findIndex((call) => LETTER_CALL.test(call));
  if (first < 0) return { total: log.length, from: 0, to: log.length };
  const lock = log.slice(0, first).lastIndexOf('Lock.tryLock');
  const last = log.length - 1 - [...log].reverse().findIndex((call) => LETTER_CALL.test(call));
  const release = log.indexOf('Lock.releaseLock', last);
  return { total: log.length, from: Math.max(0, lock), to: release < 0 ? log.length : release + 1 };
}

/**
 * Plays the steps in time order. With `faultAt`, each letter-sending run fails at that service
 * call counted from the start of its lock section that writes to the cadre (`from`, from the clean
 * run's `calls`); a poll that died is followed by the next poll, an office action that failed is
 * clicked again, as the trigger and the clerk do.
 */
export function playMonth(emu: Emulator, steps: readonly MonthStep[], options: { faultAt?: number; calls?: Map<number, RunCalls> } = {}): void {
  steps.forEach((step, index) => {
    if (local(step.at).getTime() > emu.clock.now().getTime()) emu.clock.advanceTo(local(step.at));
    const known = options.calls?.get(index);
    const at = options.faultAt !== undefined && known ? known.from + options.faultAt : -1;
    const faulted = step.letters === true && at >= 0 && known !== undefined && at < known.to;
    emu.calls.reset();
    if (faulted) emu.faults.failAt(at);
    let failed = false;
    try {
      step.run(emu);
    } catch (error) {
      if (!faulted) throw error;
      failed = true;
    }
    emu.faults.clear();
    if (step.letters && options.faultAt === undefined && options.calls) options.calls.set(index, runCalls(emu.calls.log));
    if (!faulted) return;
    if (failed && step.kind === 'office') step.run(emu);
    emu.run('pollMailbox');
  });
  if (local(MONTH_END).getTime() > emu.clock.now().getTime()) emu.clock.advanceTo(local(MONTH_END));
}
