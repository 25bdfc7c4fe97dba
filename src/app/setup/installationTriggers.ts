/**
 * The self-check's judgement of the triggers (present, once, owned by the recorded account) and of
 * the form (linked, accepting responses, its submit trigger present). Pure: facts in, results out.
 */
import type { InstallationFacts, TriggerFact } from './installationFacts';
import { checkTitles, formMessages, reportMessages, SERVICE_LABELS, TRIGGER_LABELS, triggerMessages } from './installationCheckMessages';
import { result, type CheckResult } from './installationReport';

/** The triggers setup and the form sync install (see main.ts finishSetup_ and formDeps_). */
export const PRODUCT_TRIGGERS = [
  { handler: 'pollMailbox', eventType: 'CLOCK' },
  { handler: 'checkDeadlines', eventType: 'CLOCK' },
  { handler: 'onFormSubmit', eventType: 'ON_FORM_SUBMIT' },
  // The cadres' form "Báo cáo kết quả đi cơ sở" (gas/cadreForm.ts), which setup makes: 4 of the 20 triggers a user may have.
  { handler: 'onCadreFormSubmit', eventType: 'ON_FORM_SUBMIT' },
] as const;

const FORM_HANDLER = 'onFormSubmit';
const CADRE_FORM_HANDLER = 'onCadreFormSubmit';
const isProductTrigger = (t: TriggerFact) => PRODUCT_TRIGGERS.some((p) => p.handler === t.handler);
const label = (handler: string) => TRIGGER_LABELS[handler] ?? handler;

