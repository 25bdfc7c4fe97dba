import type { Campaign } from '../domain/campaign';
import { parseEmail } from '../intake';
import { receiptEmail, rejectionEmail, type Email } from '../ui/email';
import { applySubmission } from '../workbook/applySubmission';
import {
  appendLogRows,
  finishIntakeRow,
  intakeRow,
  recordOutbox,
  FINAL_INTAKE_STATUSES,
  type IntakeIndex,
  type IntakeStatus,
} from '../workbook/logs';
import { openIntakeWorkbook, type IntakeWorkbook } from './intakeWorkbook';
import type { WithLock } from '../gas/lock';
import { findMissedResponses, recordMissedResponses, type MissedResponses, type ReconcileDeps } from './formReconcile';
import { resumeIntakeRows, unfinishedSubmissions, type ResumeDeps, type UnfinishedRow } from './resumeIntake';
import { triageMessage, type Triage } from './mailTriage';
import { mailboxMessages } from './messages';

/** One received message, as the Gmail adapter hands it over; contents are fetched on demand. */
export interface MailboxMessage {
  gmailId: string;
  /** The RFC Message-ID, the log's key. */
  messageId: string;
  from: string;
  subject: string;
  date: Date;
  authenticationResults: string;
  link: string;
  contents(): { plainBody: string; htmlBody: string; attachments: { name: string; contentType: string; size: number; bytes: number[] }[] };
}

export type MailboxLabel = 'done' | 'review';

export interface MailboxPort {
  /** Messages to the office not yet labelled as handled, oldest first, excluding the office's own. */
  candidates(max: number): MailboxMessage[];
  /** The message with this Message-ID, for the office's review; null when Gmail no longer has it. */
  find(messageId: string): MailboxMessage | null;
  /** Whether the thread already holds the office's reply quoting `reference` (a retry must not reply twice). */
  hasReply(gmailId: string, reference: string): boolean;
  reply(gmailId: string, email: Email): void;
  label(gmailId: string, label: MailboxLabel): void;
  /** After the office's decision: the thread moves from "to review" to "handled". */
  resolve(gmailId: string): void;
}

export interface PollDeps {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** The office's mailbox; the campaign names the office address. */
  mailboxFor: (campaign: Campaign) => MailboxPort;
  now: () => Date;
  /** Local YYYY-MM-DD of an instant in a time zone. */
  localDay: (date: Date, timeZone: string) => string;
  /** Milliseconds left before the run must stop to stay clear of the execution limit. */
  timeLeft: () => number;
  /** The script lock, taken for one item at a time. */
  lock: WithLock;
  /** Form responses and paper entries left half-done are finished by the poll too (see resumeIntake.ts). */
  resume: Pick<ResumeDeps, 'mail' | 'formResponse'>;
  /** Form responses no trigger recorded are recorded by the poll (see formReconcile.ts). */
  reconcile: Pick<ReconcileDeps, 'formResponsesSince' | 'store'>;
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

const BATCH = 30;
/** Enough for the slowest message (a large attachment) plus the final writes. */
const MIN_TIME_PER_MESSAGE_MS = 45_000;
const GMAIL_ID_TAG = /\[gmail:([^\]]+)\]/;

export interface PollContext extends PollDeps, IntakeWorkbook {
  mailbox: MailboxPort;
}

/** What the poll reads once under the lock before it starts: the workbook and everything left to finish. */
interface FirstLook {
  workbook: IntakeWorkbook;
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
  const look = deps.lock(() => firstLook(deps));
  if (!look.ok) return outcome;
  if ('errors' in look.value) return look.value;
  const { workbook, unfinished, missed, formError } = look.value;
  // What the first look read stays good for the mail while only this run writes, through it.
  const quiet = unfinished.length === 0 && !(missed && missed.missing.size > 0);
  const forms = { ...deps.resume, ...deps.reconcile, ss: deps.ss, now: deps.now, localDay: deps.localDay, timeLeft: deps.timeLeft, lock: deps.lock };
  const resume = resumeIntakeRows(unfinished, workbook.intakeSheet, forms);
  outcome.resumed = resume.resumed;
  if (resume.stoppedEarly) return outcome;
  if (missed) {
    const reconciled = recordMissedResponses(forms, missed, workbook.sheets);
    if ('errors' in reconciled) return reconciled;
    outcome.recovered = reconciled.recorded;
    if (reconciled.stoppedEarly) return outcome;
  }
  const mail = pollMessages(deps, workbook, quiet);
  if ('errors' in mail) return mail;
  outcome.handled = mail.handled;
  outcome.stoppedEarly = mail.stoppedEarly;
  // After the mail: the run then fails, visibly, for the office to see the form could not be checked.
  if (formError !== null) return { errors: [mailboxMessages.formUnchecked(formError)] };
  return outcome;
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
  return { workbook, unfinished: unfinishedSubmissions(workbook.intake), missed, formError };
}

