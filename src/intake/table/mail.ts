import { foldAligned } from '../../domain/text';
import type { SourceDocument } from './model';
import { applyRegistrations } from './apply';
import type { DocumentReading } from './read';
import { findRegistrationSentences } from './registration';
import { findUnit, unitFromLine } from './unit';

/**
 * What a mail body adds to a table read from its attachment: "Đăng ký xây dựng Chi đoàn
 * mạnh: …" sentences, and the unit's name when the attachment does not give it.
 */
export function addBodyRegistrations(reading: DocumentReading, bodies: readonly SourceDocument[]): DocumentReading {
  const lines = ownLines(bodies[0]);
  const sentences = findRegistrationSentences(lines);
  if (sentences.length === 0) return reading;
  const chapters = reading.chapters.map((c) => ({ ...c, ratings: { ...c.ratings } }));
  const warnings = [...reading.warnings];
  applyRegistrations(chapters, sentences, warnings);
  return { ...reading, chapters, warnings };
}

/** The unit named in the body (the sender's own part), the subject, or the sender's display name. */
export function findUnitInMail(bodies: readonly SourceDocument[], subject: string, from: string): string | null {
  for (const body of bodies) {
    const unit = findUnit(ownLines(body).map((line) => line.text));
    if (unit) return unit;
  }
  return unitInSentence(subject) ?? unitInSentence(from.replace(/<[^>]*>/g, '').replace(/["']/g, ''));
}

/** "Bảng xếp loại - Đoàn xã Tam Trà" → "Đoàn xã Tam Trà". */
function unitInSentence(text: string): string | null {
  const folded = foldAligned(text);
  const starts = /(^|[^a-z])((?:bch |ban chap hanh )?(?:lien chi doan|chi doan|doan) )/g;
  for (let match = starts.exec(folded); match; match = starts.exec(folded)) {
    const unit = unitFromLine(text.slice(match.index + match[1].length));
    if (unit) return unit;
  }
  return null;
}

function ownLines(document: SourceDocument | undefined): { text: string; line: number }[] {
  if (!document) return [];
  const lines: { text: string; line: number }[] = [];
  for (const block of document.blocks) {
    if (block.quote !== 0) continue;
    if (block.kind === 'text') lines.push(...block.lines);
  }
  return lines;
}
