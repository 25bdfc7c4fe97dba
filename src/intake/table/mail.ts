import type { SourceDocument } from './model';
import { findUnit, unitInSentence } from './unit';

/** The unit named in the body (the sender's own part), the subject, or the sender's display name. */
export function findUnitInMail(bodies: readonly SourceDocument[], subject: string, from: string): string | null {
  for (const body of bodies) {
    const unit = findUnit(ownLines(body).map((line) => line.text));
    if (unit) return unit;
  }
  return unitInSentence(subject) ?? unitInSentence(from.replace(/<[^>]*>/g, '').replace(/["']/g, ''));
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
