import { carryOver, contentId, localTimeToInstant, type EarlierUnitRatings } from '../../../src/domain/carryOver';

const EARLIER: EarlierUnitRatings[] = [
  {
    id: 'tam-tra',
    name: 'Đoàn xã Tam Trà',
    short: 'Tam Trà',
    chapters: [
      { name: 'Chi đoàn Xuân Thọ', ratings: { '2024': 'HTTNV', '2025': 'HTXSNV' }, updated: '06/05/2025 10:00:00' },
      { name: 'Chi đoàn thôn Đồng Làng', ratings: { '2024': 'HTNV' }, updated: '07/05/2025' },
      { name: 'Chi đoàn thôn Tú Nghĩa', ratings: { '2025': 'HTNV' }, updated: '12/05/2025 08:30' },
    ],
  },
  { id: 'tam-son', name: 'Đoàn xã Tam Sơn', short: 'Tam Sơn', chapters: [{ name: 'Chi đoàn Thuận Yên Đông', ratings: { '2024': 'HTNV' }, updated: null }] },
  { id: 'tam-thanh', name: 'Đoàn xã Tam Thanh', short: 'Tam Thanh', chapters: null },
];

describe('carryOver: the earlier units a merged unit names, their chapters for the periods both collect', () => {
  test('finds earlier units by id, else name, else short name (accents and case folded), and keeps only the common periods', () => {
    const result = carryOver([{ id: 'nui-thanh', name: 'Đoàn xã Núi Thành', formerly: ['TAM-TRA', 'doan xa tam son', 'Tam Thanh', 'Tam Không'] }], ['2025', '2026-H1'], EARLIER);
    expect(result.units).toEqual([
      {
        unitId: 'nui-thanh',
        parts: [
          {
            from: 'Đoàn xã Tam Trà',
            chapters: [
              { name: 'Chi đoàn Xuân Thọ', members: null, ratings: { '2025': 'HTXSNV' }, registration: null },
              { name: 'Chi đoàn thôn Tú Nghĩa', members: null, ratings: { '2025': 'HTNV' }, registration: null },
            ],
            // The newest Cập nhật of the chapters carried (Đồng Làng, rated 2024 only, is not).
            updated: '12/05/2025 08:30',
          },
        ],
      },
    ]);
    expect(result.warnings).toEqual([
      { kind: 'noCommonPeriod', unit: 'Đoàn xã Núi Thành', earlier: 'Đoàn xã Tam Sơn' },
      { kind: 'noTab', unit: 'Đoàn xã Núi Thành', earlier: 'Đoàn xã Tam Thanh' },
      { kind: 'notFound', unit: 'Đoàn xã Núi Thành', earlier: 'Tam Không' },
    ]);
  });

  test('units without formerly get nothing', () => {
    expect(carryOver([{ id: 'a', name: 'A' }, { id: 'b', name: 'B', formerly: [] }], ['2025'], EARLIER)).toEqual({ units: [], warnings: [] });
  });

  test('local workbook times read in the office zone; the content id is stable and tells files apart', () => {
    expect(localTimeToInstant('06/05/2025 10:00:00', 420)?.toISOString()).toBe('2025-05-06T03:00:00.000Z');
    expect(localTimeToInstant('7/5/2025', 420)?.toISOString()).toBe('2025-05-06T17:00:00.000Z');
    expect(localTimeToInstant('hôm qua', 420)).toBeNull();
    const a = contentId(new Uint8Array([1, 2, 3]));
    expect(contentId(new Uint8Array([1, 2, 3]))).toBe(a);
    expect(contentId(new Uint8Array([1, 2, 4]))).not.toBe(a);
    expect(a).toMatch(/^[0-9a-z]+$/);
  });
});
