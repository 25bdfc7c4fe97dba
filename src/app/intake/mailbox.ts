import type { Campaign } from '../../domain/campaign';
import { answerRoute, answerSubject } from '../../domain/replyRoute';
import { parseEmail, type ParseReport } from '../../intake';
import { claimsMissingAttachment } from '../../intake/attachmentClaim';
import { ANSWER_TAG, receiptEmail, rejectionEmail, type Email } from '../../ui/email';
import { applySubmission, applyToUnitTab, submissionStamp, type AppliedUnit, type ApplyResult } from '../../workbook/applySubmission';
import { readUnitChapters } from '../../workbook/unitChapters';
import {
  recordOutbox,
  recordOutboxBatch,
  FINAL_INTAKE_STATUSES,
  RETRIED_OUTBOX_STATUSES,
  type OutboxEntry,
  type OutboxIndex,
  type IntakeStatus,
} from '../../workbook/logs';
import type { IntakeIndex } from '../../workbook/intakeIndex';
import { openIntakeWorkbook, unitFormLink, type IntakeWorkbook } from './intakeWorkbook';
import type { WithLock } from '../../gas/lock';
import { findMissedResponses, recordMissedResponses, type MissedResponses, type ReconcileDeps } from '../setup/formReconcile';
import { resumeIntakeRows, unfinishedSubmissions, type ResumeDeps, type UnfinishedRow } from './resumeIntake';
import type { Triage } from './mailTriage';
import { itemsPerTurn } from '../office/lockTurnSize';
import { handleBatch, recordBatchFailure } from './mailBatch';
import { keepGmailTag } from '../../workbook/legacyGmailTag';
import { listingHasRoom, nextBatch, threadLabels } from './mailThreads';
import { parkedItems, readPollReport, recordBusyPoll, recordPollReport, reportChanged, type ParkedItem, type PollReport } from './pollReport';
import { failureMessages, mailboxMessages } from '../messages';
import type { OfficeActionStore } from '../office/officeActions';
import { isMailQuotaError, isPermissionError } from '../../gas/errors';
import { keptLines } from './confirmSubmission';
import type { ChapterBookPort } from './chapterDecisions';
import { withLegacyConverted, type LegacyConverter } from './legacyFiles';
import type { VisitClock } from '../visits/recordInvitation';
import type { ArchivePort } from './archiveAttachments';

/** One received message, as the Gmail adapter hands it over; contents are fetched on demand. */
export interface MailboxMessage {
  gmailId: string;
  /** The RFC Message-ID, the log's key. */
  messageId: string;
  from: string;
  subject: string;
  date: Date;
  /** Every Authentication-Results field, top first (the receiving server's is the topmost of its own). */
  authenticationResults: readonly string[];
  /** The Reply-To header as written; '' without one. */
  replyTo: string;
  link: string;
  /** What the contents say, read before the message's batch takes the lock (withContents). */
  report?: ParseReport;
  /**
   * The thread the listing read it in: a key for the run and the Message-IDs of the thread's
   * messages from others than the office. Absent for a message fetched on its own (find).
   */
  thread?: { id: string; members: readonly string[] };
  /** Why the contents could not be fetched or read (withContents): the batch records it as this message's failed try. */
  failure?: unknown;
  contents(): { plainBody: string; htmlBody: string; attachments: { name: string; contentType: string; size: number; bytes: ArrayLike<number> }[] };
}

export type MailboxLabel = 'done' | 'review';

/** What an answer really went out as: its recipients and subject, as `Nhật ký gửi` logs them. */
export interface SentAnswer {
  to: string;
  subject: string;
}

/** Where the listing is when it asks whether to read the next thread. */
export interface ListingProgress {
  /** Messages read so far, the office's own included. */
  read: number;
  /** Of those, messages from others (what the poll will handle). */
  received: number;
  /** Messages of the next thread. */
  next: number;
}

export interface Listing {
  /** Whole threads' messages from others than the office, a thread's together and oldest first. */
  messages: MailboxMessage[];
  /** Time ran short before every thread found was read: the next poll reads the rest. */
  stoppedEarly: boolean;
}

