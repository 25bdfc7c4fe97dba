import type { DashboardUnit } from '../../app/sidebar/dashboard';
import { el } from './dom';
import { T } from './text';

/**
 * The plan's pilot chapters (Chi đoàn làm điểm) on the dashboard: each with its unit, the month
 * the office works there, whether the unit has sent everything, and what became of the planned
 * visit (`Chưa có lịch`, `Đã có lịch 15/09/2016`, `Đã báo cáo`…). Text only: the unit opens
 * from the list below, so the keyboard reaches the filters without extra stops.
 * Nothing is shown for a campaign without pilots.
 */
export function pilotsView(units: readonly DashboardUnit[]): HTMLElement | null {
  const pilots = units.flatMap((unit) => unit.pilots.map((pilot) => ({ unit, pilot })));
  if (pilots.length === 0) return null;
  return el(
    'section',
    { class: 'pilots', 'aria-labelledby': 'pilots-heading' },
    el('h2', { id: 'pilots-heading' }, T.pilotsHeading(pilots.length)),
    el(
      'ul',
      { class: 'plain pilot-list' },
      ...pilots.map(({ unit, pilot }) =>
        el(
          'li',
          { class: 'pilot', 'data-unit': unit.id },
          el('span', { class: 'pilot-chapter' }, pilot.chapter),
          ' · ',
          el('span', {}, unit.name),
          el('div', { class: 'secondary' }, `${T.pilotMonth(pilot.month)} · ${unit.complete ? T.complete : T.incomplete}`),
          pilot.status ? el('div', { class: 'pilot-status' }, T.pilotStatus(pilot.status)) : null,
        ),
      ),
    ),
  );
}
