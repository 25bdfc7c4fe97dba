import type { Dashboard, DashboardUnit } from '../../../src/app/sidebar/dashboard';
import type { ReviewQueue } from '../../../src/app/sidebar/reviewQueue';
import type { UnitDetail } from '../../../src/app/sidebar/unitDetail';
import { lockMessages } from '../../../src/app/messages';
import { labelLines, ratingChartView } from '../../../src/ui/client/chart';
import { dashboardView } from '../../../src/ui/client/dashboardView';
import { filterUnits, NO_FILTER } from '../../../src/ui/client/filters';
import { reviewQueueView } from '../../../src/ui/client/reviewView';
import type { ServerClient } from '../../../src/ui/client/server';
import { unitActions } from '../../../src/ui/client/unitActions';
import { isoDay, paperEntryView } from '../../../src/ui/client/paperView';
import type { PaperEntry } from '../../../src/domain/paperEntry';
import { sourceKind, unitDetailView } from '../../../src/ui/client/unitView';
import { FakeElement, installFakeDocument, tree } from './fakeDocument';

const XSS = '<img src=x onerror=alert(1)>';
const SVG_XSS = '<svg onload=alert(1)>';

/** Tags the views are allowed to create; anything else came from data. */
const TAGS = new Set(
  ['SECTION', 'H1', 'H2', 'P', 'DIV', 'SPAN', 'UL', 'OL', 'LI', 'BUTTON', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD', 'SELECT', 'OPTION', 'LABEL', 'INPUT', 'TEXTAREA', 'PRE', 'A', 'FIELDSET', 'LEGEND', 'FIGURE', 'FIGCAPTION'].concat(
    ['svg', 'title', 'desc', 'line', 'rect', 'text', 'tspan'],
  ),
);

let previous: unknown;
beforeAll(() => {
  previous = installFakeDocument();
});
afterAll(() => {
  (globalThis as { document?: unknown }).document = previous;
});

/** No element or attribute was made from data: only known tags, no event-handler attributes, and the text kept whole. */
function expectInert(root: FakeElement, payloads: string[]): void {
  for (const node of [root, ...root.descendants()]) {
    expect(TAGS).toContain(node.tagName);
    for (const name of node.attributes.keys()) expect(name).not.toMatch(/^on/i);
  }
  const texts = [...root.texts()].map((text) => text.data);
  for (const payload of payloads) expect(texts.some((text) => text.includes(payload))).toBe(true);
}

const unitRow = {
  id: 'tam-hai',
  name: `Đoàn xã ${XSS}`,
  short: 'Tam Hải',
  kind: 'commune' as const,
  kindLabel: 'Xã',
  cluster: SVG_XSS,
  emails: ['doan.tamhai@example.org'],
  secretary: 'Ngô Văn Biển',
  cadre: 'cb-02',
  periods: [
    { label: 'năm 2015', short: 'năm 2015', state: 'partial' as const, rated: 1, total: 2, missing: [XSS] },
    { label: '6 tháng đầu năm 2016', short: '6 tháng đầu năm 2016', state: 'none' as const, rated: 0, total: 2, missing: [] },
  ],
  registration: { state: 'missing' as const, text: 'Chưa đăng ký' },
  complete: false,
  lastContact: '08/09/2016 09:20',
  formUrl: '',
  pilots: [{ chapter: XSS, month: '09/2016', status: 'Chưa có lịch' }],
};

