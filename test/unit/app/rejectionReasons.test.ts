import { REJECTION_REASONS } from '../../../src/app/messages';
import { rejectionReasonsFor } from '../../../src/app/sidebar/reviewQueue';

const units = [
  { name: 'Đoàn xã Tam Trà', emails: ['doan.tamtra@example.org'] },
  { name: 'Đoàn xã Tam Hải', emails: ['doan.tamhai@example.org'] },
];

describe('the reasons offered for rejecting a message under review', () => {
  test('a stranger naming no unit: "not a unit" first', () => {
    const reasons = rejectionReasonsFor(units, 'someone@gmail.com', '');
    expect(reasons[0]).toBe(REJECTION_REASONS.notAUnit);
    expect(new Set(reasons).size).toBe(reasons.length);
  });

  test('a message whose document names a real unit is never told it is not from a unit', () => {
    const reasons = rejectionReasonsFor(units, 'someone@gmail.com', 'Đoàn xã Tam Hải');
    expect(reasons[0]).toBe(REJECTION_REASONS.unregisteredAddress);
    expect(reasons).not.toContain(REJECTION_REASONS.notAUnit);
  });

  test("a unit's own address (held for its authentication or another unit's document): unverified first", () => {
    const reasons = rejectionReasonsFor(units, 'Bí thư <Doan.TamTra+bc@example.org>', '');
    expect(reasons[0]).toBe(REJECTION_REASONS.unverified);
    expect(reasons).not.toContain(REJECTION_REASONS.notAUnit);
  });

  test('a log unit that is no longer in Đơn vị does not count as a named unit', () => {
    expect(rejectionReasonsFor(units, 'someone@gmail.com', 'Đoàn xã Đã Xóa')[0]).toBe(REJECTION_REASONS.notAUnit);
  });
});
