import type { ChapterDecision, ChapterDecisionOutcome } from '../../app/intake/chapterDecisions';
import type { PendingChapterView } from '../../app/sidebar/pendingChaptersView';
import type { ReviewOutcome } from '../../app/intake/review';
import type { ApplyReviewOutcome } from '../../app/visits/cadreFormIntake';
import type { ReviewItem, ReviewQueue } from '../../app/sidebar/reviewQueue';
import type { RejectionPreview } from '../../app/intake/reviewRejection';
import { rejectPanel } from './rejectPanel';
import { button, el, uid } from './dom';
import { primaryGroup, type PrimaryGroup } from './primary';
import { T } from './text';

export interface ReviewHandlers {
  /** `remember`: add the sender's address to the unit's emails first. */
  assign(messageId: string, unitId: string, remember: boolean): Promise<ReviewOutcome>;
  reject(messageId: string, reason: string): Promise<ReviewOutcome>;
  /** The rejection letter for that reason, rendered by the server and not sent. */
  previewRejection(messageId: string, reason: string): Promise<RejectionPreview>;
  /** A cadre's report of a visit (by their form) recorded as the visit's report: the office confirms it is the cadre's. */
  applyVisitReport(messageId: string): Promise<ApplyReviewOutcome>;
  /** An item was resolved: the page updates its counter and knows the dashboard changed. */
  resolved(): void;
}

const GMAIL = /^https:\/\/mail\.google\.com\//;

function line(label: string, value: string): HTMLElement | null {
  return value ? el('div', { class: 'field' }, el('span', { class: 'field-label' }, `${label}: `), value) : null;
}

function reviewItem(item: ReviewItem, queue: ReviewQueue, handlers: ReviewHandlers, primary: PrimaryGroup): HTMLElement {
  if (item.visitReport) return visitReportItem(item, handlers, primary);
  const result = el('p', { class: 'result', role: 'status' });
  const selectId = uid('assign');
  const unitSelect = el(
    'select',
    { id: selectId },
    el('option', { value: '' }, T.chooseUnit),
    ...queue.units.map((unit) => el('option', { value: unit.id }, unit.name)),
  );
  unitSelect.value = item.suggestedUnit;
  // Only a message has a sender address the unit can keep; a form response's respondent is its own matter.
  const rememberId = uid('remember');
  const remember = item.source === 'Email' && item.sender ? el('input', { type: 'checkbox', id: rememberId, 'aria-describedby': `${rememberId}-note` }) : null;
  const controls: (HTMLButtonElement | HTMLSelectElement | HTMLTextAreaElement | HTMLInputElement)[] = [];
  const setBusy = (busy: boolean) => controls.forEach((control) => (control.disabled = busy));
  const show = (text: string, kind: 'ok' | 'error' | 'info') => {
    result.textContent = text;
    result.setAttribute('class', `result ${kind}`);
  };
  const settle = (promise: Promise<ReviewOutcome>, success: (outcome: { status: string }) => string) => {
    setBusy(true);
    show(T.working, 'info');
    promise.then(
      (outcome) => {
        if (!outcome.ok) {
          setBusy(false);
          show(outcome.error, 'error');
          return;
        }
        // A clerk's decision is carried out by the office's next poll: the server says when.
        show([outcome.message ?? success(outcome), outcome.remembered].filter(Boolean).join(' '), 'ok');
        card.setAttribute('class', 'review-item resolved');
        done();
        handlers.resolved();
      },
      (error: Error) => {
        setBusy(false);
        show(error.message || T.loadFailed, 'error');
      },
    );
  };
  const assign = button(T.assign, {}, () => {
    const unitId = unitSelect.value;
    if (!unitId) {
      show(T.mustChooseUnit, 'error');
      unitSelect.focus();
      return;
    }
    const name = queue.units.find((unit) => unit.id === unitId)?.name ?? unitId;
    settle(handlers.assign(item.messageId, unitId, remember?.checked ?? false), (outcome) => T.assigned(name, outcome.status));
  });
  const done = primary.add(assign);
  const reject = rejectPanel(item, handlers.previewRejection, (reason) => settle(handlers.reject(item.messageId, reason), () => T.rejected));
  controls.push(unitSelect, assign, ...reject.controls, ...(remember ? [remember] : []));

  const card = el(
    'li',
    { class: 'review-item', 'data-message': item.messageId },
    el('div', { class: 'review-head' }, [item.time, item.source, item.code].filter(Boolean).join(' · ')),
    line(T.from, item.sender),
    line(T.subject, item.subject),
    line(T.why, item.detail),
    item.excerpt ? el('div', { class: 'field-label' }, `${T.whatWasRead}:`) : null,
    item.excerpt ? el('pre', { class: 'excerpt', tabindex: '0' }, item.excerpt) : null,
    line(T.attachments, item.attachments),
    GMAIL.test(item.link) ? el('p', {}, el('a', { href: item.link, target: '_blank', rel: 'noopener noreferrer' }, T.openInGmail)) : null,
    el(
      'div',
      { class: 'form-group' },
      el('label', { for: selectId }, T.assignTo),
      unitSelect,
      remember ? el('div', { class: 'check' }, remember, el('label', { for: rememberId }, T.rememberSender)) : null,
      remember ? el('div', { class: 'secondary', id: `${rememberId}-note` }, T.rememberSenderNote(item.sender)) : null,
      assign,
    ),
    reject.node,
    result,
  );
  return card;
}