export interface MailboxPort {
  /**
   * Mail delivered to the office in threads not yet labelled, up to `max` messages cut between
   * threads, the thread waiting longest first; before reading each further thread it asks
   * `canRead` and stops when told no.
   */
  candidates(max: number, canRead: (progress: ListingProgress) => boolean): Listing;
  /** The message with this Message-ID, for the office's review; null when Gmail no longer has it. */
  find(messageId: string): MailboxMessage | null;
  /**
   * The office's replies in the thread quoting one of `quoted` (the submission's code; its
   * Message-ID, which letters of earlier versions quoted), oldest first, as they were sent (a
   * retry must not reply twice).
   */
  earlierReplies(gmailId: string, quoted: readonly string[]): SentAnswer[];
  /**
   * The office's sent letter to `to` quoting one of `quoted` under a subject starting `subjectStart`,
   * from its sent mail (a search): asked only for a letter whose outbox row a dead run left
   * `Đang gửi`, to tell whether it went.
   */
  sentAnswer(to: string, quoted: readonly string[], subjectStart: string): SentAnswer | null;
  /** Replies to the message (In-Reply-To it): Gmail sends it to the message's Reply-To, or to its From without one. */
  reply(message: MailboxMessage, email: Email): SentAnswer;
  /** Sends the answer as a new message to `to` alone, outside the thread. */
  send(to: string, email: Email): SentAnswer;
  /**
   * Labels the threads of these listed messages, a batch at once (the search then skips them),
   * except a thread that received mail since it was listed: that message is not logged yet.
   */
  labelAll(labels: readonly { gmailId: string; label: MailboxLabel }[]): void;
  /** After the office's decision: the thread leaves "to review"; the next poll labels it from the log. */
  resolve(gmailId: string): void;
}

export interface PollDeps {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** The office's mailbox; the campaign names the office address. */
  mailboxFor: (campaign: Campaign) => MailboxPort;
  now: () => Date;
  /** Local YYYY-MM-DD of an instant in a time zone. */
  localDay: (date: Date, timeZone: string) => string;
  /** `HH:mm` of an instant in a time zone. */
  localClock: (date: Date, timeZone: string) => string;
  /** Reported chapters that look like one of the unit's wait there for the office (chapterDecisions.ts). */
  chapterBook: ChapterBookPort;
  /** Milliseconds left before the run must stop to stay clear of the execution limit. */
  timeLeft: () => number;
  /** The script lock, taken for one item at a time. */
  lock: WithLock;
  /** Form responses and paper entries left half-done are finished by the poll too (see resumeIntake.ts). */
  resume: Pick<ResumeDeps, 'mail' | 'formResponse'>;
  /** Form responses no trigger recorded are recorded by the poll (see formReconcile.ts). */
  reconcile: Pick<ReconcileDeps, 'formResponsesSince' | 'store'>;
  /** Where a reply over the day's mail quota waits for a later poll (officeActions.ts, kind `receipt`). */
  actions: OfficeActionStore;
  /** Office 97–2003 attachments are converted (Drive) before they are read (legacyFiles.ts). */
  legacy: LegacyConverter;
  /** Local times of invitations read as instants, and instants shown (app/visits). */
  visitClock: Pick<VisitClock, 'instant' | 'format'>;
  /** Counts the invitations this run wrote to `Đi cơ sở`: the visits pass then runs again after the mail. */
  invitations: { recorded: number };
  /** The office's `Lưu VT` folder, where the files units send are kept (archiveAttachments.ts). */
  archive: ArchivePort;
}

export interface PollOutcome {
  handled: number;
  /** Form responses and paper entries left `Đang xử lý` by a run that died, finished now. */
  resumed: number;
  /** Form responses whose submit trigger failed or never ran, recorded now. */
  recovered: number;
  /** Out of time, or another execution kept the lock: the next poll goes on. */
  stoppedEarly: boolean;
}

/** How a part of the poll ended: `left` items it did not reach, and why (null: it reached them all). */
interface PartEnd {
  left: number;
  reason: PollReport['reason'];
}

const BATCH = 30;
/** Enough for the slowest message (a large attachment) plus the final writes. */
const MIN_TIME_PER_MESSAGE_MS = 45_000;

export interface PollContext extends PollDeps, IntakeWorkbook {
  mailbox: MailboxPort;
}

/** What the poll reads once under the lock before it starts: the workbook and everything left to finish. */
interface FirstLook {
  workbook: IntakeWorkbook;
  /** How the last poll ended (pollReport.ts): this one writes its own only when it says something else. */
  lastReport: PollReport | null;
  unfinished: UnfinishedRow[];
  missed: MissedResponses | null;
  /** Why the form's responses could not be listed (the form deleted, a service failure): the mail goes on. */
  formError: string | null;
}

/**
 * The 10-minute poll. It holds the script lock one item at a time, never for its whole run, so a
 * form submit or a sidebar call arriving meanwhile waits seconds, not minutes; every item re-reads
 * the log under its lock and checks that no one handled it since. In order: submissions left
 * half-done, form responses no trigger recorded, then new mail: each message is logged first,
 * then triaged, applied, answered, labelled and finally marked done in the log. A run that dies
 * half-way leaves the row `Đang xử lý`; the next run resumes it, and every step checks whether it
 * already happened. A run that cannot get the lock stops, and the next one goes on.
 */
