import { DEFAULT_CAMPAIGN } from '../../../src/domain/defaultCampaign';
import { sectionContent, sectionShape } from '../../../src/form/layout';

describe('a form section’s signatures', () => {
  const unit = DEFAULT_CAMPAIGN.units[0];
  const content = sectionContent({ unit, chapters: unit.chapters });
  const shape = sectionShape(DEFAULT_CAMPAIGN, true);

  test('its content is stable, and changes with the chapters, their order or the unit’s name', () => {
    expect(sectionContent({ unit, chapters: [...unit.chapters] })).toBe(content);
    expect(sectionContent({ unit, chapters: [...unit.chapters, 'Chi đoàn mới'] })).not.toBe(content);
    expect(sectionContent({ unit, chapters: [...unit.chapters].reverse() })).not.toBe(content);
    expect(sectionContent({ unit: { ...unit, name: `${unit.name} mới` }, chapters: unit.chapters })).not.toBe(content);
  });

  test('its shape changes with the periods, the scale and whether the unit lists chapters, not with the unit', () => {
    expect(sectionShape({ ...DEFAULT_CAMPAIGN }, true)).toBe(shape);
    expect(sectionShape(DEFAULT_CAMPAIGN, false)).not.toBe(shape);
    const periods = [...DEFAULT_CAMPAIGN.periods, { code: '2016-H2', label: '6 tháng cuối năm 2016' }];
    expect(sectionShape({ ...DEFAULT_CAMPAIGN, periods }, true)).not.toBe(shape);
  });
});
