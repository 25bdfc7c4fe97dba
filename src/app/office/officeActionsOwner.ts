import type { KeyValueStore } from '../../gas/properties';

/** Script property: the account that installed the project's triggers (the office account). */
export const TRIGGER_OWNER = 'TRIGGER_OWNER';

/** How often the mailbox poll runs, and so how long an office action waits at most. */
export const POLL_MINUTES = 10;

export type TriggerOwnership = { kind: 'mine' } | { kind: 'other'; owner: string };

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Setup decides who owns the triggers: the first account to install them is recorded, and from
 * then on only that account installs or keeps them (each account's triggers are its own, so a
 * second editor would otherwise install a second poll). Read and written under the script lock.
 */
export function claimTriggers(store: KeyValueStore, me: string): TriggerOwnership {
  const owner = store.get(TRIGGER_OWNER);
  if (owner && !same(owner, me)) return { kind: 'other', owner };
  if (!owner && me) store.set(TRIGGER_OWNER, me);
  return { kind: 'mine' };
}

/** Whether the account running now is the office's, whose mailbox and mail quota the triggers use. */
export function isOfficeAccount(store: KeyValueStore, me: string): boolean {
  const owner = store.get(TRIGGER_OWNER);
  // A workbook set up before the owner was recorded: whoever runs is taken as the office, as before.
  return !owner || same(owner, me);
}
