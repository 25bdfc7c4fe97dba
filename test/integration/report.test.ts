import { runInContext } from 'node:vm';
import type { Emulator } from '../../local/emulator';
import { DEFAULT_CAMPAIGN } from '../../src/domain/defaultCampaign';
import { buildEmlText } from '../fixtures/eml';
import { setUpEmulator } from './harness';

/**
 * The report to the parent body on dist/Code.js: made from the workbook at the end of the 2016
 * season, its numbers checked against `Tổng hợp` and the intake log, filed in the office's `Lưu VT`
 * folder, and made again after more units sent: the figures change, the office's own text stays.
 */
const UNITS = DEFAULT_CAMPAIGN.units;
const RATINGS = ['Vững mạnh', 'Khá', 'Trung bình', 'Yếu'];
const ict = (iso: string) => new Date(`${iso}+07:00`);

function mailFrom(unit: (typeof UNITS)[number], at: Date, registration = true): string {
  const lines = [unit.name.toUpperCase(), 'Bảng xếp loại Chi đoàn'];
  unit.chapters.forEach((c, i) => lines.push(`${i + 1}. ${c}: năm 2015 ${RATINGS[i % 4]}; 6 tháng đầu năm 2016 ${RATINGS[(i + 1) % 4]}`));
  if (registration) lines.push(`Đăng ký xây dựng Chi đoàn mạnh: ${unit.chapters[0]}`, `Đăng ký hỗ trợ: ${unit.chapters[unit.chapters.length - 1]}`);
  return buildEmlText({
    from: `${unit.name} <${unit.emails[0]}>`,
    to: `${DEFAULT_CAMPAIGN.office} <${DEFAULT_CAMPAIGN.officeEmail}>`,
    subject: `Bảng xếp loại Chi đoàn ${unit.short}`,
    messageId: `<report-${unit.id}-${at.getTime()}@example.org>`,
    date: at.toUTCString(),
    text: lines.join('\n'),
  });
}

function deliverAndPoll(emu: Emulator, units: readonly (typeof UNITS)[number][], day: string, registration = true): void {
  units.forEach((unit, i) => {
    const at = ict(`${day}T08:${String(10 + i).padStart(2, '0')}:00`);
    emu.clock.advanceTo(at);
    emu.gmail.deliver(mailFrom(unit, at, registration));
  });
  emu.clock.advanceTo(ict(`${day}T11:00:00`));
}

type Outcome = { kind: string; url?: string; message?: string; errors?: string[] };

/** The counts of the `Tổng hợp` total row for one period, level by level (its columns: count, share). */
function summaryTotals(emu: Emulator): { total: number[][] } {
  const rows = emu.values('Tổng hợp');
  const total = rows.find((r) => r[0] === '' && String(r[1]).startsWith('Toàn '));
  if (!total) throw new Error('no total row in Tổng hợp');
  const perPeriod = DEFAULT_CAMPAIGN.periods.map((_, p) => RATINGS.map((_, l) => Number(total[5 + p * 9 + 2 * l])));
  return { total: perPeriod };
}

