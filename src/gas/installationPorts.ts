import type { InstallationPorts } from '../app/setup/installationCheckRun';
import { formatDate } from './dates';
import { runLabelSearchTest } from './gmailSelfTest';
import { authorizationStatus, linkedFormFact, projectTriggerFacts, remainingMailQuota, spreadsheetFact } from './installation';
import { withScriptLock } from './lock';
import { scriptStore } from './properties';
import { activeSpreadsheet } from './spreadsheet';

/** The self-check's ports on the real services, for the account running it. */
export function installationPorts(): InstallationPorts {
  let ss: GoogleAppsScript.Spreadsheet.Spreadsheet | null = null;
  const workbook = () => (ss ??= activeSpreadsheet());
  const store = scriptStore();
  return {
    workbook,
    runner: () => Session.getEffectiveUser().getEmail(),
    now: () => new Date(),
    formatDate,
    scriptTimeZone: () => Session.getScriptTimeZone(),
    // The check only looks: it takes the lock as a reader, and so leaves no trace in the properties.
    withLock: (work) => withScriptLock(work, { readOnly: true }),
    scriptProperty: (key) => store.get(key),
    authorization: authorizationStatus,
    spreadsheet: () => spreadsheetFact(workbook),
    form: linkedFormFact,
    triggers: projectTriggerFacts,
    mailQuota: remainingMailQuota,
    labelSearch: runLabelSearchTest,
  };
}
