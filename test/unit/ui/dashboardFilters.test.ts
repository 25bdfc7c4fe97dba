import type { DashboardUnit } from '../../../src/app/sidebar/dashboard';
import type { RatingChart } from '../../../src/app/sidebar/ratingChart';
import { chartOf, filterUnits, isFiltered, NO_FILTER, sortUnits } from '../../../src/ui/client/filters';
import { dashboardView } from '../../../src/ui/client/dashboardView';
import { FakeElement, installFakeDocument, tree } from './fakeDocument';

type Unit = Pick<DashboardUnit, 'id' | 'name' | 'short' | 'cluster' | 'cadre' | 'complete' | 'daysOverdue' | 'daysLeft' | 'periods' | 'ratings'>;

const period = (rated: number, total: number) => ({ label: 'năm 2015', short: 'năm 2015', state: 'partial' as const, rated, total, missing: [] });

function unit(id: string, name: string, cluster: string, rated: number, complete = false, overdue = 2): Unit {
  return {
    id,
    name,
    short: name.replace(/^Đoàn (xã|thị trấn) /, ''),
    cluster,
    cadre: 'cb-01',
    complete,
    daysOverdue: complete ? 0 : overdue,
    daysLeft: complete ? null : 0,
    periods: [period(rated, 5)],
    ratings: [{ counts: [rated, 0], unrated: 5 - rated }],
  };
}

const units = [
  unit('tam-hoa', 'Đoàn xã Tam Hòa', 'Cụm 10', 5, true),
  unit('tam-tien', 'Đoàn xã Tam Tiến', 'Cụm 2', 0),
  unit('tam-son', 'Đoàn xã Tam Sơn', 'Cụm 1', 3),
  unit('dong-nam', 'Đoàn thị trấn Núi Thành', 'Cụm 2', 1),
];
const ids = (list: readonly Unit[]) => list.map((u) => u.id);

describe('the dashboard search', () => {
  test('finds a unit by part of its name, with or without diacritics, đ folded and any case', () => {
    expect(ids(filterUnits(units, { ...NO_FILTER, search: 'tam hoa' }))).toEqual(['tam-hoa']);
    expect(ids(filterUnits(units, { ...NO_FILTER, search: 'Hoà' }))).toEqual(['tam-hoa']);
    expect(ids(filterUnits(units, { ...NO_FILTER, search: '  NUI   thanh ' }))).toEqual(['dong-nam']);
    expect(ids(filterUnits(units, { ...NO_FILTER, search: 'doan xa' }))).toEqual(['tam-hoa', 'tam-tien', 'tam-son']);
    expect(ids(filterUnits(units, { ...NO_FILTER, search: 'tiến', cluster: 'Cụm 1' }))).toEqual([]);
    expect(isFiltered({ ...NO_FILTER, search: '  ' })).toBe(false);
    expect(isFiltered({ ...NO_FILTER, sort: 'cluster' })).toBe(false);
    expect(isFiltered({ ...NO_FILTER, search: 'a' })).toBe(true);
  });
});

describe('the dashboard order', () => {
  test('by status: nothing received first, then the ones missing most, complete last', () => {
    expect(ids(sortUnits(units, 'status'))).toEqual(['tam-tien', 'dong-nam', 'tam-son', 'tam-hoa']);
  });
  test('by days overdue: the longest overdue first, complete units last', () => {
    const mixed = [unit('a', 'A', 'Cụm 1', 1, false, 1), unit('b', 'B', 'Cụm 1', 2, true), unit('c', 'C', 'Cụm 1', 3, false, 4)];
    expect(ids(sortUnits(mixed, 'overdue'))).toEqual(['c', 'a', 'b']);
  });
  test('by cluster: "Cụm 2" before "Cụm 10", and the sheet order kept as it is', () => {
    expect(ids(sortUnits(units, 'cluster'))).toEqual(['tam-son', 'tam-tien', 'dong-nam', 'tam-hoa']);
    expect(ids(sortUnits(units, 'order'))).toEqual(ids(units));
  });
});

