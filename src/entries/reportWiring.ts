/**
 * Wiring for the report to the parent body: it is made as the office account, in whose Drive the
 * archive folder is and from whose mailbox it is later sent. Only main.ts calls these.
 */
import { makeReportIn, type ReportOutcome } from '../app/reports/makeReport';
import { sendReportIn, type SendReportOutcome } from '../app/reports/sendReport';
import { mailApp } from '../gas/mail';
import { googleReportFiles } from '../gas/reportFiles';
import { reportMessages } from '../app/reports/reportMessages';
import { formatDate } from '../gas/dates';
import { scriptStore } from '../gas/properties';
import { googleReportDocs } from '../gas/reportDoc';
import { TRIGGER_OWNER } from '../app/office/officeActionsOwner';
import { officeAtKeyboard } from './officeWork';

export type { ReportOutcome, SendReportOutcome };

/** Under the script lock: the report, or why another account cannot make it. */
export function makeReportNow(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, replace: boolean): ReportOutcome {
  const store = scriptStore();
  if (!officeAtKeyboard()) return { kind: 'invalid', errors: [reportMessages.officeOnly(store.get(TRIGGER_OWNER) ?? '')] };
  return makeReportIn({ ss, store, docs: googleReportDocs(store), now: new Date(), format: formatDate }, replace);
}

/** Under the script lock: sends the draft to the parent body from the office's mailbox (once per version). */
export function sendReportNow(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, confirmed: boolean): SendReportOutcome {
  const store = scriptStore();
  if (!officeAtKeyboard()) return { kind: 'invalid', errors: [reportMessages.officeOnly(store.get(TRIGGER_OWNER) ?? '')] };
  return sendReportIn({ ss, store, files: googleReportFiles(store), mail: mailApp, now: () => new Date(), format: formatDate }, confirmed);
}
