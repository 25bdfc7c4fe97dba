import { assessUnit } from '../../../src/domain/unitStatus';
import type { ChapterRecord } from '../../../src/domain/unitStatus';

const periods = ['2015', '2016-H1'];
const c = (name: string, a: string | null, b: string | null, registration: ChapterRecord['registration'] = null): ChapterRecord =>
  ({ name, members: null, ratings: { '2015': a, '2016-H1': b }, registration }) as ChapterRecord;

describe('unit completeness', () => {
  test('complete: every chapter rated for every period, one to build and one or two others to support', () => {
    const progress = assessUnit([c('A', 'VUNG_MANH', 'KHA', 'BUILD_STRONG'), c('B', 'YEU', 'YEU', 'SUPPORT'), c('C', 'KHA', 'KHA')], periods);
    expect(progress.complete).toBe(true);
    expect(progress.periods).toEqual([
      { code: '2015', rated: 3, total: 3, missing: [] },
      { code: '2016-H1', rated: 3, total: 3, missing: [] },
    ]);
    expect(progress.registration).toEqual({ state: 'valid', build: ['A'], support: ['B'], problems: [], notLowest: [] });
  });

  test('missing ratings are listed by chapter', () => {
    const progress = assessUnit([c('A', 'KHA', null, 'BUILD_STRONG'), c('B', null, null, 'SUPPORT')], periods);
    expect(progress.complete).toBe(false);
    expect(progress.periods.map((p) => p.missing)).toEqual([['B'], ['A', 'B']]);
  });

  test('registration problems: none, no support, three supported', () => {
    expect(assessUnit([c('A', 'KHA', 'KHA')], periods).registration.state).toBe('missing');
    expect(assessUnit([c('A', 'KHA', 'KHA', 'BUILD_STRONG')], periods).registration.problems).toEqual(['noSupport']);
    const many = assessUnit(
      [c('A', 'KHA', 'KHA', 'BUILD_STRONG'), c('B', 'YEU', 'YEU', 'SUPPORT'), c('C', 'YEU', 'YEU', 'SUPPORT'), c('D', 'YEU', 'YEU', 'SUPPORT')],
      periods,
    );
    expect(many.registration.state).toBe('invalid');
    expect(many.registration.problems).toEqual(['tooManySupport']);
    expect(many.complete).toBe(false);
  });

  test('supporting a chapter that is not among the lowest rated is a warning, not a rejection', () => {
    const progress = assessUnit(
      [c('A', 'VUNG_MANH', 'VUNG_MANH', 'BUILD_STRONG'), c('B', 'KHA', 'KHA', 'SUPPORT'), c('C', 'YEU', 'TRUNG_BINH')],
      periods,
    );
    expect(progress.complete).toBe(true);
    expect(progress.registration.notLowest).toEqual(['B']);
  });

  test('a unit without chapters is never complete', () => {
    expect(assessUnit([], periods).complete).toBe(false);
  });
});