export function pollMailboxIn(deps: PollDeps): PollOutcome | { errors: string[] } {
  const outcome: PollOutcome = { handled: 0, resumed: 0, recovered: 0, stoppedEarly: true };
  const end: PartEnd = { left: 0, reason: 'lock' };
  const parked: ParkedItem[] = [];
  // What the first look read ('busy': the lock was held by another execution; null: it failed).
  const seen: { first: Seen | 'busy' | null } = { first: null };
  try {
    const result = pollParts(deps, outcome, end, parked, (first) => (seen.first = first));
    if (!('errors' in result)) outcome.stoppedEarly = end.reason !== null;
    return result;
  } finally {
    // Where the office sees it (the dashboard, the digest): how this poll ended, and what is parked.
    if (end.reason !== null) console.warn(`pollMailbox stopped early (${end.reason}): ${outcome.handled} handled, ${end.left} left`);
    // Under the lock like any shared state; a poll that never got it says so all the same.
    const { first } = seen;
    if (first === 'busy') recordBusyPoll(deps.reconcile.store, deps.now().getTime());
    else if (first) {
      const report = { at: deps.now().getTime(), handled: outcome.handled + outcome.resumed + outcome.recovered, ...end };
      const items = parkedItems(first.intake, parked);
      if (reportChanged(first.lastReport, report, items)) deps.lock(() => recordPollReport(deps.reconcile.store, report, items));
    }
  }
}

/** What the end of the poll needs from its first look: the log as read, and the report the last poll left. */
interface Seen {
  intake: IntakeIndex;
  lastReport: PollReport | null;
}

function pollParts(deps: PollDeps, outcome: PollOutcome, end: PartEnd, parked: ParkedItem[], seen: (first: Seen | 'busy') => void): PollOutcome | { errors: string[] } {
  const look = deps.lock(() => firstLook(deps));
  if (!look.ok) {
    seen('busy');
    return outcome;
  }
  if ('errors' in look.value) return look.value;
  const { workbook, unfinished, missed, formError, lastReport } = look.value;
  seen({ intake: workbook.intake, lastReport });
  // What the first look read stays good for the mail while only this run writes, through it.
  const quiet = unfinished.length === 0 && !(missed && missed.missing.size > 0);
  const forms = resumeDepsOf(deps);
  const resume = resumeIntakeRows(unfinished, workbook.intakeSheet, forms);
  outcome.resumed = resume.resumed;
  parked.push(...resume.parked);
  if (resume.stoppedEarly) {
    Object.assign(end, { left: unfinished.length - resume.tried, reason: resume.stoppedEarly });
    return outcome;
  }
  if (missed) {
    const reconciled = recordMissedResponses(forms, missed, workbook.sheets);
    if ('errors' in reconciled) return reconciled;
    outcome.recovered = reconciled.recorded;
    if (reconciled.stoppedEarly) {
      Object.assign(end, { left: missed.missing.size - reconciled.recorded, reason: 'time' });
      return outcome;
    }
  }
  const mail = pollMessages(deps, workbook, quiet);
  if ('errors' in mail) return mail;
  outcome.handled = mail.handled;
  parked.push(...mail.parked);
  Object.assign(end, { left: mail.left, reason: mail.stoppedEarly });
  // After the mail: the run then fails, visibly, for the office to see the form could not be checked.
  if (formError !== null) return { errors: [mailboxMessages.formUnchecked(formError)] };
  return outcome;
}

/** What resuming form responses and paper entries needs from the poll's dependencies (the poll, replay). */
export function resumeDepsOf(deps: PollDeps): ResumeDeps & Pick<ReconcileDeps, 'formResponsesSince' | 'store'> {
  return { ...deps.resume, ...deps.reconcile, ss: deps.ss, now: deps.now, localDay: deps.localDay, localClock: deps.localClock, chapterBook: deps.chapterBook, timeLeft: deps.timeLeft, lock: deps.lock, actions: deps.actions, visitClock: deps.visitClock, invitations: deps.invitations };
}

function firstLook(deps: PollDeps): FirstLook | { errors: string[] } {
  const workbook = openIntakeWorkbook(deps.ss);
  if ('errors' in workbook) return workbook;
  let missed: MissedResponses | null = null;
  let formError: string | null = null;
  try {
    missed = findMissedResponses(deps.reconcile, workbook.intake);
  } catch (error) {
    formError = error instanceof Error ? error.message : String(error);
  }
  return { workbook, unfinished: unfinishedSubmissions(workbook.intake), missed, formError, lastReport: readPollReport(deps.reconcile.store) };
}

