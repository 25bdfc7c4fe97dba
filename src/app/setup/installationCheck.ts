/**
 * The self-check's judgement (menu "Kiểm tra cài đặt"): what works, what does not and what to do,
 * from the facts the adapters gathered. Pure, so each failing fact's advice is unit-tested.
 */
import type { Campaign } from '../../domain/campaign';
import { digestCadres } from '../../domain/deadlines';
import { locateField } from '../../workbook/readCampaign';
import {
  KNOWN_INSTANT_TEXT,
  VIETNAM_TIME_ZONE,
  type InstallationFacts,
  type Probe,
  type ServiceName,
} from './installationFacts';
import {
  checkTitles,
  gmailMessages,
  permissionMessages,
  quotaMessages,
  signatureMessages,
  reportMessages,
  SERVICE_LABELS,
  textMessages,
  timeZoneMessages,
  triggerMessages,
} from './installationCheckMessages';
import { buildReport, result, worst, type CheckResult, type CheckStatus, type InstallationReport } from './installationReport';
import { textProblems } from './installationText';
import { signerWarning } from '../notices/signerWarning';
import { evaluateForm, evaluateTriggers, otherOwner } from './installationTriggers';

export function evaluateInstallation(facts: InstallationFacts): InstallationReport {
  return buildReport(facts.runner, facts.checkedAt, [
    evaluatePermissions(facts),
    evaluateTriggers(facts),
    evaluateForm(facts),
    evaluateGmail(facts),
    evaluateQuota(facts),
    evaluateTimeZones(facts),
    evaluateText(facts),
    evaluateSignature(facts),
  ]);
}

/** The probe of each service the product uses; null when the check had nothing to probe it with. */
function serviceProbes(facts: InstallationFacts): Array<[ServiceName, Probe<unknown> | null]> {
  const gmail = facts.labelSearch.kind === 'failed' ? facts.labelSearch.failure : { ok: true as const, value: null };
  return [
    ['spreadsheet', facts.spreadsheet],
    ['form', facts.form],
    ['gmail', gmail],
    ['mail', facts.mailQuota],
    ['triggers', facts.triggers],
  ];
}

export function evaluatePermissions(facts: InstallationFacts): CheckResult {
  const probes = serviceProbes(facts);
  const denied = probes.filter(([, p]) => p !== null && !p.ok && p.denied).map(([service]) => SERVICE_LABELS[service]);
  const required = facts.authorization.ok && facts.authorization.value === 'REQUIRED';
  const r = (status: CheckStatus, summary: string, advice: string[] = []) => result('permissions', checkTitles.permissions, status, summary, advice);
  if (denied.length > 0 || required) {
    const parts = [...(required ? [permissionMessages.authorizationRequired] : []), ...(denied.length > 0 ? [permissionMessages.denied(denied)] : [])];
    return r('failed', parts.join(' '), [permissionMessages.reauthorize, permissionMessages.stillDenied]);
  }
  const probed = probes.filter(([, p]) => p !== null).map(([service]) => SERVICE_LABELS[service]);
  const note = probes.some(([service, p]) => service === 'form' && p === null) ? permissionMessages.formNotProbed : null;
  const summary = permissionMessages.ok(probed, note);
  if (!facts.authorization.ok) return r('warning', `${summary} ${permissionMessages.authorizationUnknown(facts.authorization.error)}`);
  return r('ok', summary);
}

export function evaluateGmail(facts: InstallationFacts): CheckResult {
  const search = facts.labelSearch;
  const r = (status: CheckStatus, summary: string[], advice: string[] = []) => {
    const owner = otherOwner(facts);
    const note = owner && search.kind === 'ran' ? [gmailMessages.otherAccount(facts.runner)] : [];
    return result('gmail', checkTitles.gmail, status, [...summary, ...note].join(' '), advice);
  };
  if (search.kind === 'failed') {
    return search.failure.denied ? r('warning', [reportMessages.notChecked(SERVICE_LABELS.gmail)]) : r('failed', [gmailMessages.failed(search.failure.error)]);
  }
  if (search.kind === 'skipped') {
    return search.reason === 'noQuota' ? r('warning', [gmailMessages.noQuota], [gmailMessages.tryTomorrow]) : r('warning', [gmailMessages.noAddress]);
  }
  const failed: string[] = [];
  const advice: string[] = [];
  if (!search.arrived) {
    failed.push(gmailMessages.notArrived(facts.runner));
    advice.push(gmailMessages.checkFilters);
  } else {
    if (!search.foundByCandidates) failed.push(gmailMessages.candidatesMiss);
    for (const probe of search.labels) {
      if (!probe.foundByLabel) failed.push(gmailMessages.labelMiss(probe.label));
      if (!probe.excludedFromCandidates) failed.push(gmailMessages.notExcluded(probe.label));
    }
    if (failed.length > 0) advice.push(gmailMessages.technical);
  }
  const created = search.labelsCreated.length > 0 ? [gmailMessages.created(search.labelsCreated)] : [];
  if (!search.trashed) advice.push(gmailMessages.notTrashed(search.token));
  if (failed.length > 0) return r('failed', [...failed, ...created], advice);
  if (!search.trashed) return r('warning', [gmailMessages.ok(facts.runner), ...created], advice);
  return r('ok', [gmailMessages.ok(facts.runner), gmailMessages.trashed, ...created]);
}

