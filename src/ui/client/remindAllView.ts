import type { Dashboard } from '../../app/sidebar/dashboard';
import type { RemindOutcome } from '../../app/notices/remindNow';
import { confirmButton } from './confirm';
import { el } from './dom';
import { T } from './text';

/**
 * The dashboard's primary action: today's reminder (or overdue notice) to every unit still owing
 * something. The count comes from the list already loaded; the confirmation opens under the
 * button and says what will go; the server sends each unit at most one letter a day and says how
 * many went.
 */
export function remindAllView(dashboard: Dashboard, remind: () => Promise<RemindOutcome>): HTMLElement | null {
  const late = dashboard.units.filter((unit) => !unit.complete).length;
  if (late === 0) return null;
  const overdue = dashboard.deadline.daysOverdue > 0;
  return el(
    'div',
    { class: 'remind-all' },
    confirmButton({
      label: T.remindAll(late),
      attrs: { class: 'action' },
      question: () => T.remindAllQuestion(late, overdue),
      confirmLabel: T.remindAllConfirm,
      cancelLabel: T.cancel,
      busyLabel: T.sending,
      ask: () =>
        remind().then((outcome) => {
          if (!outcome.ok) throw new Error(outcome.error);
          return outcome.message;
        }),
    }),
  );
}
