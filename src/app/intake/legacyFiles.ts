/**
 * Office 97–2003 attachments (.xls, .doc), still common in Vietnamese offices: the intake reads
 * only .xlsx and .docx, so the app has them converted first (on Google by Drive, see
 * src/gas/drive.ts) and hands the converted bytes to the parsers, which stay pure.
 */
import { legacyFileKind, type LegacyKind } from '../../intake';

export type { LegacyKind } from '../../intake';

/** Converts one legacy file to .xlsx (`xls`) or .docx (`doc`); null when it cannot be converted (the intake then asks for .xlsx/.docx). */
export interface LegacyConverter {
  convert(name: string, bytes: ArrayLike<number>, kind: LegacyKind): Uint8Array | null;
}

/**
 * Each conversion is three Drive calls (upload, export, delete) and an upload of the file: a
 * message carrying more, or larger ones, is not a unit's table and those are left as they came.
 */
export const LEGACY_LIMITS = { perMessage: 3, maxBytes: 10 * 1024 * 1024 } as const;

const CONVERTED_TYPE: Readonly<Record<LegacyKind, string>> = {
  xls: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  doc: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

interface Attachment {
  name: string;
  contentType: string;
  bytes: ArrayLike<number>;
}

/**
 * The attachments with every legacy Office file replaced by its conversion, under its own name
 * (so warnings name the file the unit sent); one that cannot be converted stays as it came.
 */
export function withLegacyConverted<T extends Attachment>(attachments: readonly T[], converter: LegacyConverter): T[] {
  let converted = 0;
  return attachments.map((attachment) => {
    if (converted >= LEGACY_LIMITS.perMessage || attachment.bytes.length > LEGACY_LIMITS.maxBytes) return attachment;
    const kind = legacyFileKind(attachment.bytes);
    if (!kind) return attachment;
    converted++;
    const bytes = converter.convert(attachment.name, attachment.bytes, kind);
    // The size stays the one received: the log records what the unit sent.
    return bytes ? { ...attachment, contentType: CONVERTED_TYPE[kind], bytes } : attachment;
  });
}
