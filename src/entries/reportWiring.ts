/**
 * Wiring for the report to the parent body: it is made as the office account, in whose Drive the
 * archive folder is and from whose mailbox it is later sent. Only main.ts calls these.
 */
import { makeReportIn, type ReportOutcome } from '../app/reports/makeReport';
import { reportMessages } from '../app/reports/reportMessages';
import { formatDate } from '../gas/dates';
import { scriptStore } from '../gas/properties';
import { googleReportDocs } from '../gas/reportDoc';
import { TRIGGER_OWNER } from '../app/office/officeActionsOwner';
import { officeAtKeyboard } from './officeWork';

export type { ReportOutcome };

/** Under the script lock: the report, or why another account cannot make it. */
export function makeReportNow(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, replace: boolean): ReportOutcome {
  const store = scriptStore();
  if (!officeAtKeyboard()) return { kind: 'invalid', errors: [reportMessages.officeOnly(store.get(TRIGGER_OWNER) ?? '')] };
  return makeReportIn({ ss, store, docs: googleReportDocs(store), now: new Date(), format: formatDate }, replace);
}
