import { comparePeriods, defaultPeriodLabel, type PeriodCode } from '../../domain/periods';
import { LIMITS } from '../limits';
import { intakeErrors, intakeWarnings as warn, where } from '../messages';
import { applyRegistrations, chaptersFromSentences, mergeSiblings, registrationLines } from './apply';
import { findCandidates } from './candidates';
import { isCountPhrase, statesCounts } from './counts';
import type { Block, ChapterReading, QuoteLevel, SourceDocument, TableReading } from './model';
import { findRegistrationSentences } from './registration';
import { scalesUsed } from './rows';
import { findUnit } from './unit';

/** What the table core found in a document, before the format adds its `source`. */
export interface DocumentReading {
  readonly unit: string | null;
  readonly periods: PeriodCode[];
  readonly chapters: ChapterReading[];
  readonly warnings: string[];
  readonly quote: QuoteLevel;
}

export type ReadOutcome = { readonly ok: true; readonly reading: DocumentReading } | { readonly ok: false; readonly error: string };

/**
 * The one table-reading core every format shares: finds the classification table (or list)
 * among the document's blocks, the unit in its title lines, and registration sentences around it.
 */
export function readDocument(document: SourceDocument): ReadOutcome {
  const { candidates, periodless } = findCandidates(document.blocks);
  const sentences = registrationLines(document.blocks, candidates);
  const chosen = choose(candidates);
  if (!chosen) {
    const fromSentences = chaptersFromSentences(findRegistrationSentences(sentences.filter((s) => s.quote === 0))).filter((c) => !isCountPhrase(c.name));
    if (fromSentences.length === 0) return { ok: false, error: statesCounts(document.blocks) ? intakeErrors.countsOnly : periodless ? intakeErrors.noPeriod : intakeErrors.noTable };
    return finish(document, null, fromSentences, [], [], 0);
  }
  const merged = mergeSiblings(chosen, candidates);
  const registrations = findRegistrationSentences(sentences.filter((s) => s.quote <= chosen.quote));
  const warnings = [...merged.warnings];
  applyRegistrations(merged.chapters, registrations, warnings);
  return finish(document, chosen, merged.chapters, merged.periods, warnings, chosen.quote);
}

function finish(
  document: SourceDocument,
  chosen: TableReading | null,
  chapters: ChapterReading[],
  periods: PeriodCode[],
  tableWarnings: string[],
  quote: QuoteLevel,
): ReadOutcome {
  const warnings = [...document.warnings, ...tableWarnings];
  if (chosen && document.blocks[chosen.blockIndex].kind === 'text') warnings.push(...missingInList(chapters, periods, warnings));
  if (scalesUsed(chapters).size > 1) warnings.push(warn.mixedScales);
  return {
    ok: true,
    reading: {
      unit: findUnit(unitSearchOrder(document.blocks, chosen, quote)),
      periods: [...new Set(periods)].sort(comparePeriods),
      chapters,
      warnings: capWarnings(warnings),
      quote,
    },
  };
}

/** A typed list has no empty cell to point at: say which chapter lacks which period. */
function missingInList(chapters: readonly ChapterReading[], periods: readonly PeriodCode[], warnings: readonly string[]): string[] {
  // A line already warned about ("không hiểu xếp loại …") is not warned about twice.
  return chapters.flatMap((c) =>
    Object.keys(c.ratings).length === 0 || warnings.some((w) => w.startsWith(where(c.line, c.name))) ? [] : periods.filter((p) => !c.ratings[p]).map((p) => warn.missingListRating(c.line, c.name, defaultPeriodLabel(p))),
  );
}

function capWarnings(warnings: string[]): string[] {
  if (warnings.length <= LIMITS.maxWarnings) return warnings;
  return [...warnings.slice(0, LIMITS.maxWarnings), warn.moreWarnings(warnings.length - LIMITS.maxWarnings)];
}

function usefulCount(candidate: TableReading): number {
  return candidate.chapters.reduce((sum, c) => sum + Object.keys(c.ratings).length + (c.registration ? 1 : 0), 0);
}

/**
 * The sender's own table first, then a forwarded one; among those, the fullest. A table quoted
 * from the message replied to (the office's own letter and its sample table) is never the unit's.
 */
function choose(candidates: readonly TableReading[]): TableReading | null {
  let best: TableReading | null = null;
  for (const candidate of candidates) {
    if (candidate.quote === 2) continue;
    if (!best || candidate.quote < best.quote || (candidate.quote === best.quote && usefulCount(candidate) > usefulCount(best))) {
      best = candidate;
    }
  }
  return best;
}

/** The unit a document names when it holds no table (a cover letter). */
export function documentUnit(document: SourceDocument): string | null {
  return findUnit(unitSearchOrder(document.blocks, null, 0));
}

/**
 * Where the unit's name is looked for, in order: the rows above the chosen table, the blocks
 * before it, then the rest of the document (a signature below), never the table's own rows and
 * never a quoted message the sender did not write (unless the table itself came from there).
 */
function unitSearchOrder(blocks: readonly Block[], chosen: TableReading | null, quote: QuoteLevel): string[] {
  const texts: string[] = [];
  const visible = (block: Block) => block.quote <= quote;
  if (chosen) {
    const block = blocks[chosen.blockIndex];
    texts.push(...textOfCells(block).slice(0, chosen.startRow).flat());
    blocks.slice(0, chosen.blockIndex).filter(visible).forEach((b) => texts.push(...textOfCells(b).flat()));
    texts.push(...textOfCells(block).slice(chosen.endRow + 1).flat());
    blocks.slice(chosen.blockIndex + 1).filter(visible).forEach((b) => texts.push(...textOfCells(b).flat()));
  } else {
    blocks.filter(visible).forEach((b) => texts.push(...textOfCells(b).flat()));
  }
  return texts;
}

/** Each row's cells (or each line) as separate texts, so a cell's lines stay together. */
function textOfCells(block: Block): string[][] {
  if (block.kind === 'text') return block.lines.map((line) => [line.text]);
  return block.rows.map((row) => row.cells.filter((c) => !c.continuation).map((c) => c.text));
}