describe('the chart of the units shown', () => {
  const chart: RatingChart = { levels: [{ label: 'Vững mạnh', short: 'Vững mạnh' }, { label: 'Khá', short: 'Khá' }], periods: [{ label: 'năm 2015', short: 'năm 2015', counts: [99, 99], unrated: 99 }] };
  test('sums the shown units, period by period', () => {
    expect(chartOf(chart, units).periods[0]).toEqual({ label: 'năm 2015', short: 'năm 2015', counts: [9, 0], unrated: 11 });
    expect(chartOf(chart, units.slice(2, 3)).periods[0].counts).toEqual([3, 0]);
    expect(chartOf(chart, []).periods[0]).toMatchObject({ counts: [0, 0], unrated: 0 });
  });
});

describe('the dashboard view with a search', () => {
  let previous: unknown;
  beforeAll(() => {
    previous = installFakeDocument();
  });
  afterAll(() => {
    (globalThis as { document?: unknown }).document = previous;
  });

  const fire = (node: FakeElement, type: string) => (node.listeners.get(type) ?? []).forEach((listener) => listener({}));

  test('narrows the list, the progress and the chart together; an empty result offers "Xóa bộ lọc"', () => {
    const full = units.map((u) => ({ ...u, kind: 'commune' as const, kindLabel: 'Xã', registration: { state: 'missing' as const, text: 'Chưa đăng ký' }, lastContact: '', cadreName: '', pilots: [] }));
    const chart: RatingChart = { levels: [{ label: 'Vững mạnh', short: 'Vững mạnh' }, { label: 'Khá', short: 'Khá' }], periods: [{ label: 'năm 2015', short: 'năm 2015', counts: [9, 0], unrated: 11 }] };
    const view = tree(
      dashboardView(
        {
          campaign: { name: 'Chiến dịch', office: 'Huyện đoàn' },
          deadline: { date: '12/09/2016', today: '14/09/2016', now: '10:00 14/09/2016', daysLeft: 0, daysOverdue: 2 },
          complete: 1,
          total: 4,
          periods: [{ label: 'năm 2015', short: 'năm 2015' }],
          units: full,
          chart,
          filters: { clusters: ['Cụm 1', 'Cụm 2', 'Cụm 10'], cadres: [] },
          lastPoll: null,
          parked: { count: 0, items: [] },
        },
        NO_FILTER,
        { openUnit: () => undefined, filterChanged: () => undefined, replay: () => Promise.resolve('') },
      ),
    );
    const find = (predicate: (node: FakeElement) => boolean) => [...view.descendants()].find(predicate);
    const desc = () => find((node) => node.tagName === 'desc')!.textContent;
    const search = find((node) => node.tagName === 'INPUT' && node.getAttribute('type') === 'search')!;
    expect(view.textContent).toContain('1/4 đơn vị đã nộp đủ');
    expect(desc()).toBe('năm 2015: Vững mạnh 9, Khá 0; chưa xếp loại 11');
    search.value = 'tam son';
    fire(search, 'input');
    expect(view.textContent).toContain('0/1 đơn vị đã nộp đủ');
    expect(view.textContent).toContain('Xếp loại Chi đoàn của 1 đơn vị đang hiện');
    expect(desc()).toBe('năm 2015: Vững mạnh 3, Khá 0; chưa xếp loại 2');
    search.value = 'không có';
    fire(search, 'input');
    expect(view.textContent).toContain('Không có đơn vị nào khớp bộ lọc.');
    const clear = find((node) => node.tagName === 'BUTTON' && node.textContent === 'Xóa bộ lọc')!;
    search.focus = () => undefined;
    fire(clear, 'click');
    expect(search.value).toBe('');
    expect(view.textContent).toContain('1/4 đơn vị đã nộp đủ');
    expect(view.textContent).toContain('Xếp loại Chi đoàn của tất cả đơn vị');
    expect(find((node) => node.tagName === 'BUTTON' && node.textContent === 'Xóa bộ lọc')).toBeUndefined();
  });
});
