/**
 * The floor of each operation: the fewest calls SpreadsheetApp, FormApp, GmailApp, MailApp,
 * LockService and PropertiesService allow for what the operation must do, as a formula of the
 * office's size. `npm run bench` divides the calls measured by it (issue 13: ≤ 1.5).
 *
 * The counting rules, the same for every operation:
 * - every execution opens the bound spreadsheet (1) and takes the script lock (getScriptLock,
 *   waitLock or tryLock, releaseLock: 3) once per hold; the holds the concurrency rules require
 *   (no hold longer than ~10 s: a batch of a poll's messages or of letters) each count;
 * - a sheet whose name is known is read in 2 calls (`ss.getRange("'Tab'!A:H")`, `getValues`) and
 *   written in 2 (`getRange`, `setValues`): SpreadsheetApp has no call that reads or writes two
 *   sheets at once (a RangeList is one sheet's), so each unit tab an operation must read costs 2;
 * - a letter is one MailApp call; its outbox row is written with the batch it belongs to (one
 *   write before the sends, one after); an email is read whole in one call (getRawContent);
 * - a form response's answer is read by item id: the response's item responses (1), then per
 *   answer its item (1), the item's id (1) and the answer (1).
 * The Sheets advanced service could read every tab in one `batchGet`; it is not used (an office
 * should not have to enable an API), so its floor is not the one here.
 */
export type Operation =
  | 'secondSetup'
  | 'refreshSummary'
  | 'getDashboard'
  | 'getUnitDetail'
  | 'getReviewQueue'
  | 'onFormSubmit'
  | 'poll'
  | 'checkDeadlines';

export interface Size {
  units: number;
  /** Periods of the campaign (the form has one grid per period). */
  periods: number;
  /** Messages a poll records. */
  messages: number;
  /** Letters a deadline check sends or defers. */
  letters: number;
}

const OPEN = 1;
const LOCK = 3;
const READ = 2;
const WRITE = 2;
/** `Cấu hình`, `Đơn vị`, `Cán bộ`: the campaign. */
const CAMPAIGN_READS = 3 * READ;
/** The cadres' names kept for the sidebar: getScriptProperties and one get or set. */
const CADRE_NAMES = 2;

/**
 * The most a hold of the script lock may do while a form submit or the sidebar waits (~10 s): ten
 * messages of a poll, fifty letters of a deadline check.
 */
const POLL_BATCH = 10;
const LETTER_BATCH = 50;

/**
 * Applying one submission to the workbook, under the lock: the intake log row appended and later
 * finished, the unit's tab read and written, its status cells in `Đơn vị`, its row of
 * `Tổng hợp`, and the receipt with its two outbox writes.
 */
const APPLY_ONE = WRITE + READ + WRITE + WRITE + WRITE + WRITE + 1 + 2 * WRITE;

export function floorOf(operation: Operation, size: Size): number {
  const { units, periods, messages, letters } = size;
  switch (operation) {
    case 'secondSetup':
      // Which tabs exist: getSheets, then each sheet's name (units + the six system sheets); the
      // campaign; the triggers listed once; the trigger owner and the cadres' names.
      return OPEN + LOCK + 1 + (units + 6) + CAMPAIGN_READS + 1 + 1 + CADRE_NAMES;
    case 'refreshSummary':
      // Every tab read once; `Tổng hợp` and the status columns of `Đơn vị` written once; a toast.
      return OPEN + LOCK + CAMPAIGN_READS + READ * units + WRITE + WRITE + 1 + CADRE_NAMES;
    case 'getDashboard':
      // The editor check (the file's owner), then `Cấu hình`, `Đơn vị`, `Tổng hợp`.
      return OPEN + 1 + LOCK + 3 * READ + CADRE_NAMES;
    case 'getUnitDetail':
      // The editor check, `Cấu hình`, `Đơn vị`, the unit's tab, the intake log (its history),
      // the outbox log (the letters it was sent) and `Đi cơ sở` (its meetings, issue 17).
      return OPEN + 1 + LOCK + 6 * READ + CADRE_NAMES;
    case 'getReviewQueue':
      // The editor check, `Cấu hình`, `Đơn vị` and the intake log.
      return OPEN + 1 + LOCK + 3 * READ;
    case 'onFormSubmit': {
      // The response's id, time and respondent (3), its answers (the unit list, one grid per
      // period, the registration grid and two paragraphs), then the logs and one submission applied.
      const answers = 1 + periods + 1 + 2;
      const readResponse = 3 + 1 + 3 * answers;
      return OPEN + LOCK + readResponse + CAMPAIGN_READS + READ + READ + APPLY_ONE;
    }
    case 'poll': {
      // Gmail: one search, the threads' messages in one call (getMessagesForThreads), each
      // message's id and raw content (the MIME is parsed in the script), its receipt, one label
      // call a batch (GmailLabel.addToThreads). Sheets: the campaign, the intake and outbox logs,
      // `Tổng hợp` and the office's queued actions read once; each message's tab read and
      // written; per batch of ten (one hold of the lock, ~10 s) the intake rows, `Đơn vị`,
      // `Tổng hợp`, the outbox before and after the receipts and the rows' outcome, one write each.
      const batches = Math.ceil(messages / POLL_BATCH);
      const gmail = 1 + 1 + 3 * messages + batches;
      const sheets = CAMPAIGN_READS + 3 * READ + 1 + messages * (READ + WRITE) + batches * (LOCK + 6 * WRITE);
      return OPEN + gmail + sheets;
    }
    case 'checkDeadlines': {
      // The campaign and the outbox read once, the day's quota asked once; letters in batches of
      // at most fifty (one hold of the lock, two outbox writes each); the office's digest.
      const batches = Math.ceil(letters / LETTER_BATCH);
      return OPEN + CAMPAIGN_READS + READ + 1 + letters + batches * (LOCK + 2 * WRITE) + 1 + 2 * WRITE;
    }
  }
}
