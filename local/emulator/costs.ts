/**
 * The planning costs of DESIGN.md ("The platform's rules", Time): how much simulated time each
 * counted service call takes. One table, on by default everywhere; `npm run bench` prints it.
 *
 * The numbers are planning figures, not measurements: a real call's latency varies (a Sheets call
 * is often faster, a busy day slower), so the product must fit its limits under these, with room.
 */

/**
 * Cost of one call, by the service a fake belongs to (its `registerFake` `service`), plus
 * `FormItem`: a FormApp call that creates, edits, moves or reads an item (the form is saved on each).
 */
export const COST_TABLE_MS: Readonly<Record<string, number>> = {
  Spreadsheet: 100,
  FormItem: 300,
  Form: 100,
  Gmail: 100,
  Mail: 100,
  Script: 100,
  Calendar: 100,
  Document: 100,
  Drive: 100,
  Properties: 50,
  Lock: 50,
  Cache: 50,
  Utilities: 0,
  Session: 0,
  Logger: 0,
  Html: 0,
  Base: 0,
};

/** Spreadsheet builders run in the script's own process: nothing is sent until the built value is used. */
const SPREADSHEET_LOCAL_CLASSES = new Set([
  'DataValidationBuilder',
  'ConditionalFormatRuleBuilder',
  'RichTextValueBuilder',
  'TextStyleBuilder',
  'ColorBuilder',
  'FilterCriteriaBuilder',
  'CellImageBuilder',
  // A chart is built in the script; insertChart / updateChart send it.
  'EmbeddedChartBuilder',
  'EmbeddedColumnChartBuilder',
  'EmbeddedBarChartBuilder',
  'EmbeddedPieChartBuilder',
  'EmbeddedLineChartBuilder',
]);

/** FormApp classes that are an item or an answer to one: every call on them is an item call. */
const FORM_ITEM_CLASSES = new Set([
  'Item',
  'TextItem',
  'ParagraphTextItem',
  'SectionHeaderItem',
  'PageBreakItem',
  'ListItem',
  'MultipleChoiceItem',
  'CheckboxItem',
  'GridItem',
  'CheckboxGridItem',
  'ScaleItem',
  'DateItem',
  'TimeItem',
  'DateTimeItem',
  'DurationItem',
  'ImageItem',
  'VideoItem',
  'RatingItem',
  'Choice',
  'ItemResponse',
]);

/** Form and FormResponse methods that add, move, delete or read the form's items. */
const FORM_ITEM_METHODS = /^(Form\.(add\w+Item|getItems|getItemById|moveItem|deleteItem)|FormResponse\.(getItemResponses|getResponseForItem|getGradableItemResponses|getGradableResponseForItem|withItemResponse|withItemGrade))$/;

/**
 * Which row of the table a call is charged from, `method` as the call counter names it
 * (`Range.setValues`, `SpreadsheetApp.newDataValidation`); 'local' for builders (0 ms).
 * A service missing from the table is an emulator gap, loudly.
 */
export function costKey(method: string, service: string): string {
  if (COST_TABLE_MS[service] === undefined || service === 'FormItem') {
    throw new Error(`Emulator: no planning cost for service ${service} (${method}); add it to local/emulator/costs.ts`);
  }
  const dot = method.indexOf('.');
  const owner = dot < 0 ? method : method.slice(0, dot);
  const name = dot < 0 ? '' : method.slice(dot + 1);
  if (service === 'Spreadsheet') {
    if (SPREADSHEET_LOCAL_CLASSES.has(owner)) return 'local';
    if (owner === 'SpreadsheetApp' && /^new[A-Z]/.test(name)) return 'local';
  }
  if (service === 'Form' && (FORM_ITEM_CLASSES.has(owner) || FORM_ITEM_METHODS.test(method))) return 'FormItem';
  return service;
}

/** The planning cost of one call, in ms. */
export function planningCostMs(method: string, service: string): number {
  const key = costKey(method, service);
  return key === 'local' ? 0 : COST_TABLE_MS[key];
}

/**
 * How a test or the CLI may change the costs. `uniformMs` replaces the table (every counted call
 * costs that much, builders included: the old `msPerCall`; `emu.setMsPerCall(ms)` sets it, "a slow
 * day"); `perService` replaces rows of the table (keys as in COST_TABLE_MS, `FormItem` included);
 * `scale` multiplies the result. A test that lowers costs must say why in a comment, and never does
 * it to get under a limit.
 */
export interface CostOptions {
  uniformMs?: number;
  scale?: number;
  perService?: Readonly<Record<string, number>>;
}

export function checkCostOptions(costs: CostOptions): CostOptions {
  const bad = (v: number | undefined) => v !== undefined && !(Number.isFinite(v) && v >= 0);
  if (bad(costs.uniformMs) || bad(costs.scale) || Object.values(costs.perService ?? {}).some(bad)) {
    throw new Error(`Emulator: costs must be finite numbers >= 0, got ${JSON.stringify(costs)}`);
  }
  for (const key of Object.keys(costs.perService ?? {})) {
    if (COST_TABLE_MS[key] === undefined) throw new Error(`Emulator: no cost row ${key}; rows are ${Object.keys(COST_TABLE_MS).join(', ')}`);
  }
  return { ...costs };
}

/** The simulated time one call takes under `costs`. */
export function callCostMs(method: string, service: string, costs: CostOptions): number {
  if (costs.uniformMs !== undefined) return costs.uniformMs * (costs.scale ?? 1);
  const key = costKey(method, service);
  const ms = key === 'local' ? 0 : (costs.perService?.[key] ?? COST_TABLE_MS[key]);
  return ms * (costs.scale ?? 1);
}

/** The table as `npm run bench` prints it. */
export function costTableText(): string {
  const lines = ['Planning costs (simulated time per counted call)', '  service       ms'];
  for (const [service, ms] of Object.entries(COST_TABLE_MS)) lines.push(`  ${service.padEnd(12)} ${String(ms).padStart(4)}`);
  lines.push(
    '  FormItem: a FormApp call that adds, edits, moves or reads an item (Item, Choice, ItemResponse methods,',
    '            Form.add*Item/getItems/getItemById/moveItem/deleteItem, FormResponse item reads and writes)',
    '  Spreadsheet builders (SpreadsheetApp.new*, *Builder methods): 0 ms',
    '  Lock waits: the time waited. Utilities.sleep: the time slept.',
  );
  return lines.join('\n');
}
