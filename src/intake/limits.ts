/**
 * Bounds on everything the parsers read, so that a hostile or broken input (a zip bomb, a
 * 30 MB attachment, a 100,000-line body) ends in a clear answer instead of a hang or a blown
 * Apps Script memory limit. A unit's real table is a few kilobytes and a few dozen rows.
 */
export const LIMITS = {
  /** A single file or attachment, before anything else is done with it. */
  maxInputBytes: 20 * 1024 * 1024,
  /** Sum of the uncompressed sizes of the zip entries we open (xlsx/docx). */
  maxUnzippedBytes: 50 * 1024 * 1024,
  /** Entries in a zip's central directory; an xlsx or docx has a few dozen. */
  maxZipEntries: 5000,
  /** Characters of text (a body, a CSV, a sheet's XML is bounded by maxUnzippedBytes). */
  maxTextChars: 4_000_000,
  /** Lines of a plain text or CSV read; the rest is reported as not read. */
  maxLines: 20_000,
  /** Table rows read per table or sheet. */
  maxRows: 10_000,
  /** Columns read per row; real tables have fewer than twenty. */
  maxColumns: 100,
  /** Cells a merged range may copy its text into, over the whole document. */
  maxMergedCells: 200_000,
  maxSheets: 30,
  maxAttachments: 20,
  maxMimeParts: 200,
  maxMimeDepth: 8,
  /** Nested .eml attachments (a forward of a forward) followed. */
  maxEmailDepth: 3,
  maxWarnings: 100,
} as const;
