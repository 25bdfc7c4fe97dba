import type { ImportEarlierOutcome } from '../../app/carryOver/importEarlier';
import { button, el, replaceChildren } from './dom';

/** What the block says (the sidebar's Vietnamese; the server's answer is shown as it comes). */
export const EARLIER_IMPORT_TEXT = {
  heading: 'Nhập kết quả sổ cũ',
  hint:
    'Đơn vị sáp nhập năm 2025: chọn tệp Excel (.xlsx) tải về từ bảng theo dõi cũ (Tệp → Tải xuống → Microsoft Excel). ' +
    'Kết quả xếp loại các Chi đoàn của các đơn vị cũ ghi ở cột "Sáp nhập từ" trang "Đơn vị" được ghi vào trang của đơn vị mới, cho các kỳ đợt này thu thập.',
  fileLabel: 'Tệp bảng theo dõi cũ (.xlsx)',
  run: 'Nhập kết quả',
  running: 'Đang nhập…',
  noFile: 'Đề nghị chọn tệp .xlsx trước.',
  unreadable: 'Không đọc được tệp đã chọn.',
} as const;

/**
 * The dashboard's "Nhập kết quả sổ cũ" block: one file input, one button, the answer beside it.
 * The file is read in the browser and sent as base64 (opening the old workbook by link would need
 * access to every spreadsheet of the account).
 */
export function earlierImportView(importFile: (name: string, base64: string) => Promise<ImportEarlierOutcome>): HTMLElement {
  const T = EARLIER_IMPORT_TEXT;
  const input = el('input', { type: 'file', accept: '.xlsx', id: 'earlier-file' });
  const answer = el('div', { role: 'status' });
  const show = (kind: 'notice' | 'error', lines: readonly string[]) =>
    replaceChildren(answer, ...lines.map((line) => el('p', { class: kind }, line)));
  const done = () => {
    trigger.disabled = false;
    trigger.textContent = T.run;
  };
  const trigger = button(T.run, { class: 'main' }, () => {
    const file = input.files?.[0];
    if (!file) return show('error', [T.noFile]);
    trigger.disabled = true;
    trigger.textContent = T.running;
    const reader = new FileReader();
    reader.onerror = () => {
      done();
      show('error', [T.unreadable]);
    };
    reader.onload = () => {
      const data = String(reader.result ?? '');
      importFile(file.name, data.slice(data.indexOf(',') + 1)).then(
        (outcome) => {
          done();
          if (outcome.ok) show('notice', [outcome.message, ...outcome.notes]);
          else show('error', outcome.problems);
        },
        (error: Error) => {
          done();
          show('error', [error.message]);
        },
      );
    };
    reader.readAsDataURL(file);
  });
  return el(
    'section',
    { class: 'earlier-import', 'aria-labelledby': 'earlier-heading' },
    el('h2', { id: 'earlier-heading' }, T.heading),
    el('p', { class: 'secondary' }, T.hint),
    el('label', { for: 'earlier-file' }, T.fileLabel),
    input,
    trigger,
    answer,
  );
}