/** The first batch of messages under one hold of the lock, before any was timed. */
const FIRST_BATCH = 3;
/** At most this many messages a hold. */
const MAX_BATCH = 10;

/**
 * Gmail is read and labelled outside the lock (listing, fetching the messages' contents): the
 * mailbox is the office's own, and the log, re-read under the lock for each batch, decides what is
 * handled. The listing stops early when what it read would take all the time left to handle.
 * Messages go in batches of whole threads (mailBatch.ts, mailThreads.ts), each under one hold of
 * the lock, sized from the time messages took so far so that a hold lasts about 10 s; a thread is
 * labelled once all its messages are logged final.
 */
interface MailEnd {
  handled: number;
  left: number;
  stoppedEarly: PollReport['reason'];
  parked: ParkedItem[];
}

function pollMessages(deps: PollDeps, first: IntakeWorkbook, firstStillRead: boolean): MailEnd | { errors: string[] } {
  const mailbox = rememberingReplies(deps.mailboxFor(first.campaign));
  let read: IntakeWorkbook | null = firstStillRead ? first : null;
  let handled = 0;
  // After a batch whose shared writes failed: its messages go again one at a time, so that only the one at fault fails.
  let singles = 0;
  const parked: ParkedItem[] = [];
  // Every message handled so far, for one labelling at the end of the run (one label call and one
  // re-read of the threads, not one a batch); a run that dies first leaves them for the next poll to label.
  const done: MailboxMessage[] = [];
  const labelDone = () => {
    if (done.length > 0) mailbox.labelAll(threadLabels((read ?? first).intake, done, queue[handled]));
  };
  const stop = (reason: 'time' | 'lock'): MailEnd => {
    labelDone();
    return { handled, left: queue.length - handled, stoppedEarly: reason, parked };
  };
  // On a slow day one message can take far longer than the usual reserve: keep twice the longest seen.
  let perMessage = 0;
  let batch = FIRST_BATCH;
  const listingBegan = deps.now().getTime();
  const listing = mailbox.candidates(BATCH, (progress) => listingHasRoom(deps.timeLeft(), deps.now().getTime() - listingBegan, MIN_TIME_PER_MESSAGE_MS, progress));
  const queue = withUnfinished(first.intake, mailbox, listing.messages);
  while (handled < queue.length) {
    const reserve = Math.max(MIN_TIME_PER_MESSAGE_MS, 2 * perMessage);
    const room = deps.timeLeft() - reserve;
    if (room < 0) return stop('time');
    const fits = 1 + Math.floor(room / Math.max(2 * perMessage, 1));
    // After a failed batch, one message at a time (whole threads otherwise): the labels wait for a thread's last message.
    const group = singles > 0 ? queue.slice(handled, handled + 1) : nextBatch(queue, handled, Math.min(batch, fits));
    const began = deps.now().getTime();
    const ready: MailboxMessage[] = [];
    for (const message of group) {
      const seen = first.intake.byId.get(message.messageId);
      if (seen && FINAL_INTAKE_STATUSES.includes(seen.status)) {
        ready.push(message);
        continue;
      }
      // Fetching one message can take long on a slow day: the batch is cut where the time left would no longer cover it.
      if (ready.length > 0 && deps.timeLeft() < reserve + Math.max(2 * perMessage, 1) * ready.length) break;
      ready.push(withContents(message, deps.legacy));
    }
    const attempt = deps.lock((othersWrote) => {
      // Read again only when another execution wrote since this run's last turn (it keeps its own
      // reads up to date as it writes: the log's indexes, `Đơn vị`).
      const workbook = !othersWrote && read ? read : openIntakeWorkbook(deps.ss, first.sheets);
      if ('errors' in workbook) return workbook;
      read = workbook;
      try {
        parked.push(...handleBatch({ ...deps, ...workbook, mailbox }, ready));
      } catch (error) {
        if (isPermissionError(error)) throw error;
        // What this run read may be half-written: read again before the next batch.
        read = null;
        if (ready.length > 1) return 'oneByOne' as const;
        const again = openIntakeWorkbook(deps.ss, first.sheets);
        if ('errors' in again) return again;
        parked.push(...recordBatchFailure({ ...deps, ...again, mailbox }, ready[0], error));
      }
      return null;
    });
    if (!attempt.ok) return stop('lock');
    if (attempt.value === 'oneByOne') {
      singles = ready.length;
      continue;
    }
    if (attempt.value) return attempt.value;
    if (singles > 0) singles--;
    handled += ready.length;
    done.push(...ready);
    perMessage = Math.max(perMessage, (deps.now().getTime() - began) / ready.length);
    batch = itemsPerTurn(perMessage, MAX_BATCH);
  }
  // Outside the lock, last: until its label is on, the search finds the thread again and a failed run resumes it.
  labelDone();
  return { handled, left: 0, stoppedEarly: listing.stoppedEarly ? 'time' : null, parked };
}

