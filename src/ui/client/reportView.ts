import type { ReportOutcome } from '../../app/reports/makeReport';
import type { SendReportOutcome } from '../../app/reports/sendReport';
import { button, el, replaceChildren } from './dom';
import { T } from './text';

type Asked = ReportOutcome | SendReportOutcome;

/** What a first call answered: done (with a message and maybe the draft's address), or a question to confirm. */
function reading(outcome: Asked): { question: string } | { message: string; url?: string; error?: boolean } {
  switch (outcome.kind) {
    case 'exists':
    case 'confirm':
      return { question: outcome.message };
    case 'invalid':
      return { message: outcome.errors.join(' '), error: true };
    case 'created':
    case 'updated':
      return { message: outcome.message, url: outcome.url };
    case 'sent':
    case 'already':
      return { message: outcome.message };
  }
}

/**
 * A button whose server answers first whether it needs a confirmation (a draft to replace, a
 * report to send): the question opens under the button with "Đồng ý" and "Hủy"; the answer
 * stays where the clerk clicked, with a link to the draft when there is one.
 */
function askedButton(label: string, busy: string, confirmLabel: string, call: (confirmed: boolean) => Promise<Asked>): HTMLElement {
  const holder = el('div', { class: 'ask confirm-holder' });
  const answer = el('div', { role: 'status' });
  const trigger = button(label, {}, () => run(false));
  const show = (outcome: Asked) => {
    trigger.disabled = false;
    trigger.textContent = label;
    const read = reading(outcome);
    if ('question' in read) {
      const yes = button(confirmLabel, { class: 'action' }, () => {
        yes.disabled = true;
        no.disabled = true;
        yes.textContent = busy;
        run(true);
      });
      const no = button(T.cancel, {}, () => {
        replaceChildren(answer);
        trigger.focus();
      });
      replaceChildren(answer, el('div', { class: 'confirm', role: 'group' }, el('p', { class: 'confirm-question' }, read.question), el('div', { class: 'confirm-buttons' }, yes, no)));
      yes.focus();
      return;
    }
    const link = read.url ? el('a', { href: read.url, target: '_blank', rel: 'noopener' }, T.openReport) : null;
    replaceChildren(answer, el('p', { class: read.error ? 'error' : 'notice' }, read.message, ...(link ? [' ', link] : [])));
  };
  const run = (confirmed: boolean) => {
    trigger.disabled = true;
    trigger.textContent = busy;
    call(confirmed).then(show, (error: Error) => {
      trigger.disabled = false;
      trigger.textContent = label;
      replaceChildren(answer, el('p', { class: 'error' }, error.message));
    });
  };
  holder.appendChild(trigger);
  holder.appendChild(answer);
  return holder;
}

/** The dashboard's report block: make the draft (again), then send it to the parent body. */
export function reportView(make: (replace: boolean) => Promise<ReportOutcome>, send: (confirmed: boolean) => Promise<SendReportOutcome>): HTMLElement {
  return el(
    'section',
    { class: 'report', 'aria-labelledby': 'report-heading' },
    el('h2', { id: 'report-heading' }, T.reportHeading),
    el('p', { class: 'secondary' }, T.reportHint),
    askedButton(T.makeReport, T.makingReport, T.remakeReport, make),
    askedButton(T.sendReport, T.sending, T.sendReportConfirm, send),
  );
}
