import type { Emulator } from '../../local/emulator';
import type { UnitDetail } from '../../src/app/sidebar/unitDetail';
import { CADRE, invited, OFFICE, REPORT, reply } from './visitsScenario';

/**
 * Issue 17, the monthly summary: `Đi cơ sở theo tháng` per month, cadre and unit, written by the
 * visits pass only when a figure changed; the office's digest, the unit view and the report say the same.
 */
const monthly = (emu: Emulator) => emu.values('Đi cơ sở theo tháng').filter((row) => row.some((cell) => cell !== ''));

function reported(): Emulator {
  const emu = invited();
  emu.clock.advanceTo('2016-09-16T07:00:00+07:00');
  reply(emu, '<rep1@x>', CADRE, REPORT);
  emu.run('pollMailbox');
  emu.run('pollMailbox');
  return emu;
}

describe('Đi cơ sở theo tháng', () => {
  test('made by the first visits pass: a row per cadre and unit, then the month\'s total', () => {
    const emu = invited();
    expect(monthly(emu)).toEqual([
      ['Tháng', 'Cán bộ', 'Đơn vị', 'Buổi được mời', 'Đã dự', 'Không dự', 'Đã báo cáo', 'Báo cáo quá hạn', 'Mô hình hay', 'Kiến nghị chưa giải quyết'],
      ['09/2016', 'Phạm Thị Kim Oanh', 'Đoàn xã Tam Trà', 1, 0, 0, 0, 0, 0, 0],
      ['Cộng tháng 09/2016', '', '', 1, 0, 0, 0, 0, 0, 0],
    ]);
    const names = emu.spreadsheet.getSheets().map((s) => s.getName());
    expect(names.indexOf('Đi cơ sở theo tháng')).toBe(names.indexOf('Đi cơ sở') + 1);
  });

  test('the report read in: attended, reported, a good practice, an open proposal; overdue while it was not', () => {
    const emu = invited();
    emu.clock.advanceTo('2016-09-19T09:00:00+07:00');
    expect(monthly(emu)[1]).toEqual(['09/2016', 'Phạm Thị Kim Oanh', 'Đoàn xã Tam Trà', 1, 0, 0, 0, 1, 0, 0]);
    // The office's digests: on 13/09 the meeting is ahead; on 19/09 its report is overdue, named with its cadre.
    const digests = emu.mail.sent.filter((m) => m.to === OFFICE && m.subject.includes('Tổng hợp tình hình'));
    expect(digests.map((m) => m.subject.match(/đến ngày (\S+)/)?.[1])).toEqual(['13/09/2016', '15/09/2016', '19/09/2016']);
    const [first, , last] = digests.map((m) => m.body);
    expect(first).toMatch(/\n[IVX]+\. Đi cơ sở\n/);
    expect(first).toContain('Các buổi cán bộ đi cơ sở trong tháng 09/2016 đến nay:');
    expect(first).toContain('Buổi sinh hoạt cán bộ được mời dự: 0.');
    expect(first).toContain('Buổi sinh hoạt sắp tới trong tháng: 1.');
    expect(first).toContain('Không có báo cáo kết quả đi cơ sở nào quá hạn.');
    expect(last).toContain('Buổi sinh hoạt cán bộ được mời dự: 1.');
    expect(last).toContain('Báo cáo kết quả đã nhận: 0.');
    expect(last).toContain('Báo cáo kết quả quá hạn: 1');
    expect(last).toContain('Chi đoàn Xuân Thọ (Đoàn xã Tam Trà), sinh hoạt ngày 15/09/2016: đồng chí Phạm Thị Kim Oanh chưa gửi báo cáo (hạn 18/09/2016).');
    expect(last).not.toMatch(/DCS-|undefined|NaN/);
    reply(emu, '<rep1@x>', CADRE, REPORT);
    emu.run('pollMailbox');
    emu.run('pollMailbox');
    expect(monthly(emu).slice(1)).toEqual([
      ['09/2016', 'Phạm Thị Kim Oanh', 'Đoàn xã Tam Trà', 1, 1, 0, 1, 0, 1, 1],
      ['Cộng tháng 09/2016', '', '', 1, 1, 0, 1, 0, 1, 1],
    ]);
    emu.run('setProposalStatus', 'DCS-160915-01', 'Đã giải quyết', '');
    emu.run('pollMailbox');
    expect(monthly(emu)[2]).toEqual(['Cộng tháng 09/2016', '', '', 1, 1, 0, 1, 0, 1, 0]);
  });

  test('a second pass with nothing changed writes nothing', () => {
    const emu = reported();
    emu.calls.reset();
    emu.run('pollMailbox');
    expect(emu.calls.byMethod()['Range.setValues'] ?? 0).toBe(0);
    expect(emu.calls.byMethod()['Range.setValue'] ?? 0).toBe(0);
  });
});

describe('the unit view', () => {
  test('its visits: when, chapter, cadre, status and the report\'s result; another unit\'s none', () => {
    const emu = reported();
    const tra = emu.run('getUnitDetail', 'tam-tra') as UnitDetail;
    expect(tra.visits).toEqual([
      { id: 'DCS-160915-01', when: '15/09/2016 19:30', chapter: 'Chi đoàn Xuân Thọ', cadre: 'Phạm Thị Kim Oanh', status: 'Đã báo cáo', result: 'Chi đoàn sinh hoạt đông đủ, kết nạp 3 đoàn viên.' },
    ]);
    expect((emu.run('getUnitDetail', 'tam-son') as UnitDetail).visits).toEqual([]);
  });
});

describe('the report (Lập báo cáo)', () => {
  test('a numbered section on the visits: per month, per cadre, the good practice, the open proposal', () => {
    const emu = reported();
    expect((emu.run('makeReport', false) as { kind: string }).kind).toBe('created');
    const [doc] = emu.docs.list();
    const text = doc!.text;
    expect(text).toMatch(/V\. ĐƠN VỊ CHƯA HOÀN THÀNH[\s\S]*VI\. KẾT QUẢ CÁN BỘ ĐI CƠ SỞ[\s\S]*VII\. ĐÁNH GIÁ CHUNG/);
    expect(text).toContain(
      'Các cơ sở Đoàn đã mời cán bộ Huyện đoàn đứng điểm dự 1 buổi sinh hoạt Chi đoàn; cán bộ đã dự 1 buổi, không dự 0 buổi; đã nhận 1 báo cáo kết quả; ' +
        'phát hiện 1 mô hình mới, cách làm hay; 1 khó khăn, kiến nghị chưa giải quyết xong.',
    );
    expect(text).toContain('09/2016\t1\t1\t0\t1\t0\t1\t1');
    expect(text).toContain('Phạm Thị Kim Oanh\t1\t1\t1\t0\t1\t0');
    expect(text).toContain('Tủ sách thanh niên ở nhà văn hóa thôn (Chi đoàn Xuân Thọ, Đoàn xã Tam Trà; đồng chí Phạm Thị Kim Oanh báo cáo, buổi sinh hoạt ngày 15/09/2016).');
    expect(text).toContain('Đoàn xã Tam Trà\tChi đoàn Xuân Thọ\tthiếu kinh phí sinh hoạt.\nĐề xuất: Huyện đoàn hỗ trợ tài liệu.\tMới');
    expect(text).not.toMatch(/DCS-|undefined|NaN/);
  });
});
