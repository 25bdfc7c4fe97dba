/**
 * Wiring for the cadres' form "Báo cáo kết quả đi cơ sở" (form/cadreForm.ts, app/visits/cadreForm*):
 * the platform's ports for its build, its submit trigger, the poll's catch-up and the office's
 * "apply" of a report waiting for review. Only main.ts calls these.
 */
import { applyCadreReviewIn, recordCadreReport, type ApplyReviewOutcome, type CadreIntakeDeps } from '../app/visits/cadreFormIntake';
import { catchUpCadreReports, type CadreCatchUp } from '../app/visits/cadreFormCatchUp';
import { cadreFormMessages } from '../app/visits/cadreFormMessages';
import { requireEditor } from '../app/office/access';
import { cadreResponsesSince, ensureCadreForm, readCadreResponse, type CadreFormBuild } from '../gas/cadreForm';
import { withScriptLock } from '../gas/lock';
import { mailApp } from '../gas/mail';
import { scriptOfficeActionStore } from '../gas/officeActionStore';
import { scriptStore, type KeyValueStore } from '../gas/properties';
import { activeUserEmail } from '../gas/session';
import { activeSpreadsheet } from '../gas/spreadsheet';
import { lockMessages } from '../app/messages';
import { officeAtKeyboard } from './officeWork';
import { visitClock } from './visitsWiring';

function intakeDeps(): CadreIntakeDeps {
  return { ss: activeSpreadsheet(), mail: mailApp, now: () => new Date(), clock: visitClock, actions: scriptOfficeActionStore() };
}

/** Setup's step (under its lock): the form made once, completed if a run died while making it. */
export function ensureCadreFormNow(store: KeyValueStore, installTrigger: boolean): CadreFormBuild {
  return ensureCadreForm(store, installTrigger);
}

/**
 * The cadres' form's submit trigger: one report recorded and confirmed. Busy or failing, the run
 * fails visibly and the office's next poll records the response from the form (catchUpCadreReports).
 */
export function cadreFormSubmitted(response: GoogleAppsScript.Forms.FormResponse): void {
  const outcome = withScriptLock(() => recordCadreReport(intakeDeps(), readCadreResponse(response)), { busyMessage: lockMessages.formDeferred });
  if ('errors' in outcome) throw new Error(cadreFormMessages.notRecorded(outcome.errors));
}

/** The office's poll, under its first hold of the lock: the form's responses no trigger recorded. */
export function catchUpCadreFormNow(timeLeft: () => number): CadreCatchUp {
  const store = scriptStore();
  return catchUpCadreReports({ ...intakeDeps(), responsesSince: (since) => cadreResponsesSince(store, since), store, timeLeft });
}

/**
 * Sidebar API's work: the office confirms a report in review is the cadre's. The letter goes from
 * the office's mailbox, so only the office's own account carries it out.
 */
export function applyVisitReviewAtKeyboard(logId: string): ApplyReviewOutcome {
  requireEditor(activeSpreadsheet(), activeUserEmail());
  return withScriptLock(() => (officeAtKeyboard() ? applyCadreReviewIn(intakeDeps(), logId) : { ok: false, error: cadreFormMessages.officeOnly }));
}
