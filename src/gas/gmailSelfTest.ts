/**
 * The self-check's Gmail test: a message to the running account itself, labelled with each of the
 * product's labels in turn, must be found by `label:` search and dropped by the product's candidate
 * query; then it goes to Trash. Gmail indexes a new message or label change after a moment, so
 * each search is retried briefly.
 */
import type { LabelProbe, LabelSearchFact } from '../app/setup/installationFacts';
import type { MailboxLabel } from '../app/intake/mailbox';
import { candidateQuery, LABEL_NAMES, labelQuery } from './gmail';
import { probeFailure } from './installation';

export interface SelfTestText {
  subject(token: string): string;
  body: string;
}

const ARRIVAL_TRIES = 6;
const SEARCH_TRIES = 3;
const WAIT_MS = 2_000;
const PRODUCT_LABELS: readonly MailboxLabel[] = ['done', 'review'];

/** Whether `query` finds a thread, within a few tries when `expected` is not met at once. */
function searchUntil(query: string, expected: boolean, tries = SEARCH_TRIES): boolean {
  for (let i = 0; ; i++) {
    const found = GmailApp.search(query, 0, 5).length > 0;
    if (found === expected || i + 1 >= tries) return found;
    Utilities.sleep(WAIT_MS);
  }
}

function arrivedThread(token: string): GoogleAppsScript.Gmail.GmailThread | null {
  for (let i = 0; i < ARRIVAL_TRIES; i++) {
    const thread = GmailApp.search(token, 0, 5)[0];
    if (thread) return thread;
    Utilities.sleep(WAIT_MS);
  }
  return null;
}

/** The test message goes to Trash (Gmail empties it after 30 days); false when that failed. */
function trashTestMessage(thread: GoogleAppsScript.Gmail.GmailThread, token: string): boolean {
  try {
    for (const message of thread.getMessages()) if (message.getSubject().includes(token)) message.moveToTrash();
    return true;
  } catch {
    // Reported as a step for the person (delete the message with this token), not as a crash.
    return false;
  }
}

/**
 * `canSend`: the caller checked there is quota for one recipient. The labels are looked up first,
 * so a missing Gmail permission shows even when nothing can be sent.
 */
export function runLabelSearchTest(address: string, canSend: boolean, text: SelfTestText): LabelSearchFact {
  let step = 'GmailApp.getUserLabelByName';
  try {
    const existing = PRODUCT_LABELS.map((which) => GmailApp.getUserLabelByName(LABEL_NAMES[which]));
    if (!address) return { kind: 'skipped', reason: 'noAddress' };
    if (!canSend) return { kind: 'skipped', reason: 'noQuota' };
    step = 'GmailApp.createLabel';
    const labelsCreated: string[] = [];
    const labels = PRODUCT_LABELS.map((which, i) => {
      const found = existing[i];
      if (found) return found;
      labelsCreated.push(LABEL_NAMES[which]);
      return GmailApp.createLabel(LABEL_NAMES[which]);
    });
    step = 'GmailApp.sendEmail';
    const token = `dcskt${Utilities.getUuid().replace(/-/g, '').slice(0, 12)}`;
    GmailApp.sendEmail(address, text.subject(token), text.body);
    step = 'GmailApp.search';
    const thread = arrivedThread(token);
    if (!thread) return { kind: 'ran', labelsCreated, arrived: false, foundByCandidates: false, labels: [], trashed: false, token };
    const candidates = `${candidateQuery(address)} ${token}`;
    const probes: LabelProbe[] = [];
    let foundByCandidates = false;
    let failure: unknown = null;
    try {
      foundByCandidates = searchUntil(candidates, true);
      PRODUCT_LABELS.forEach((which, i) => {
        const label = labels[i];
        step = 'GmailThread.addLabel';
        thread.addLabel(label);
        step = 'GmailApp.search';
        const foundByLabel = searchUntil(`${labelQuery(LABEL_NAMES[which])} ${token}`, true);
        const excludedFromCandidates = !searchUntil(candidates, false);
        step = 'GmailThread.removeLabel';
        thread.removeLabel(label);
        probes.push({ label: LABEL_NAMES[which], foundByLabel, excludedFromCandidates });
      });
    } catch (error) {
      failure = error;
    }
    // Whatever happened above, the test message does not stay in the mailbox.
    const trashed = trashTestMessage(thread, token);
    if (failure !== null) return { kind: 'failed', failure: probeFailure(step, failure) };
    return { kind: 'ran', labelsCreated, arrived: true, foundByCandidates, labels: probes, trashed, token };
  } catch (error) {
    return { kind: 'failed', failure: probeFailure(step, error) };
  }
}
