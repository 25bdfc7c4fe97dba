import type { Dashboard } from '../../src/app/sidebar/dashboard';
import type { UnitDetail } from '../../src/app/sidebar/unitDetail';
import { DEFAULT_CAMPAIGN } from '../../src/domain/defaultCampaign';
import { setUpEmulator } from './harness';

describe('the pilot chapters (campaign `pilots`, Chi đoàn làm điểm) in the sidebar', () => {
  test('each on its unit in the dashboard and marked among the chapters of its unit', () => {
    const emu = setUpEmulator();
    const dashboard = emu.run('getDashboard') as Dashboard;
    const withPilots = dashboard.units.filter((unit) => unit.pilots.length > 0).map((unit) => [unit.id, unit.pilots]);
    expect(withPilots).toEqual([
      ['tam-son', [{ chapter: 'Chi đoàn Thuận Yên Đông', month: '09/2016' }]],
      ['tam-tra', [{ chapter: 'Chi đoàn Xuân Thọ', month: '09/2016' }]],
    ]);
    const tra = emu.run('getUnitDetail', 'tam-tra') as UnitDetail;
    expect(tra.unit.pilots).toEqual([{ chapter: 'Chi đoàn Xuân Thọ', month: '09/2016' }]);
    expect(tra.chapters.filter((chapter) => chapter.pilot).map((chapter) => chapter.name)).toEqual(['Chi đoàn Xuân Thọ']);
    expect((emu.run('getUnitDetail', 'tam-tien') as UnitDetail).chapters.some((chapter) => chapter.pilot)).toBe(false);
  });

  test('a campaign without pilots shows none, and a pilot the office adds in Cấu hình shows at the next read', () => {
    const emu = setUpEmulator(JSON.stringify({ ...DEFAULT_CAMPAIGN, pilots: [] }));
    expect((emu.run('getDashboard') as Dashboard).units.every((unit) => unit.pilots.length === 0)).toBe(true);
    const config = emu.values('Cấu hình');
    const row = config.findIndex((cells) => cells[0] === 'pilots') + 1;
    emu.spreadsheet.getSheetByName('Cấu hình')!.getRange(row, 3).setValue('tam-tien: Chi đoàn thôn Bích An (2016-10)');
    const tien = (emu.run('getDashboard') as Dashboard).units.find((unit) => unit.id === 'tam-tien')!;
    expect(tien.pilots).toEqual([{ chapter: 'Chi đoàn thôn Bích An', month: '10/2016' }]);
  });
});