/**
 * Recipients of one round of reminders: each unit's addresses in To and its cadre in Cc (as
 * notices.ts sends them), the office's digest and each cadre's own (digests.ts).
 */
export function recipientsPerRound(campaign: Pick<Campaign, 'units' | 'cadres'>): number {
  const cadreEmail = new Map(campaign.cadres.map((c) => [c.id, c.email]));
  const units = campaign.units.reduce((n, unit) => n + unit.emails.length + (cadreEmail.get(unit.cadre) ? 1 : 0), 0);
  return units + 1 + digestCadres(campaign).length;
}

export function evaluateQuota(facts: InstallationFacts): CheckResult {
  const r = (status: CheckStatus, summary: string[], advice: string[] = []) => {
    const owner = otherOwner(facts);
    if (!owner || !facts.mailQuota.ok) return result('quota', checkTitles.quota, status, summary.join(' '), advice);
    const notOwner = quotaMessages.notOwner(facts.runner, owner);
    return result('quota', checkTitles.quota, worst([status, 'warning']), [...summary, notOwner].join(' '), [...advice, triggerMessages.ownerShouldRun(owner)]);
  };
  if (!facts.mailQuota.ok) {
    return facts.mailQuota.denied
      ? r('warning', [reportMessages.notChecked(SERVICE_LABELS.mail)])
      : r('failed', [`${quotaMessages.unreadable} (${facts.mailQuota.error})`]);
  }
  const left = facts.mailQuota.value;
  if (left <= 0) return r('failed', [quotaMessages.none], [quotaMessages.waitTomorrow]);
  if (!facts.campaign?.ok) return r('warning', [quotaMessages.unknownNeed(left)]);
  const units = facts.campaign.campaign.units.length;
  const needed = recipientsPerRound(facts.campaign.campaign);
  if (left < needed) return r('warning', [quotaMessages.short(left, units, needed)], [quotaMessages.largerQuota]);
  return r('ok', [quotaMessages.enough(left, units, needed)]);
}

export function evaluateTimeZones(facts: InstallationFacts): CheckResult {
  const r = (status: CheckStatus, summary: string[], advice: string[] = []) => result('timeZones', checkTitles.timeZones, status, summary.join(' '), advice);
  const campaignWhere = locateField(['timeZone']) ?? 'trang "Cấu hình"';
  const places = [
    { where: timeZoneMessages.script, zone: facts.scriptTimeZone as string | null, fix: timeZoneMessages.fixScript },
    { where: timeZoneMessages.spreadsheet, zone: facts.spreadsheet.ok ? facts.spreadsheet.value.timeZone : null, fix: timeZoneMessages.fixSpreadsheet },
    { where: timeZoneMessages.campaign, zone: facts.campaign?.ok ? facts.campaign.campaign.timeZone : null, fix: timeZoneMessages.fixCampaign(campaignWhere) },
  ];
  const known = places.filter((p) => p.zone !== null);
  const zones = new Set(known.map((p) => p.zone));
  const summary: string[] = [];
  const advice: string[] = [];
  let status: CheckStatus = 'ok';
  if (zones.size > 1) {
    status = 'failed';
    summary.push(timeZoneMessages.differ(places.map((p) => timeZoneMessages.part(p.where, p.zone ?? timeZoneMessages.unreadable))));
    const off = known.filter((p) => p.zone !== VIETNAM_TIME_ZONE);
    advice.push(...(off.length < known.length ? off : known).map((p) => p.fix), timeZoneMessages.toVietnam);
  } else if (zones.size === 1 && !zones.has(VIETNAM_TIME_ZONE)) {
    status = 'warning';
    summary.push(timeZoneMessages.consistentElsewhere(known[0]?.zone ?? ''));
    advice.push(timeZoneMessages.toVietnam, ...known.map((p) => p.fix));
  } else if (known.length < places.length) {
    status = 'warning';
    summary.push(timeZoneMessages.unverified(places.map((p) => timeZoneMessages.part(p.where, p.zone ?? timeZoneMessages.unreadable))));
  } else {
    summary.push(timeZoneMessages.ok(VIETNAM_TIME_ZONE));
  }
  if (facts.knownInstant !== KNOWN_INSTANT_TEXT) {
    status = 'failed';
    summary.push(timeZoneMessages.badFormat(facts.knownInstant, KNOWN_INSTANT_TEXT));
    advice.push(timeZoneMessages.technical);
  }
  return r(status, summary, advice);
}

export function evaluateText(facts: InstallationFacts): CheckResult {
  const problems = textProblems(facts.text);
  if (problems.length === 0) return result('text', checkTitles.text, 'ok', textMessages.ok);
  return result('text', checkTitles.text, 'failed', problems.map((p) => textMessages[p]).join(' '), [textMessages.technical]);
}

/** Letters end with the signer's name: a campaign without one sends them unsigned, the built-in one signs with a sample. */
export function evaluateSignature(facts: InstallationFacts): CheckResult {
  if (!facts.campaign?.ok) return result('signature', checkTitles.signature, 'warning', signatureMessages.notChecked);
  const { signer } = facts.campaign.campaign;
  const warning = signerWarning(signer);
  if (warning) return result('signature', checkTitles.signature, 'warning', warning);
  return result('signature', checkTitles.signature, 'ok', signatureMessages.ok(signer?.title.trim() ?? '', signer?.name.trim() ?? ''));
}
