import { accessMessages } from '../messages';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Sidebar calls run as the person using it: only people who can edit the workbook may act on it. */
export function canEdit(ss: Spreadsheet, email: string): boolean {
  const wanted = email.trim().toLowerCase();
  if (!wanted) return false;
  const owner = ss.getOwner();
  if (owner && owner.getEmail().toLowerCase() === wanted) return true;
  return ss.getEditors().some((user) => user.getEmail().toLowerCase() === wanted);
}

export function requireEditor(ss: Spreadsheet, email: string): void {
  if (!canEdit(ss, email)) throw new Error(accessMessages.notEditor);
}
