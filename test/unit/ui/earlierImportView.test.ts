import type { ImportEarlierOutcome } from '../../../src/app/carryOver/importEarlier';
import { EARLIER_IMPORT_TEXT, earlierImportView } from '../../../src/ui/client/earlierImportView';
import { installFakeDocument, tree, type FakeElement } from './fakeDocument';

let previous: unknown;
beforeAll(() => {
  previous = installFakeDocument();
});
afterAll(() => {
  (globalThis as { document?: unknown }).document = previous;
  delete (globalThis as { FileReader?: unknown }).FileReader;
});

const find = (root: FakeElement, tag: string) => [...root.descendants()].find((node) => node.tagName === tag)!;
const click = (node: FakeElement) => node.listeners.get('click')?.forEach((listener) => listener({}));

/** Reads any file as this data URL, at once. */
class InstantReader {
  result: string | null = null;
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  readAsDataURL(): void {
    this.result = 'data:application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;base64,UEsDBA==';
    this.onload?.();
  }
}

describe('the Nhập kết quả sổ cũ block', () => {
  test('one .xlsx input and one secondary button; no file chosen is said beside it', () => {
    const calls: string[] = [];
    const root = tree(earlierImportView((name) => (calls.push(name), Promise.resolve({ ok: true, message: '', notes: [] }))));
    expect(find(root, 'INPUT').getAttribute('accept')).toBe('.xlsx');
    const buttons = [...root.descendants()].filter((node) => node.tagName === 'BUTTON');
    expect(buttons.map((b) => [b.textContent, b.getAttribute('class')])).toEqual([[EARLIER_IMPORT_TEXT.run, 'main']]);
    click(buttons[0]);
    expect(root.textContent).toContain(EARLIER_IMPORT_TEXT.noFile);
    expect(calls).toEqual([]);
  });

  test('sends the chosen file’s name and base64, and shows the answer with its notes', async () => {
    (globalThis as { FileReader?: unknown }).FileReader = InstantReader;
    const sent: [string, string][] = [];
    const answer: ImportEarlierOutcome = { ok: true, message: 'Đã nhập kết quả sổ cũ cho 1 đơn vị, 3 Chi đoàn.', notes: ['Đoàn xã Núi Thành: không tìm thấy đơn vị cũ “X” trong tệp đã chọn.'] };
    const root = tree(earlierImportView((name, base64) => (sent.push([name, base64]), Promise.resolve(answer))));
    (find(root, 'INPUT') as unknown as { files: { name: string }[] }).files = [{ name: 'so-2025.xlsx' }];
    click(find(root, 'BUTTON'));
    await Promise.resolve();
    await Promise.resolve();
    expect(sent).toEqual([['so-2025.xlsx', 'UEsDBA==']]);
    expect(root.textContent).toContain(answer.message);
    expect(root.textContent).toContain(answer.notes[0]);
  });
});
