import type { Campaign, Unit } from '../domain/campaign';
import { SCALES } from '../domain/ratings';
import { REGISTRATION_LABELS } from '../domain/registration';
import { summarizeDistrict } from '../domain/summary';
import { assessUnit } from '../domain/unitStatus';
import { configRows } from './configSheet';
import {
  CADRE_HEADERS,
  CONFIG_HEADERS,
  INTAKE_LOG_HEADERS,
  OUTBOX_LOG_HEADERS,
  SHEET,
  UNIT_HEADERS,
  UNIT_KIND_LABELS,
  DATE_TIME_FORMAT,
  unitSheetHeaders,
} from './layout';
import { statusMessages } from './messages';
import {
  columnRange,
  dropdown,
  protectAsSystem,
  protectSheetAsSystem,
  textRule,
  writeNewSheet,
  type NewSheet,
  type RuleFactory,
} from './sheetBuilder';
import { COLUMN_WIDTH, RATING_COLORS, STATUS_COLORS, TAB_COLOR_LOG, TAB_COLOR_SYSTEM, TOTAL_BACKGROUND } from './styles';
import { summaryHeaderRows, summaryPeriodGroups, summaryRows, SUMMARY_HEADER_ROWS } from './summarySheet';
import { newUnitTabRows } from './unitTab';
import { cadreRow, unitRow, unitStatusCells } from './unitsSheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/** The dropdowns every unit tab shares, built once per setup rather than once per tab. */
export interface UnitTabRules {
  rating: DataValidation;
  registration: DataValidation;
}

export function unitTabRules(campaign: Campaign, rules: RuleFactory): UnitTabRules {
  const scale = SCALES[campaign.scale];
  return {
    rating: dropdown(rules, scale.levels.map((level) => level.label), `Chọn xếp loại: ${scale.levels.map((l) => l.label).join(', ')}`),
    registration: dropdown(rules, Object.values(REGISTRATION_LABELS), 'Đăng ký: Xây dựng Chi đoàn mạnh (ít nhất 1) hoặc Hỗ trợ (1–2 Chi đoàn)'),
  };
}

/**
 * First-time setup: every sheet of the contract, in the order the office uses them —
 * Tổng hợp, Đơn vị, one tab per unit, the two logs, Cán bộ, Cấu hình.
 */
export function createWorkbook(ss: Spreadsheet, campaign: Campaign, rules: RuleFactory): void {
  ss.setSpreadsheetTimeZone(campaign.timeZone);
  const existing = ss.getSheets();
  // A new spreadsheet comes with one empty sheet: take it over rather than leave it behind.
  const blank = existing.length === 1 && existing[0].getLastRow() === 0 ? existing[0] : undefined;
  let index = 0;
  createSummarySheet(ss, campaign, index++, blank);
  const units = createUnitsSheet(ss, campaign, rules, index++);
  const tabRules = unitTabRules(campaign, rules);
  for (const unit of campaign.units) createUnitTab(ss, campaign, unit, rules, tabRules, index++);
  createLogSheet(ss, SHEET.intakeLog, INTAKE_LOG_HEADERS, [150, 80, 220, 260, 160, 110, 320, 320], index++);
  createLogSheet(ss, SHEET.outboxLog, OUTBOX_LOG_HEADERS, [150, 90, 260, 220, 320, 260, 110], index++);
  createCadresSheet(ss, campaign, index++);
  createConfigSheet(ss, campaign, index++);
  addCadreDropdown(ss, units, rules);
}

function createSummarySheet(ss: Spreadsheet, campaign: Campaign, index: number, reuse?: Sheet): void {
  const summary = summarizeDistrict(campaign, (unit) =>
    unit.chapters.map((name) => ({ name, members: null, ratings: {}, registration: null })),
  );
  const rows = [...summaryHeaderRows(campaign), ...summaryRows(campaign, summary)];
  const { sheet } = writeNewSheet(
    ss,
    { name: SHEET.summary, rows, headerRows: SUMMARY_HEADER_ROWS, tabColor: TAB_COLOR_SYSTEM, widths: [COLUMN_WIDTH.name, COLUMN_WIDTH.narrow, COLUMN_WIDTH.narrow] },
    index,
    reuse,
  );
  for (const group of summaryPeriodGroups(campaign)) sheet.getRange(1, group.column, 1, group.width - 1).merge();
  const width = rows[0].length;
  sheet.getRange(rows.length, 1, 1, width).setFontWeight('bold').setBackground(TOTAL_BACKGROUND);
  protectSheetAsSystem(sheet, 'Bảng tổng hợp do hệ thống tính lại sau mỗi lần nhận báo cáo');
}

