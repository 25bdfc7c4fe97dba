/**
 * Wiring for work done as the office (see app/officeActions*.ts): who is at the keyboard, where a
 * clerk's request waits, and the office's run of what waits. Only main.ts calls these.
 */
import type { PollDeps } from '../app/intake/mailbox';
import type { NoticeDeps } from '../app/notices/notices';
import type { OfficeQueue } from '../app/office/officeActions';
import { isOfficeAccount } from '../app/office/officeActionsOwner';
import { carryOutOfficeActionsIn, type OfficeRunOutcome } from '../app/office/officeActionsRun';
import { formatDate } from '../gas/dates';
import { scriptOfficeActionStore } from '../gas/officeActionStore';
import { scriptStore } from '../gas/properties';
import { activeUserEmail } from '../gas/session';
import { currentAccount } from '../gas/triggers';

/** Whether the office account (the triggers' owner) is the one running; read under the script lock. */
export function officeAtKeyboard(): boolean {
  return isOfficeAccount(scriptStore(), currentAccount());
}

/** Where a clerk's request that needs the office's mailbox waits for the office's next poll. */
export function officeQueue(): OfficeQueue {
  return { store: scriptOfficeActionStore(), clerk: activeUserEmail(), now: () => new Date(), format: formatDate };
}

/** At the start of the office's poll (under its lock): what clerks asked for; null when another account runs it. */
export function carryOutOfficeActions(poll: PollDeps, notices: NoticeDeps): OfficeRunOutcome | null {
  return officeAtKeyboard() ? carryOutOfficeActionsIn({ store: scriptOfficeActionStore(), poll, notices }) : null;
}
