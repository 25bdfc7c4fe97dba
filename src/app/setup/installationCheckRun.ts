/**
 * The self-check as a use case: gathers the facts through ports (src/gas/installationPorts.ts),
 * the workbook, form, triggers and script properties under the script lock, Gmail and MailApp
 * outside it (the Gmail test waits for the index), then judges them.
 */
import { CADRE_FORM_ID_KEY } from '../../form/cadreForm';
import type { CampaignResult } from '../../domain/campaign';
import { isSetUp, loadCampaign, openSheets } from '../../workbook/sheets';
import {
  KNOWN_INSTANT,
  KNOWN_INSTANT_PATTERN,
  VIETNAM_TIME_ZONE,
  type AuthorizationStatus,
  type FormFact,
  type InstallationFacts,
  type LabelSearchFact,
  type Probe,
  type SpreadsheetFact,
  type TriggerFact,
} from './installationFacts';
import { evaluateInstallation } from './installationCheck';
import { gmailMessages } from './installationCheckMessages';
import type { InstallationReport } from './installationReport';
import { probeVietnameseText } from './installationText';

/** Script property the setup writes: the email of the account that installed the project's triggers. */
export const TRIGGER_OWNER_PROPERTY = 'TRIGGER_OWNER';

export interface InstallationPorts {
  /** The bound workbook; called only after `spreadsheet()` succeeded (opening it needs a scope too). */
  workbook(): GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** The account running the check, whose mailbox, quota and triggers the platform shows. */
  runner(): string;
  now(): Date;
  formatDate(date: Date, timeZone: string, pattern: string): string;
  scriptTimeZone(): string;
  withLock<T>(work: () => T): T;
  scriptProperty(key: string): string | null;
  authorization(): Probe<AuthorizationStatus>;
  spreadsheet(): Probe<SpreadsheetFact>;
  form(formRef: string): Probe<FormFact>;
  triggers(): Probe<TriggerFact[]>;
  mailQuota(): Probe<number>;
  labelSearch(address: string, canSend: boolean, text: { subject(token: string): string; body: string }): LabelSearchFact;
}

interface SharedFacts {
  spreadsheet: Probe<SpreadsheetFact>;
  campaign: CampaignResult | null;
  triggerOwner: string | null;
  triggers: Probe<TriggerFact[]>;
  form: Probe<FormFact> | null;
  cadreFormId: string | null;
}

/** Everything another execution may be writing: read in one go under the script lock. */
function readShared(ports: InstallationPorts): SharedFacts {
  const spreadsheet = ports.spreadsheet();
  let campaign: CampaignResult | null = null;
  if (spreadsheet.ok) {
    const sheets = openSheets(ports.workbook());
    campaign = isSetUp(sheets) ? loadCampaign(sheets) : null;
  }
  const formRef = spreadsheet.ok ? spreadsheet.value.formRef : null;
  return {
    spreadsheet,
    campaign,
    triggerOwner: ports.scriptProperty(TRIGGER_OWNER_PROPERTY),
    triggers: ports.triggers(),
    form: formRef ? ports.form(formRef) : null,
    cadreFormId: ports.scriptProperty(CADRE_FORM_ID_KEY),
  };
}

export function gatherInstallationFacts(ports: InstallationPorts): InstallationFacts {
  const runner = ports.runner();
  const authorization = ports.authorization();
  const shared = ports.withLock(() => readShared(ports));
  const mailQuota = ports.mailQuota();
  // Without a quota reading, sending is tried anyway: a failure is reported by the Gmail test itself.
  const canSend = mailQuota.ok ? mailQuota.value > 0 : true;
  const labelSearch = ports.labelSearch(runner, canSend, { subject: gmailMessages.subject, body: gmailMessages.body });
  const scriptTimeZone = ports.scriptTimeZone();
  const zone = shared.campaign?.ok ? shared.campaign.campaign.timeZone : scriptTimeZone;
  const now = ports.now();
  return {
    runner,
    checkedAt: ports.formatDate(now, zone, 'dd/MM/yyyy HH:mm'),
    today: ports.formatDate(now, zone, 'yyyy-MM-dd'),
    authorization,
    ...shared,
    mailQuota,
    labelSearch,
    scriptTimeZone,
    knownInstant: ports.formatDate(new Date(KNOWN_INSTANT), VIETNAM_TIME_ZONE, KNOWN_INSTANT_PATTERN),
    text: probeVietnameseText(),
  };
}

export function checkInstallationIn(ports: InstallationPorts): InstallationReport {
  return evaluateInstallation(gatherInstallationFacts(ports));
}
