import type { Campaign, Unit } from '../domain/campaign';
import { summarizeDistrict } from '../domain/summary';
import { assessUnit, type ChapterRecord } from '../domain/unitStatus';
import { safeText } from './cells';
import { configRows } from './configSheet';
import {
  CADRE_HEADERS,
  CONFIG_HEADERS,
  INTAKE_LOG_COLUMNS,
  OUTBOX_LOG_HEADERS,
  SHEET,
  UNIT_HEADERS,
  UNIT_KIND_LABELS,
  DATE_TIME_FORMAT,
  unitSheetHeaders,
  FORMERLY_HEADER,
} from './layout';
import { statusMessages, workbookMessages } from './messages';
import {
  columnRange,
  commitSheet,
  dropdown,
  protectAsSystem,
  protectSheetAsSystem,
  SPARE_ROWS,
  textRule,
  writeNewSheet,
  type RuleFactory,
} from './sheetBuilder';
import { COLUMN_WIDTH, STATUS_COLORS, TAB_COLOR_LOG, TAB_COLOR_SYSTEM } from './styles';
import { summaryTableOf, SUMMARY_HEADER_ROWS } from './summarySheet';
import { layOutSummary, placeSummaryChart, writeSummaryTable } from './summaryWrite';
import { cadreRow, unitRow, unitStatusCells } from './unitsSheet';

/**
 * The sheets of DESIGN.md's workbook contract other than the unit tabs (unitTabTemplate.ts), one
 * builder each: each builds its sheet under construction and commits it by its name last.
 */
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What a summary starts from: no ratings on a new workbook, the tabs' chapters when it is recreated. */
export type ChaptersOf = (unit: Unit) => readonly ChapterRecord[];

export const noRatings: ChaptersOf = (unit) => unit.chapters.map((name) => ({ name, members: null, ratings: {}, registration: null }));

/**
 * `Tổng hợp`: the plan's table (summarySheet.ts) with its formats, merged headers, frozen header
 * rows and the chart of the distribution per period.
 */
export function createSummarySheet(ss: Spreadsheet, campaign: Campaign, index: number, chaptersOf: ChaptersOf = noRatings, at: Date = new Date()): Sheet {
  const table = summaryTableOf(campaign, summarizeDistrict(campaign, chaptersOf), at);
  const { sheet } = writeNewSheet(
    ss,
    { name: SHEET.summary, rows: table.rows, headerRows: SUMMARY_HEADER_ROWS, tabColor: TAB_COLOR_SYSTEM, gridRows: table.rows.length + SPARE_ROWS.table },
    index,
  );
  writeSummaryTable(sheet, campaign, table, table.rows.length);
  layOutSummary(sheet, campaign, false);
  placeSummaryChart(sheet, campaign, table);
  protectSheetAsSystem(sheet, 'Bảng tổng hợp do hệ thống tính lại sau mỗi lần nhận báo cáo');
  return commitSheet(sheet, SHEET.summary);
}

