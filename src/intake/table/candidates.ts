import { findPeriods, type PeriodCode } from '../../domain/periods';
import { intakeWarnings as warn } from '../messages';
import { findHeader, type RatingColumn, type TableLayout } from './header';
import { readList } from './list';
import type { LongPlan } from './long';
import { textOf, type Block, type TableReading } from './model';
import { readRows, type RatingColumnPlan } from './rows';

/**
 * Finds the tables (and typed lists) in a document's blocks: one candidate per block that holds
 * chapter names with ratings or registrations. Choosing among them is read.ts's job.
 */
export interface Candidates {
  readonly candidates: TableReading[];
  /** Some table or list had ratings but no period to give them to. */
  readonly periodless: boolean;
}

export function findCandidates(blocks: readonly Block[]): Candidates {
  const candidates: TableReading[] = [];
  let periodless = false;
  blocks.forEach((block, blockIndex) => {
    const found = block.kind === 'grid' ? readGrid(blocks, blockIndex) : readLines(blocks, blockIndex);
    if (found === 'periodless') periodless = true;
    else if (found) candidates.push(found);
  });
  return { candidates, periodless };
}

function readGrid(blocks: readonly Block[], blockIndex: number): TableReading | 'periodless' | null {
  const block = blocks[blockIndex];
  if (block.kind !== 'grid') return null;
  const layout = findHeader(block.rows);
  if (!layout) return null;
  const warnings: string[] = [];
  const long = longPlan(layout);
  const plans = long ? [] : planRatingColumns(layout.ratingColumns, titleTexts(blocks, blockIndex, layout.headerStart), warnings);
  if (!long && plans.length === 0 && layout.registrationColumn === null && layout.registrationMarks.length === 0) return 'periodless';
  const rows = readRows(block.rows, layout, plans, long);
  const useful = rows.chapters.filter((c) => Object.keys(c.ratings).length > 0 || c.registration);
  if (useful.length === 0) return null;
  return {
    chapters: rows.chapters,
    periods: rows.periods,
    warnings: [...warnings, ...rows.warnings],
    quote: block.quote,
    blockIndex,
    startRow: layout.headerStart,
    endRow: rows.endRow,
  };
}

/**
 * Texts above a table that may name its period: the sheet name and the rows above the header;
 * only when they name none, the text before (a cover letter on another sheet names other periods).
 */
function titleTexts(blocks: readonly Block[], blockIndex: number, headerStart: number): string[] {
  const block = blocks[blockIndex];
  const own = block.kind === 'grid' ? [block.title ?? '', ...textOf(block).slice(0, headerStart)] : [];
  if (findPeriods(own.join('\n')).length) return own;
  const texts: string[] = [];
  for (let i = Math.max(0, blockIndex - 3); i < blockIndex; i++) texts.push(...textOf(blocks[i]).slice(-15));
  return [...texts, ...own];
}

/** A period column beside bare rating columns, and no column naming a period: one row per chapter and period. */
function longPlan(layout: TableLayout): LongPlan | null {
  if (layout.periodColumn === null || layout.ratingColumns.some((c) => c.period !== null || c.marks)) return null;
  const rating = layout.ratingColumns[0];
  return rating ? { periodColumn: layout.periodColumn, ratingColumn: rating.column, label: rating.label } : null;
}

/**
 * Gives each rating column its period: from its header, or, for a bare "Xếp loại" column,
 * from the title ("BẢNG XẾP LOẠI CHI ĐOÀN NĂM 2015"). A period already taken is dropped.
 */
function planRatingColumns(
  columns: readonly RatingColumn[],
  titles: readonly string[],
  warnings: string[],
): RatingColumnPlan[] {
  const named = new Set(columns.map((c) => c.period).filter((p): p is PeriodCode => p !== null));
  const fromTitles = findPeriods(titles.join('\n')).filter((period) => !named.has(period));
  const bare = columns.filter((c) => c.period === null);
  const plans: RatingColumnPlan[] = [];
  const taken = new Set<PeriodCode>();
  for (const column of columns) {
    let period = column.period;
    if (period === null) {
      period = bare.length === fromTitles.length ? fromTitles[bare.indexOf(column)] : null;
      if (period === null) {
        warnings.push(warn.periodlessColumn(column.label));
        continue;
      }
    }
    if (taken.has(period)) {
      warnings.push(warn.duplicatePeriodColumn(column.label));
      continue;
    }
    taken.add(period);
    plans.push({ column: column.column, period, label: column.label, marks: column.marks });
  }
  return plans;
}

function readLines(blocks: readonly Block[], blockIndex: number): TableReading | 'periodless' | null {
  const block = blocks[blockIndex];
  if (block.kind !== 'text') return null;
  const before = blocks.slice(0, blockIndex).flatMap((b) => (b.kind === 'grid' ? textOf(b) : []));
  const list = readList(block.lines, findPeriods(before.join('\n')));
  if (!list) return null;
  if (list.chapters.filter((c) => Object.keys(c.ratings).length > 0 || c.registration).length === 0) {
    return list.periodless ? 'periodless' : null;
  }
  return {
    chapters: list.chapters,
    periods: list.periods,
    warnings: list.warnings,
    quote: block.quote,
    blockIndex,
    startRow: list.firstLine,
    endRow: list.lastLine,
  };
}