const detail: UnitDetail = {
  unit: unitRow,
  cadre: { id: 'cb-02', name: 'Trần Thị Thanh Hà', role: 'Phó Bí thư', email: 'tranthithanhha.hd@example.org' },
  deadline: { date: '12/09/2016', today: '14/09/2016', now: '10:00 14/09/2016', daysLeft: 0, daysOverdue: 2 },
  periods: [
    { code: '2015', label: 'năm 2015', short: 'năm 2015' },
    { code: '2016-H1', label: '6 tháng đầu năm 2016', short: '6 tháng đầu năm 2016' },
  ],
  tabFound: true,
  chapters: [
    { name: XSS, members: 12, ratings: ['Khá', ''], registration: 'Hỗ trợ', source: `Email: ${XSS} (Chi đoàn mới)`, updated: '08/09/2016 09:20', pilot: true },
    { name: 'Chi đoàn thôn Thuận An', members: null, ratings: ['', ''], registration: '', source: '', updated: '', pilot: false },
  ],
  history: [{ id: '<h1@x>', code: 'TT-0809-01', time: '08/09/2016 09:20', source: 'Email', sender: `${XSS} <x@example.org>`, status: 'Lỗi', detail: SVG_XSS }],
  historyTotal: 1,
  letters: [{ time: '13/09/2016 07:00', kind: 'Quá hạn', to: 'x@example.org', subject: `Quá hạn – ${XSS}`, status: 'Hoãn', code: '' }],
  lettersTotal: 1,
  visits: [
    { id: 'DCS-160915-01', when: '15/09/2016 19:30', chapter: XSS, cadre: 'Phạm Thị Kim Oanh', status: 'Đã báo cáo', result: SVG_XSS },
    { id: 'DCS-160920-01', when: '20/09/2016 19:30', chapter: 'Chi đoàn thôn Thuận An', cadre: '', status: 'Hủy', result: '' },
  ],
  entry: { ratings: ['Vững mạnh', 'Khá', 'Trung bình', 'Yếu'], registrations: ['Xây dựng Chi đoàn mạnh', 'Hỗ trợ'], today: '2016-09-14' },
};

const noServer = new Proxy({}, { get: () => () => Promise.reject(new Error('not in this test')) }) as ServerClient;