/**
 * The mailbox, remembering the replies this run sent: the adapter checks a thread as the listing
 * read it, and a batch redone after a failed write must not answer a message twice.
 */
function rememberingReplies(mailbox: MailboxPort): MailboxPort {
  const replied = new Map<string, SentAnswer>();
  return {
    ...mailbox,
    earlierReplies: (gmailId, reference) => {
      const sent = replied.get(gmailId);
      return [...mailbox.earlierReplies(gmailId, reference), ...(sent ? [sent] : [])];
    },
    reply(message, email) {
      const sent = mailbox.reply(message, email);
      replied.set(message.gmailId, sent);
      return sent;
    },
  };
}

/**
 * The message with its contents fetched and read now, outside the lock. A message that cannot be
 * fetched or read carries the failure to its batch, where it counts as that message's failed try
 * (the others go on); a refused scope fails every message alike and stops the poll.
 */
function withContents(message: MailboxMessage, legacy: LegacyConverter): MailboxMessage {
  let contents: ReturnType<MailboxMessage['contents']> | null = null;
  try {
    contents = message.contents();
    const fetched = contents;
    const report = mailReport(message, legacy, fetched);
    return { ...message, report, contents: () => fetched };
  } catch (error) {
    if (isPermissionError(error)) throw error;
    const fetched = contents;
    return { ...message, failure: error, contents: fetched ? () => fetched : message.contents };
  }
}

/** What a message says, its Office 97–2003 attachments converted first; the contents stay as received (the log records those). */
export function mailReport(message: MailboxMessage, legacy: LegacyConverter, contents = message.contents()): ParseReport {
  return parseEmail({ subject: message.subject, from: message.from, ...contents, attachments: withLegacyConverted(contents.attachments, legacy) });
}

/**
 * The log, not the label, says what is finished: a message logged `Đang xử lý` whose thread
 * someone labelled by hand is no longer a candidate, so it is fetched by its Message-ID and
 * resumed first (it arrived before anything new).
 */
function withUnfinished(intake: IntakeIndex, mailbox: MailboxPort, candidates: MailboxMessage[]): MailboxMessage[] {
  const listed = new Set(candidates.map((m) => m.messageId));
  const unfinished: MailboxMessage[] = [];
  for (const [messageId, logged] of intake.byId) {
    if (logged.status !== 'Đang xử lý' || logged.source !== 'Email' || listed.has(messageId)) continue;
    const message = mailbox.find(messageId);
    if (message) unfinished.push(message);
  }
  return [...unfinished, ...candidates];
}

/** The campaign, the logs' indexes and the mailbox: what every mail use case reads once. */
export function openMailContext(deps: PollDeps): PollContext | { errors: string[] } {
  const workbook = openIntakeWorkbook(deps.ss);
  if ('errors' in workbook) return workbook;
  return { ...deps, ...workbook, mailbox: deps.mailboxFor(workbook.campaign) };
}

interface Outcome {
  status: IntakeStatus;
  unit: string;
  detail: string;
}

/**
 * What a batch of messages leaves for its end (mailBatch.ts): the units' `Đơn vị` and `Tổng hợp`
 * rows and the outbox rows, each written once for the batch. Without it, act writes them at once.
 */
export interface Deferred {
  applied: AppliedUnit[];
  outbox: OutboxEntry[];
  /** The office's local day when the batch began, for every receipt of the batch (one Utilities call, not one a message). */
  today: string;
  /**
   * The batch's answers still to send: mailBatch.ts writes their `Đang gửi` guard rows in one write
   * after every message of the batch is applied, then sends them (one outbox write a batch, not one a letter).
   */
  sends: PlannedSend[];
}

/** An answer planned in a batch, sent by `sendPlanned` once its guard row is written. */
export interface PlannedSend {
  messageId: string;
  /** The guard row, `Đang gửi`. */
  guard: OutboxEntry;
  go: () => SentAnswer;
  entryOf: (sent: SentAnswer, status: OutboxEntry['status']) => OutboxEntry;
  /** Over the day's quota: the answer kept for a later poll (`Hoãn`). */
  defer: () => void;
  /** Said after the message's `Chi tiết` when the answer had to wait. */
  deferredNote: string;
}

