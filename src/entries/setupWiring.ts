/**
 * Wiring for setup (see app/setup.ts): its continuation trigger, its progress toasts and the
 * dialog that ends a menu run. Only main.ts calls these.
 */
import type { FormSyncOutcome } from '../app/setup/formSync';
import { formBuildMessages } from '../app/setup/formBuildMessages';
import { MENU, setupMessages } from '../app/messages';
import type { SetupDeps, SetupOutcome } from '../app/setup/setup';
import { setupProgressMessages } from '../app/setup/setupProgressMessages';
import type { KeyValueStore } from '../gas/properties';
import { activeSpreadsheet, ruleFactory } from '../gas/spreadsheet';
import { deleteTriggersOf, ensureOneOff } from '../gas/triggers';

/**
 * The one-off trigger that carries an unfinished first setup on, scheduled like the form build's
 * (a minute after the run that scheduled it can have ended); it stays until the setup has started
 * the form's build, so a run that dies even there is carried on.
 */
export const CONTINUE_SETUP = 'continueSetup';
/** A menu run shows its progress every this many tabs (a toast is a call on the workbook). */
const TOAST_EVERY_TABS = 25;

/** An execution's time: setup's and the form build's steps stop and continue by it. */
export interface ExecutionTiming {
  /** Milliseconds left of this execution's budget. */
  timeLeft: () => number;
  /** When the continuation fires, from now: after this execution can have ended. */
  continueAfterMs: () => number;
}

export function setupDeps(fromMenu: boolean, store: KeyValueStore, timing: ExecutionTiming): SetupDeps {
  return {
    rules: ruleFactory(),
    store,
    timeLeft: timing.timeLeft,
    continuation: {
      schedule: () => void ensureOneOff(CONTINUE_SETUP, timing.continueAfterMs()),
      cancel: () => deleteTriggersOf(CONTINUE_SETUP),
    },
    progress: fromMenu
      ? (done, total) => {
          if (done % TOAST_EVERY_TABS === 0 && done < total) activeSpreadsheet().toast(setupProgressMessages.toast(done, total), MENU.title);
        }
      : undefined,
  };
}

/** The dialog that ends a menu run of setup (and, while a first setup goes on, its progress toast). */
export function showSetupOutcome(ui: GoogleAppsScript.Base.Ui, outcome: SetupOutcome, form: FormSyncOutcome | null): void {
  const formLine = form && form.ok ? `\n\n${form.complete ? formBuildMessages.ready : formBuildMessages.inProgress(form.sectionsDone, form.units)}` : '';
  const warnings = 'signerWarning' in outcome ? [outcome.signerWarning, outcome.cadreWarning] : [];
  const signer = warnings.filter(Boolean).map((warning) => `\n\n${warning}`).join('');
  switch (outcome.kind) {
    case 'created':
      return void ui.alert(setupMessages.doneTitle, setupMessages.created(outcome.units) + formLine + signer, ui.ButtonSet.OK);
    case 'building':
      activeSpreadsheet().toast(setupProgressMessages.toast(outcome.unitTabs, outcome.units), MENU.title);
      return void ui.alert(setupProgressMessages.continuesTitle, setupProgressMessages.continuesBody(outcome.unitTabs, outcome.units), ui.ButtonSet.OK);
    case 'extended': {
      const recreated = outcome.recreated.length ? `\n\n${setupProgressMessages.recreated(outcome.recreated)}` : '';
      const body = outcome.addedUnits.length === 0 && outcome.recreated.length > 0 ? setupProgressMessages.recreated(outcome.recreated) : setupMessages.extended(outcome.addedUnits) + recreated;
      return void ui.alert(setupMessages.doneTitle, body + formLine + signer, ui.ButtonSet.OK);
    }
    case 'invalidCampaign':
      return void ui.alert(setupMessages.invalidTitle, setupMessages.invalidBody(outcome.errors), ui.ButtonSet.OK);
    case 'invalidWorkbook':
      return void ui.alert(setupMessages.invalidTitle, setupMessages.workbookInvalidBody(outcome.errors), ui.ButtonSet.OK);
    case 'partialWorkbook':
      return void ui.alert(setupMessages.partialTitle, setupMessages.partialBody(outcome.missing), ui.ButtonSet.OK);
    case 'needsCampaign':
      return;
  }
}