describe('the sidebar views render data as text only', () => {
  test(`a chapter named ${XSS} makes no element and no attribute (unit detail)`, () => {
    const view = tree(unitDetailView(detail, { back: () => undefined, actions: (d) => unitActions(d, { server: noServer, reload: () => undefined, openPaper: () => undefined }), replay: () => Promise.resolve('') }));
    expectInert(view, [XSS, SVG_XSS, `Đoàn xã ${XSS}`, `Quá hạn – ${XSS}`]);
    // Its visits: when, chapter and status, the cadre, the result; the visit's code is not shown.
    const visits = [...view.descendants()].filter((node) => node.getAttribute('class') === 'visit-item history-item');
    expect(visits.map((node) => node.textContent)).toEqual([`15/09/2016 19:30 · ${XSS} · Đã báo cáoCán bộ: Phạm Thị Kim Oanh${SVG_XSS}`, '20/09/2016 19:30 · Chi đoàn thôn Thuận An · HủyCán bộ: —']);
    expect([...view.texts()].map((t) => t.data)).toContain('Đi cơ sở (2)');
    expect(view.textContent).not.toContain('DCS-');
    const chapterCells = [...view.descendants()].filter((node) => node.tagName === 'TH' && node.getAttribute('scope') === 'row');
    expect(chapterCells[0].textContent).toBe(`${XSS}Làm điểm12 đoàn viên · Email (Chi đoàn mới) · 08/09/2016 09:20`);
    expect(chapterCells[1].textContent).toBe('Chi đoàn thôn Thuận An');
    // The history and the letters name a submission by its code, never by its log key.
    const history = [...view.descendants()].find((node) => node.getAttribute('class') === 'history-item')!;
    expect(history.textContent).toContain('08/09/2016 09:20 · Email TT-0809-01 · Lỗi');
    expect(view.textContent).not.toContain('<h1@x>');
    expect([...view.texts()].map((t) => t.data)).toContain(`${XSS} (làm điểm tháng 09/2016) – Chưa có lịch`);
    const buttons = [...view.descendants()].filter((node) => node.tagName === 'BUTTON');
    expect(buttons.map((b) => b.textContent)).toEqual(['← Quay lại danh sách', 'Gửi nhắc hạn ngay', 'Nhập phiếu giấy', 'Mở trang của đơn vị', 'Sao chép liên kết biểu mẫu', 'Ghi giấy mời dự sinh hoạt', 'Xử lý lại']);
    // The invitation form, opened: the chapters are options' text, nothing made from data.
    const invite = buttons[5];
    for (const listener of invite.listeners.get('click') ?? []) listener({});
    expectInert(view, [XSS]);
    const options = [...view.descendants()].filter((node) => node.tagName === 'OPTION');
    expect(options.map((o) => o.textContent)).toContain(XSS);
    const copy = buttons[4];
    expect(copy.getAttribute('disabled')).toBe('');
    const note = [...view.descendants()].find((node) => node.getAttribute('id') === copy.getAttribute('aria-describedby'));
    expect(note?.textContent).toContain('chưa có biểu mẫu');
  });

  test('a unit action refused because the system is busy shows the server\'s Vietnamese message as an error', async () => {
    const busy = new Proxy({}, { get: () => () => Promise.reject(new Error(lockMessages.busy)) }) as ServerClient;
    const view = tree(unitDetailView(detail, { back: () => undefined, actions: (d) => unitActions(d, { server: busy, reload: () => undefined, openPaper: () => undefined }), replay: () => Promise.resolve('') }));
    const open = [...view.descendants()].find((node) => node.tagName === 'BUTTON' && node.textContent === 'Mở trang của đơn vị')!;
    for (const listener of open.listeners.get('click') ?? []) listener({});
    await new Promise((resolve) => setImmediate(resolve));
    const result = [...view.descendants()].find((node) => node.getAttribute('role') === 'status')!;
    expect(result.textContent).toBe(lockMessages.busy);
    expect(result.getAttribute('class')).toBe('result error');
  });

  test('the form link is an input value, never markup', () => {
    const url = 'https://docs.google.com/forms/d/e/abc/viewform?entry.1="><img src=x onerror=alert(1)>';
    const view = tree(unitDetailView({ ...detail, unit: { ...unitRow, formUrl: url } }, { back: () => undefined, actions: (d) => unitActions(d, { server: noServer, reload: () => undefined, openPaper: () => undefined }), replay: () => Promise.resolve('') }));
    const input = [...view.descendants()].find((node) => node.tagName === 'INPUT');
    expect(input?.value).toBe(url);
    expect([...view.descendants()].some((node) => node.tagName === 'IMG')).toBe(false);
  });

  test('the dashboard, its filters and its chart', async () => {
    const units: DashboardUnit[] = [
      { ...unitRow, daysLeft: 0, daysOverdue: 2, cadreName: `Trần ${XSS}`, ratings: [{ counts: [3, 1], unrated: 4 }, { counts: [2, 0], unrated: 0 }] },
      {
        ...unitRow,
        id: 'tam-tra',
        name: 'Đoàn xã Tam Trà',
        cluster: 'Cụm 4',
        cadre: 'cb-04',
        complete: true,
        daysLeft: null,
        daysOverdue: 0,
        cadreName: '',
        pilots: [],
        ratings: [{ counts: [0, 0], unrated: 0 }, { counts: [0, 0], unrated: 0 }],
      },
    ].map(({ emails: _e, secretary: _s, formUrl: _f, ...unit }) => unit);
    const dashboard: Dashboard = {
      campaign: { name: XSS, office: 'Huyện đoàn Núi Thành' },
      deadline: detail.deadline,
      complete: 1,
      total: 2,
      periods: detail.periods,
      units,
      chart: {
        levels: [
          { label: 'Vững mạnh', short: 'Vững mạnh' },
          { label: XSS, short: XSS },
        ],
        periods: [
          { label: 'năm 2015', short: 'năm 2015', counts: [3, 1], unrated: 4 },
          { label: SVG_XSS, short: SVG_XSS, counts: [2, 0], unrated: 0 },
        ],
      },
      filters: { clusters: [SVG_XSS, 'Cụm 4'], cadres: [{ id: 'cb-02', name: `Trần ${XSS}` }, { id: 'cb-04', name: '' }] },
      lastPoll: 'Lần kiểm tra thư lúc 10:20 05/09/2016 chưa xong: còn 12 thư, phiếu, sẽ tiếp tục ở lần sau.',
      parked: { count: 3, items: [{ id: '<m@x>', code: 'TT-1009-02', source: 'Thư', unit: 'Đoàn xã Tam Trà', reason: XSS }] },
    };
    const changes: unknown[] = [];
    const replayed: string[] = [];
    const replay = (id: string) => {
      replayed.push(id);
      return Promise.resolve(`Đã xử lý lại: Đã ghi (${XSS}).`);
    };
    const view = tree(dashboardView(dashboard, NO_FILTER, { openUnit: () => undefined, filterChanged: (f) => changes.push(f), replay }));
    expectInert(view, [XSS, SVG_XSS]);
    const text = view.textContent;
    expect(text).toContain('1/2 đơn vị đã nộp đủ');
    expect(text).toContain('Hạn nộp 12/09/2016 · Quá hạn 2 ngày');
    expect(text).toContain('Đang hiện 2/2 đơn vị');
    // Each pilot with what became of its planned visit (issue 17), beside the pilot.
    const pilot = [...view.descendants()].find((node) => node.tagName === 'LI' && node.getAttribute('class') === 'pilot')!;
    expect(pilot.textContent).toContain('Buổi đi cơ sở: Chưa có lịch');
    // How the last poll ended, and the parked submissions with their reason (as text, never markup).
    expect(text).toContain('Lần kiểm tra thư lúc 10:20 05/09/2016 chưa xong: còn 12 thư');
    expect(text).toContain('3 thư, phiếu chưa ghi được (Lỗi xử lý)');
    expect(text).toContain(`Thư số hiệu TT-1009-02 của Đoàn xã Tam Trà: ${XSS}`);
    expect(text).toContain('và 2 mục khác');
    // Each parked submission can be processed again from here; the answer replaces the button, as text.
    const again = [...view.descendants()].find((node) => node.tagName === 'BUTTON' && node.textContent === 'Xử lý lại')!;
    expect(again.getAttribute('aria-label')).toBe(`Xử lý lại: Thư số hiệu TT-1009-02 của Đoàn xã Tam Trà: ${XSS}`);
    for (const listener of again.listeners.get('click') ?? []) listener({});
    expect(replayed).toEqual(['<m@x>']);
    await new Promise((resolve) => setImmediate(resolve));
    expect(view.textContent).toContain(`Đã xử lý lại: Đã ghi (${XSS}).`);
    expect([...view.descendants()].some((node) => node.tagName === 'BUTTON' && node.textContent === 'Xử lý lại')).toBe(false);
    expectInert(view, [XSS, SVG_XSS]);
    // A cadre is shown by name where it is known, by id otherwise, in the list and in the filter.
    expect(text).toContain(`Cán bộ: Trần ${XSS}`);
    expect(text).toContain('Cán bộ: cb-04');
    const all = [...view.descendants()];
    const cadreOptions = all.filter((node) => node.tagName === 'OPTION' && String(node.getAttribute('value')).startsWith('cb-'));
    expect(cadreOptions.map((node) => [node.getAttribute('value'), node.textContent])).toEqual([
      ['cb-02', `Trần ${XSS}`],
      ['cb-04', 'cb-04'],
    ]);
    expect(all.filter((node) => node.tagName === 'rect')).toHaveLength(4 + 2);
    expect(all.find((node) => node.tagName === 'svg' && node.getAttribute('role') === 'img')?.getAttribute('aria-labelledby')).toMatch(/^chart-title-\d+ chart-desc-\d+$/);
    expect(all.find((node) => node.tagName === 'desc')?.textContent).toBe(`năm 2015: Vững mạnh 3, ${XSS} 1; chưa xếp loại 4. ${SVG_XSS}: Vững mạnh 2, ${XSS} 0; chưa xếp loại 0`);
    const checkbox = all.find((node) => node.tagName === 'INPUT' && node.getAttribute('type') === 'checkbox')!;
    checkbox.checked = true;
    for (const listener of checkbox.listeners.get('change') ?? []) listener({});
    expect(changes).toEqual([{ ...NO_FILTER, lateOnly: true }]);
    expect(view.textContent).toContain('Đang hiện 1/2 đơn vị');
  });

  test('the paper entry: chapters prefilled from the tab as text, sent as the entry the server checks', async () => {
    const sent: PaperEntry[] = [];
    const recorded: string[] = [];
    const view = tree(
      paperEntryView(detail, {
        back: () => undefined,
        submit: (entry) => {
          sent.push(entry);
          return Promise.resolve({ ok: true, message: 'Đã ghi', notes: ['Đơn vị còn thiếu: …'] });
        },
        recorded: (message, notes) => recorded.push(message, ...notes),
      }),
    );
    expectInert(view, [XSS, `Đoàn xã ${XSS}`]);
    const all = [...view.descendants()];
    expect(all.filter((node) => node.tagName === 'LEGEND').map((node) => node.textContent)).toEqual([XSS, 'Chi đoàn thôn Thuận An']);
    const [first] = all.filter((node) => node.tagName === 'FIELDSET');
    const selects = [...first.descendants()].filter((node) => node.tagName === 'SELECT');
    // A rating the tab holds can be changed, not erased; an empty one offers "— Chưa có —".
    expect(selects.map((node) => [node.value, ...[...node.descendants()].filter((o) => o.tagName === 'OPTION').map((o) => o.getAttribute('value'))])).toEqual([
      ['Khá', 'Vững mạnh', 'Khá', 'Trung bình', 'Yếu'],
      ['', '', 'Vững mạnh', 'Khá', 'Trung bình', 'Yếu'],
      ['Hỗ trợ', '', 'Xây dựng Chi đoàn mạnh', 'Hỗ trợ'],
    ]);
    const labels = all.filter((node) => node.tagName === 'LABEL');
    for (const label of labels) expect(all.some((node) => node.getAttribute('id') === label.getAttribute('for'))).toBe(true);
    const save = all.find((node) => node.tagName === 'BUTTON' && node.textContent === 'Ghi phiếu giấy')!;
    for (const listener of save.listeners.get('click') ?? []) listener({});
    await Promise.resolve();
    expect(sent).toEqual([
      {
        entryId: expect.stringMatching(/^[a-z0-9]{21}$/),
        receivedOn: '2016-09-14',
        note: '',
        notify: true,
        chapters: [
          { name: XSS, isNew: false, ratings: { '2015': 'Khá', '2016-H1': '' }, registration: 'Hỗ trợ', members: 12 },
          { name: 'Chi đoàn thôn Thuận An', isNew: false, ratings: { '2015': '', '2016-H1': '' }, registration: '', members: null },
        ],
      },
    ]);
    await Promise.resolve();
    expect(recorded).toEqual(['Đã ghi', 'Đơn vị còn thiếu: …']);
  });

  test('typed dates are read as dd/MM/yyyy and must be real days', () => {
    expect(isoDay('5/9/2016')).toBe('2016-09-05');
    expect(isoDay(' 15/09/2016 ')).toBe('2016-09-15');
    expect(isoDay('31/09/2016')).toBeNull();
    expect(isoDay('09/15/2016')).toBeNull();
    expect(isoDay('hôm nay')).toBeNull();
  });

  test('a review item: subject and content as text, the unit list as options', () => {
    const queue: ReviewQueue = {
      items: [
        {
          messageId: '<m@x>',
          code: 'TT-1009-02',
          time: '10/09/2016 10:00',
          source: 'Email',
          sender: XSS,
          subject: SVG_XSS,
          attachments: `${XSS}.docx (10 byte)`,
          detail: 'Địa chỉ gửi chưa đăng ký',
          excerpt: `ĐOÀN XÃ TAM HẢI\n${XSS}`,
          suggestedUnit: 'tam-hai',
          link: 'javascript:alert(1)',
          reasons: [XSS],
        },
      ],
      readAt: '10:00 14/09/2016',
      units: [
        { id: 'tam-hai', name: XSS },
        { id: 'tam-tra', name: 'Đoàn xã Tam Trà' },
      ],
    };
    const never = () => new Promise<never>(() => undefined);
    const view = tree(reviewQueueView(queue, { assign: never, reject: never, previewRejection: never, applyVisitReport: never, resolved: () => undefined }));
    expectInert(view, [XSS, SVG_XSS]);
    const all = [...view.descendants()];
    expect(all.some((node) => node.tagName === 'A')).toBe(false);
    expect(all.find((node) => node.tagName === 'SELECT')?.value).toBe('tam-hai');
    // The unit list, then the rejection reasons (the message's own, then "another reason").
    expect(all.filter((node) => node.tagName === 'OPTION').map((node) => node.getAttribute('value'))).toEqual(['', 'tam-hai', 'tam-tra', XSS, 'other']);
  });
});

