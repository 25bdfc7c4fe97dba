import { isEmailAddress, type Unit } from '../../domain/campaign';
import { normalizeAddress, unitOfSender } from '../../domain/senders';
import { cellText, safeText } from '../../workbook/cells';
import { SHEET, UNIT_HEADERS } from '../../workbook/layout';
import type { IntakeWorkbook } from './intakeWorkbook';
import { rememberMessages } from './rememberSenderMessages';

/** What became of "Ghi nhớ địa chỉ này cho đơn vị": said to the clerk beside the assignment's outcome. */
export type RememberOutcome = { ok: true; message: string } | { ok: false; error: string };

/**
 * Adds a sender's address to a unit's emails in `Đơn vị` (one cell written), so its next
 * messages are recorded without review. Under the script lock (the caller's), from `Đơn vị` as
 * read in the same hold. Refused, with nothing written, when the address is not one the
 * campaign would accept, is the office's own, or belongs to another unit; already there, it
 * writes nothing.
 */
export function rememberSenderIn(workbook: Pick<IntakeWorkbook, 'sheets' | 'campaign' | 'unitsValues'>, unit: Unit, from: string): RememberOutcome {
  const address = normalizeAddress(from);
  if (!isEmailAddress(address)) return { ok: false, error: rememberMessages.notAnAddress(from) };
  if (address === normalizeAddress(workbook.campaign.officeEmail)) return { ok: false, error: rememberMessages.officeAddress(address) };
  const owner = unitOfSender(workbook.campaign.units, address);
  if (owner && owner.id !== unit.id) return { ok: false, error: rememberMessages.otherUnit(address, owner.name) };
  if (owner) return { ok: true, message: rememberMessages.already(address, unit.name) };
  const [header = [], ...rows] = workbook.unitsValues;
  const idColumn = header.findIndex((cell) => cellText(cell) === UNIT_HEADERS[0]);
  const emailColumn = header.findIndex((cell) => cellText(cell) === 'Email');
  const row = rows.findIndex((cells) => cellText(cells[idColumn]) === unit.id);
  const sheet = workbook.sheets.get(SHEET.units);
  if (idColumn < 0 || emailColumn < 0 || row < 0 || !sheet) return { ok: false, error: rememberMessages.noRow(unit.name) };
  const emails = [...unit.emails, address].join(', ');
  sheet.getRange(row + 2, emailColumn + 1).setValue(safeText(emails));
  // Later steps of the same run (the assignment) read the unit as it now is.
  workbook.unitsValues[row + 1][emailColumn] = emails;
  unit.emails.push(address);
  return { ok: true, message: rememberMessages.added(address, unit.name) };
}