export function act(ctx: PollContext, message: MailboxMessage, triage: Triage, outboxSheet: GoogleAppsScript.Spreadsheet.Sheet, deferred?: Deferred): Outcome {
  const today = deferred?.today ?? ctx.localDay(ctx.now(), ctx.campaign.timeZone);
  const receivedDay = ctx.localDay(message.date, ctx.campaign.timeZone);
  // The code its log row took: what the letters quote and the tab's `Nguồn` shows.
  const code = ctx.intake.byId.get(message.messageId)?.code ?? '';
  switch (triage.action) {
    case 'review':
      return { status: 'Chờ xem xét', unit: triage.unit?.name ?? '', detail: triage.reason };
    case 'reject': {
      const email = rejectionEmail({
        campaign: ctx.campaign,
        unit: triage.unit,
        reference: code,
        reason: triage.reason,
        subject: message.subject || null,
        receivedDay,
        today,
        formLink: unitFormLink(ctx, triage.unit.id),
        // The table to send back lists the unit's own chapters by name: one read of its tab, only for a rejection.
        chapters: readUnitChapters(ctx.sheets, ctx.campaign, triage.unit),
        attachmentMissing: claimsMissingAttachment({ subject: message.subject, ...message.contents() }),
      });
      const sent = answer(ctx, message, email, 'Báo lỗi', outboxSheet, deferred, { unit: triage.unit.name, detail: triage.reason });
      return { status: 'Lỗi', unit: triage.unit.name, detail: withDeferral(triage.reason, sent) };
    }
    case 'apply': {
      const source = { kind: 'Email', id: message.messageId, at: message.date, code };
      const resolution = ctx.chapterBook.resolution(triage.unit.id, false);
      let applied: ApplyResult;
      if (deferred) {
        const result = applyToUnitTab(ctx.sheets, ctx.campaign, triage.unit, triage.submission, source, resolution);
        deferred.applied.push(result.applied);
        applied = result;
      } else {
        applied = applySubmission(ctx.sheets, ctx.campaign, triage.unit, triage.submission, source, ctx.unitsValues, resolution);
      }
      ctx.chapterBook.hold(triage.unit.id, applied.merge.held, submissionStamp(source), triage.submission.hasRegistration);
      const email = receiptEmail({
        campaign: ctx.campaign,
        unit: triage.unit,
        reference: code,
        channel: 'Email',
        receivedDay,
        today,
        merge: applied.merge,
        kept: keptLines(applied.merge.kept, ctx, ctx.campaign.timeZone),
        warnings: triage.warnings,
        progress: applied.progress,
        formLink: null,
      });
      const detail = mailboxMessages.applied(applied.merge.recorded.length, triage.warnings.length, applied.merge.kept.length);
      const sent = answer(ctx, message, email, 'Xác nhận', outboxSheet, deferred, { unit: triage.unit.name, detail });
      return { status: 'Đã ghi', unit: triage.unit.name, detail: withDeferral(detail, sent) };
    }
  }
}

/**
 * The reply this answer already got in the message's thread (a run that died between sending it
 * and logging it), or null: the office's replies quoting the submission beyond those the outbox
 * logs as sent under the message's other answer (a `Báo lỗi` before a replayed `Xác nhận` quotes
 * the same code, and must not stand for it).
 */
export function earlierAnswer(mailbox: Pick<MailboxPort, 'earlierReplies'>, outbox: Pick<OutboxIndex, 'status'>, gmailId: string, messageId: string, key: string, code: string): SentAnswer | null {
  const replies = mailbox.earlierReplies(gmailId, quotedOf(code, messageId));
  if (replies.length === 0) return null;
  const others = ANSWER_KINDS.map((kind) => `${kind}|${messageId}`).filter((other) => {
    const status = outbox.status.get(other);
    return other !== key && status !== undefined && !RETRIED_OUTBOX_STATUSES.includes(status);
  }).length;
  return replies.length > others ? replies[replies.length - 1] : null;
}

const ANSWER_KINDS = ['Xác nhận', 'Báo lỗi'] as const;

/** What an answer to the submission quotes: its code, or (a letter of an earlier version) its Message-ID. */
function quotedOf(code: string, messageId: string): string[] {
  return [code, messageId].filter((quoted) => quoted !== '');
}

/**
 * Answers once, to the sender's registered address only (replyRoute.ts), under a subject whose
 * first words say what it is (`[Đã nhận] Re: …`), and logs the recipients and subject it really
 * went out with. Gmail keeps a reply in the thread only under a matching subject, so the thread
 * cannot show whether it went: its outbox row, written `Đang gửi` before it goes, is the guard
 * on either route (a row a dead run left so is settled by the office's sent mail). Over the
 * day's mail quota the answer waits (`Hoãn`) for a later poll, and the submission is recorded
 * all the same.
 */
