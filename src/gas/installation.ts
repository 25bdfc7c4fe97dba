/**
 * Thin adapters the self-check gathers its facts with: one cheap call per service the product
 * uses, each caught so that a missing permission is named instead of ending the check.
 */
import type { AuthorizationStatus, FormFact, Probe, ProbeFailure, SpreadsheetFact, TriggerFact } from '../app/setup/installationFacts';
import { unitsFormRef } from './forms';

/**
 * The platform's two permission texts: the user did not grant a scope ("You do not have permission
 * to call X. Required permissions: …"), or the manifest does not declare it ("Specified permissions
 * are not sufficient to call X. …"). Scopes come as one URL or as "(a || b)", sometimes followed
 * by "For more information, see …".
 */
const DENIED = /(?:You do not have permission to call|Specified permissions are not sufficient to call) ([\w.]+?)\.?(?:\s|$)/;
const REQUIRED = /Required permissions:(.*?)(?:For more information|$)/s;

/** A failed call as the check reports it; the platform's permission texts are recognised exactly. */
export function probeFailure(call: string, error: unknown): ProbeFailure {
  const message = error instanceof Error ? error.message : String(error);
  const denied = DENIED.exec(message);
  if (!denied) return { ok: false, call, denied: false, requiredScopes: [], error: message };
  const required = REQUIRED.exec(message)?.[1] ?? '';
  const scopes = (required.match(/https:\/\/[^\s,()|]+/g) ?? []).map((url) => url.replace(/\.$/, ''));
  return { ok: false, call: denied[1] ?? call, denied: true, requiredScopes: scopes, error: message };
}

export function probe<T>(call: string, work: () => T): Probe<T> {
  try {
    return { ok: true, value: work() };
  } catch (error) {
    return probeFailure(call, error);
  }
}

export function authorizationStatus(): Probe<AuthorizationStatus> {
  return probe('ScriptApp.getAuthorizationInfo', () => {
    const status = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL).getAuthorizationStatus();
    return status === ScriptApp.AuthorizationStatus.REQUIRED ? 'REQUIRED' : 'NOT_REQUIRED';
  });
}

/** `open` is SpreadsheetApp.getActiveSpreadsheet, which itself needs a spreadsheet scope. */
export function spreadsheetFact(open: () => GoogleAppsScript.Spreadsheet.Spreadsheet): Probe<SpreadsheetFact> {
  return probe('SpreadsheetApp.getActiveSpreadsheet', () => {
    const ss = open();
    return { id: ss.getId(), timeZone: ss.getSpreadsheetTimeZone(), formRef: unitsFormRef(ss) };
  });
}

export function linkedFormFact(formRef: string): Probe<FormFact> {
  const byUrl = formRef.startsWith('https://');
  return probe(byUrl ? 'FormApp.openByUrl' : 'FormApp.openById', () => {
    const form = byUrl ? FormApp.openByUrl(formRef) : FormApp.openById(formRef);
    return { id: form.getId(), destinationId: destinationOf(form), accepting: form.isAcceptingResponses() };
  });
}

/** The spreadsheet a form writes its responses to; '' when unlinked (the platform throws then). */
function destinationOf(form: GoogleAppsScript.Forms.Form): string {
  try {
    return form.getDestinationId();
  } catch (error) {
    if (probeFailure('Form.getDestinationId', error).denied) throw error;
    return '';
  }
}

/** The running account's triggers in this project: the platform lists no other account's. */
export function projectTriggerFacts(): Probe<TriggerFact[]> {
  return probe('ScriptApp.getProjectTriggers', () =>
    ScriptApp.getProjectTriggers().map((t) => ({
      handler: t.getHandlerFunction(),
      eventType: String(t.getEventType()),
      sourceId: t.getTriggerSourceId(),
    })),
  );
}

export function remainingMailQuota(): Probe<number> {
  return probe('MailApp.getRemainingDailyQuota', () => MailApp.getRemainingDailyQuota());
}
