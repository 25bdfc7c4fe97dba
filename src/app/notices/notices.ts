import type { Campaign, Unit } from '../../domain/campaign';
import type { NoticeKind } from '../../domain/deadlines';
import type { Visit } from '../../domain/visits';
import { isPermissionError } from '../../gas/errors';
import type { MailPort, OutgoingMail } from '../../gas/mail';
import { overdueEmail, reminderEmail } from '../../ui/email';
import { readSummaryValues } from '../sidebar/dashboard';
import { unitRatingCounts } from '../sidebar/ratingChart';
import type { UnitRatingCounts } from '../sidebar/ratingCounts';
import type { PollReport } from '../intake/pollReport';
import { SHEET } from '../../workbook/layout';
import { readOutboxIndex, recordOutbox, RETRIED_OUTBOX_STATUSES, type OutboxIndex, type OutboxKind } from '../../workbook/logs';
import { loadCampaignAndUnits, openSheets } from '../../workbook/sheets';
import { readUnitStatusRows, type UnitStatusRow } from '../../workbook/unitStatusCells';
import { readVisitList } from '../../workbook/visitsSheet';
import { mailboxMessages } from '../messages';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface NoticeDeps {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  mail: MailPort;
  now: () => Date;
  /** Local `YYYY-MM-DD` and hour (0–23) of an instant in a time zone. */
  localDay: (date: Date, timeZone: string) => string;
  localHour: (date: Date, timeZone: string) => number;
  /** Milliseconds left before the run must stop to stay clear of the execution limit. */
  timeLeft: () => number;
  /** How the last mailbox poll ended and what is parked (pollReport.ts), for the office's digest. */
  pollReport?: { read(): PollReport | null; format(date: Date, timeZone: string, pattern: string): string };
}

/** What every notice use case reads once: the campaign, each unit's status row and the outbox log. */
export interface NoticeContext extends NoticeDeps {
  campaign: Campaign;
  statusOf: Map<string, UnitStatusRow>;
  outboxSheet: Sheet;
  outbox: OutboxIndex;
  /** The mail quota read at the start, counted down as letters go. */
  quota: { remaining: number };
  today: string;
  /** Each unit's chapters per rating per period, by unit name, from `Tổng hợp`: read on first use (a digest day), once per context. */
  ratingCounts: () => Map<string, UnitRatingCounts>;
  /** The rows of `Đi cơ sở`: read on first use (a digest day), once per context. */
  visits: () => Visit[];
}

export function openNoticeContext(deps: NoticeDeps): NoticeContext | { errors: string[] } {
  const sheets = openSheets(deps.ss);
  const result = loadCampaignAndUnits(sheets);
  if (!result.ok) return { errors: result.errors };
  const outboxSheet = sheets.get(SHEET.outboxLog);
  if (!outboxSheet) return { errors: [mailboxMessages.missingLogs] };
  const rows = readUnitStatusRows(result.unitRows, result.campaign);
  const campaign = result.campaign;
  let counts: Map<string, UnitRatingCounts> | null = null;
  let visits: Visit[] | null = null;
  return {
    ...deps,
    campaign: result.campaign,
    statusOf: new Map(rows.map((row) => [row.unitId, row])),
    outboxSheet,
    outbox: readOutboxIndex(outboxSheet),
    quota: { remaining: deps.mail.remainingRecipients() },
    today: deps.localDay(deps.now(), result.campaign.timeZone),
    ratingCounts: () => (counts ??= unitRatingCounts(readSummaryValues(sheets, campaign), campaign)),
    visits: () => (visits ??= readVisitList(sheets)),
  };
}

/** Keys that must not go out again: sent, being sent when a run died, or replaced by a later notice. */
export function settledKeys(outbox: OutboxIndex): Set<string> {
  return new Set([...outbox.status].filter(([, status]) => !RETRIED_OUTBOX_STATUSES.includes(status)).map(([key]) => key));
}

/** A unit's `Nhắc hạn` or `Quá hạn`: to the unit's emails, its cadre in copy. */
export function unitNotice(ctx: NoticeContext, unit: Unit, kind: Exclude<NoticeKind, 'Tổng hợp'>, status: UnitStatusRow): OutgoingMail {
  const cadre = ctx.campaign.cadres.find((c) => c.id === unit.cadre) ?? null;
  const input = { campaign: ctx.campaign, unit, missing: status.missing, formLink: status.formLink, cadre, today: ctx.today };
  return {
    to: unit.emails,
    cc: cadre?.email ? [cadre.email] : [],
    email: kind === 'Nhắc hạn' ? reminderEmail(input) : overdueEmail(input),
    senderName: ctx.campaign.office,
    replyTo: ctx.campaign.officeEmail,
  };
}

export type Delivery = 'sent' | 'deferred' | 'failed';

/** What sending a keyed letter needs: the outbox log and the mail service. */
export type OutboxContext = Pick<NoticeContext, 'outboxSheet' | 'outbox' | 'mail' | 'now'>;

/**
 * Sends one keyed letter at most once (a key already logged is not sent again). The row says `Đang gửi` before the send and `Đã gửi` after;
 * a send that throws leaves `Lỗi` (the deadline check tries its notices again on the next run).
 */
export function sendKeyed(ctx: OutboxContext, kind: OutboxKind, key: string, mail: OutgoingMail, onFailure: 'continue' | 'throw' = 'continue'): Exclude<Delivery, 'deferred'> {
  const logged = ctx.outbox.status.get(key);
  if (logged && !RETRIED_OUTBOX_STATUSES.includes(logged)) return 'sent';
  const entry = { kind, to: mail.to.join(', '), cc: mail.cc.join(', '), subject: mail.email.subject, key };
  recordOutbox(ctx.outboxSheet, ctx.outbox, { ...entry, time: ctx.now(), status: 'Đang gửi' });
  try {
    ctx.mail.send(mail);
  } catch (error) {
    // One bad notice must not stop the others; a receipt's failure must stop its submission, so a retry sends it.
    // A refused scope would fail every notice alike: it stops the run, never hidden as one bad notice.
    recordOutbox(ctx.outboxSheet, ctx.outbox, { ...entry, time: ctx.now(), status: 'Lỗi' });
    if (onFailure === 'throw' || isPermissionError(error)) throw error;
    return 'failed';
  }
  recordOutbox(ctx.outboxSheet, ctx.outbox, { ...entry, time: ctx.now(), status: 'Đã gửi' });
  return 'sent';
}

/** A scheduled notice within the day's mail quota; over it the row says `Hoãn` and the next run sends it. */
export function deliverNotice(ctx: NoticeContext, kind: NoticeKind, key: string, mail: OutgoingMail): Delivery {
  const recipients = mail.to.length + mail.cc.length;
  if (recipients > ctx.quota.remaining) {
    if (ctx.outbox.status.get(key) !== 'Hoãn') {
      recordOutbox(ctx.outboxSheet, ctx.outbox, { time: ctx.now(), kind, to: mail.to.join(', '), cc: mail.cc.join(', '), subject: mail.email.subject, key, status: 'Hoãn' });
    }
    return 'deferred';
  }
  const delivery = sendKeyed(ctx, kind, key, mail);
  if (delivery === 'sent') ctx.quota.remaining -= recipients;
  return delivery;
}
