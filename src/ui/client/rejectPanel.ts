import type { ReviewItem } from '../../app/sidebar/reviewQueue';
import type { RejectionPreview } from '../../app/intake/reviewRejection';
import { button, el, replaceChildren, uid } from './dom';
import { T } from './text';

const OTHER = 'other';

function shown(node: Element, visible: boolean): void {
  if (visible) node.removeAttribute('hidden');
  else node.setAttribute('hidden', '');
}

export interface RejectPanel {
  /** The "Từ chối…" button and, once opened, the confirmation beside it. */
  node: HTMLElement;
  /** Controls to disable while a decision is on its way. */
  controls: (HTMLButtonElement | HTMLSelectElement | HTMLTextAreaElement)[];
}

/**
 * "Từ chối" in two steps: the first click opens a confirmation with the reason (one of the
 * formal reasons, the message's default first, or typed) and the very letter that will go,
 * rendered by the server; only "Xác nhận từ chối" decides, with the reason that letter was made for.
 */
export function rejectPanel(
  item: ReviewItem,
  preview: (messageId: string, reason: string) => Promise<RejectionPreview>,
  confirm: (reason: string) => void,
): RejectPanel {
  const selectId = uid('reason');
  const otherId = uid('reason-other');
  const choice = el(
    'select',
    { id: selectId },
    ...item.reasons.map((reason) => el('option', { value: reason }, reason)),
    el('option', { value: OTHER }, T.rejectOtherReason),
  );
  const other = el('textarea', { id: otherId, rows: '2', maxlength: '1000', placeholder: T.rejectPlaceholder });
  const otherGroup = el('div', { class: 'form-group reject-other', hidden: '' }, el('label', { for: otherId }, T.rejectOtherLabel), other);
  const letter = el('div', { class: 'reject-letter', 'aria-live': 'polite' });
  const status = el('p', { class: 'result', role: 'status' });
  let shownFor: string | null = null;
  const reason = () => (choice.value === OTHER ? other.value.trim() : choice.value);
  const go = button(T.rejectConfirm, { class: 'reject primary-danger', disabled: '' }, () => {
    const why = reason();
    if (why === '' || why !== shownFor) return;
    confirm(why);
  });
  const cancel = button(T.cancel, {}, () => {
    shown(panel, false);
    shown(open, true);
    open.focus();
  });
  const panel = el(
    'div',
    { class: 'reject-confirm', role: 'group', 'aria-label': T.rejectConfirmHeading, hidden: '' },
    el('p', { class: 'reject-heading' }, T.rejectConfirmHeading),
    el('div', { class: 'form-group' }, el('label', { for: selectId }, T.rejectReason), choice),
    otherGroup,
    letter,
    status,
    el('div', { class: 'actions' }, go, cancel),
  );
  let asked = 0;
  const refresh = () => {
    const why = reason();
    shownFor = null;
    go.setAttribute('disabled', '');
    if (why === '') {
      replaceChildren(letter);
      status.textContent = T.rejectNeedsReason;
      status.setAttribute('class', 'result error');
      return;
    }
    const mine = ++asked;
    status.textContent = T.rejectLoadingLetter;
    status.setAttribute('class', 'result info');
    preview(item.messageId, why).then(
      (shown) => {
        if (mine !== asked) return;
        if (!shown.ok) {
          status.textContent = shown.error;
          status.setAttribute('class', 'result error');
          return;
        }
        replaceChildren(
          letter,
          el('p', { class: 'reject-heading' }, T.rejectLetterHeading),
          el('div', { class: 'field' }, el('span', { class: 'field-label' }, `${T.rejectLetterTo}: `), shown.to),
          el('div', { class: 'field' }, el('span', { class: 'field-label' }, `${T.subject}: `), shown.subject),
          // The letter's own HTML, in a frame with every permission off: it is shown, never run.
          el('iframe', { class: 'letter-frame', sandbox: '', title: T.rejectLetterHeading, srcdoc: shown.html }),
        );
        status.textContent = '';
        status.setAttribute('class', 'result');
        shownFor = why;
        go.removeAttribute('disabled');
      },
      (error: Error) => {
        if (mine !== asked) return;
        status.textContent = error.message || T.loadFailed;
        status.setAttribute('class', 'result error');
      },
    );
  };
  choice.addEventListener('change', () => {
    shown(otherGroup, choice.value === OTHER);
    refresh();
  });
  let typing: ReturnType<typeof setTimeout> | undefined;
  other.addEventListener('input', () => {
    shownFor = null;
    go.setAttribute('disabled', '');
    clearTimeout(typing);
    typing = setTimeout(refresh, 500);
  });
  const open = button(T.reject, { class: 'reject' }, () => {
    shown(open, false);
    shown(panel, true);
    choice.focus();
    refresh();
  });
  return { node: el('div', { class: 'form-group' }, open, panel), controls: [open, choice, other, go, cancel] };
}
