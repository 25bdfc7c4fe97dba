import { parseReportSchema, type ParseReport } from '../../../src/intake/report';

/** Every report a test sees must also satisfy the contract's schema. */
export function checked(report: ParseReport): ParseReport {
  const result = parseReportSchema.safeParse(report);
  if (!result.success) throw new Error(`report breaks the contract: ${JSON.stringify(result.error.issues)}\n${JSON.stringify(report)}`);
  return report;
}
