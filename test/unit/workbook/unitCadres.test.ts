import { DEFAULT_CAMPAIGN } from '../../../src/domain/defaultCampaign';
import type { Campaign } from '../../../src/domain/campaign';
import { configRows } from '../../../src/workbook/configSheet';
import { CADRE_HEADERS, CONFIG_HEADERS, unitSheetHeaders } from '../../../src/workbook/layout';
import { campaignFromSheets } from '../../../src/workbook/readCampaign';
import { likelyCadreId, resolveCadre, sharedCadreNames } from '../../../src/workbook/unitCadres';
import { cadreRow, unitRow } from '../../../src/workbook/unitsSheet';

const cadres = [
  { id: 'cb-01', name: 'Nguyễn Văn Bình' },
  { id: 'cb-02', name: 'Trần Thị Thanh Hà' },
  { id: 'cb-07', name: 'Lê Văn An' },
  { id: 'cb-08', name: 'Lê Văn An' },
];

describe('a unit’s cadre, shown by name and kept by id', () => {
  test('the name shown wins over a stale hidden id; spacing, case and tone placement do not matter', () => {
    expect(resolveCadre('Trần Thị Thanh Hà', 'cb-01', cadres)).toEqual({ ok: true, id: 'cb-02' });
    expect(resolveCadre('  trần thị  thanh hà ', '', cadres)).toEqual({ ok: true, id: 'cb-02' });
  });

  test('an older workbook holds the id itself; an id typed by hand is taken too', () => {
    expect(resolveCadre('cb-01', '', cadres)).toEqual({ ok: true, id: 'cb-01' });
    expect(resolveCadre('cb-02', 'cb-01', cadres)).toEqual({ ok: true, id: 'cb-02' });
  });

  test('two cadres of one name: the hidden id tells them apart, else the name is ambiguous', () => {
    expect(resolveCadre('Lê Văn An', 'cb-08', cadres)).toEqual({ ok: true, id: 'cb-08' });
    expect(resolveCadre('Lê Văn An', 'cb-01', cadres)).toEqual({ ok: false, problem: 'ambiguous', text: 'Lê Văn An' });
    expect(sharedCadreNames(cadres)).toEqual([{ name: 'Lê Văn An', ids: ['cb-07', 'cb-08'] }]);
    expect(sharedCadreNames(cadres.slice(0, 3))).toEqual([]);
  });

  test('a cadre renamed in Cán bộ keeps its units (the former name, the hidden id); an unknown name or id is unknown', () => {
    expect(resolveCadre('Nguyễn Văn Bính', 'cb-01', cadres)).toEqual({ ok: true, id: 'cb-01' });
    expect(resolveCadre('Nguyễn Văn Bính', '', cadres)).toEqual({ ok: false, problem: 'unknown', text: 'Nguyễn Văn Bính' });
    expect(resolveCadre('cb-99', 'cb-01', cadres)).toEqual({ ok: false, problem: 'unknown', text: 'cb-99' });
  });

  test('the sidebar, knowing only the names last read, takes an id as written and a name it does not know by the hidden id', () => {
    expect(likelyCadreId('cb-05', 'cb-01', [])).toBe('cb-05');
    expect(likelyCadreId('Võ Văn Năm', 'cb-05', cadres)).toBe('cb-05');
    expect(likelyCadreId('Trần Thị Thanh Hà', 'cb-01', cadres)).toBe('cb-02');
  });
});

/** `Đơn vị` as setup writes it: names shown, ids hidden after the tab ids. */
function unitsSheet(campaign: Campaign, shown: (unit: Campaign['units'][number]) => string): unknown[][] {
  const statusWidth = unitSheetHeaders(campaign).length - 8 - 2;
  return [unitSheetHeaders(campaign), ...campaign.units.map((unit) => [...unitRow(unit, shown(unit)), ...Array(statusWidth).fill(''), '', unit.cadre])];
}

const names = new Map(DEFAULT_CAMPAIGN.cadres.map((cadre) => [cadre.id, cadre.name]));
const sheets = (units: unknown[][], config = [[...CONFIG_HEADERS], ...configRows(DEFAULT_CAMPAIGN)]) => ({
  config,
  units,
  cadres: [[...CADRE_HEADERS], ...DEFAULT_CAMPAIGN.cadres.map(cadreRow)],
});

describe('the campaign read back from the workbook', () => {
  test('names resolve to ids: the campaign is the one setup wrote', () => {
    const result = campaignFromSheets(sheets(unitsSheet(DEFAULT_CAMPAIGN, (unit) => names.get(unit.cadre)!)), () => []);
    expect(result.ok && result.campaign.units.map((unit) => unit.cadre)).toEqual(DEFAULT_CAMPAIGN.units.map((unit) => unit.cadre));
  });

  test('the office picks another name in the dropdown: that cadre, whatever the hidden id says', () => {
    const units = unitsSheet(DEFAULT_CAMPAIGN, (unit) => names.get(unit.cadre)!);
    const row = units.findIndex((cells) => cells[0] === 'tam-tra');
    units[row][7] = names.get('cb-01');
    const result = campaignFromSheets(sheets(units), () => []);
    expect(result.ok && result.campaign.units.find((unit) => unit.id === 'tam-tra')?.cadre).toBe('cb-01');
  });

  test('a workbook set up before names were shown: ids in the cadre column, no hidden column, key | value | note in Cấu hình', () => {
    const header = unitSheetHeaders(DEFAULT_CAMPAIGN).slice(0, -1);
    const units = [header, ...DEFAULT_CAMPAIGN.units.map((unit) => unitRow(unit))];
    const config = [['Khóa', 'Giá trị', 'Ghi chú'], ...configRows(DEFAULT_CAMPAIGN).map(([key, , value, note]) => [key, value, note])];
    const result = campaignFromSheets(sheets(units, config), () => []);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.campaign.units.map((unit) => unit.cadre)).toEqual(DEFAULT_CAMPAIGN.units.map((unit) => unit.cadre));
    expect(result.campaign.deadline).toBe(DEFAULT_CAMPAIGN.deadline);
    expect(result.campaign.periods).toEqual(DEFAULT_CAMPAIGN.periods);
  });

  test('a name that names no cadre is refused with the cell to fix, once', () => {
    const units = unitsSheet(DEFAULT_CAMPAIGN, (unit) => names.get(unit.cadre)!);
    const row = units.findIndex((cells) => cells[0] === 'tam-tra');
    units[row][7] = 'Trần Văn Không Có';
    units[row][units[0].length - 1] = '';
    const result = campaignFromSheets(sheets(units), () => []);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      `units[${row - 1}].cadre (đơn vị "Đoàn xã Tam Trà", cán bộ đứng điểm; trang "Đơn vị", dòng ${row + 1}, cột "Cán bộ đứng điểm"): ` +
        'không có cán bộ tên "Trần Văn Không Có" trong trang "Cán bộ": đề nghị chọn họ tên cán bộ đứng điểm trong danh sách của ô',
    ]);
  });
});

describe('Cấu hình: key, label, value, note', () => {
  test('every row has its Vietnamese label beside the key', () => {
    const rows = configRows(DEFAULT_CAMPAIGN);
    expect(rows.find((row) => row[0] === 'deadline')?.slice(0, 3)).toEqual(['deadline', 'Hạn nộp', '12/09/2016']);
    expect(rows.find((row) => row[0] === 'name')?.[1]).toBe('Tên kế hoạch');
    for (const row of rows) expect(String(row[1])).toMatch(/^[A-ZĐÀ-Ỹ]/u);
  });
});
