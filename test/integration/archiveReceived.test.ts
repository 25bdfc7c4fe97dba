import { buildEmlText } from '../fixtures/eml';
import { buildXlsx } from '../fixtures/xlsx';
import { setUpEmulator } from './harness';
import type { Emulator } from '../../local/emulator';

/**
 * Lưu VT: every file a unit sends is kept in the office's Drive folder, named by the submission's
 * code and linked from its row of `Nhật ký nhận`, whatever the message turns out to be; a poll cut
 * short at any call, then run again, keeps each file once.
 */
const OFFICE = 'huyendoannuithanh09@gmail.com';
const FOLDER = 'Lưu VT - Huyện đoàn Núi Thành';
const TABLE = buildXlsx([
  ['Tên Chi đoàn', 'Xếp loại năm 2015', 'Xếp loại 6 tháng đầu năm 2016'],
  ['Chi đoàn Xuân Thọ', 'Vững mạnh', 'Khá'],
]);

function scenario(): Emulator {
  const emu = setUpEmulator();
  emu.gmail.deliver(
    buildEmlText({ from: 'doan.tamtra@example.org', to: OFFICE, messageId: '<kept1@x>', date: 'Mon, 5 Sep 2016 08:10:00 +0700', text: 'Đoàn xã Tam Trà gửi bảng xếp loại.', attachments: [{ name: 'bang-xep-loai.xlsx', bytes: TABLE }] }),
  );
  // A stranger's file is kept too: the office may need it when it reviews the message.
  emu.gmail.deliver(
    buildEmlText({ from: 'someone@gmail.com', to: OFFICE, messageId: '<kept2@x>', date: 'Mon, 5 Sep 2016 08:11:00 +0700', text: 'Bảng xếp loại', attachments: [{ name: 'bang.xlsx', bytes: TABLE }] }),
  );
  emu.calls.reset();
  return emu;
}

function kept(emu: Emulator): string[] {
  const folder = emu.drive.folders().find((f) => f.name === FOLDER);
  return emu.drive.files().filter((f) => folder && f.parents.includes(folder.id)).map((f) => f.name).sort();
}

describe('Lưu VT: the files units send', () => {
  test('kept under the submission’s code, linked from its log row, the bytes as sent', () => {
    const emu = scenario();
    emu.run('pollMailbox');
    const log = emu.values('Nhật ký nhận');
    const head = log[0]!.map(String);
    const [tra, stranger] = [log[1]!, log[2]!];
    const code = (row: unknown[]) => String(row[head.indexOf('Số hiệu')]);
    expect(kept(emu)).toEqual([`${code(tra)} bang-xep-loai.xlsx`, `${code(stranger)} bang.xlsx`].sort());
    expect(tra[head.indexOf('Trạng thái')]).toBe('Đã ghi');
    expect(String(tra[head.indexOf('Chi tiết')])).toMatch(/Tệp đính kèm đã lưu vào thư mục Lưu VT: https:\/\/drive\.google\.com\/file\/d\/[\w-]+\/view/);
    expect(stranger[head.indexOf('Trạng thái')]).toBe('Chờ xem xét');
    const file = emu.drive.files().find((f) => f.name.endsWith('bang-xep-loai.xlsx'))!;
    expect(Array.from(file.content)).toEqual(Array.from(TABLE));
  });

  test('a fault at any call of the poll, then the next poll: each file kept once', () => {
    const clean = scenario();
    clean.run('pollMailbox');
    const expected = kept(clean);
    const calls = clean.calls.total();
    const failures: { index: number; call: string | undefined; kept: string[] }[] = [];
    for (let index = 0; index < calls; index++) {
      const emu = scenario();
      emu.faults.failAt(index);
      try {
        emu.run('pollMailbox');
      } catch {
        // The poll died; the next one goes on.
      }
      emu.faults.clear();
      emu.run('pollMailbox');
      emu.run('pollMailbox');
      const got = kept(emu);
      if (JSON.stringify(got) !== JSON.stringify(expected)) failures.push({ index, call: clean.calls.log[index], kept: got });
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
