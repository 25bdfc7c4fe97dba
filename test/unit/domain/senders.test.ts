import { DEFAULT_CAMPAIGN } from '../../../src/domain/defaultCampaign';
import { normalizeAddress, unitNamedIn, unitOfSender } from '../../../src/domain/senders';

const units = DEFAULT_CAMPAIGN.units;

describe('senders', () => {
  test('addresses compare without case, display name or +tag', () => {
    expect(normalizeAddress('"Đoàn xã Tam Trà" <Doan.TamTra+BaoCao@Example.ORG>')).toBe('doan.tamtra@example.org');
    expect(normalizeAddress('doan.tamtra@example.org')).toBe('doan.tamtra@example.org');
  });

  test('a registered address identifies its unit; others none', () => {
    expect(unitOfSender(units, 'Bí thư <DOAN.TAMTRA+x@example.org>')?.id).toBe('tam-tra');
    expect(unitOfSender(units, 'stranger@gmail.com')).toBeNull();
    expect(unitOfSender(units, 'not an address')).toBeNull();
  });

  test.each([
    ['ĐOÀN XÃ TAM TRÀ', 'tam-tra'],
    ['BCH Đoàn xã Tam Xuân II', 'tam-xuan-2'],
    ['Đoàn xã Tam Xuân I', 'tam-xuan-1'],
    ['Đoàn trường THPT Núi Thành', 'thpt-nui-thanh'],
    ['doan xa tam my dong', 'tam-my-dong'],
    ['Đoàn xã Tam Mỹ', null],
    ['HUYỆN ĐOÀN NÚI THÀNH', null],
  ])('title %p names unit %p', (title, id) => {
    expect(unitNamedIn(units, title)?.id ?? null).toBe(id);
  });
});