describe('the sidebar page helpers', () => {
  test('filters by cluster, cadre and what is still missing', () => {
    const units = [
      { id: 'a', name: 'Đoàn xã A', short: 'A', cluster: 'Cụm 1', cadre: 'cb-01', complete: true },
      { id: 'b', name: 'Đoàn xã B', short: 'B', cluster: 'Cụm 1', cadre: 'cb-02', complete: false },
      { id: 'c', name: 'Đoàn xã C', short: 'C', cluster: 'Cụm 2', cadre: 'cb-01', complete: false },
    ];
    expect(filterUnits(units, NO_FILTER).map((u) => u.id)).toEqual(['a', 'b', 'c']);
    expect(filterUnits(units, { ...NO_FILTER, cluster: 'Cụm 1' }).map((u) => u.id)).toEqual(['a', 'b']);
    expect(filterUnits(units, { ...NO_FILTER, cadre: 'cb-01' }).map((u) => u.id)).toEqual(['a', 'c']);
    expect(filterUnits(units, { ...NO_FILTER, cluster: 'Cụm 1', lateOnly: true }).map((u) => u.id)).toEqual(['b']);
  });

  test('chart labels wrap on two balanced lines', () => {
    expect(labelLines('Khá')).toEqual(['Khá']);
    expect(labelLines('Vững mạnh')).toEqual(['Vững', 'mạnh']);
    expect(labelLines('Chưa xếp loại')).toEqual(['Chưa', 'xếp loại']);
    expect(labelLines('HTXSNV')).toEqual(['HTXSNV']);
  });

  test('an empty chart says so', () => {
    const view = tree(ratingChartView({ levels: [{ label: 'Khá', short: 'Khá' }], periods: [{ label: 'năm 2015', short: 'năm 2015', counts: [0], unrated: 0 }] }));
    expect(view.textContent).toContain('Chưa có Chi đoàn nào được xếp loại.');
  });

  test('the source column is shortened to its kind', () => {
    expect(sourceKind('Email: <m1@example.org> (Chi đoàn mới)')).toBe('Email (Chi đoàn mới)');
    expect(sourceKind('Form: 2_ABC')).toBe('Form');
    expect(sourceKind('Thủ công')).toBe('Thủ công');
    // Since the codes, the source names the submission by its code: shown as it is.
    expect(sourceKind('Email TT-0809-01 (Chi đoàn mới)')).toBe('Email TT-0809-01 (Chi đoàn mới)');
    expect(sourceKind('Biểu mẫu TT-0809-02')).toBe('Biểu mẫu TT-0809-02');
  });
});
