/**
 * `npm run parse -- FILE`: reads one .eml, .txt, .html, .csv, .xlsx or .docx file with the same
 * intake code the Apps Script bundle runs, and prints the classification report (DESIGN.md's
 * `parse` contract) as one JSON object. Exit code 0 when a table was read, 1 otherwise. An
 * Office 97–2003 file (.xls, .doc, or one attached to an .eml) is converted first the way the
 * emulator's Drive converts it (local/emulator/drive/convert.ts), as the app does on Google.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { withLegacyConverted, type LegacyConverter } from '../src/app/intake/legacyFiles';
import { legacyFileKind, parseEmail, parseEml, parseFile } from '../src/intake';
import { ConversionError, docToDocx, xlsToXlsx } from './emulator/drive/convert';
import { LIMITS } from '../src/intake/limits';
import { intakeErrors } from '../src/intake/messages';
import { parseReportSchema, type ParseReport } from '../src/intake/report';

const EXTENSIONS = new Set(['.eml', '.txt', '.html', '.htm', '.csv', '.xlsx', '.docx', '.xls', '.doc']);

/** The emulator's Drive conversion, without Drive: what cannot be converted stays as it came. */
export const localConverter: LegacyConverter = {
  convert(_name, bytes, kind) {
    try {
      return kind === 'xls' ? xlsToXlsx(Uint8Array.from(bytes)) : docToDocx(Uint8Array.from(bytes));
    } catch (error) {
      if (error instanceof ConversionError) return null;
      throw error;
    }
  },
};

function readPath(name: string, bytes: Uint8Array): ParseReport {
  const kind = legacyFileKind(bytes);
  if (kind) {
    const [file] = withLegacyConverted([{ name, contentType: '', bytes }], localConverter);
    const report = parseFile({ name, bytes: file.bytes });
    // A converted file reports the kind it came as.
    return report.ok && file.bytes !== bytes ? { ...report, source: kind } : report;
  }
  if (extname(name).toLowerCase() !== '.eml') return parseFile({ name, bytes });
  const email = parseEml(bytes);
  return parseEmail({ ...email, attachments: withLegacyConverted(email.attachments, localConverter) });
}

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
  const report = readPath(basename(path), new Uint8Array(readFileSync(path)));
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