export function sameAccount(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The recorded owner when it is someone else than the runner; null when the runner owns them or no one is recorded. */
export function otherOwner(facts: Pick<InstallationFacts, 'triggerOwner' | 'runner'>): string | null {
  const owner = facts.triggerOwner?.trim();
  return owner && !sameAccount(owner, facts.runner) ? owner : null;
}

/** The linked form's id when the check could open it. */
function linkedFormId(facts: InstallationFacts): string | null {
  return facts.form?.ok ? facts.form.value.id : null;
}

export function evaluateTriggers(facts: InstallationFacts): CheckResult {
  const r = (status: CheckResult['status'], summary: string, advice: string[] = []) => result('triggers', checkTitles.triggers, status, summary, advice);
  // No campaign means "not set up" only when the workbook could be read at all.
  if (!facts.campaign && facts.spreadsheet.ok) return r('failed', triggerMessages.notSetUp, [triggerMessages.runSetup]);
  if (!facts.triggers.ok) {
    return facts.triggers.denied
      ? r('warning', reportMessages.notChecked(SERVICE_LABELS.triggers))
      : r('failed', `${triggerMessages.unreadable} (${facts.triggers.error})`);
  }
  const mine = facts.triggers.value.filter(isProductTrigger);
  const owner = otherOwner(facts);
  if (owner) {
    if (mine.length === 0) return r('warning', triggerMessages.otherOwner(owner), [triggerMessages.ownerShouldRun(owner)]);
    const handlers = [...new Set(mine.map((t) => t.handler))];
    return r('failed', `${triggerMessages.otherOwner(owner)} ${triggerMessages.secondSet(handlers.map(label))}`, [
      triggerMessages.deleteOwn(handlers),
      triggerMessages.ownerShouldRun(owner),
    ]);
  }
  const formId = linkedFormId(facts);
  const missing: string[] = [];
  const duplicated: string[] = [];
  const summary: string[] = [];
  const advice: string[] = [];
  for (const expected of PRODUCT_TRIGGERS) {
    const isForm = expected.handler === FORM_HANDLER;
    // Without a form to compare with, the form check reports the form; its trigger cannot be judged.
    if (isForm && formId === null) continue;
    // The cadres' form's trigger is on the form whose id setup recorded (any form while none is recorded: setup makes it).
    const source = isForm ? formId : expected.handler === CADRE_FORM_HANDLER ? facts.cadreFormId : null;
    const count = mine.filter((t) => t.handler === expected.handler && t.eventType === expected.eventType && (source === null || t.sourceId === source)).length;
    if (count === 0) missing.push(expected.handler);
    if (count > 1) duplicated.push(expected.handler);
  }
  if (missing.length > 0) {
    summary.push(triggerMessages.missing(missing.map(label)));
    if (missing.some((h) => h !== FORM_HANDLER && h !== CADRE_FORM_HANDLER)) advice.push(triggerMessages.reinstall);
    if (missing.includes(CADRE_FORM_HANDLER)) advice.push(triggerMessages.reinstallCadreForm);
    if (missing.includes(FORM_HANDLER)) advice.push(triggerMessages.reinstallForm);
  }
  if (duplicated.length > 0) {
    summary.push(triggerMessages.duplicated(duplicated.map(label)));
    advice.push(triggerMessages.deleteDuplicates(duplicated));
  }
  if (formId !== null && mine.some((t) => t.handler === FORM_HANDLER && t.sourceId !== formId)) {
    summary.push(triggerMessages.otherForm);
    advice.push(triggerMessages.deleteOtherForm);
  }
  if (summary.length > 0) return r('failed', summary.join(' '), advice);
  const present = PRODUCT_TRIGGERS.filter((p) => p.handler !== FORM_HANDLER || formId !== null).map((p) => label(p.handler));
  if (!facts.triggerOwner?.trim()) {
    return r('warning', `${triggerMessages.ok(present, facts.runner)} ${triggerMessages.ownerUnknown}`, [triggerMessages.recordOwner]);
  }
  return r('ok', triggerMessages.ok(present, facts.triggerOwner.trim()));
}

export function evaluateForm(facts: InstallationFacts): CheckResult {
  const r = (status: CheckResult['status'], summary: string, advice: string[] = []) => result('form', checkTitles.form, status, summary, advice);
  if (!facts.spreadsheet.ok) {
    return facts.spreadsheet.denied
      ? r('warning', reportMessages.notChecked(SERVICE_LABELS.spreadsheet))
      : r('failed', formMessages.workbookUnreadable(facts.spreadsheet.error));
  }
  if (!facts.campaign) return r('failed', formMessages.notSetUp, [triggerMessages.runSetup]);
  if (!facts.spreadsheet.value.formRef || !facts.form) return r('failed', formMessages.notLinked, [formMessages.build]);
  if (!facts.form.ok) {
    return facts.form.denied
      ? r('warning', reportMessages.notChecked(SERVICE_LABELS.form))
      : r('failed', formMessages.cannotOpen(facts.form.error), [formMessages.relink]);
  }
  const form = facts.form.value;
  const failed: string[] = [];
  const warnings: string[] = [];
  const advice: string[] = [];
  // The product reads responses from the form; a response sheet would grow past the workbook's cell limit.
  if (form.destinationId) {
    failed.push(form.destinationId === facts.spreadsheet.value.id ? formMessages.destinationHere : formMessages.otherDestination);
    advice.push(formMessages.removeDestination);
  }
  if (!form.accepting) {
    const pastDeadline = facts.campaign.ok && facts.today > facts.campaign.campaign.deadline;
    (pastDeadline ? warnings : failed).push(pastDeadline ? formMessages.closedAfterDeadline : formMessages.closed);
    advice.push(formMessages.reopen);
  }
  const owner = otherOwner(facts);
  if (owner) {
    warnings.push(formMessages.triggerUnverified(owner));
    advice.push(triggerMessages.ownerShouldRun(owner));
  } else if (!facts.triggers.ok) {
    warnings.push(reportMessages.notChecked(SERVICE_LABELS.triggers));
  } else if (!facts.triggers.value.some((t) => t.handler === FORM_HANDLER && t.eventType === 'ON_FORM_SUBMIT' && t.sourceId === form.id)) {
    failed.push(formMessages.noTrigger);
    advice.push(triggerMessages.reinstallForm);
  }
  if (failed.length > 0) return r('failed', [...failed, ...warnings].join(' '), advice);
  if (warnings.length > 0) return r('warning', [...(form.accepting ? [formMessages.linkedAccepting] : []), ...warnings].join(' '), advice);
  return r('ok', formMessages.ok);
}
