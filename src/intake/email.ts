import { failure, toReport } from './build-report';
import { describeError, fileContent, type FileInput } from './file';
import { htmlDocument } from './formats/html';
import { textDocument } from './formats/text';
import { LIMITS } from './limits';
import { documentNames, intakeErrors, intakeWarnings } from './messages';
import { parseEml } from './mime';
import type { ParseReport } from './report';
import type { SourceDocument } from './table/model';
import { mergeReadings, type NamedReading } from './table/documents';
import { findUnitInMail } from './table/mail';
import { documentUnit, readDocument, type DocumentReading, type ReadOutcome } from './table/read';

export interface EmailInput {
  readonly subject?: string;
  readonly from?: string;
  readonly plainBody?: string;
  readonly htmlBody?: string;
  readonly attachments: readonly FileInput[];
}

/**
 * Reads an email as one report: the fullest of the sender's documents (an attachment, else the
 * body, HTML or plain, whichever holds more) with what the others add merged by chapter (the
 * registration in a Word letter or written in the body, another period). The unit comes from
 * the documents, else the body, the subject or the sender's name. Never throws.
 */
export function parseEmail(email: EmailInput, depth = 0): ParseReport {
  try {
    return readEmail(email, depth);
  } catch {
    return failure(intakeErrors.unexpected);
  }
}

/**
 * The table an office running the product sends up with its report (ui/report/summaryTable.ts):
 * when a message carries it, it is the whole submission. The report's PDF and Word copy beside it
 * are prose and totals, whose tables are not chapters.
 */
const OFFICE_TABLE = /^tong-hop-[a-z0-9-]+\.xlsx$/i;

function readEmail(email: EmailInput, depth: number): ParseReport {
  const officeTable = email.attachments.find((attachment) => OFFICE_TABLE.test(attachment.name));
  if (officeTable) return readOfficeTable(email, officeTable, depth);
  const attachmentWarnings: string[] = [];
  const attachmentErrors: string[] = [];
  const letterUnits: string[] = [];
  let picture: string | null = null;
  const found: NamedReading[] = [];
  for (const attachment of email.attachments.slice(0, LIMITS.maxAttachments)) {
    const { outcome, unit } = readAttachment(attachment, depth);
    if (outcome.ok) found.push({ reading: outcome.reading, source: documentNames.attachment(attachment.name) });
    // Pictures (logos, a photo of the table) are only mentioned when nothing else can be read.
    else if (outcome.error === intakeErrors.image) picture ??= attachment.name;
    else {
      // A cover letter without a table may still be the only place that names the unit.
      if (unit) letterUnits.push(unit);
      // Named, so that the unit knows which file: a message often carries several.
      const notRead = intakeWarnings.attachmentNotRead(attachment.name, outcome.error);
      attachmentErrors.push(notRead);
      attachmentWarnings.push(notRead);
    }
  }
  const bodies = bodyDocuments(email);
  const bodyReadings = bodies.map((document) => readDocument(document));
  const body = best(bodyReadings.flatMap((o) => (o.ok ? [{ reading: o.reading, source: documentNames.body }] : [])));
  const main = best(found) ?? body;
  if (!main) {
    const noPeriod = bodyReadings.some((o) => !o.ok && o.error === intakeErrors.noPeriod);
    const hasContent = email.attachments.length > 0 || bodies.length > 0;
    const counts = bodyReadings.some((o) => !o.ok && o.error === intakeErrors.countsOnly);
    const bodyError = counts ? intakeErrors.countsOnly : noPeriod ? intakeErrors.noPeriod : hasContent ? intakeErrors.noTable : intakeErrors.noEmailContent;
    return failure(attachmentErrors[0] ?? (picture !== null ? intakeWarnings.attachmentNotRead(picture, intakeErrors.image) : bodyError));
  }
  // A forwarded document does not complete the sender's own; the sender's own completes a forward.
  const others = [...found, ...(body ? [body] : [])].filter((r) => r !== main && r.reading.quote <= main.reading.quote);
  const reading = mergeReadings(main, others);
  const unit = [reading, ...others.map((o) => o.reading)].find((r) => r.unit)?.unit ?? letterUnits[0] ?? findUnitInMail(bodies, email.subject ?? '', email.from ?? '');
  const warnings = [...reading.warnings, ...attachmentWarnings];
  return toReport('eml', { ok: true, reading: { ...reading, unit, warnings } });
}

function readOfficeTable(email: EmailInput, table: FileInput, depth: number): ParseReport {
  const { outcome } = readAttachment(table, depth);
  if (!outcome.ok) return failure(intakeWarnings.attachmentNotRead(table.name, outcome.error));
  const unit = outcome.reading.unit ?? findUnitInMail([], email.subject ?? '', email.from ?? '');
  return toReport('eml', { ok: true, reading: { ...outcome.reading, unit } });
}

/** One attachment's reading (and, when it holds no table, the unit it names); a file that cannot be read (or a bug) becomes its reason, never an exception. */
function readAttachment(attachment: FileInput, depth: number): { outcome: ReadOutcome; unit: string | null } {
  try {
    const content = fileContent(attachment);
    if (content.kind === 'error') return { outcome: { ok: false, error: content.error }, unit: null };
    if (content.kind === 'document') {
      const outcome = readDocument(content.document);
      return { outcome, unit: outcome.ok ? null : documentUnit(content.document) };
    }
    if (depth >= LIMITS.maxEmailDepth) return { outcome: { ok: false, error: intakeErrors.noTable }, unit: null };
    const inner = parseEml(content.bytes);
    const report = parseEmail(inner, depth + 1);
    if (!report.ok) return { outcome: { ok: false, error: report.error }, unit: null };
    const chapters = report.chapters.map((c, i) => ({ ...c, line: i + 1, ratings: { ...c.ratings } }));
    return { outcome: { ok: true, reading: { unit: report.unit, periods: report.periods, chapters, warnings: report.warnings, quote: 1 } }, unit: null };
  } catch (error) {
    return { outcome: { ok: false, error: describeError(error) }, unit: null };
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
function best(readings: readonly NamedReading[]): NamedReading | null {
  let chosen: NamedReading | null = null;
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
