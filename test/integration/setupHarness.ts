import type { Emulator } from '../../local/emulator';
import { CONTINUATIONS, sheetNames } from './harness';

/** The product's budget per execution (RUN_BUDGET_MS in src/main.ts): no run may take longer. */
export const RUN_BUDGET_S = 5 * 60;

/** Lets the clock run while a continuation (setup's or the form's) is waiting, without judging the runs (a test does). */
export function runContinuations(emu: Emulator, handlers: readonly string[] = CONTINUATIONS, maxMinutes = 120): void {
  for (let minute = 0; emu.triggers().some((t) => handlers.includes(t.handler)); minute++) {
    if (minute >= maxMinutes) throw new Error(`${handlers.join(', ')} still scheduled after ${maxMinutes} minutes`);
    emu.clock.advanceBy(60 * 1000);
  }
}

export function executionSeconds(emu: Emulator, fns: readonly string[]): { fn: string; seconds: number; error?: string }[] {
  return emu.executions
    .filter((e) => fns.includes(e.fn))
    .map((e) => ({ fn: e.fn, seconds: (e.end.getTime() - e.start.getTime()) / 1000, ...(e.error ? { error: e.error } : {}) }));
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function rangeList(sheet: Sheet): unknown {
  return {
    grid: [sheet.getMaxRows(), sheet.getMaxColumns()],
    frozen: [sheet.getFrozenRows(), sheet.getFrozenColumns()],
    hidden: sheet.isSheetHidden(),
    rules: sheet.getConditionalFormatRules().map((rule) => ({
      ranges: rule.getRanges().map((r) => `${r.getSheet().getName()}!${r.getA1Notation()}`),
      values: rule.getBooleanCondition()?.getCriteriaValues(),
      background: rule.getBooleanCondition()?.getBackground(),
    })),
    protections: [
      ...sheet.getProtections(SpreadsheetAppProtection.SHEET),
      ...sheet.getProtections(SpreadsheetAppProtection.RANGE),
    ].map((p) => ({ range: p.getRange().getA1Notation(), description: p.getDescription(), warningOnly: p.isWarningOnly() })),
    // The validations of the first data row, column by column.
    validations: Array.from({ length: sheet.getMaxColumns() }, (_, i) => {
      const rule = sheet.getMaxRows() > 1 ? sheet.getRange(2, i + 1).getDataValidation() : null;
      return rule ? [String(rule.getCriteriaType()), JSON.stringify(rule.getCriteriaValues().map((v) => (typeof v === 'object' && v && 'getA1Notation' in v ? (v as GoogleAppsScript.Spreadsheet.Range).getA1Notation() : v)))] : null;
    }),
    formats: sheet.getMaxRows() > 1 ? sheet.getRange(2, 1, 1, sheet.getMaxColumns()).getNumberFormats()[0] : [],
    widths: Array.from({ length: sheet.getMaxColumns() }, (_, i) => sheet.getColumnWidth(i + 1)),
  };
}

/** The host's enum values (uncounted, like every host-side read). */
const SpreadsheetAppProtection = {
  SHEET: 'SHEET' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType,
  RANGE: 'RANGE' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType,
};

/**
 * What a setup leaves, host-side: every sheet's values, grid, formats, rules, protections and
 * validations, in the workbook's order; the triggers; the script properties (the lock's turn
 * token aside: a fresh token per writer); the form's items. The form's id and item ids, and the
 * sheets' ids, are random per emulator: replaced by placeholders.
 */
/**
 * `Tổng hợp` says when its figures were computed ("Số liệu đến:" and the time): a run cut off and
 * resumed computes them later than a clean one. That one cell is compared as "a time", the rest as is.
 */
function asComputed(sheet: string, values: unknown[][]): unknown[][] {
  if (sheet !== 'Tổng hợp') return values;
  return values.map((row) => {
    const at = row.indexOf('Số liệu đến:');
    return at < 0 ? row : row.map((cell, i) => (i === at + 1 && (cell instanceof Date || (typeof cell === 'string' && !Number.isNaN(Date.parse(cell)))) ? 'TIME' : cell));
  });
}

export function setupState(emu: Emulator, options: { recordedFormOnly?: boolean } = {}): string {
  // The forms the script recorded, the units' and the cadres' (a form created by a run cut off before recording it stays in Drive, unused).
  const recorded = [emu.properties.script.formId, emu.properties.script.cadreFormId];
  const forms = emu.forms.list().filter((form) => !options.recordedFormOnly || recorded.includes(form.id));
  const sheets = emu.spreadsheet.getSheets();
  const state = {
    order: sheetNames(emu),
    sheets: Object.fromEntries(sheets.map((sheet) => [sheet.getName(), { values: asComputed(sheet.getName(), emu.values(sheet.getName())), ...(rangeList(sheet) as object) }])),
    triggers: emu.triggers().map((t) => t.handler).sort(),
    properties: Object.fromEntries(Object.entries(emu.properties.script).filter(([key]) => key !== 'SCRIPT_LOCK_TURN').sort()),
    forms: forms.map((form) => ({
      title: form.title,
      destination: form.destinationSheet,
      items: emu.forms.items(form.id).map((item) => [item.type, item.title, item.rows]),
    })),
  };
  let text = JSON.stringify(state);
  for (const [f, form] of forms.entries()) {
    text = text.split(form.id).join(`FORM${f}`);
    // The published id (the units' links) is drawn at random too.
    const published = /\/forms\/d\/e\/([^/]+)\//.exec(form.publishedUrl)?.[1];
    if (published) text = text.split(published).join(`PUBLISHED${f}`);
    emu.forms.items(form.id).forEach((item, i) => (text = text.split(String(item.id)).join(`ITEM${f}.${i}`)));
  }
  // Sheet ids are drawn at random as sheets are made (a run cut off makes one more): each becomes
  // its sheet's name, so `Đơn vị` must still record, for each unit, the id of that unit's tab.
  for (const sheet of sheets) text = text.split(String(sheet.getSheetId())).join(`SHEETID(${sheet.getName()})`);
  return text;
}
