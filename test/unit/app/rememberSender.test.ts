import { rememberSenderIn } from '../../../src/app/intake/rememberSender';
import { DEFAULT_CAMPAIGN } from '../../../src/domain/defaultCampaign';
import type { WorkbookSheets } from '../../../src/workbook/sheets';

/** A refusal is decided from the campaign alone: the workbook is never touched. */
const untouchable = new Proxy({}, { get: () => { throw new Error('the workbook was touched'); } }) as WorkbookSheets;
const campaign = structuredClone(DEFAULT_CAMPAIGN);
const workbook = { sheets: untouchable, campaign, unitsValues: [] };
const tamHai = campaign.units.find((unit) => unit.id === 'tam-hai')!;

describe('remembering a sender for a unit refuses what would harm the unit list', () => {
  test('not an address, the office itself, another unit; an address the unit has is left as it is', () => {
    expect(rememberSenderIn(workbook, tamHai, 'Bí thư Tam Hải')).toEqual({ ok: false, error: expect.stringContaining('“Bí thư Tam Hải” không phải một địa chỉ email hợp lệ') });
    expect(rememberSenderIn(workbook, tamHai, `Văn phòng <${campaign.officeEmail.toUpperCase()}>`)).toEqual({ ok: false, error: expect.stringContaining('đây là địa chỉ của chính Văn phòng') });
    expect(rememberSenderIn(workbook, tamHai, 'doan.tamtra+bc@example.org')).toEqual({ ok: false, error: expect.stringContaining('đang là email của Đoàn xã Tam Trà') });
    expect(rememberSenderIn(workbook, tamHai, `X <${tamHai.emails[0].toUpperCase()}>`)).toEqual({ ok: true, message: expect.stringContaining('đã có trong email của Đoàn xã Tam Hải') });
    expect(tamHai.emails).toEqual(DEFAULT_CAMPAIGN.units.find((unit) => unit.id === 'tam-hai')!.emails);
  });
});
