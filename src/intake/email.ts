import { failure, toReport } from './build-report';
import { describeError, fileContent, type FileInput } from './file';
import { htmlDocument } from './formats/html';
import { textDocument } from './formats/text';
import { LIMITS } from './limits';
import { intakeErrors, intakeWarnings } from './messages';
import { parseEml } from './mime';
import type { ParseReport } from './report';
import type { SourceDocument } from './table/model';
import { readDocument, type DocumentReading, type ReadOutcome } from './table/read';
import { addBodyRegistrations, findUnitInMail } from './table/mail';

export interface EmailInput {
  readonly subject?: string;
  readonly from?: string;
  readonly plainBody?: string;
  readonly htmlBody?: string;
  readonly attachments: readonly FileInput[];
}

interface SourceReading {
  readonly reading: DocumentReading;
  readonly fromAttachment: boolean;
}

/**
 * Reads an email: the attachments first (the fullest table wins), else the body (HTML or
 * plain, whichever holds more). Registration sentences written in the body are added to a
 * table read from an attachment; the unit comes from the document, else the body, the
 * subject or the sender's name. Never throws.
 */
export function parseEmail(email: EmailInput, depth = 0): ParseReport {
  try {
    return readEmail(email, depth);
  } catch {
    return failure(intakeErrors.unexpected);
  }
}

function readEmail(email: EmailInput, depth: number): ParseReport {
  const attachmentWarnings: string[] = [];
  const attachmentErrors: string[] = [];
  let picture: string | null = null;
  const found: SourceReading[] = [];
  for (const attachment of email.attachments.slice(0, LIMITS.maxAttachments)) {
    const outcome = readAttachment(attachment, depth);
    if (outcome.ok) found.push({ reading: outcome.reading, fromAttachment: true });
    // Pictures (logos, a photo of the table) are only mentioned when nothing else can be read.
    else if (outcome.error === intakeErrors.image) picture ??= attachment.name;
    else {
      // Named, so that the unit knows which file: a message often carries several.
      const notRead = intakeWarnings.attachmentNotRead(attachment.name, outcome.error);
      attachmentErrors.push(notRead);
      attachmentWarnings.push(notRead);
    }
  }
  const bodies = bodyDocuments(email);
  let chosen = best(found);
  if (!chosen) {
    const bodyReadings = bodies.map((document) => readDocument(document));
    const ok = bodyReadings.filter((o): o is Extract<ReadOutcome, { ok: true }> => o.ok).map((o) => ({ reading: o.reading, fromAttachment: false }));
    chosen = best(ok);
    if (!chosen) {
      const noPeriod = bodyReadings.some((o) => !o.ok && o.error === intakeErrors.noPeriod);
      const hasContent = email.attachments.length > 0 || bodies.length > 0;
      const bodyError = noPeriod ? intakeErrors.noPeriod : hasContent ? intakeErrors.noTable : intakeErrors.noEmailContent;
      return failure(attachmentErrors[0] ?? (picture !== null ? intakeWarnings.attachmentNotRead(picture, intakeErrors.image) : bodyError));
    }
  }
  const reading = chosen.fromAttachment ? addBodyRegistrations(chosen.reading, bodies) : chosen.reading;
  const unit = reading.unit ?? findUnitInMail(bodies, email.subject ?? '', email.from ?? '');
  const warnings = [...reading.warnings, ...attachmentWarnings];
  return toReport('eml', { ok: true, reading: { ...reading, unit, warnings } });
}

/** One attachment's reading; a file that cannot be read (or a bug) becomes its reason, never an exception. */
function readAttachment(attachment: FileInput, depth: number): ReadOutcome {
  try {
    const content = fileContent(attachment);
    if (content.kind === 'error') return { ok: false, error: content.error };
    if (content.kind === 'document') return readDocument(content.document);
    if (depth >= LIMITS.maxEmailDepth) return { ok: false, error: intakeErrors.noTable };
    const inner = parseEml(content.bytes);
    const report = parseEmail(inner, depth + 1);
    if (!report.ok) return { ok: false, error: report.error };
    const chapters = report.chapters.map((c, i) => ({ ...c, line: i + 1, ratings: { ...c.ratings } }));
    return { ok: true, reading: { unit: report.unit, periods: report.periods, chapters, warnings: report.warnings, quote: 1 } };
  } catch (error) {
    return { ok: false, error: describeError(error) };
  }
}

function bodyDocuments(email: EmailInput): SourceDocument[] {
  const documents: SourceDocument[] = [];
  if ((email.plainBody ?? '').trim()) documents.push(textDocument(email.plainBody ?? ''));
  if ((email.htmlBody ?? '').trim()) documents.push(htmlDocument(email.htmlBody ?? ''));
  return documents;
}

function usefulCount(reading: DocumentReading): number {
  return reading.chapters.reduce((sum, c) => sum + Object.keys(c.ratings).length + (c.registration ? 1 : 0), 0);
}

/** The sender's own content before quoted content, then the fullest; the first on ties. */
function best(readings: readonly SourceReading[]): SourceReading | null {
  let chosen: SourceReading | null = null;
  for (const candidate of readings) {
    if (!chosen || candidate.reading.quote < chosen.reading.quote || (candidate.reading.quote === chosen.reading.quote && usefulCount(candidate.reading) > usefulCount(chosen.reading))) {
      chosen = candidate;
    }
  }
  return chosen;
}

/** Raw bytes of an .eml file (or a raw message string) → report. */
export function parseRawEmail(raw: Uint8Array | string, depth = 0): ParseReport {
  try {
    return parseEmail(parseEml(raw), depth);
  } catch {
    return failure(intakeErrors.unexpected);
  }
}
