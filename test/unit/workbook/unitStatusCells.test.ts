import { DEFAULT_CAMPAIGN } from '../../../src/domain/defaultCampaign';
import { assessUnit, missingItems, type ChapterRecord } from '../../../src/domain/unitStatus';
import { UNIT_HEADERS } from '../../../src/workbook/layout';
import { readUnitStatusRows } from '../../../src/workbook/unitStatusCells';
import { unitRow, unitStatusCells } from '../../../src/workbook/unitsSheet';

const periods = DEFAULT_CAMPAIGN.periods.map((p) => p.code);
const unit = DEFAULT_CAMPAIGN.units.find((u) => u.id === 'tam-tra')!;
const rec = (name: string, a: string | null, b: string | null, registration: ChapterRecord['registration'] = null) =>
  ({ name, members: null, ratings: { '2015': a, '2016-H1': b }, registration }) as ChapterRecord;

describe('status columns of Đơn vị', () => {
  test.each([
    ['nothing sent', [rec('Chi đoàn A', null, null), rec('Chi đoàn B', null, null)]],
    ['partly rated, invalid registration', [rec('Chi đoàn A', 'KHA', null, 'BUILD_STRONG'), rec('Chi đoàn B', 'YEU', 'YEU')]],
    ['complete', [rec('Chi đoàn A', 'KHA', 'KHA', 'BUILD_STRONG'), rec('Chi đoàn B', 'YEU', 'YEU', 'SUPPORT')]],
  ])('%s: written then read back gives what is missing', (_, chapters) => {
    const progress = assessUnit(chapters, periods);
    const received = new Date('2016-09-10T03:00:00Z');
    const row = [...unitRow(unit), ...unitStatusCells(progress, received)];
    const [read] = readUnitStatusRows([[...UNIT_HEADERS], row], DEFAULT_CAMPAIGN);
    const expected = missingItems(progress);
    expect(read.unitId).toBe('tam-tra');
    expect(read.complete).toBe(progress.complete);
    expect(read.lastReceived).toEqual(received);
    expect(read.missing.periods).toEqual(
      expected.periods.map((p) => ({ ...p, missing: p.rated === 0 ? [] : p.missing })),
    );
    expect(read.missing.registration?.state).toBe(expected.registration?.state);
    expect(read.missing.registration?.problems).toEqual(expected.registration?.problems);
  });

  test('the cells say it in Vietnamese', () => {
    const progress = assessUnit([rec('Chi đoàn A', 'KHA', null, 'BUILD_STRONG'), rec('Chi đoàn B', 'YEU', null)], periods);
    expect(unitStatusCells(progress, null)).toEqual([
      'Đủ (2/2)',
      'Chưa nộp (0/2)',
      'Chưa hợp lệ: chưa chọn Chi đoàn hỗ trợ',
      'Chưa đủ',
      '',
    ]);
    const partial = assessUnit([rec('Chi đoàn A', 'KHA', 'KHA'), rec('Chi đoàn B', 'YEU', null), rec('Chi đoàn C', null, null)], periods);
    expect(unitStatusCells(partial, null).slice(0, 3)).toEqual([
      'Còn thiếu (2/3): Chi đoàn C',
      'Còn thiếu (1/3): Chi đoàn B; Chi đoàn C',
      'Chưa đăng ký',
    ]);
  });
});
