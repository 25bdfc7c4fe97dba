import type { ApplyReviewOutcome } from '../../../src/app/visits/cadreFormIntake';
import type { ReviewItem, ReviewQueue } from '../../../src/app/sidebar/reviewQueue';
import { reviewQueueView } from '../../../src/ui/client/reviewView';
import { T } from '../../../src/ui/client/text';
import { installFakeDocument, tree, type FakeElement } from './fakeDocument';

let previous: unknown;
beforeAll(() => {
  previous = installFakeDocument();
});
afterAll(() => {
  (globalThis as { document?: unknown }).document = previous;
});

const buttons = (root: FakeElement) => [root, ...root.descendants()].filter((node) => node.tagName === 'BUTTON');
const click = (node: FakeElement) => node.listeners.get('click')?.forEach((listener) => listener({}));

const report: ReviewItem = {
  messageId: 'BC:resp-1',
  code: 'TT-1016-01',
  time: '16/09/2016 08:00',
  source: 'Form',
  sender: 'oanh.khac@example.org',
  subject: '',
  attachments: '',
  detail: 'Báo cáo kết quả đi cơ sở qua biểu mẫu chưa ghi: buổi đi cơ sở DCS-160915-01 do đồng chí Phạm Thị Kim Oanh đứng điểm, không phải người gửi.',
  excerpt: 'Mã buổi: DCS-160915-01\nĐồng chí có dự không: Có',
  suggestedUnit: 'tam-tra',
  link: '',
  reasons: [],
  visitReport: true,
};

describe('a cadre’s form report waiting for review', () => {
  test('offers “Ghi là báo cáo của cán bộ” (primary) and “Không ghi báo cáo này”, no unit to assign; applying calls the server once and closes the card', async () => {
    const queue: ReviewQueue = { items: [report], readAt: '08:05 16/09/2016', units: [{ id: 'tam-tra', name: 'Đoàn xã Tam Trà' }] };
    const applied: string[] = [];
    const rejected: string[] = [];
    let resolved = 0;
    const never = () => new Promise<never>(() => undefined);
    const view = tree(
      reviewQueueView(queue, {
        assign: never,
        previewRejection: never,
        reject: (id) => (rejected.push(id), never()),
        applyVisitReport: (id) => (applied.push(id), Promise.resolve<ApplyReviewOutcome>({ ok: true, status: 'Đã ghi' })),
        resolved: () => void resolved++,
      }),
    );
    const [apply, close] = buttons(view);
    expect([apply.textContent, close.textContent]).toEqual([T.applyVisitReport, T.closeVisitReport]);
    expect((apply.getAttribute('class') ?? '').split(' ')).toContain('action');
    expect([...view.descendants()].some((node) => node.tagName === 'SELECT')).toBe(false);
    click(apply);
    await Promise.resolve();
    await Promise.resolve();
    expect(applied).toEqual(['BC:resp-1']);
    expect(rejected).toEqual([]);
    expect(resolved).toBe(1);
    expect([...view.descendants()].find((node) => node.getAttribute('role') === 'status')?.textContent).toBe(T.visitReportApplied('Đã ghi'));
  });
});
