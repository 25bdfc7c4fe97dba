import type { Campaign } from '../../domain/campaign';
import { proposalToTell } from '../../domain/proposals';
import { DEFAULT_REPORT_DAYS, mayChase, reportChaseDue } from '../../domain/visitReport';
import { keyDay, meetingEnd, remindDue, type Visit } from '../../domain/visits';
import type { CalendarPort, MeetingEvent } from '../../gas/calendar';
import { isPermissionError } from '../../gas/errors';
import type { MailPort, OutgoingMail } from '../../gas/mail';
import { visitLetter, type VisitLetterKind } from '../../ui/email/invitation';
import { invitationText } from '../../ui/email/invitationMessages';
import { SHEET } from '../../workbook/layout';
import { readOutboxIndex, RETRIED_OUTBOX_STATUSES } from '../../workbook/logs';
import { loadCampaign, openSheets, type WorkbookSheets } from '../../workbook/sheets';
import { readVisits, writeVisits, VISITS_SHEET, type VisitBook } from '../../workbook/visitsSheet';
import { monthlySettingsOf, readMonthlySettings, summarizeMonthsIn } from './monthlySummary';
import { sendKeyed, type OutboxContext } from '../notices/notices';
import type { VisitClock } from './recordInvitation';
import { addPilotRows } from './pilotRows';
import { tellProposals } from './proposalNotices';
import { chaseReports } from './reportChase';
import { cadreOfVisit } from './visitCadre';
import { visitMessages } from './visitMessages';

const DAY_MS = 86_400_000;

export interface VisitSyncDeps {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  mail: MailPort;
  calendar: CalendarPort;
  clock: VisitClock;
  /** Local hour (0–23) of an instant in a time zone. */
  localHour: (date: Date, timeZone: string) => number;
  /** The cadres' form's template link for `Nhắc báo cáo` (reportChase.ts), read only when a chase is due. */
  reportForm?: () => string | null;
}

export interface VisitSyncRun {
  /** Visits whose calendar event and `Mời dự` letter now reflect the row. */
  synced: number;
  reminded: number;
  /** `Nhắc báo cáo` letters sent. */
  chased: number;
  /** Letters telling a cadre the office moved their proposal on. */
  proposals: number;
  /** Visits left for the next run, with why. */
  problems: string[];
}

/**
 * The visits pass, run by the office's poll under the script lock: every row whose version the
 * cadre has not heard of gets its calendar event made, changed or deleted and one `Mời dự|<Mã>|<version>`
 * letter; on the eve of a meeting (from 17:00) the cadre gets one `Nhắc dự|<Mã>|<day>`, and after it
 * the `Nhắc báo cáo` letters (reportChase.ts). The rows'
 * bookkeeping is written once at the end. Every step can be redone: a run that dies after making
 * the event finds it by the `Mã` in its description, and the outbox row keeps each letter to one.
 * Then `Đi cơ sở theo tháng` from the rows as the pass left them, written only when a figure changed.
 */
export function syncVisitsIn(deps: VisitSyncDeps): VisitSyncRun | { errors: string[] } {
  const sheets = openSheets(deps.ss);
  const sheet = sheets.get(VISITS_SHEET);
  if (!sheet) return { synced: 0, reminded: 0, chased: 0, proposals: 0, problems: [] };
  const book = readVisits(sheet);
  // The campaign read at most once, by the pass or for the monthly summary.
  let loaded: ReturnType<typeof loadCampaign> | null = null;
  const campaignOnce = () => (loaded ??= loadCampaign(sheets));
  const run = passVisits(deps, sheets, book, campaignOnce);
  // Then `Đi cơ sở theo tháng` from the rows as the pass left them (monthlySummary.ts).
  try {
    summarizeMonthsIn(sheets, sheet, book.visits, deps.clock, () => {
      if (loaded) return loaded.ok ? monthlySettingsOf(loaded.campaign) : null;
      return readMonthlySettings(sheets);
    });
  } catch (error) {
    if (isPermissionError(error)) throw error;
    // A summary that could not be written is written by the next pass; the poll goes on.
    console.warn(`visits pass: ${visitMessages.summaryFailed(error instanceof Error ? error.message : String(error))}`);
  }
  return run;
}

