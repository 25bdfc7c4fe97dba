/** The self-check's answer: one result per check, and its plain-text rendering (alert and CLI). */
import { reportMessages } from './installationCheckMessages';

export type CheckStatus = 'ok' | 'warning' | 'failed';

export type CheckId = 'permissions' | 'triggers' | 'form' | 'gmail' | 'quota' | 'timeZones' | 'text' | 'signature';

export interface CheckResult {
  id: CheckId;
  status: CheckStatus;
  title: string;
  /** What works or what does not, in one or a few sentences. */
  summary: string;
  /** What to do, one step a line; [] when nothing. */
  advice: string[];
}

export interface InstallationReport {
  runner: string;
  checkedAt: string;
  /** The worst status of the checks. */
  status: CheckStatus;
  checks: CheckResult[];
}

const RANK: Readonly<Record<CheckStatus, number>> = { ok: 0, warning: 1, failed: 2 };
const MARK: Readonly<Record<CheckStatus, string>> = { ok: '✓', warning: '!', failed: '✗' };

export function worst(statuses: readonly CheckStatus[]): CheckStatus {
  return statuses.reduce<CheckStatus>((a, b) => (RANK[b] > RANK[a] ? b : a), 'ok');
}

export function result(id: CheckId, title: string, status: CheckStatus, summary: string, advice: readonly string[] = []): CheckResult {
  return { id, title, status, summary, advice: [...new Set(advice)] };
}

export function buildReport(runner: string, checkedAt: string, checks: CheckResult[]): InstallationReport {
  return { runner, checkedAt, status: worst(checks.map((c) => c.status)), checks };
}

/** One line per check with ✓ / ! / ✗, then its advice indented under it. */
export function formatReport(report: InstallationReport): string {
  const failed = report.checks.filter((c) => c.status === 'failed').length;
  const warnings = report.checks.filter((c) => c.status === 'warning').length;
  const lines = [
    reportMessages.header(report.runner, report.checkedAt),
    report.status === 'ok' ? reportMessages.allOk : reportMessages.summary(failed, warnings),
    '',
  ];
  for (const check of report.checks) {
    lines.push(`${MARK[check.status]} ${check.title}: ${check.summary}`);
    for (const step of check.advice) lines.push(`   → ${step}`);
  }
  return lines.join('\n');
}