/**
 * A cadre's report by their form waiting for review (another address, a second report): no unit
 * to give it to; the office records it as the cadre's report, or closes it (no letter: the
 * sender is told nothing it did not ask for).
 */
function visitReportItem(item: ReviewItem, handlers: ReviewHandlers, primary: PrimaryGroup): HTMLElement {
  const result = el('p', { class: 'result', role: 'status' });
  const controls: HTMLButtonElement[] = [];
  const show = (text: string, kind: 'ok' | 'error' | 'info') => {
    result.textContent = text;
    result.setAttribute('class', `result ${kind}`);
  };
  const settle = (promise: Promise<ApplyReviewOutcome | ReviewOutcome>, success: (status: string) => string) => {
    controls.forEach((control) => (control.disabled = true));
    show(T.working, 'info');
    promise.then(
      (outcome) => {
        if (!outcome.ok) {
          controls.forEach((control) => (control.disabled = false));
          show(outcome.error, 'error');
          return;
        }
        show(success(outcome.status), 'ok');
        card.setAttribute('class', 'review-item resolved');
        done();
        handlers.resolved();
      },
      (error: Error) => {
        controls.forEach((control) => (control.disabled = false));
        show(error.message || T.loadFailed, 'error');
      },
    );
  };
  const noteId = uid('apply-note');
  const apply = button(T.applyVisitReport, { 'aria-describedby': noteId }, () => settle(handlers.applyVisitReport(item.messageId), T.visitReportApplied));
  const close = button(T.closeVisitReport, {}, () => settle(handlers.reject(item.messageId, ''), () => T.visitReportClosed));
  const done = primary.add(apply);
  controls.push(apply, close);
  const card = el(
    'li',
    { class: 'review-item', 'data-message': item.messageId },
    el('div', { class: 'review-head' }, [item.time, item.source, item.code].filter(Boolean).join(' · ')),
    line(T.from, item.sender),
    line(T.why, item.detail),
    item.excerpt ? el('div', { class: 'field-label' }, `${T.whatWasRead}:`) : null,
    item.excerpt ? el('pre', { class: 'excerpt', tabindex: '0' }, item.excerpt) : null,
    el('div', { class: 'form-group' }, el('div', { class: 'secondary', id: noteId }, T.applyVisitReportNote), apply, close),
    result,
  );
  return card;
}

