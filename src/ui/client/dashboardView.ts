import type { Dashboard, DashboardUnit } from '../../app/dashboard';
import type { PeriodProgressView, RegistrationView } from '../../app/unitRowView';
import { ratingChartView } from './chart';
import { askButton, button, el, uid } from './dom';
import { filterUnits, type UnitFilter } from './filters';
import { deadlineText, periodChipText, registrationChipText, T } from './text';
import { pilotsView } from './pilotsView';

export interface DashboardHandlers {
  openUnit(unit: DashboardUnit): void;
  /** Called when a filter changes, so the page remembers it across views. */
  filterChanged(filter: UnitFilter): void;
  /** "Xử lý lại" on a parked submission: what the server answered, in Vietnamese. */
  replay(id: string): Promise<string>;
}

export function periodChip(period: PeriodProgressView): HTMLElement {
  const state = period.state === 'complete' ? 'ok' : period.state === 'partial' ? 'partial' : 'missing';
  return el('li', { class: `chip ${state}`, title: period.label }, periodChipText(period));
}

export function registrationChip(registration: RegistrationView): HTMLElement {
  const state = registration.state === 'valid' ? 'ok' : registration.state === 'invalid' ? 'partial' : 'missing';
  return el('li', { class: `chip ${state}` }, registrationChipText(registration));
}

function deadlineLine(unit: DashboardUnit): HTMLElement | null {
  if (unit.complete || unit.daysLeft === null) return el('span', { class: 'done' }, `✓ ${T.complete}`);
  const late = unit.daysOverdue > 0;
  return el('span', { class: late ? 'late' : 'due' }, deadlineText({ daysLeft: unit.daysLeft, daysOverdue: unit.daysOverdue }));
}

function unitItem(unit: DashboardUnit, handlers: DashboardHandlers): HTMLElement {
  const meta = [unit.kindLabel, unit.cluster, unit.cadre ? T.cadreShort(unit.cadreName || unit.cadre) : ''].filter(Boolean).join(' · ');
  return el(
    'li',
    { class: `unit ${unit.complete ? 'complete' : 'incomplete'}`, 'data-unit': unit.id },
    button(unit.name, { class: 'unit-name link', 'aria-label': T.openUnit(unit.name) }, () => handlers.openUnit(unit)),
    el('div', { class: 'secondary' }, meta),
    unit.pilots.length ? el('div', { class: 'secondary pilot-note' }, T.pilotShort(unit.pilots.map((pilot) => pilot.chapter))) : null,
    el('ul', { class: 'chips' }, ...unit.periods.map(periodChip), registrationChip(unit.registration)),
    el('div', { class: 'unit-foot' }, deadlineLine(unit), el('span', { class: 'secondary' }, unit.lastContact ? T.lastContact(unit.lastContact) : T.neverContacted)),
  );
}

function select(label: string, allLabel: string, options: { value: string; label: string }[], value: string, onChange: (value: string) => void): HTMLElement {
  const id = uid('filter');
  const node = el('select', { id }, el('option', { value: '' }, allLabel), ...options.map((option) => el('option', { value: option.value }, option.label)));
  node.value = value;
  node.addEventListener('change', () => onChange(node.value));
  return el('div', { class: 'form-group' }, el('label', { for: id }, label), node);
}

/** Submissions the poll parked as `Lỗi xử lý`, each with its reason: the office must act on them. */
function parkedView(parked: Dashboard['parked'], handlers: DashboardHandlers): HTMLElement | null {
  if (parked.count === 0) return null;
  const more = parked.count - parked.items.length;
  return el(
    'section',
    { class: 'parked', 'aria-labelledby': 'parked-heading' },
    el('h2', { id: 'parked-heading' }, T.parkedHeading(parked.count)),
    el(
      'ul',
      {},
      ...parked.items.map((item) => {
        const line = T.parkedLine(item.source, item.unit, item.reason);
        return el('li', {}, line, askButton(T.replay, { class: 'action', 'aria-label': T.replayLabel(line) }, T.replaying, () => handlers.replay(item.id)));
      }),
      more > 0 ? el('li', { class: 'secondary' }, T.parkedMore(more)) : null,
    ),
  );
}

/** Progress, chart, filters and the list; the list re-renders in place when a filter changes. */
export function dashboardView(dashboard: Dashboard, initial: UnitFilter, handlers: DashboardHandlers): HTMLElement {
  if (dashboard.total === 0) return el('p', { class: 'empty' }, T.noUnits);
  let filter = { ...initial };
  const percent = Math.round((dashboard.complete / dashboard.total) * 100);
  const overdue = dashboard.deadline.daysOverdue > 0;
  const list = el('ul', { class: 'units', 'aria-labelledby': 'units-heading' });
  const count = el('p', { class: 'count secondary', 'aria-live': 'polite' });

  const renderList = () => {
    const shown = filterUnits(dashboard.units, filter);
    while (list.firstChild) list.removeChild(list.firstChild);
    for (const unit of shown) list.appendChild(unitItem(unit, handlers));
    if (shown.length === 0) list.appendChild(el('li', { class: 'empty' }, T.noMatch));
    count.textContent = T.showing(shown.length, dashboard.total);
  };
  const update = (change: Partial<UnitFilter>) => {
    filter = { ...filter, ...change };
    handlers.filterChanged(filter);
    renderList();
  };

  const lateId = uid('late');
  const late = el('input', { type: 'checkbox', id: lateId });
  late.checked = filter.lateOnly;
  late.addEventListener('change', () => update({ lateOnly: late.checked }));

  const view = el(
    'section',
    { class: 'dashboard', 'aria-labelledby': 'dashboard-heading' },
    el('h1', { id: 'dashboard-heading' }, dashboard.campaign.name),
    el(
      'p',
      { class: overdue ? 'deadline late' : 'deadline' },
      `${T.deadline(dashboard.deadline.date)} · ${deadlineText(dashboard.deadline)}`,
    ),
    dashboard.lastPoll ? el('p', { class: 'notice', role: 'status' }, dashboard.lastPoll) : null,
    parkedView(dashboard.parked, handlers),
    el('p', { class: 'progress', id: 'progress-text' }, T.progress(dashboard.complete, dashboard.total)),
    el(
      'div',
      {
        class: 'bar',
        role: 'progressbar',
        'aria-labelledby': 'progress-text',
        'aria-valuemin': '0',
        'aria-valuemax': String(dashboard.total),
        'aria-valuenow': String(dashboard.complete),
      },
      el('div', { class: 'bar-fill', style: `width: ${percent}%` }),
    ),
    el('h2', {}, T.chartHeading),
    ratingChartView(dashboard.chart),
    pilotsView(dashboard.units),
    el(
      'fieldset',
      { class: 'filters' },
      el('legend', {}, T.filters),
      select(T.cluster, T.allClusters, dashboard.filters.clusters.map((c) => ({ value: c, label: c })), filter.cluster, (cluster) => update({ cluster })),
      select(T.cadre, T.allCadres, dashboard.filters.cadres.map((c) => ({ value: c.id, label: c.name || c.id })), filter.cadre, (cadre) => update({ cadre })),
      el('div', { class: 'check' }, late, el('label', { for: lateId }, T.lateOnly(overdue))),
    ),
    el('h2', { id: 'units-heading' }, T.unitsHeading),
    count,
    list,
  );
  renderList();
  return view;
}