/** `Đơn vị`: the units, their status columns (protected, coloured) and the cadre dropdown, which refers to `Cán bộ` (built before). */
export function createUnitsSheet(ss: Spreadsheet, campaign: Campaign, rules: RuleFactory, index: number): Sheet {
  const codes = campaign.periods.map((p) => p.code);
  const cadreNames = new Map(campaign.cadres.map((cadre) => [cadre.id, cadre.name]));
  // The tab id cells stay empty until setup has made each unit's tab (unitTabIds.ts); the cadre
  // shows by name, its id kept hidden last (unitCadres.ts).
  // A campaign of merged units names their earlier units in a last column the office can edit.
  const formerly = campaign.units.some((unit) => unit.formerly?.length);
  const rows = [
    [...unitSheetHeaders(campaign), ...(formerly ? [FORMERLY_HEADER] : [])],
    ...campaign.units.map((unit) => [
      ...unitRow(unit, cadreNames.get(unit.cadre) ?? unit.cadre),
      ...unitStatusCells(assessUnit(noRatings(unit), codes), null),
      '',
      unit.cadre,
      ...(formerly ? [safeText((unit.formerly ?? []).join('; '))] : []),
    ]),
  ];
  const editable = UNIT_HEADERS.length;
  const tabIdColumn = unitSheetHeaders(campaign).length - 1;
  const statusWidth = tabIdColumn + 1 - editable;
  const units = writeNewSheet(
    ss,
    {
      name: SHEET.units,
      rows,
      headerRows: 1,
      tabColor: TAB_COLOR_SYSTEM,
      textColumns: [1, 2, 3, 5, 6, 7, 8, ...(formerly ? [tabIdColumn + 2] : [])],
      widths: [110, COLUMN_WIDTH.wide, 130, 100, 110, COLUMN_WIDTH.wide, 150, 110, ...Array(statusWidth).fill(COLUMN_WIDTH.medium), ...(formerly ? [COLUMN_WIDTH.wide] : [])],
      gridRows: rows.length + SPARE_ROWS.table,
      // The form's sync adds the `Biểu mẫu` column after the last header.
      spareColumns: 1,
    },
    index,
  );
  const { sheet } = units;
  sheet.setFrozenColumns(3);
  columnRange(units, 4, 2).setDataValidation(
    dropdown(rules, Object.values(UNIT_KIND_LABELS), 'Chọn loại đơn vị: Xã, Thị trấn, Trường THPT hoặc Trực thuộc'),
  );
  // Invalid allowed (with the sheet's warning): a workbook set up before names were shown holds
  // ids here, and an id is how the office tells apart two cadres of the same name.
  columnRange(units, 8, 2).setDataValidation(
    rules
      .newDataValidation()
      .requireValueInRange(ss.getRange(`'${SHEET.cadres}'!B2:B`), true)
      .setAllowInvalid(true)
      .setHelpText(workbookMessages.cadreDropdownHelp)
      .build(),
  );
  const status = columnRange(units, editable + 1, 2, statusWidth);
  columnRange(units, tabIdColumn - 1, 2).setNumberFormat(DATE_TIME_FORMAT);
  sheet.hideColumns(tabIdColumn, 2);
  sheet.setConditionalFormatRules([
    textRule(rules, [status], { contains: 'Chưa' }, STATUS_COLORS.bad),
    textRule(rules, [status], { contains: 'Còn thiếu' }, STATUS_COLORS.partial),
    textRule(rules, [status], { contains: 'Đủ (' }, STATUS_COLORS.good),
    textRule(rules, [status], { equals: 'Hợp lệ' }, STATUS_COLORS.good),
    textRule(rules, [status], { equals: statusMessages.complete }, STATUS_COLORS.good),
  ]);
  protectAsSystem(sheet.getRange(1, editable + 1, units.maxRows, statusWidth), 'Cột tình trạng do hệ thống cập nhật');
  return commitSheet(sheet, SHEET.units);
}

const LOGS = {
  [SHEET.intakeLog]: { headers: INTAKE_LOG_COLUMNS, widths: [150, 80, 220, 260, 160, 110, 320, 320, 110, 160] },
  [SHEET.outboxLog]: { headers: OUTBOX_LOG_HEADERS, widths: [150, 90, 260, 220, 320, 260, 110] },
} as const;

/** A log: its header and room for a first stretch of rows (writing a row past the grid grows it). */
export function createLogSheet(ss: Spreadsheet, name: typeof SHEET.intakeLog | typeof SHEET.outboxLog, index: number): Sheet {
  const { headers, widths } = LOGS[name];
  const log = writeNewSheet(ss, { name, rows: [headers], headerRows: 1, widths, tabColor: TAB_COLOR_LOG, gridRows: 1 + SPARE_ROWS.log }, index);
  columnRange(log, 1, 2).setNumberFormat(DATE_TIME_FORMAT);
  protectSheetAsSystem(log.sheet, 'Nhật ký do hệ thống ghi: không sửa, không xóa dòng');
  // The Gmail id is nobody's reading (layout.ts).
  if (name === SHEET.intakeLog) log.sheet.hideColumns(INTAKE_LOG_COLUMNS.indexOf('Mã Gmail') + 1);
  return commitSheet(log.sheet, name);
}

export function createCadresSheet(ss: Spreadsheet, campaign: Campaign, index: number): Sheet {
  const rows = [CADRE_HEADERS, ...campaign.cadres.map(cadreRow)];
  const { sheet } = writeNewSheet(
    ss,
    {
      name: SHEET.cadres,
      rows,
      headerRows: 1,
      textColumns: [1, 2, 3, 4],
      widths: [110, COLUMN_WIDTH.wide, COLUMN_WIDTH.wide, COLUMN_WIDTH.wide],
      gridRows: rows.length + SPARE_ROWS.table,
    },
    index,
  );
  return commitSheet(sheet, SHEET.cadres);
}

export function createConfigSheet(ss: Spreadsheet, campaign: Campaign, index: number): Sheet {
  const rows = [CONFIG_HEADERS, ...configRows(campaign)];
  const { sheet } = writeNewSheet(
    ss,
    { name: SHEET.config, rows, headerRows: 1, textColumns: [1, 2, 3], widths: [130, 200, 360, 420], gridRows: rows.length + SPARE_ROWS.table },
    index,
  );
  return commitSheet(sheet, SHEET.config);
}
