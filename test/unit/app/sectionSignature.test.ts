import { DEFAULT_CAMPAIGN } from '../../../src/domain/defaultCampaign';
import { sectionSignature } from '../../../src/form/layout';

describe('a form section’s signature', () => {
  const unit = DEFAULT_CAMPAIGN.units[0];
  const base = sectionSignature(DEFAULT_CAMPAIGN, { unit, chapters: unit.chapters });

  test('is stable, and changes with the chapters, their order, the unit’s name or the periods', () => {
    expect(sectionSignature(DEFAULT_CAMPAIGN, { unit, chapters: [...unit.chapters] })).toBe(base);
    expect(sectionSignature(DEFAULT_CAMPAIGN, { unit, chapters: [...unit.chapters, 'Chi đoàn mới'] })).not.toBe(base);
    expect(sectionSignature(DEFAULT_CAMPAIGN, { unit, chapters: [...unit.chapters].reverse() })).not.toBe(base);
    expect(sectionSignature(DEFAULT_CAMPAIGN, { unit: { ...unit, name: `${unit.name} mới` }, chapters: unit.chapters })).not.toBe(base);
    const periods = [...DEFAULT_CAMPAIGN.periods, { code: '2016-H2', label: '6 tháng cuối năm 2016' }];
    expect(sectionSignature({ ...DEFAULT_CAMPAIGN, periods }, { unit, chapters: unit.chapters })).not.toBe(base);
  });
});
