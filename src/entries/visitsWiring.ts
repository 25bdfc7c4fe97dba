/**
 * Wiring for the visits capability (app/visits): the platform's clock and ports for the visits
 * pass and the office's typed invitation. Only main.ts calls these.
 */
import { loadCadreBoard, loadGoodPractices, loadProposals, setProposalStatusIn, validProposalChange, type CadreBoard, type GoodPractice, type ProposalItem, type ProposalList } from '../app/visits/followUp';
import { recordOfficeInvitationIn, validVisitEntry, type OfficeInvitationOutcome } from '../app/visits/officeEntry';
import type { VisitClock } from '../app/visits/recordInvitation';
import { syncVisitsIn, type VisitSyncDeps } from '../app/visits/visitSync';
import { requireEditor } from '../app/office/access';
import { officeCalendar } from '../gas/calendar';
import { formatDate, parseLocalDate } from '../gas/dates';
import { localDayKey } from '../domain/submissionCode';
import { withScriptLock } from '../gas/lock';
import { mailApp } from '../gas/mail';
import { activeUserEmail } from '../gas/session';
import { activeSpreadsheet, ruleFactory } from '../gas/spreadsheet';
import { openSheets } from '../workbook/sheets';
import { scriptStore } from '../gas/properties';
import { CADRE_FORM_LINK_KEY } from '../form/cadreForm';
import { officeAtKeyboard } from './officeWork';

/** Invitations' local times as instants, and instants shown, in the campaign's time zone. */
export const visitClock: VisitClock = {
  now: () => new Date(),
  localDay: localDayKey,
  instant: (day, clock, timeZone) => parseLocalDate(`${day} ${clock}`, timeZone, 'yyyy-MM-dd HH:mm'),
  format: formatDate,
};

/** The visits pass's ports: the running account's calendar and mail (the office's, for the poll). */
export function visitSyncDeps(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): VisitSyncDeps {
  return {
    ss,
    mail: mailApp,
    calendar: officeCalendar(),
    clock: visitClock,
    localHour: (date, timeZone) => Number(formatDate(date, timeZone, 'H')),
    reportForm: () => scriptStore().get(CADRE_FORM_LINK_KEY),
  };
}

/**
 * The office's typed invitation, under the script lock; at the office's own keyboard the calendar
 * event and the cadre's letter go at once, a clerk's wait for the office's next poll.
 */
export function submitInvitationAtKeyboard(entry: unknown): OfficeInvitationOutcome {
  const ss = activeSpreadsheet();
  const clerk = activeUserEmail();
  requireEditor(ss, clerk);
  const valid = validVisitEntry(entry);
  return withScriptLock(() => {
    const outcome = recordOfficeInvitationIn({ ss, clerk, rules: ruleFactory(), clock: visitClock }, valid);
    if (outcome.ok && officeAtKeyboard()) syncVisitsIn(visitSyncDeps(ss));
    return outcome;
  });
}

/** The follow-up views' reads: an editor's, under the lock like the other sidebar reads. */
function editorRead<T>(read: (sheets: ReturnType<typeof openSheets>) => T): T {
  const ss = activeSpreadsheet();
  requireEditor(ss, activeUserEmail());
  return withScriptLock(() => read(openSheets(ss)), { readOnly: true });
}

export const cadreBoardRead = (): CadreBoard => editorRead((sheets) => loadCadreBoard(sheets, visitClock));
export const proposalsRead = (): ProposalList => editorRead((sheets) => loadProposals(sheets, visitClock));
export const goodPracticesRead = (): GoodPractice[] => editorRead((sheets) => loadGoodPractices(sheets, visitClock));

/**
 * The office sets a proposal's status; at the office's own keyboard the cadre's letter goes at
 * once, a clerk's with the office's next poll (the visits pass finds the status not yet told).
 */
export function proposalStatusAtKeyboard(id: unknown, status: unknown, note: unknown): ProposalItem {
  const ss = activeSpreadsheet();
  requireEditor(ss, activeUserEmail());
  const change = validProposalChange(id, status, note);
  return withScriptLock(() => {
    const item = setProposalStatusIn(openSheets(ss), visitClock, change);
    if (officeAtKeyboard()) syncVisitsIn(visitSyncDeps(ss));
    return item;
  });
}
