import { button, el, replaceChildren, uid } from './dom';

export interface ConfirmOptions {
  /** The button's label, and its attributes (class `action` for a view's primary button). */
  label: string;
  attrs: Record<string, string>;
  /** What will happen, asked right under the button before anything is done. */
  question: () => string;
  confirmLabel: string;
  cancelLabel: string;
  busyLabel: string;
  /** Does the work once confirmed; the answer (or the error) is said in the button's place. */
  ask: () => Promise<string>;
}

/**
 * A button whose work is confirmed next to it: the question and its two buttons open right under
 * it (not in a dialog far from the click), focus moves to the confirming button, and "Hủy" puts
 * everything back. The answer stays under the button, so the clerk sees what happened where they clicked.
 */
export function confirmButton(options: ConfirmOptions): HTMLElement {
  const holder = el('div', { class: 'ask confirm-holder' });
  const answer = el('p', { role: 'status' });
  const trigger = button(options.label, { ...options.attrs, 'aria-expanded': 'false' }, () => open());
  const panel = el('div', { class: 'confirm', role: 'group', hidden: '' });

  const close = () => {
    replaceChildren(panel);
    panel.setAttribute('hidden', '');
    trigger.setAttribute('aria-expanded', 'false');
    trigger.disabled = false;
  };
  const open = () => {
    replaceChildren(answer);
    answer.setAttribute('class', '');
    const questionId = uid('confirm');
    const text = el('p', { class: 'confirm-question', id: questionId }, options.question());
    const yes = button(options.confirmLabel, { class: 'action' }, () => {
      yes.disabled = true;
      no.disabled = true;
      yes.textContent = options.busyLabel;
      options.ask().then(
        (message) => said(message, 'notice'),
        (error: Error) => said(error.message, 'error'),
      );
    });
    const no = button(options.cancelLabel, {}, () => {
      close();
      trigger.focus();
    });
    replaceChildren(panel, text, el('div', { class: 'confirm-buttons' }, yes, no));
    panel.setAttribute('aria-labelledby', questionId);
    trigger.setAttribute('aria-expanded', 'true');
    trigger.disabled = true;
    panel.removeAttribute('hidden');
    yes.focus();
  };
  const said = (message: string, cls: string) => {
    close();
    answer.textContent = message;
    answer.setAttribute('class', cls);
  };
  holder.appendChild(trigger);
  holder.appendChild(panel);
  holder.appendChild(answer);
  return holder;
}
