/**
 * `npm run parse -- FILE`: reads one .eml, .txt, .html, .csv, .xlsx or .docx file with the same
 * intake code the Apps Script bundle runs, and prints the classification report (DESIGN.md's
 * `parse` contract) as one JSON object. Exit code 0 when a table was read, 1 otherwise.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseFile } from '../src/intake';
import { LIMITS } from '../src/intake/limits';
import { intakeErrors } from '../src/intake/messages';
import { parseReportSchema, type ParseReport } from '../src/intake/report';

const EXTENSIONS = new Set(['.eml', '.txt', '.html', '.htm', '.csv', '.xlsx', '.docx']);

export interface ParseOutput {
  readonly report: ParseReport;
  readonly exitCode: 0 | 1;
}

/** The report for a path, without touching stdout (tests call this directly). */
export function parsePath(path: string | undefined): ParseOutput {
  const fail = (error: string): ParseOutput => ({ report: { ok: false, error }, exitCode: 1 });
  if (!path) return fail(intakeErrors.usage);
  const extension = extname(path).toLowerCase();
  let size: number;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) return fail(intakeErrors.fileMissing(path));
    size = stats.size;
  } catch {
    return fail(intakeErrors.fileMissing(path));
  }
  if (!EXTENSIONS.has(extension)) return fail(intakeErrors.unsupportedExtension(extension || basename(path)));
  // Refuse a huge file before reading it into memory, with the same message the parser gives.
  if (size > LIMITS.maxInputBytes) return fail(intakeErrors.tooLarge(size, LIMITS.maxInputBytes));
  const report = parseFile({ name: basename(path), bytes: new Uint8Array(readFileSync(path)) });
  const checked = parseReportSchema.safeParse(report);
  if (!checked.success) return fail(intakeErrors.unexpected);
  return { report, exitCode: report.ok ? 0 : 1 };
}

export function main(argv: readonly string[]): number {
  const { report, exitCode } = parsePath(argv[0]);
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  return exitCode;
}

// Run only as the command (tsx local/parse.ts …), not when a test imports parsePath.
if (/[\\/]parse\.ts$/.test(process.argv[1] ?? '')) {
  process.exitCode = main(process.argv.slice(2).filter((arg) => arg !== '--'));
}
