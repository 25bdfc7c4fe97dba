import type { Dashboard, DashboardUnit } from '../../app/sidebar/dashboard';
import type { PeriodProgressView, RegistrationView } from '../../app/sidebar/unitRowView';
import { ratingChartView } from './chart';
import { askButton, button, el, replaceChildren, uid } from './dom';
import { chartOf, filterUnits, isFiltered, sortUnits, UNIT_SORTS, type UnitFilter, type UnitSort } from './filters';
import { deadlineText, periodChipText, registrationChipText, T } from './text';
import { pilotsView } from './pilotsView';

export interface DashboardHandlers {
  openUnit(unit: DashboardUnit): void;
  /** Called when a filter changes, so the page remembers it across views. */
  filterChanged(filter: UnitFilter): void;
  /** "Xử lý lại" on a parked submission: what the server answered, in Vietnamese. */
  replay(id: string): Promise<string>;
  /** The view's primary action under the progress figure ("Nhắc tất cả đơn vị chưa nộp"), when the page offers it. */
  remindAll?(dashboard: Dashboard): HTMLElement | null;
  /** The report to the parent body: make the draft, send it. */
  report?(): HTMLElement;
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

/** A labelled drop-down; `allLabel` (value '') first unless null. */
function select(
  label: string,
  allLabel: string | null,
  options: { value: string; label: string }[],
  value: string,
  onChange: (value: string) => void,
): { group: HTMLElement; control: HTMLSelectElement } {
  const id = uid('filter');
  const all = allLabel === null ? null : el('option', { value: '' }, allLabel);
  const node = el('select', { id }, all, ...options.map((option) => el('option', { value: option.value }, option.label)));
  node.value = value;
  node.addEventListener('change', () => onChange(node.value));
  return { group: el('div', { class: 'form-group' }, el('label', { for: id }, label), node), control: node };
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
        const line = T.parkedLine(item.source, item.unit, item.reason, item.code);
        return el('li', {}, line, askButton(T.replay, { 'aria-label': T.replayLabel(line) }, T.replaying, () => handlers.replay(item.id)));
      }),
      more > 0 ? el('li', { class: 'secondary' }, T.parkedMore(more)) : null,
    ),
  );
}

/** The progress figure and its bar, for the units shown. */
function progressView(complete: number, total: number): HTMLElement[] {
  const percent = total === 0 ? 0 : Math.round((complete / total) * 100);
  return [
    el('p', { class: 'progress', id: 'progress-text' }, T.progress(complete, total)),
    el(
      'div',
      {
        class: 'bar',
        role: 'progressbar',
        'aria-labelledby': 'progress-text',
        'aria-valuemin': '0',
        'aria-valuemax': String(total),
        'aria-valuenow': String(complete),
      },
      el('div', { class: 'bar-fill', style: `width: ${percent}%` }),
    ),
  ];
}

/** The search box: the list follows each letter typed. */
function searchBox(value: string, onInput: (value: string) => void): { group: HTMLElement; input: HTMLInputElement } {
  const id = uid('search');
  const input = el('input', { type: 'search', id, placeholder: T.searchPlaceholder, autocomplete: 'off' });
  input.value = value;
  input.addEventListener('input', () => onInput(input.value));
  return { group: el('div', { class: 'form-group' }, el('label', { for: id }, T.search), input), input };
}

/**
 * Progress, chart, filters and the list. A filter narrows the list, the progress figure and the
 * chart together (all from the data already loaded: no server call); they re-render in place,
 * so the control being used keeps the focus.
 */
export function dashboardView(dashboard: Dashboard, initial: UnitFilter, handlers: DashboardHandlers): HTMLElement {
  if (dashboard.total === 0) return el('p', { class: 'empty' }, T.noUnits);
  let filter = { ...initial };
  const overdue = dashboard.deadline.daysOverdue > 0;
  const list = el('ul', { class: 'units', 'aria-labelledby': 'units-heading' });
  const count = el('p', { class: 'count secondary', 'aria-live': 'polite' });
  const progress = el('div', { class: 'progress-block' });
  const chartHeading = el('h2', {});
  const chart = el('div', { class: 'chart-block' });

  const search = searchBox(filter.search, (text) => update({ search: text }));
  const cluster = select(T.cluster, T.allClusters, dashboard.filters.clusters.map((c) => ({ value: c, label: c })), filter.cluster, (value) => update({ cluster: value }));
  const cadre = select(T.cadre, T.allCadres, dashboard.filters.cadres.map((c) => ({ value: c.id, label: c.name || c.id })), filter.cadre, (value) => update({ cadre: value }));
  const lateId = uid('late');
  const late = el('input', { type: 'checkbox', id: lateId });
  late.checked = filter.lateOnly;
  late.addEventListener('change', () => update({ lateOnly: late.checked }));
  const sort = select(T.sortBy, null, UNIT_SORTS.map((value) => ({ value, label: T.sort[value] })), filter.sort, (value) => update({ sort: value as UnitSort }));

  /** "Xóa bộ lọc": every control back to "all", the order kept; focus on the search box. */
  const clear = () => {
    search.input.value = '';
    cluster.control.value = '';
    cadre.control.value = '';
    late.checked = false;
    update({ search: '', cluster: '', cadre: '', lateOnly: false });
    search.input.focus();
  };

  const render = () => {
    const shown = sortUnits(filterUnits(dashboard.units, filter), filter.sort);
    const filtered = isFiltered(filter);
    replaceChildren(progress, ...progressView(shown.filter((unit) => unit.complete).length, shown.length));
    chartHeading.textContent = filtered ? T.chartHeadingFiltered(shown.length) : T.chartHeading;
    replaceChildren(chart, ratingChartView(chartOf(dashboard.chart, shown)));
    while (list.firstChild) list.removeChild(list.firstChild);
    for (const unit of shown) list.appendChild(unitItem(unit, handlers));
    if (shown.length === 0) list.appendChild(el('li', { class: 'empty' }, T.noMatch, ' ', button(T.clearFilters, { class: 'clear-filters' }, clear)));
    count.textContent = T.showing(shown.length, dashboard.total);
  };
  function update(change: Partial<UnitFilter>): void {
    filter = { ...filter, ...change };
    handlers.filterChanged(filter);
    render();
  }

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
    progress,
    handlers.remindAll ? handlers.remindAll(dashboard) : null,
    chartHeading,
    chart,
    pilotsView(dashboard.units),
    el(
      'fieldset',
      { class: 'filters' },
      el('legend', {}, T.filters),
      search.group,
      cluster.group,
      cadre.group,
      el('div', { class: 'check' }, late, el('label', { for: lateId }, T.lateOnly(overdue))),
      sort.group,
    ),
    el('h2', { id: 'units-heading' }, T.unitsHeading),
    count,
    list,
    // After the list: the report is made once the season's figures are in.
    handlers.report ? handlers.report() : null,
  );
  render();
  return view;
}
