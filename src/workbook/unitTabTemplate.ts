import type { Campaign, Unit } from '../domain/campaign';
import { SCALES } from '../domain/ratings';
import { REGISTRATION_LABELS } from '../domain/registration';
import { DATE_TIME_FORMAT, unitTabHeaders } from './layout';
import {
  columnRange,
  commitSheet,
  dropdown,
  protectAsSystem,
  SHEET_UNDER_CONSTRUCTION,
  SPARE_ROWS,
  textRule,
  writeNewSheet,
  type RuleFactory,
} from './sheetBuilder';
import { COLUMN_WIDTH, RATING_COLORS } from './styles';
import { newUnitTabRows } from './unitTab';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The formatted unit tab every unit's tab is copied from: built once per setup run, deleted when
 * the run has made its tabs. A copy carries the header, widths, frozen row, number formats,
 * dropdowns and colour rules (re-targeted to the copy), so a tab costs a copy, one write of its
 * chapters, its protection and its name: 8 Sheets calls instead of ~30. The template hides
 * `Ghi nhận`; a copy keeps it hidden.
 */
export const UNIT_TEMPLATE_SHEET = 'Mẫu trang đơn vị (tạm)';

/**
 * Every tab of one setup run has the same grid: the longest chapter list of the units it builds
 * plus spare rows (a few hundred cells more than a cut to each tab's own list, and one call a tab
 * less). Intake grows a tab that runs out of rows.
 */
export function unitTabRows(units: readonly Unit[]): number {
  return 1 + Math.max(0, ...units.map((unit) => unit.chapters.length)) + SPARE_ROWS.unitTab;
}

export function createUnitTemplate(ss: Spreadsheet, campaign: Campaign, rules: RuleFactory, gridRows: number, index: number): Sheet {
  const periods = campaign.periods.length;
  const tab = writeNewSheet(
    ss,
    {
      name: UNIT_TEMPLATE_SHEET,
      rows: [unitTabHeaders(campaign)],
      headerRows: 1,
      textColumns: [1],
      widths: [COLUMN_WIDTH.name, COLUMN_WIDTH.narrow, ...Array(periods).fill(COLUMN_WIDTH.medium), COLUMN_WIDTH.medium, 110, 140, 120],
      gridRows,
    },
    index,
  );
  const scale = SCALES[campaign.scale];
  const ratingColumns = columnRange(tab, 3, 2, periods);
  ratingColumns.setDataValidation(
    dropdown(rules, scale.levels.map((level) => level.label), `Chọn xếp loại: ${scale.levels.map((l) => l.label).join(', ')}`),
  );
  columnRange(tab, 3 + periods, 2).setDataValidation(
    dropdown(rules, Object.values(REGISTRATION_LABELS), 'Đăng ký: Xây dựng Chi đoàn mạnh (ít nhất 1) hoặc Hỗ trợ (1–2 Chi đoàn)'),
  );
  columnRange(tab, 2, 2).setNumberFormat('0');
  columnRange(tab, 5 + periods, 2).setNumberFormat(DATE_TIME_FORMAT);
  // `Ghi nhận` is for the code (when and whence each value came); the office reads Nguồn and Cập nhật.
  tab.sheet.hideColumns(6 + periods);
  tab.sheet.setConditionalFormatRules(
    scale.levels.map((level) => textRule(rules, [ratingColumns], { equals: level.label }, RATING_COLORS[level.rank])),
  );
  return commitSheet(tab.sheet, UNIT_TEMPLATE_SHEET);
}

/**
 * One unit's tab, copied from the template: its chapters in one write, the bookkeeping columns
 * protected (a copy carries no protection), then its name, last: a tab under its unit's name is
 * complete.
 */
export function createUnitTab(ss: Spreadsheet, template: Sheet, campaign: Campaign, unit: Unit, gridRows: number, index: number): Sheet {
  const sheet = ss.insertSheet(SHEET_UNDER_CONSTRUCTION, index, { template });
  const rows = newUnitTabRows(campaign, unit.chapters).slice(1);
  const periods = campaign.periods.length;
  if (rows.length > 0) sheet.getRange(2, 1, rows.length, rows[0].length).setValues(rows);
  protectAsSystem(sheet.getRange(1, 4 + periods, gridRows, 3), 'Nguồn, thời gian cập nhật và ghi nhận do hệ thống ghi');
  return commitSheet(sheet, unit.short);
}