function passVisits(deps: VisitSyncDeps, sheets: WorkbookSheets, book: VisitBook, campaignOnce: () => ReturnType<typeof loadCampaign>): VisitSyncRun | { errors: string[] } {
  const run: VisitSyncRun = { synced: 0, reminded: 0, chased: 0, proposals: 0, problems: [] };
  // A pilot's planned row (`Dự kiến`) has no meeting yet: no event, no letter until an invitation adopts it.
  const pending = book.visits.map((visit, index) => ({ visit, index })).filter(({ visit }) => visit.key && visit.status !== 'Dự kiến' && visit.version > visit.syncedVersion);
  const now = deps.clock.now();
  // The campaign is read only when there is something to do: a meeting to pass on, or one within two days.
  const soon = book.visits.some((visit) => visit.status === 'Đã mời' && visit.start.getTime() > now.getTime() && visit.start.getTime() - now.getTime() <= 2 * DAY_MS);
  const chase = book.visits.some((visit) => mayChase(visit, now.getTime()));
  const told = book.visits.some((visit) => proposalToTell(visit) !== null);
  if (pending.length === 0 && !soon && !chase && !told) return run;
  const campaignResult = campaignOnce();
  if (!campaignResult.ok) return { errors: campaignResult.errors };
  const { campaign } = campaignResult;
  // Pilots the office added in `Cấu hình` since setup get their planned rows, written with the rest.
  const changed = new Set<number>();
  addPilotRows(book, campaign, changed);
  const today = deps.clock.localDay(now, campaign.timeZone);
  const hour = deps.localHour(now, campaign.timeZone);
  const dueReminders = book.visits.filter((visit) => visit.version === visit.syncedVersion && remindDue(visit, today, hour));
  const reportDays = campaign.visits?.reportDays ?? DEFAULT_REPORT_DAYS;
  const dueChases = book.visits.some((visit) => reportChaseDue(visit, now.getTime(), today, reportDays) !== null);
  const idle = pending.length === 0 && dueReminders.length === 0 && !dueChases && !told;
  const outboxSheet = idle ? undefined : sheets.get(SHEET.outboxLog);
  if (!outboxSheet) {
    writeVisits(book, changed);
    return run;
  }
  const outbox: OutboxContext = { outboxSheet, outbox: readOutboxIndex(outboxSheet), mail: deps.mail, now: deps.clock.now };
  for (const { visit, index } of pending) {
    try {
      const done = syncOne(deps, campaign, outbox, visit);
      book.visits[index] = done.visit;
      changed.add(index);
      if (done.told) run.synced++;
      else run.problems.push(done.problem);
    } catch (error) {
      if (isPermissionError(error)) throw error;
      // One visit's failure leaves it for the next run; the others go on.
      run.problems.push(visitMessages.calendarFailed(visit.id, error instanceof Error ? error.message : String(error)));
    }
  }
  for (const visit of dueReminders) {
    const key = `Nhắc dự|${visit.id}|${keyDay(visit.key)}`;
    const logged = outbox.outbox.status.get(key);
    if (logged && !RETRIED_OUTBOX_STATUSES.includes(logged)) continue;
    const mail = letterTo(deps, campaign, visit, 'remind');
    if (!mail) continue;
    if (sendKeyed(outbox, 'Nhắc dự', key, mail) === 'sent') run.reminded++;
  }
  const quota = { remaining: dueChases || told ? deps.mail.remainingRecipients() : 0 };
  if (dueChases) run.chased = chaseReports({ clock: deps.clock, quota, reportForm: deps.reportForm?.() ?? null }, campaign, outbox, book, changed, now, today);
  if (told) run.proposals = tellProposals({ clock: deps.clock, quota }, campaign, outbox, book, changed);
  writeVisits(book, changed);
  // Left for the next poll, which tries again; said in the execution log for whoever looks.
  if (run.problems.length) console.warn(`visits pass: ${run.problems.join(' | ')}`);
  return run;
}

type SyncResult = { visit: Visit; told: true } | { visit: Visit; told: false; problem: string };

function syncOne(deps: VisitSyncDeps, campaign: Campaign, outbox: OutboxContext, visit: Visit): SyncResult {
  const neverTold = visit.syncedVersion === 0;
  const cancelled = visit.status === 'Hủy';
  // A meeting called off before the cadre heard of it: nothing to undo, nothing to tell.
  if (cancelled && neverTold && !visit.eventId) return { visit: { ...visit, syncedVersion: visit.version }, told: true };
  const letter = letterTo(deps, campaign, visit, cancelled ? 'cancelled' : neverTold ? 'new' : 'changed');
  const event = meetingEvent(visit, letter ? letter.to : []);
  const marker = markerOf(visit);
  let eventId = visit.eventId || deps.calendar.findMarked(marker, visit.start, meetingEnd(visit.start)) || '';
  if (cancelled) {
    if (eventId) deps.calendar.remove(eventId);
  } else if (!eventId || !deps.calendar.update(eventId, event)) {
    eventId = deps.calendar.create(event);
  }
  const withEvent = { ...visit, eventId };
  if (!letter) return { visit: { ...withEvent, syncedVersion: visit.version }, told: true };
  const key = `Mời dự|${visit.id}|${visit.version}`;
  const sent = sendKeyed(outbox, 'Mời dự', key, letter);
  if (sent !== 'sent') return { visit: withEvent, told: false, problem: visitMessages.letterFailed(visit.id) };
  return { visit: { ...withEvent, syncedVersion: visit.version }, told: true };
}

/** The visit's `Mã` as its event's description carries it. */
function markerOf(visit: Visit): string {
  return `${invitationText.fieldId}: ${visit.id}`;
}

function meetingEvent(visit: Visit, guests: readonly string[]): MeetingEvent {
  const lines = [visit.agenda && `${invitationText.fieldAgenda}: ${visit.agenda}`, visit.words, markerOf(visit)].filter(Boolean);
  return {
    title: invitationText.eventTitle(visit.chapter, visit.unitName),
    start: visit.start,
    end: meetingEnd(visit.start),
    location: visit.place,
    description: lines.join('\n\n'),
    guests,
  };
}

/** The letter to the unit's cadre; null when the unit has no cadre with an email (the event is made all the same). */
function letterTo(deps: VisitSyncDeps, campaign: Campaign, visit: Visit, kind: VisitLetterKind): OutgoingMail | null {
  const cadre = cadreOfVisit(campaign, visit);
  if (!cadre?.email) return null;
  const email = visitLetter(kind, {
    campaign,
    cadreName: cadre.name,
    id: visit.id,
    unit: visit.unitName,
    chapter: visit.chapter,
    when: deps.clock.format(visit.start, campaign.timeZone, 'dd/MM/yyyy HH:mm'),
    place: visit.place,
    agenda: visit.agenda,
    words: visit.words,
  });
  return { to: [cadre.email], cc: [], email, senderName: campaign.office, replyTo: campaign.officeEmail };
}
