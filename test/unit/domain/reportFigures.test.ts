import { reportFigures } from '../../../src/domain/report/figures';
import type { Unit } from '../../../src/domain/campaign';
import type { ChapterRecord } from '../../../src/domain/unitStatus';
import type { RatingCode } from '../../../src/domain/ratings';

const unit = (id: string, cluster: string): Unit => ({
  id, name: `Đoàn xã ${id}`, short: id, kind: 'commune', cluster, emails: [], secretary: '', cadre: 'cb-01', chapters: [],
});
const chapter = (name: string, a: RatingCode | null, b: RatingCode | null, registration: ChapterRecord['registration'] = null): ChapterRecord => ({
  name, members: 10, ratings: { '2015': a, '2016-H1': b }, registration,
});

const campaign = {
  scale: 'legacy' as const,
  periods: [{ code: '2015', label: 'năm 2015' }, { code: '2016-H1', label: '6 tháng đầu năm 2016' }],
  units: [unit('A', 'Cụm 1'), unit('B', 'Cụm 1'), unit('C', 'Cụm 2')],
};
const chapters: Record<string, ChapterRecord[]> = {
  A: [chapter('A1', 'VUNG_MANH', 'VUNG_MANH', 'BUILD_STRONG'), chapter('A2', 'KHA', 'YEU', 'SUPPORT'), chapter('A3', 'YEU', 'KHA')],
  B: [chapter('B1', 'KHA', 'VUNG_MANH', 'BUILD_STRONG'), chapter('B2', 'TRUNG_BINH', null)],
  C: [chapter('C1', null, null)],
};

describe('reportFigures', () => {
  const figures = reportFigures({
    campaign,
    chaptersOf: (u) => chapters[u.id] ?? [],
    firstReceived: new Map([['A', '2016-09-12'], ['B', '2016-09-13']]),
    deadline: '2016-09-12',
  });

  test('who sent, on the deadline day or after, and who is complete', () => {
    expect([figures.units, figures.submitted, figures.onTime, figures.late, figures.complete]).toEqual([3, 2, 1, 1, 1]);
    expect(figures.chapters).toBe(6);
    expect(figures.members).toBe(60);
  });

  test('counts and shares of the rated chapters per period, and the change between periods', () => {
    const [y2015, h1] = figures.periods;
    expect(y2015!.levels.map((l) => l.count)).toEqual([1, 2, 1, 1]);
    expect(y2015!.rated).toBe(5);
    expect(y2015!.unrated).toBe(1);
    expect(y2015!.levels[1]!.share).toBeCloseTo(0.4);
    expect(h1!.levels.map((l) => l.count)).toEqual([2, 1, 0, 1]);
    expect(h1!.unrated).toBe(2);
    expect(figures.changes[0]!.levels.map((l) => l.count)).toEqual([1, -1, -1, 0]);
    expect(figures.changes[0]!.levels[0]!.share).toBeCloseTo(0.5 - 0.2);
  });

  test('per cluster, in the order units are listed', () => {
    expect(figures.clusters.map((c) => [c.cluster, c.units, c.complete, c.chapters])).toEqual([['Cụm 1', 2, 1, 5], ['Cụm 2', 1, 0, 1]]);
  });

  test('registrations, support chapters not among the lowest, and what each unit still owes', () => {
    expect(figures.build).toEqual([{ unit: 'Đoàn xã A', chapter: 'A1' }, { unit: 'Đoàn xã B', chapter: 'B1' }]);
    expect(figures.support).toEqual([{ unit: 'Đoàn xã A', chapter: 'A2' }]);
    expect(figures.supportNotLowest).toEqual([]);
    expect(figures.owed.map((o) => [o.unit, o.nothing])).toEqual([['Đoàn xã B', false], ['Đoàn xã C', true]]);
  });

  test('a support chapter rated above the unit’s lowest is named', () => {
    const f = reportFigures({
      campaign: { ...campaign, units: [campaign.units[0]!] },
      chaptersOf: () => [chapter('X1', 'VUNG_MANH', 'VUNG_MANH', 'BUILD_STRONG'), chapter('X2', 'KHA', 'KHA', 'SUPPORT'), chapter('X3', 'YEU', 'YEU')],
      firstReceived: new Map(),
      deadline: '2016-09-12',
    });
    expect(f.supportNotLowest).toEqual([{ unit: 'Đoàn xã A', chapter: 'X2' }]);
    expect(f.periods[0]!.levels.every((l) => l.share >= 0)).toBe(true);
  });
});
