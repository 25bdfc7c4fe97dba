import { parseReportSchema, type ParseReport } from '../../../src/intake/report';

/** Every report a test sees must also satisfy the contract's schema. */
export function checked(report: ParseReport): ParseReport {
  const result = parseReportSchema.safeParse(report);
  if (!result.success) throw new Error(`report breaks the contract: ${JSON.stringify(result.error.issues)}\n${JSON.stringify(report)}`);
  return report;
}

/**
 * What `fn` costs in CPU time (user + system of this process), in ms: the bound a reader must
 * keep whatever else the machine runs (wall-clock time on a loaded 2-core runner measures the
 * other processes too).
 */
export function cpuTimed<T>(fn: () => T): { result: T; ms: number } {
  const start = process.cpuUsage();
  const result = fn();
  const used = process.cpuUsage(start);
  return { result, ms: (used.user + used.system) / 1000 };
}
