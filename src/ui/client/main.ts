import type { Dashboard, DashboardUnit } from '../../app/dashboard';
import { el, replaceChildren } from './dom';
import { server } from './server';

const root = document.getElementById('app') as HTMLElement;

function statusClass(text: string): string {
  if (text.startsWith('Đủ') || text === 'Hợp lệ' || text === 'Đã nộp đủ') return 'ok';
  if (text.startsWith('Còn thiếu')) return 'partial';
  return 'missing';
}

function unitItem(unit: DashboardUnit): HTMLElement {
  return el(
    'li',
    { class: `unit ${unit.complete ? 'complete' : 'incomplete'}` },
    el('div', { class: 'unit-name' }, unit.name),
    el('div', { class: 'secondary' }, [unit.cluster, unit.cadre ? `Cán bộ: ${unit.cadre}` : ''].filter(Boolean).join(' · ')),
    el(
      'ul',
      { class: 'statuses' },
      ...unit.periods.map((p) => el('li', { class: statusClass(p.status) }, `${p.header}: ${p.status}`)),
      el('li', { class: statusClass(unit.registration) }, `Đăng ký: ${unit.registration}`),
    ),
    unit.lastReceived ? el('div', { class: 'secondary' }, `Lần nhận cuối: ${unit.lastReceived}`) : null,
  );
}

function render(dashboard: Dashboard): void {
  if (dashboard.total === 0) {
    replaceChildren(root, el('p', { class: 'empty' }, 'Chưa có đơn vị nào trong trang Đơn vị.'));
    return;
  }
  replaceChildren(
    root,
    el('p', { class: 'progress', role: 'status' }, `${dashboard.complete}/${dashboard.total} đơn vị đã nộp đủ`),
    el('ul', { class: 'units' }, ...dashboard.units.map(unitItem)),
  );
}

function showError(error: Error): void {
  replaceChildren(
    root,
    el('p', { class: 'error', role: 'alert' }, error.message || 'Không tải được dữ liệu.'),
    retryButton(),
  );
}

function retryButton(): HTMLButtonElement {
  const button = el('button', { type: 'button', class: 'action' }, 'Tải lại');
  button.addEventListener('click', load);
  return button;
}

function load(): void {
  replaceChildren(root, el('p', { class: 'loading', role: 'status' }, 'Đang tải…'));
  server.getDashboard().then(render, showError);
}

load();
