import type { Campaign } from '../../domain/campaign';
import { SHEET } from '../../workbook/layout';
import { readIntakeIndex, type IntakeIndex } from '../../workbook/intakeIndex';
import { readOutboxIndex, type OutboxIndex } from '../../workbook/logs';
import { loadCampaignAndUnits, openSheets, type WorkbookSheets } from '../../workbook/sheets';
import { readUnitStatusRows } from '../../workbook/unitStatusCells';
import { mailboxMessages } from '../messages';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What every intake use case (mail, form, review) reads once: the campaign, `Đơn vị` and both logs' indexes. */
export interface IntakeWorkbook {
  sheets: WorkbookSheets;
  campaign: Campaign;
  /** `Đơn vị` as read, header included. */
  unitsValues: unknown[][];
  intakeSheet: Sheet;
  outboxSheet: Sheet;
  intake: IntakeIndex;
  outbox: OutboxIndex;
}

/**
 * Reads the campaign, `Đơn vị` and both logs' indexes afresh (under the script lock: another
 * execution may have written since). `sheets`, from an earlier look in the same run, saves the
 * sheet lookups: a Sheet stays the same sheet when renamed.
 */
export function openIntakeWorkbook(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, sheets: WorkbookSheets = openSheets(ss)): IntakeWorkbook | { errors: string[] } {
  const result = loadCampaignAndUnits(sheets);
  if (!result.ok) return { errors: result.errors };
  const intakeSheet = sheets.get(SHEET.intakeLog);
  const outboxSheet = sheets.get(SHEET.outboxLog);
  if (!intakeSheet || !outboxSheet) return { errors: [mailboxMessages.missingLogs] };
  return {
    sheets,
    campaign: result.campaign,
    unitsValues: result.unitRows,
    intakeSheet,
    outboxSheet,
    intake: readIntakeIndex(intakeSheet, result.campaign.timeZone),
    outbox: readOutboxIndex(outboxSheet),
  };
}

/** The unit's pre-filled form link from the `Biểu mẫu` column of `Đơn vị` as read, or null. */
export function unitFormLink(workbook: Pick<IntakeWorkbook, 'unitsValues' | 'campaign'>, unitId: string): string | null {
  return readUnitStatusRows(workbook.unitsValues, workbook.campaign).find((row) => row.unitId === unitId)?.formLink ?? null;
}