/**
 * Gmail is read outside the lock (listing, fetching a message's contents): the mailbox is the
 * office's own, and the log, re-read under the lock for each message, decides what is handled.
 */
function pollMessages(deps: PollDeps, first: IntakeWorkbook, firstStillRead: boolean): { handled: number; stoppedEarly: boolean } | { errors: string[] } {
  const mailbox = deps.mailboxFor(first.campaign);
  let read: IntakeWorkbook | null = firstStillRead ? first : null;
  let handled = 0;
  // On a slow day one message can take far longer than the usual reserve: keep twice the longest seen.
  let longest = 0;
  for (const message of withUnfinished(first.intake, mailbox, mailbox.candidates(BATCH))) {
    if (deps.timeLeft() < Math.max(MIN_TIME_PER_MESSAGE_MS, 2 * longest)) return { handled, stoppedEarly: true };
    const began = deps.now().getTime();
    const seen = first.intake.byId.get(message.messageId);
    const ready = seen && FINAL_INTAKE_STATUSES.includes(seen.status) ? message : withContents(message);
    const attempt = deps.lock((othersWrote) => {
      // Read again only when another execution wrote since this run's last turn (it keeps its own
      // reads up to date as it writes: the log's indexes, `Đơn vị`).
      const workbook = !othersWrote && read ? read : openIntakeWorkbook(deps.ss, first.sheets);
      if ('errors' in workbook) return workbook;
      read = workbook;
      handleMessage({ ...deps, ...workbook, mailbox }, ready, workbook.intakeSheet, workbook.outboxSheet);
      return null;
    });
    if (!attempt.ok) return { handled, stoppedEarly: true };
    if (attempt.value) return attempt.value;
    handled++;
    longest = Math.max(longest, deps.now().getTime() - began);
  }
  return { handled, stoppedEarly: false };
}