export function answer(
  ctx: PollContext,
  message: MailboxMessage,
  email: Email,
  kind: 'Xác nhận' | 'Báo lỗi',
  outboxSheet: GoogleAppsScript.Spreadsheet.Sheet,
  deferred?: Deferred,
  /** The log row's `Đơn vị` and `Chi tiết` once a deferred answer has gone. */
  row: { unit: string; detail: string } = { unit: '', detail: '' },
  /** Said after the row's `Chi tiết` when the answer waits for the quota (in a batch, added when it is sent). */
  deferredNote: string = failureMessages.deferredReceipt,
): 'sent' | 'deferred' {
  const key = `${kind}|${message.messageId}`;
  const status = ctx.outbox.status.get(key) ?? deferred?.outbox.find((entry) => entry.key === key)?.status;
  const settled = status !== undefined && !RETRIED_OUTBOX_STATUSES.includes(status);
  const outgoing: Email = { ...email, subject: answerSubject(ANSWER_TAG[kind], message.subject, email.subject) };
  const route = answerRoute(ctx.campaign.units, message.from, message.replyTo);
  const entryOf = (sent: SentAnswer, status: OutboxEntry['status']): OutboxEntry => ({ time: ctx.now(), kind, to: sent.to, cc: '', subject: sent.subject, key, status });
  if (settled && status !== 'Đang gửi') return 'sent';
  const letter = { key, kind, reference: message.messageId, code: ctx.intake.byId.get(message.messageId)?.code ?? '', gmailId: message.gmailId, status };
  const target = route.inThread ? { thread: message } : { to: route.to };
  const defer = () => deferAnswer(ctx, message, outgoing, kind, route.inThread ? null : route.to, row, deferred);
  if (deferred) {
    const went = alreadyAnswered(ctx.mailbox, ctx.outbox, letter, target);
    if (went) deferred.outbox.push(entryOf(went, 'Đã gửi'));
    else deferred.sends.push({ messageId: message.messageId, guard: entryOf(plannedAnswer(target, outgoing), 'Đang gửi'), go: () => sendTo(ctx.mailbox, target, outgoing), entryOf, defer, deferredNote });
    return 'sent';
  }
  let sent: SentAnswer;
  try {
    sent = answerOnce(ctx.mailbox, outboxSheet, ctx.outbox, entryOf, letter, target, outgoing);
  } catch (error) {
    if (!isMailQuotaError(error)) throw error;
    defer();
    return 'deferred';
  }
  recordOutbox(outboxSheet, ctx.outbox, entryOf(sent, 'Đã gửi'));
  return 'sent';
}

/** An answer to send, and what its outbox row says of it so far. */
export interface AnswerLetter {
  key: string;
  kind: 'Xác nhận' | 'Báo lỗi';
  /** The answered message's Message-ID, in its outbox key. */
  reference: string;
  /** The submission's code, which the letter quotes. */
  code: string;
  gmailId: string;
  status: OutboxEntry['status'] | undefined;
}

/**
 * Sends an answer once: as a reply in its thread, or as a new message to an address. Before sending,
 * it looks for the same answer already gone: this run's own reply or one under the old `Re: …`
 * subject in the thread; for a `Đang gửi` row a dead run left, the office's sent mail. The
 * caller records `Đã gửi`.
 */
export function answerOnce(
  mailbox: Pick<MailboxPort, 'earlierReplies' | 'sentAnswer' | 'reply' | 'send'>,
  outboxSheet: GoogleAppsScript.Spreadsheet.Sheet,
  outbox: OutboxIndex,
  entryOf: (sent: SentAnswer, status: OutboxEntry['status']) => OutboxEntry,
  letter: AnswerLetter,
  target: { thread: MailboxMessage } | { to: string },
  email: Email,
): SentAnswer {
  return alreadyAnswered(mailbox, outbox, letter, target) ?? sendOnce(outboxSheet, outbox, plannedAnswer(target, email), entryOf, () => sendTo(mailbox, target, email));
}

type AnswerTarget = { thread: MailboxMessage } | { to: string };

const recipientOf = (target: AnswerTarget) => ('thread' in target ? target.thread.replyTo || target.thread.from : target.to);
const plannedAnswer = (target: AnswerTarget, email: Email): SentAnswer => ({ to: recipientOf(target), subject: email.subject });
const sendTo = (mailbox: Pick<MailboxPort, 'reply' | 'send'>, target: AnswerTarget, email: Email): SentAnswer =>
  'thread' in target ? mailbox.reply(target.thread, email) : mailbox.send(target.to, email);