describe('Lập báo cáo: the report to the parent body', () => {
  let emu: Emulator;
  beforeAll(() => {
    // Set up on the deadline's eve, so the season's polls are two days' worth, not three weeks'.
    emu = setUpEmulator('', { now: ict('2016-09-11T20:00:00').toISOString() });
    deliverAndPoll(emu, UNITS.slice(0, 6), '2016-09-12');
    deliverAndPoll(emu, UNITS.slice(6, 8), '2016-09-13');
    deliverAndPoll(emu, UNITS.slice(8, 9), '2016-09-14', false);
    emu.clock.advanceTo(ict('2016-09-14T15:00:00'));
  });

  test('a draft Doc in the Lưu VT folder: header, title, figures equal to the workbook, Nơi nhận and the signature', () => {
    const outcome = emu.run('makeReport', false) as Outcome;
    expect(outcome.kind).toBe('created');
    const [doc] = emu.docs.list();
    expect(doc).toBeDefined();
    expect(outcome.url).toContain(doc!.id);
    const folder = emu.drive.folders().find((f) => doc!.parents.includes(f.id));
    expect(folder?.name).toBe('Lưu VT - Huyện đoàn Núi Thành');
    expect(doc!.body.pageWidth).toBeCloseTo(595.3, 0);

    const text = doc!.text;
    // The administrative header: parent and office on the left, the Union and the place and date on the right.
    const header = doc!.body.children[0];
    expect(header?.kind).toBe('table');
    for (const line of ['TỈNH ĐOÀN QUẢNG NAM', 'BCH HUYỆN ĐOÀN NÚI THÀNH', 'Số:       -BC/ĐTN', 'ĐOÀN TNCS HỒ CHÍ MINH', 'Núi Thành, ngày 14 tháng 9 năm 2016']) {
      expect(text).toContain(line);
    }
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('chậm nhất ngày 12/09/2016');
    // Who sent and when: 6 before the deadline, 3 after, 8 complete (the ninth sent no registration).
    expect(text).toContain('Tổng số đơn vị: 23; đã gửi bảng xếp loại: 9 đơn vị (đúng hạn 6, sau hạn 3); đã gửi đầy đủ xếp loại và đăng ký: 8 đơn vị; chưa gửi: 14 đơn vị.');
    // The classification table is the workbook's `Tổng hợp` total, period by period.
    const { total } = summaryTotals(emu);
    const ratings = doc!.body.children.find((b) => b.kind === 'table' && b.rows[0]?.cells[0] && cellText(b.rows[0].cells[0]) === 'Xếp loại');
    expect(ratings?.kind).toBe('table');
    if (ratings?.kind !== 'table') return;
    RATINGS.forEach((label, l) => {
      const row = ratings.rows.find((r) => cellText(r.cells[0]!) === label)!;
      expect(DEFAULT_CAMPAIGN.periods.map((_, p) => Number(cellText(row.cells[1 + 2 * p]!)))).toEqual(total.map((period) => period[l]));
    });
    // Sections numbered as shown, the units that still owe, Nơi nhận and the signer.
    expect(text).toMatch(/I\. KẾT QUẢ TIẾP NHẬN[\s\S]*II\. KẾT QUẢ XẾP LOẠI CHI ĐOÀN[\s\S]*III\. KẾT QUẢ THEO CỤM[\s\S]*IV\. ĐĂNG KÝ[\s\S]*V\. ĐƠN VỊ CHƯA HOÀN THÀNH[\s\S]*VI\. KẾT QUẢ CÁN BỘ ĐI CƠ SỞ[\s\S]*VII\. ĐÁNH GIÁ CHUNG/);
    // No visit recorded in this season: the visits' section says so.
    expect(text).toContain('Chưa có buổi sinh hoạt Chi đoàn nào cán bộ được mời dự trong đợt.');
    expect(text).toMatch(new RegExp(`${UNITS[8]!.name}\\t[^\\n]*đăng ký`));
    expect(text).toContain(`${UNITS[22]!.name}\tChưa gửi bảng xếp loại và đăng ký`);
    expect(text).toContain('- Tỉnh đoàn Quảng Nam (báo cáo);');
    expect(text).toContain('- Lưu VT.');
    expect(text).toContain('TM. BAN THƯỜNG VỤ');
    expect(text).toContain(DEFAULT_CAMPAIGN.signer!.name);
    expect(text).not.toMatch(/undefined|NaN|\[object/);
  });

  test('made again: asks first, then rewrites the figures and keeps what the office wrote', () => {
    const id = emu.docs.list()[0]!.id;
    expect((emu.run('makeReport', false) as Outcome).kind).toBe('exists');
    // The office writes its assessment in the draft (as it would in Docs).
    runInContext(
      `function officeWrites_(id) { var body = DocumentApp.openById(id).getBody(); body.appendParagraph('Nhận xét riêng của Văn phòng.'); body.insertParagraph(body.getNumChildren() - 1, 'Đánh giá thêm.'); }`,
      emu.context,
    );
    emu.run('officeWrites_', id);
    deliverAndPoll(emu, UNITS.slice(9, 12), '2016-09-15');
    emu.clock.advanceTo(ict('2016-09-15T15:00:00'));
    const outcome = emu.run('makeReport', true) as Outcome;
    expect(outcome.kind).toBe('updated');
    expect(emu.docs.list()).toHaveLength(1);
    const text = emu.docs.get(id).text;
    expect(text).toContain('đã gửi bảng xếp loại: 12 đơn vị (đúng hạn 6, sau hạn 6)');
    expect(text).not.toContain('đã gửi bảng xếp loại: 9 đơn vị');
    expect(text).toContain('Nhận xét riêng của Văn phòng.');
    expect(text).toContain('Đánh giá thêm.');
    expect(text.match(/KẾT QUẢ TIẾP NHẬN/g)).toHaveLength(1);
  });

  test('a clerk at her own account is told the office account makes it', () => {
    const clerk = 'van.thu@example.org';
    const other = setUpEmulator('', { editors: [clerk] });
    const outcome = other.runAs({ user: clerk }, 'makeReport', false) as Outcome;
    expect(outcome.kind).toBe('invalid');
    expect(outcome.errors?.[0]).toContain('tài khoản Văn phòng');
    expect(other.docs.list()).toHaveLength(0);
  });
});

function cellText(cell: { children: readonly { kind: string; text?: string }[] }): string {
  return cell.children.map((c) => c.text ?? '').join('\n').trim();
}
