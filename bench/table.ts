/** The bench's table, in Markdown (the README quotes it). */
import { longestS, SERVICES, totalS, type Measured } from './measure';

/** Calls ÷ floor at most this (issue 13), for the operations that have a floor… */
export const RATIO_TARGET = 1.5;
/**
 * …at the size of a 2026 office. A small office's fixed costs (the first look at the workbook,
 * the office's queued actions) weigh more against a small floor; its ratio is printed, and the
 * operation must still fit its time; at 400 units every operation must complete.
 */
export const RATIO_TARGET_UNITS = 170;

export interface SizeReport {
  units: number;
  chapters: number;
  rows: Measured[];
  /** Cells of every sheet's grid after the operations (10,000,000 is the workbook's limit). */
  cells: number;
}

const ratioOf = (row: Measured) => (row.floor ? row.total / row.floor : null);

export function fits(row: Measured, units: number): boolean {
  const ratio = ratioOf(row);
  return row.problems.length === 0 && (ratio === null || units !== RATIO_TARGET_UNITS || ratio <= RATIO_TARGET);
}

export function sizeTable(report: SizeReport): string {
  const head = ['operation', 'executions', 'longest s', 'total s', 'span min', 'calls', ...SERVICES, 'floor', 'calls ÷ floor', 'fits'];
  const lines = [
    `### ${report.units} units, ${report.chapters.toLocaleString('en')} chapters (planning costs); workbook ${report.cells.toLocaleString('en')} cells`,
    '',
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
  ];
  for (const row of report.rows) {
    const ratio = ratioOf(row);
    const verdict = fits(row, report.units) ? 'yes' : `**NO**${row.problems.length ? ` (${row.problems.join('; ')})` : ''}`;
    lines.push(
      `| ${[
        row.name,
        row.runs.length,
        longestS(row).toFixed(1),
        totalS(row).toFixed(1),
        (row.spanS / 60).toFixed(1),
        row.total,
        ...SERVICES.map((s) => row.calls[s]),
        row.floor ?? '–',
        ratio === null ? '–' : ratio.toFixed(2),
        verdict,
      ].join(' | ')} |`,
    );
  }
  return lines.join('\n');
}
