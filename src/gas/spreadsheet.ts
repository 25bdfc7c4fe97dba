import type { RuleFactory } from '../workbook/sheetBuilder';

/** The spreadsheet this script is bound to. */
export function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

export function ruleFactory(): RuleFactory {
  return {
    newDataValidation: () => SpreadsheetApp.newDataValidation(),
    newConditionalFormatRule: () => SpreadsheetApp.newConditionalFormatRule(),
  };
}

/** The spreadsheet's UI; only available when a person runs the script (menu, sidebar, editor). */
export function spreadsheetUi(): GoogleAppsScript.Base.Ui {
  return SpreadsheetApp.getUi();
}
