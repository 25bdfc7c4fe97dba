import type { PendingChapterView } from '../../../src/app/sidebar/pendingChaptersView';
import type { ReviewOutcome } from '../../../src/app/intake/review';
import type { ReviewItem, ReviewQueue } from '../../../src/app/sidebar/reviewQueue';
import type { UnitDetail } from '../../../src/app/sidebar/unitDetail';
import { primaryGroup } from '../../../src/ui/client/primary';
import { pendingChaptersView, reviewQueueView } from '../../../src/ui/client/reviewView';
import type { ServerClient } from '../../../src/ui/client/server';
import { T } from '../../../src/ui/client/text';
import { unitActions } from '../../../src/ui/client/unitActions';
import { FakeElement, installFakeDocument, tree } from './fakeDocument';

let previous: unknown;
beforeAll(() => {
  previous = installFakeDocument();
});
afterAll(() => {
  (globalThis as { document?: unknown }).document = previous;
});

const buttons = (roots: FakeElement[]) => roots.flatMap((root) => [root, ...root.descendants()]).filter((node) => node.tagName === 'BUTTON');
const primaries = (roots: FakeElement[]) => buttons(roots).filter((node) => (node.getAttribute('class') ?? '').split(' ').includes('action'));
const click = (node: FakeElement) => node.listeners.get('click')?.forEach((listener) => listener({}));

const item = (id: string): ReviewItem => ({
  messageId: id,
  code: 'TT-1009-01',
  time: '10/09/2016 10:00',
  source: 'Email',
  sender: 'la@example.org',
  subject: 'Báo cáo',
  attachments: '',
  detail: 'Địa chỉ gửi chưa đăng ký',
  excerpt: '',
  suggestedUnit: 'tam-hai',
  link: '',
  reasons: ['Thư không phải của đơn vị'],
});

const chapter: PendingChapterView = {
  id: 'p1',
  unitId: 'tam-hai',
  unitName: 'Đoàn xã Tam Hải',
  reported: 'Chi đoàn thôn Thuan An',
  suggestion: 'Chi đoàn thôn Thuận An',
  chapters: ['Chi đoàn thôn Thuận An'],
  values: [],
  received: '10/09/2016 10:00',
  channel: 'Email',
};

describe('one primary button per view', () => {
  test('the review view: only the first open card’s main button is primary, across the queue and the chapters; it moves on when that card is done', async () => {
    const queue: ReviewQueue = { items: [item('<a@x>'), item('<b@x>')], readAt: '10:00 14/09/2016', units: [{ id: 'tam-hai', name: 'Đoàn xã Tam Hải' }] };
    let settle: (value: ReviewOutcome) => void = () => undefined;
    const assign = () => new Promise<ReviewOutcome>((resolve) => (settle = resolve));
    const never = () => new Promise<never>(() => undefined);
    const primary = primaryGroup();
    const views = [
      tree(reviewQueueView(queue, { assign, reject: never, previewRejection: never, applyVisitReport: never, resolved: () => undefined }, primary)),
      tree(pendingChaptersView([chapter], { decide: never }, primary)),
    ];
    expect(primaries(views).map((node) => node.textContent)).toEqual([T.assign]);
    const [first, second] = buttons(views).filter((node) => node.textContent === T.assign);
    expect(primaries(views)[0]).toBe(first);
    click(first);
    settle({ ok: true, status: 'Đã ghi', message: 'Đã giao.' } as ReviewOutcome);
    await Promise.resolve();
    await Promise.resolve();
    expect(primaries(views)).toEqual([second]);
  });

  test('a unit: the reminder while something is owed, else the paper entry', () => {
    const noServer = new Proxy({}, { get: () => () => Promise.reject(new Error('not in this test')) }) as ServerClient;
    const detailOf = (complete: boolean) =>
      ({ unit: { id: 'tam-hai', name: 'Đoàn xã Tam Hải', complete, formUrl: '' }, chapters: [], tabFound: true }) as unknown as UnitDetail;
    const shown = (complete: boolean) => unitActions(detailOf(complete), { server: noServer, reload: () => undefined, openPaper: () => undefined }).map(tree);
    expect(primaries(shown(false)).map((node) => node.textContent)).toEqual([T.sendReminder]);
    expect(primaries(shown(true)).map((node) => node.textContent)).toEqual([T.paperEntry]);
  });

  test('no text of the sidebar says Hãy or gán', () => {
    const texts = Object.values(T as Record<string, unknown>)
      .map((value) => (typeof value === 'function' ? String(value) : JSON.stringify(value)))
      .join('\n');
    expect(texts).not.toMatch(/Hãy|hãy|gán/);
  });
});