/** The same answer already gone: this run's own reply or one in the thread; for a `Đang gửi` row a dead run left, in the office's sent mail. */
function alreadyAnswered(mailbox: Pick<MailboxPort, 'earlierReplies' | 'sentAnswer'>, outbox: OutboxIndex, letter: AnswerLetter, target: AnswerTarget): SentAnswer | null {
  const earlier = 'thread' in target ? earlierAnswer(mailbox, outbox, letter.gmailId, letter.reference, letter.key, letter.code) : null;
  return earlier ?? (letter.status === 'Đang gửi' ? mailbox.sentAnswer(recipientOf(target), quotedOf(letter.code, letter.reference), ANSWER_TAG[letter.kind]) : null);
}

/**
 * Sends a batch's planned answers: their `Đang gửi` rows in one write, then each letter, its
 * outcome kept for the batch's outbox write. Returns what became of each message's answer: a
 * quota reached (the answer waits as `Hoãn`) or the error that stopped it (the message's try fails).
 */
export function sendPlanned(ctx: Pick<PollContext, 'outboxSheet' | 'outbox'>, deferred: Deferred): Map<string, { deferredNote: string } | { error: unknown }> {
  const outcomes = new Map<string, { deferredNote: string } | { error: unknown }>();
  const sends = deferred.sends.splice(0);
  recordOutboxBatch(ctx.outboxSheet, ctx.outbox, sends.map((send) => send.guard));
  for (const send of sends) {
    try {
      deferred.outbox.push(send.entryOf(send.go(), 'Đã gửi'));
    } catch (error) {
      if (isMailQuotaError(error)) {
        // Its `Hoãn` row replaces the guard: a later poll sends it once the quota allows.
        send.defer();
        outcomes.set(send.messageId, { deferredNote: send.deferredNote });
      } else {
        // Not sent: the next run sends it (a `Lỗi` row is not final).
        deferred.outbox.push({ ...send.guard, status: 'Lỗi' });
        outcomes.set(send.messageId, { error });
      }
    }
  }
  return outcomes;
}

/**
 * Sends one letter guarded by its outbox row: `Đang gửi` before it goes, `Lỗi` when Gmail
 * refuses it (not sent: the next run sends it).
 */
function sendOnce(
  outboxSheet: GoogleAppsScript.Spreadsheet.Sheet,
  outbox: OutboxIndex,
  planned: SentAnswer,
  entryOf: (sent: SentAnswer, status: OutboxEntry['status']) => OutboxEntry,
  go: () => SentAnswer,
): SentAnswer {
  recordOutbox(outboxSheet, outbox, entryOf(planned, 'Đang gửi'));
  try {
    return go();
  } catch (error) {
    recordOutbox(outboxSheet, outbox, entryOf(planned, 'Lỗi'));
    throw error;
  }
}

/**
 * The answer as written now (answering again later from a re-applied message could undo newer
 * data), kept for a later poll, which sends it once the quota allows (in the thread, or to
 * `sendTo` as a new message); `Hoãn` in the outbox.
 */
function deferAnswer(ctx: PollContext, message: MailboxMessage, email: Email, kind: 'Xác nhận' | 'Báo lỗi', sendTo: string | null, logged: { unit: string; detail: string }, deferred?: Deferred): void {
  const key = `${kind}|${message.messageId}`;
  const to = sendTo ?? (message.replyTo || message.from);
  ctx.actions.put({
    kind: 'receipt',
    key,
    reference: message.messageId,
    letter: kind,
    gmailId: message.gmailId,
    ...(sendTo === null ? {} : { sendTo }),
    mail: { to: [to], cc: [], email: { subject: email.subject, text: email.text, html: email.html }, senderName: ctx.campaign.office, replyTo: ctx.campaign.officeEmail },
    unit: logged.unit,
    sentDetail: logged.detail ? keepGmailTag(ctx.intake.byId.get(message.messageId)?.detail ?? '', logged.detail) : '',
    by: ctx.campaign.officeEmail,
    at: ctx.now().getTime(),
  });
  if (ctx.outbox.status.get(key) === 'Hoãn' || deferred?.outbox.some((entry) => entry.key === key)) return;
  const entry: OutboxEntry = { time: ctx.now(), kind, to, cc: '', subject: email.subject, key, status: 'Hoãn' };
  if (deferred) deferred.outbox.push(entry);
  else recordOutbox(ctx.outboxSheet, ctx.outbox, entry);
}

function withDeferral(detail: string, sent: 'sent' | 'deferred'): string {
  return sent === 'deferred' ? `${detail} ${failureMessages.deferredReceipt}` : detail;
}