function createUnitsSheet(ss: Spreadsheet, campaign: Campaign, rules: RuleFactory, index: number): NewSheet {
  const codes = campaign.periods.map((p) => p.code);
  const rows = [
    unitSheetHeaders(campaign),
    ...campaign.units.map((unit) => [...unitRow(unit), ...unitStatusCells(assessUnit(noRatings(unit), codes), null)]),
  ];
  const editable = UNIT_HEADERS.length;
  const statusWidth = rows[0].length - editable;
  const units = writeNewSheet(
    ss,
    {
      name: SHEET.units,
      rows,
      headerRows: 1,
      tabColor: TAB_COLOR_SYSTEM,
      textColumns: [1, 2, 3, 5, 6, 7, 8],
      widths: [110, COLUMN_WIDTH.wide, 130, 100, 110, COLUMN_WIDTH.wide, 150, 110, ...Array(statusWidth).fill(COLUMN_WIDTH.medium)],
    },
    index,
  );
  const { sheet } = units;
  sheet.setFrozenColumns(3);
  columnRange(units, 4, 2).setDataValidation(
    dropdown(rules, Object.values(UNIT_KIND_LABELS), 'Chọn loại đơn vị: Xã, Thị trấn, Trường THPT hoặc Trực thuộc'),
  );
  const status = columnRange(units, editable + 1, 2, statusWidth);
  columnRange(units, rows[0].length, 2).setNumberFormat(DATE_TIME_FORMAT);
  sheet.setConditionalFormatRules([
    textRule(rules, [status], { contains: 'Chưa' }, STATUS_COLORS.bad),
    textRule(rules, [status], { contains: 'Còn thiếu' }, STATUS_COLORS.partial),
    textRule(rules, [status], { contains: 'Đủ (' }, STATUS_COLORS.good),
    textRule(rules, [status], { equals: 'Hợp lệ' }, STATUS_COLORS.good),
    textRule(rules, [status], { equals: statusMessages.complete }, STATUS_COLORS.good),
  ]);
  protectAsSystem(sheet.getRange(1, editable + 1, units.maxRows, statusWidth), 'Cột tình trạng do hệ thống cập nhật');
  return units;
}

/** The cadre column offers the ids of `Cán bộ`, which must exist before the rule refers to it. */
function addCadreDropdown(ss: Spreadsheet, units: NewSheet, rules: RuleFactory): void {
  columnRange(units, 8, 2).setDataValidation(
    rules
      .newDataValidation()
      .requireValueInRange(ss.getRange(`'${SHEET.cadres}'!A2:A`), true)
      .setAllowInvalid(false)
      .setHelpText('Chọn mã cán bộ đứng điểm trong trang Cán bộ')
      .build(),
  );
}

function noRatings(unit: Unit) {
  return unit.chapters.map((name) => ({ name, members: null, ratings: {}, registration: null }));
}

/**
 * One unit's tab: its chapters, a dropdown per rating column and for the registration, colours by
 * rating. About 30 Sheets calls, each a round trip: setup makes one tab per unit.
 */
export function createUnitTab(ss: Spreadsheet, campaign: Campaign, unit: Unit, rules: RuleFactory, tabRules: UnitTabRules, index: number): Sheet {
  const rows = newUnitTabRows(campaign, unit.chapters);
  const periods = campaign.periods.length;
  const tab = writeNewSheet(
    ss,
    {
      name: unit.short,
      rows,
      headerRows: 1,
      textColumns: [1],
      widths: [COLUMN_WIDTH.name, COLUMN_WIDTH.narrow, ...Array(periods).fill(COLUMN_WIDTH.medium), COLUMN_WIDTH.medium, 110, 140],
    },
    index,
  );
  const { sheet } = tab;
  const scale = SCALES[campaign.scale];
  const ratingColumns = columnRange(tab, 3, 2, periods);
  ratingColumns.setDataValidation(tabRules.rating);
  columnRange(tab, 3 + periods, 2).setDataValidation(tabRules.registration);
  columnRange(tab, 2, 2).setNumberFormat('0');
  columnRange(tab, 5 + periods, 2).setNumberFormat(DATE_TIME_FORMAT);
  // A rule names its sheet's ranges, so each tab needs its own; the builders are local (no round trip).
  sheet.setConditionalFormatRules(
    scale.levels.map((level) => textRule(rules, [ratingColumns], { equals: level.label }, RATING_COLORS[level.rank])),
  );
  protectAsSystem(sheet.getRange(1, 4 + periods, tab.maxRows, 2), 'Nguồn và thời gian cập nhật do hệ thống ghi');
  return sheet;
}

function createLogSheet(ss: Spreadsheet, name: string, headers: readonly string[], widths: number[], index: number): void {
  const log = writeNewSheet(ss, { name, rows: [headers], headerRows: 1, widths, tabColor: TAB_COLOR_LOG }, index);
  columnRange(log, 1, 2).setNumberFormat(DATE_TIME_FORMAT);
  protectSheetAsSystem(log.sheet, 'Nhật ký do hệ thống ghi: không sửa, không xóa dòng');
}

function createCadresSheet(ss: Spreadsheet, campaign: Campaign, index: number): void {
  writeNewSheet(
    ss,
    {
      name: SHEET.cadres,
      rows: [CADRE_HEADERS, ...campaign.cadres.map(cadreRow)],
      headerRows: 1,
      textColumns: [1, 2, 3, 4],
      widths: [110, COLUMN_WIDTH.wide, COLUMN_WIDTH.wide, COLUMN_WIDTH.wide],
    },
    index,
  );
}

function createConfigSheet(ss: Spreadsheet, campaign: Campaign, index: number): void {
  writeNewSheet(
    ss,
    {
      name: SHEET.config,
      rows: [CONFIG_HEADERS, ...configRows(campaign)],
      headerRows: 1,
      textColumns: [1, 2],
      widths: [150, 360, 420],
    },
    index,
  );
}
