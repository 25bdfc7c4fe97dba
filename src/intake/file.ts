import { toBytes, type ByteInput } from './bytes';
import { decodeTextBytes } from './encoding/text-bytes';
import { csvDocument } from './formats/csv';
import { docxDocument } from './formats/docx';
import { htmlFileDocument } from './formats/html';
import { textDocument } from './formats/text';
import { xlsxDocument } from './formats/xlsx';
import { LIMITS } from './limits';
import { intakeErrors } from './messages';
import { failure, toReport } from './build-report';
import type { ParseReport, ReportSource } from './report';
import { extensionOf, isEncryptedOffice, sniffFile } from './sniff';
import type { SourceDocument } from './table/model';
import { readDocument } from './table/read';
import { XmlError } from './xml';
import { ZipError, ZipReader } from './zip';

export interface FileInput {
  readonly name: string;
  readonly contentType?: string;
  /** Bytes as a Uint8Array, or Apps Script's signed byte array. */
  readonly bytes: ByteInput;
}

/** What a file holds, as blocks for the table core, or why it cannot be read. */
export type FileContent =
  | { readonly kind: 'document'; readonly source: ReportSource; readonly document: SourceDocument }
  | { readonly kind: 'email'; readonly bytes: Uint8Array }
  | { readonly kind: 'error'; readonly error: string };

/**
 * Reads one file (an attachment, or a file given to `npm run parse`) into the classification
 * report. Never throws: anything unreadable becomes `ok: false` with a reason in Vietnamese.
 */
export function parseFile(input: FileInput, readEmail: (bytes: Uint8Array) => ParseReport): ParseReport {
  try {
    const content = fileContent(input);
    if (content.kind === 'error') return failure(content.error);
    if (content.kind === 'email') return readEmail(content.bytes);
    return toReport(content.source, readDocument(content.document));
  } catch (error) {
    return failure(describeError(error));
  }
}

export function fileContent(input: FileInput): FileContent {
  const bytes = toBytes(input.bytes);
  if (bytes.length > LIMITS.maxInputBytes) return { kind: 'error', error: intakeErrors.tooLarge(bytes.length, LIMITS.maxInputBytes) };
  const extension = extensionOf(input.name);
  try {
    switch (sniffFile(input.name, input.contentType, bytes)) {
      case 'empty':
        return { kind: 'error', error: intakeErrors.empty };
      case 'zip':
        return zipContent(bytes, input.name);
      case 'cfb':
        if (isEncryptedOffice(bytes)) return { kind: 'error', error: intakeErrors.password };
        if (extension === 'xls' || extension === 'xlt') return { kind: 'error', error: intakeErrors.oldExcel };
        if (extension === 'doc' || extension === 'dot') return { kind: 'error', error: intakeErrors.oldWord };
        return { kind: 'error', error: intakeErrors.oldOffice };
      case 'pdf':
        return { kind: 'error', error: intakeErrors.pdf };
      case 'image':
        return { kind: 'error', error: intakeErrors.image };
      case 'binary':
        return { kind: 'error', error: intakeErrors.notDocument(input.name) };
      case 'eml':
        return { kind: 'email', bytes };
      case 'csv':
        return { kind: 'document', source: 'csv', document: csvDocument(bytes) };
      case 'html':
        return { kind: 'document', source: 'html', document: htmlFileDocument(bytes) };
      case 'txt':
        return { kind: 'document', source: 'txt', document: textDocument(decodeTextBytes(bytes).text) };
    }
  } catch (error) {
    return { kind: 'error', error: describeError(error) };
  }
}

function zipContent(bytes: Uint8Array, name: string): FileContent {
  const zip = new ZipReader(bytes);
  if (zip.has('word/document.xml')) return { kind: 'document', source: 'docx', document: docxDocument(zip) };
  if (zip.has('xl/workbook.xml')) return { kind: 'document', source: 'xlsx', document: xlsxDocument(zip) };
  if (zip.anyEncrypted()) return { kind: 'error', error: intakeErrors.password };
  return { kind: 'error', error: intakeErrors.notDocument(name) };
}

export function describeError(error: unknown): string {
  if (error instanceof ZipError) {
    if (error.problem === 'encrypted') return intakeErrors.password;
    if (error.problem === 'too-big' || error.problem === 'too-many-entries') return intakeErrors.unzippedTooLarge;
    return intakeErrors.corrupt;
  }
  if (error instanceof XmlError || error instanceof RangeError) return intakeErrors.corrupt;
  return intakeErrors.unexpected;
}
