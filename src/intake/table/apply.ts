import type { PeriodCode } from '../../domain/periods';
import type { Registration } from '../../domain/registration';
import { intakeWarnings as warn, registrationLabelsInText } from '../messages';
import type { Block, ChapterReading, QuoteLevel, TableReading, TextLine } from './model';
import { findChapterIndex } from './names';
import type { RegistrationSentence } from './registration';

// What is added to the chosen table: the other sheets' periods, and registration sentences.

/**
 * A workbook with one sheet per period ("Năm 2015", "6 tháng 2016") holds one table per period
 * for the same chapters: their ratings are merged into the chosen table.
 */
export function mergeSiblings(chosen: TableReading, candidates: readonly TableReading[]): { chapters: ChapterReading[]; periods: PeriodCode[]; warnings: string[] } {
  const chapters = chosen.chapters.map((c) => ({ ...c, ratings: { ...c.ratings } }));
  const periods = [...chosen.periods];
  const warnings = [...chosen.warnings];
  for (const other of candidates) {
    if (other === chosen || other.quote !== chosen.quote) continue;
    const fresh = other.periods.filter((p) => !periods.includes(p));
    if (fresh.length === 0 || fresh.length !== other.periods.length) continue;
    const names = chapters.map((c) => c.name);
    const matches = other.chapters.map((c) => findChapterIndex(names, c.name));
    if (matches.filter((i) => i >= 0).length * 2 < other.chapters.length) continue;
    other.chapters.forEach((chapter, i) => {
      const target = matches[i] >= 0 ? chapters[matches[i]] : null;
      if (target) {
        Object.assign(target.ratings, chapter.ratings);
        target.members ??= chapter.members;
        target.registration ??= chapter.registration;
      } else {
        chapters.push({ ...chapter });
      }
    });
    periods.push(...fresh);
    warnings.push(...other.warnings);
  }
  return { chapters, periods, warnings };
}

interface QuotedLine extends TextLine {
  readonly quote: QuoteLevel;
}

/** Lines outside the chosen tables, where registration sentences may be written. */
export function registrationLines(blocks: readonly Block[], tables: readonly TableReading[]): QuotedLine[] {
  const lines: QuotedLine[] = [];
  const seen = new Set<string>();
  const push = (line: QuotedLine) => {
    const key = `${line.line}\u0000${line.text}`;
    if (!seen.has(key)) lines.push(line);
    seen.add(key);
  };
  blocks.forEach((block, index) => {
    const table = tables.find((t) => t.blockIndex === index);
    if (block.kind === 'text') {
      // A list's own lines were read as chapters ("cd a ko ht - can ht"); read again as a
      // sentence, their ratings would end up in a chapter's name.
      const items = new Set(table?.chapters.map((c) => c.line));
      for (const line of block.lines) if (!items.has(line.line)) push({ ...line, quote: block.quote });
      return;
    }
    block.rows.forEach((row, rowIndex) => {
      if (table && rowIndex >= table.startRow && rowIndex <= table.endRow) return;
      const text = row.cells.filter((c) => !c.continuation && c.text.trim()).map((c) => c.text).join(' ');
      if (text) push({ text, line: row.line, quote: block.quote });
    });
  });
  return lines;
}

export function chaptersFromSentences(sentences: readonly RegistrationSentence[]): ChapterReading[] {
  const chapters: ChapterReading[] = [];
  applyRegistrations(chapters, sentences, [], true);
  return chapters;
}

/** Gives each chapter a sentence names its registration; chapters not in the table are added. */
export function applyRegistrations(chapters: ChapterReading[], sentences: readonly RegistrationSentence[], warnings: string[], quietAdd = false): void {
  for (const sentence of sentences) {
    for (const name of sentence.names) {
      const index = findChapterIndex(chapters.map((c) => c.name), name);
      if (index >= 0) {
        const chapter = chapters[index];
        if (chapter.registration && chapter.registration !== sentence.registration) warnings.push(warn.registrationConflict(chapter.name));
        chapter.registration = sentence.registration;
        continue;
      }
      if (!quietAdd) warnings.push(warn.registrationNewChapter(name, registrationLabelsInText[sentence.registration as Registration]));
      chapters.push({ name, line: sentence.line, members: null, ratings: {}, registration: sentence.registration });
    }
  }
}

