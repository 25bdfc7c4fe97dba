/**
 * The intake parsers' entry points: pure functions that run unchanged in Node and in Apps
 * Script (no globals, no Node APIs). Each returns the classification report of DESIGN.md's
 * `parse` contract and never throws.
 */
import { parseEmail as readEmail, parseRawEmail, type EmailInput } from './email';
import { parseFile as readFile, type FileInput } from './file';
import { toReport, failure } from './build-report';
import { htmlDocument } from './formats/html';
import { textDocument } from './formats/text';
import { intakeErrors } from './messages';
import type { ParseReport } from './report';
import { readDocument } from './table/read';
import { toBytes, type ByteInput } from './bytes';
import { legacyKind, type LegacyKind } from './sniff';

export { parseEml, type ParsedEmail, type ParsedAttachment } from './mime';
export type { ParseReport, OkReport, FailedReport, ChapterReport, ReportSource } from './report';
export type { EmailInput } from './email';
export type { FileInput } from './file';
export type { LegacyKind } from './sniff';

/** One file: .eml, .txt, .html, .csv, .xlsx or .docx (told from its bytes, then its name). */
export function parseFile(input: FileInput): ParseReport {
  return readFile(input, (bytes) => parseRawEmail(bytes));
}

/** An email as Gmail gives it: bodies and attachments (bytes may be Apps Script's signed bytes). */
export function parseEmail(email: EmailInput): ParseReport {
  return readEmail(email);
}

/** A plain text: a mail body, or a form's free-text answer. */
export function parseText(text: string): ParseReport {
  try {
    return toReport('txt', readDocument(textDocument(text)));
  } catch {
    return failure(intakeErrors.unexpected);
  }
}

/** An HTML text: a mail body or a page saved from Word or Excel. */
export function parseHtml(html: string): ParseReport {
  try {
    return toReport('html', readDocument(htmlDocument(html)));
  } catch {
    return failure(intakeErrors.unexpected);
  }
}

/** An Office 97–2003 workbook (`xls`) or document (`doc`) the app converts with Drive before parsing; null otherwise. */
export function legacyFileKind(bytes: ByteInput): LegacyKind | null {
  return legacyKind(toBytes(bytes));
}
