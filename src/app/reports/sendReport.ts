import type { MailPort } from '../../gas/mail';
import type { KeyValueStore } from '../../gas/properties';
import { reportLetter } from '../../ui/email/reportLetter';
import { summaryFileName, summaryXlsx } from '../../ui/report/summaryTable';
import { SHEET } from '../../workbook/layout';
import { readOutboxIndex } from '../../workbook/logs';
import { loadState, openSheets } from '../../workbook/sheets';
import { archiveMessages, mailboxMessages } from '../messages';
import { sendKeyed, settledKeys } from '../notices/notices';
import { REPORT_DOC } from './makeReport';
import { reportMessages } from './reportMessages';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Blob = GoogleAppsScript.Base.Blob;

/** The report's files in Drive (gas/reportDoc.ts): its version, its attachments, and the archive. */
export interface ReportFiles {
  /** When the draft was last changed (ms), or null when it cannot be opened. */
  version(docId: string): { version: number; name: string } | null;
  /** The draft as PDF and as Word, and the table, as attachments named as given. */
  attachments(docId: string, names: { pdf: string; docx: string }, table: { name: string; bytes: Uint8Array }): Blob[];
  /** Copies of what was sent, kept in the office's `Lưu VT` folder (those already there by name are not copied again); the folder's address. */
  archive(files: readonly Blob[], folderName: string): string;
}

export interface SendReportDeps {
  ss: Spreadsheet;
  store: KeyValueStore;
  files: ReportFiles;
  mail: MailPort;
  now: () => Date;
  format: (date: Date, timeZone: string, pattern: string) => string;
}

export type SendReportOutcome =
  /** Not sent yet: what will go, for the office to confirm. */
  | { kind: 'confirm'; message: string }
  | { kind: 'sent'; message: string }
  /** This version of the draft went already: nothing is sent twice. */
  | { kind: 'already'; message: string }
  | { kind: 'invalid'; errors: string[] };

/** Script property: the key of the last report whose copies are in `Lưu VT` (a run that died after sending files them on the next click). */
export const REPORT_ARCHIVED = 'reportArchived';

/** One key per version of the draft: the same draft goes once, an edited one may go again. */
export const reportKey = (docId: string, version: number): string => `Báo cáo|${docId}|${version}`;

/**
 * "Gửi báo cáo": emails the parent body the draft as PDF and Word with the `tong-hop-<office>.xlsx`
 * table, once per version of the draft, logged as `Báo cáo` in `Nhật ký gửi` (`Đang gửi` before
 * the send, so a run that dies after it never sends it again), then keeps copies in `Lưu VT`.
 */
export function sendReportIn(deps: SendReportDeps, confirmed: boolean): SendReportOutcome {
  const sheets = openSheets(deps.ss);
  const loaded = loadState(sheets);
  if (!loaded.ok) return { kind: 'invalid', errors: loaded.errors };
  const { campaign, chapters } = loaded.state;
  const parentEmail = campaign.parentEmail?.trim() ?? '';
  if (!parentEmail) return { kind: 'invalid', errors: [reportMessages.noParentEmail] };
  const docId = deps.store.get(REPORT_DOC);
  if (!docId) return { kind: 'invalid', errors: [reportMessages.noReport] };
  const draft = deps.files.version(docId);
  if (!draft) return { kind: 'invalid', errors: [reportMessages.reportGone] };
  const outboxSheet = sheets.get(SHEET.outboxLog);
  if (!outboxSheet) return { kind: 'invalid', errors: [mailboxMessages.missingLogs] };
  const outbox = readOutboxIndex(outboxSheet);
  const key = reportKey(docId, draft.version);
  const parent = campaign.parent || parentEmail;
  const table = summaryFileName(campaign.office);
  const names = { pdf: `${draft.name}.pdf`, docx: `${draft.name}.docx` };
  const today = deps.format(deps.now(), campaign.timeZone, 'yyyy-MM-dd');
  const files = () => deps.files.attachments(docId, names, { name: table, bytes: summaryXlsx(campaign, (unit) => chapters.get(unit.id) ?? [], today) });
  const archive = (attachments: Blob[]) => {
    const folder = deps.files.archive(attachments, archiveMessages.folder(campaign.office));
    deps.store.set(REPORT_ARCHIVED, key);
    return folder;
  };
  if (settledKeys(outbox).has(key)) {
    if (deps.store.get(REPORT_ARCHIVED) !== key) archive(files());
    return { kind: 'already', message: reportMessages.alreadySent(parent) };
  }
  if (!confirmed) return { kind: 'confirm', message: reportMessages.confirmSend(parent, parentEmail, table) };
  if (deps.mail.remainingRecipients() < 1) return { kind: 'invalid', errors: [reportMessages.noQuota] };
  const attachments = files();
  const email = reportLetter({ campaign, asOf: today, files: { ...names, xlsx: table } });
  sendKeyed(
    { outboxSheet, outbox, mail: deps.mail, now: deps.now },
    'Báo cáo',
    key,
    { to: [parentEmail], cc: [], email, senderName: campaign.office, replyTo: campaign.officeEmail, attachments },
    'throw',
  );
  return { kind: 'sent', message: reportMessages.sent(parent, archive(attachments)) };
}