/** `primary`: shared with the chapters listed under the queue (pendingChaptersView), one view. */
export function reviewQueueView(queue: ReviewQueue, handlers: ReviewHandlers, primary: PrimaryGroup = primaryGroup()): HTMLElement {
  let waiting = queue.items.length;
  const heading = el('h1', { id: 'review-heading', tabindex: '-1' }, T.reviewHeading(waiting));
  const counting: ReviewHandlers = {
    ...handlers,
    resolved: () => {
      waiting = Math.max(0, waiting - 1);
      heading.textContent = T.reviewHeading(waiting);
      handlers.resolved();
    },
  };
  return el(
    'section',
    { class: 'review', 'aria-labelledby': 'review-heading' },
    heading,
    queue.items.length ? el('p', { class: 'secondary' }, T.reviewIntro) : null,
    queue.items.length
      ? el('ol', { class: 'review-list' }, ...queue.items.map((item) => reviewItem(item, queue, counting, primary)))
      : el('p', { class: 'empty' }, T.reviewEmpty),
  );
}

export interface ChapterHandlers {
  decide(item: PendingChapterView, decision: ChapterDecision): Promise<ChapterDecisionOutcome>;
}

function pendingChapterItem(item: PendingChapterView, handlers: ChapterHandlers, primary: PrimaryGroup): HTMLElement {
  const result = el('p', { class: 'result', role: 'status' });
  const selectId = uid('chapter');
  const select = el('select', { id: selectId }, el('option', { value: '' }, T.chooseChapter), ...item.chapters.map((name) => el('option', { value: name }, name)));
  select.value = item.suggestion;
  const show = (text: string, kind: 'ok' | 'error' | 'info') => {
    result.textContent = text;
    result.setAttribute('class', `result ${kind}`);
  };
  const map = button(T.mapChapter(item.suggestion), {}, () => {
    if (!select.value) {
      show(T.mustChooseChapter, 'error');
      select.focus();
      return;
    }
    settle({ map: select.value });
  });
  const done = primary.add(map);
  select.addEventListener('change', () => (map.textContent = T.mapChapter(select.value)));
  const add = button(T.addChapter, {}, () => settle({ add: true }));
  const controls = [select, map, add];
  const settle = (decision: ChapterDecision) => {
    controls.forEach((control) => (control.disabled = true));
    show(T.working, 'info');
    handlers.decide(item, decision).then(
      (outcome) => {
        if (!outcome.ok) {
          controls.forEach((control) => (control.disabled = false));
          show(outcome.error, 'error');
          return;
        }
        show(outcome.message, 'ok');
        card.setAttribute('class', 'review-item resolved');
        done();
      },
      (error: Error) => {
        controls.forEach((control) => (control.disabled = false));
        show(error.message || T.loadFailed, 'error');
      },
    );
  };
  const card = el(
    'li',
    { class: 'review-item', 'data-chapter': item.id },
    el('div', { class: 'review-head' }, T.chapterReported(item.unitName, item.reported)),
    line(T.chapterLooksLike, item.suggestion),
    el('div', { class: 'secondary' }, T.chapterReceived(item.received, item.channel)),
    el('ul', {}, ...item.values.map((value) => el('li', {}, value))),
    el('div', { class: 'form-group' }, el('label', { for: selectId }, T.mapTo), select, map),
    el('div', { class: 'form-group' }, add),
    result,
  );
  return card;
}

/** The reported chapters that look like one of their unit's, each with "Ghép vào …" and "Thêm Chi đoàn mới". */
export function pendingChaptersView(items: readonly PendingChapterView[], handlers: ChapterHandlers, primary: PrimaryGroup = primaryGroup()): HTMLElement {
  return el(
    'section',
    { class: 'review', 'aria-labelledby': 'chapters-heading' },
    el('h2', { id: 'chapters-heading' }, T.pendingChaptersHeading(items.length)),
    items.length ? el('p', { class: 'secondary' }, T.pendingChaptersIntro) : null,
    items.length ? el('ol', { class: 'review-list' }, ...items.map((item) => pendingChapterItem(item, handlers, primary))) : el('p', { class: 'empty' }, T.pendingChaptersEmpty),
  );
}