/** The message with its contents fetched now, outside the lock. */
function withContents(message: MailboxMessage): MailboxMessage {
  const contents = message.contents();
  return { ...message, contents: () => contents };
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
    if (logged.status !== 'Đang xử lý' || !GMAIL_ID_TAG.test(logged.detail) || listed.has(messageId)) continue;
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

function handleMessage(ctx: PollContext, message: MailboxMessage, intakeSheet: GoogleAppsScript.Spreadsheet.Sheet, outboxSheet: GoogleAppsScript.Spreadsheet.Sheet): void {
  const logged = ctx.intake.byId.get(message.messageId);
  if (logged && FINAL_INTAKE_STATUSES.includes(logged.status)) {
    const sameMessage = GMAIL_ID_TAG.exec(logged.detail)?.[1] === message.gmailId;
    if (!sameMessage) {
      // Another copy of a message already logged: recorded, never applied twice.
      appendLogRows(intakeSheet, ctx.intake, [intakeRow({ ...logEntry(ctx, message, ''), status: 'Trùng', detail: mailboxMessages.duplicate(logged.row, message) })]);
    }
    ctx.mailbox.label(message.gmailId, logged.status === 'Chờ xem xét' ? 'review' : 'done');
    return;
  }
  const contents = message.contents();
  let row = logged?.row ?? 0;
  if (!logged) {
    row = appendLogRows(intakeSheet, ctx.intake, [intakeRow(logEntry(ctx, message, rawContent(message, contents)))]);
    ctx.intake.byId.set(message.messageId, { row, source: 'Email', status: 'Đang xử lý', unit: '', detail: gmailTag(message) });
  }
  const report = parseEmail({ subject: message.subject, from: message.from, ...contents });
  const triage = triageMessage(ctx.campaign.units, { from: message.from, authenticationResults: message.authenticationResults, report });
  const outcome = act(ctx, message, triage, outboxSheet);
  finishIntakeRow(intakeSheet, row, outcome.unit, outcome.status, `${outcome.detail} ${gmailTag(message)}`);
  ctx.intake.byId.set(message.messageId, { row, source: 'Email', status: outcome.status, unit: outcome.unit, detail: gmailTag(message) });
  // Last: until the label is on, the search finds the message again and a failed run resumes it.
  ctx.mailbox.label(message.gmailId, outcome.status === 'Chờ xem xét' ? 'review' : 'done');
}

interface Outcome {
  status: IntakeStatus;
  unit: string;
  detail: string;
}

export function act(ctx: PollContext, message: MailboxMessage, triage: Triage, outboxSheet: GoogleAppsScript.Spreadsheet.Sheet): Outcome {
  const today = ctx.localDay(ctx.now(), ctx.campaign.timeZone);
  const receivedDay = ctx.localDay(message.date, ctx.campaign.timeZone);
  switch (triage.action) {
    case 'review':
      return { status: 'Chờ xem xét', unit: triage.unit?.name ?? '', detail: triage.reason };
    case 'reject': {
      const email = rejectionEmail({
        campaign: ctx.campaign,
        unit: triage.unit,
        reference: message.messageId,
        reason: triage.reason,
        subject: message.subject || null,
        receivedDay,
        today,
        formLink: null,
      });
      answer(ctx, message, email, 'Báo lỗi', outboxSheet);
      return { status: 'Lỗi', unit: triage.unit.name, detail: triage.reason };
    }
    case 'apply': {
      const applied = applySubmission(ctx.sheets, ctx.campaign, triage.unit, triage.submission, { kind: 'Email', id: message.messageId, at: message.date }, ctx.unitsValues);
      const email = receiptEmail({
        campaign: ctx.campaign,
        unit: triage.unit,
        reference: message.messageId,
        channel: 'Email',
        receivedDay,
        today,
        merge: applied.merge,
        warnings: triage.warnings,
        progress: applied.progress,
        formLink: null,
      });
      answer(ctx, message, email, 'Xác nhận', outboxSheet);
      return { status: 'Đã ghi', unit: triage.unit.name, detail: mailboxMessages.applied(applied.merge.recorded.length, triage.warnings.length) };
    }
  }
}

/** Replies once: the thread is checked for an earlier reply, and the outbox log for its key. */
export function answer(ctx: PollContext, message: MailboxMessage, email: Email, kind: 'Xác nhận' | 'Báo lỗi', outboxSheet: GoogleAppsScript.Spreadsheet.Sheet): void {
  const key = `${kind}|${message.messageId}`;
  if (!ctx.mailbox.hasReply(message.gmailId, message.messageId)) ctx.mailbox.reply(message.gmailId, email);
  if (ctx.outbox.status.has(key)) return;
  recordOutbox(outboxSheet, ctx.outbox, { time: ctx.now(), kind, to: message.from, cc: '', subject: email.subject, key, status: 'Đã gửi' });
}

export function gmailTag(message: MailboxMessage): string {
  return `[gmail:${message.gmailId}]`;
}

function logEntry(ctx: PollContext, message: MailboxMessage, raw: string) {
  return { time: ctx.now(), source: 'Email' as const, sender: message.from, id: message.messageId, unit: '', status: 'Đang xử lý' as const, detail: gmailTag(message), raw };
}

/** The plain body with the attachments' names and sizes; the message itself stays in Gmail. */
function rawContent(message: MailboxMessage, contents: ReturnType<MailboxMessage['contents']>): string {
  const files = contents.attachments.map((a) => `${a.name} (${a.size} byte)`).join(', ');
  return mailboxMessages.raw(message.subject, message.link, files, contents.plainBody);
}
