/**
 * Wiring for "Nhập kết quả sổ cũ": the sidebar sends the chosen .xlsx as base64 (a workbook
 * opened by link would need the full `spreadsheets` scope, which the product does not ask for).
 * Only main.ts calls this.
 */
import { carryOverMessages } from '../app/carryOver/carryOverMessages';
import { importEarlierWorkbookIn, type ImportEarlierOutcome } from '../app/carryOver/importEarlier';
import { LIMITS } from '../intake/limits';

export type { ImportEarlierOutcome };

/** Under the script lock: decodes the file and carries the earlier units' ratings. */
export function importEarlierNow(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, clerk: string, fileName: unknown, base64: unknown): ImportEarlierOutcome {
  if (typeof base64 !== 'string' || base64.length === 0) return { ok: false, problems: [carryOverMessages.notXlsx] };
  // base64 is 4/3 of the bytes: refuse before decoding what could not be read anyway.
  if (base64.length > (LIMITS.maxInputBytes * 4) / 3 + 4) return { ok: false, problems: [carryOverMessages.tooBig] };
  let bytes: Uint8Array;
  try {
    bytes = Uint8Array.from(Utilities.base64Decode(base64.replace(/^data:[^,]*,/, '')), (b) => b & 0xff);
  } catch {
    return { ok: false, problems: [carryOverMessages.notXlsx] };
  }
  const name = typeof fileName === 'string' ? fileName.slice(0, 200) : '';
  return importEarlierWorkbookIn({ ss, now: () => new Date(), clerk }, name, bytes);
}
