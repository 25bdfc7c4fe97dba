import { failedTry, failureCount, failureReason, MAX_ATTEMPTS } from '../../../src/app/intake/intakeFailures';
import { parkedItems, parkedReason, readPollReport, recordPollReport, forgetParked } from '../../../src/app/intake/pollReport';
import { pollView } from '../../../src/app/sidebar/dashboard';
import { digestEmail } from '../../../src/ui/email';
import type { IntakeIndex } from '../../../src/workbook/intakeIndex';
import { submissionCodes } from '../../../src/domain/submissionCode';
import { CAMPAIGN } from '../email/fixtures';

const TAG = '[gmail:18f2a]';

describe('a submission’s failed tries (intakeFailures.ts)', () => {
  test('counts up to three, then parks with the reason; a legacy row’s Gmail tag stays last', () => {
    const missing = new Error('Không tìm thấy trang "Tam Trà" của đơn vị: đề nghị chạy Đi cơ sở > Thiết lập / bổ sung bảng tính để tạo lại trang.');
    const first = failedTry(TAG, missing);
    expect(first.status).toBe('Đang xử lý');
    expect(first.detail).toMatch(/^Chưa ghi được \(lần thử 1\/3\): Không tìm thấy trang "Tam Trà"/);
    expect(first.detail.endsWith(TAG)).toBe(true);
    expect(failureCount(first.detail)).toBe(1);
    const second = failedTry(first.detail, missing);
    expect(second.attempt).toBe(2);
    const third = failedTry(second.detail, missing);
    expect(third.attempt).toBe(MAX_ATTEMPTS);
    expect(third.status).toBe('Lỗi xử lý');
    expect(third.detail).toMatch(/^Lỗi xử lý sau 3 lần thử: Không tìm thấy trang "Tam Trà"/);
    expect(parkedReason(third.detail)).toBe('Không tìm thấy trang "Tam Trà" của đơn vị: đề nghị chạy Đi cơ sở > Thiết lập / bổ sung bảng tính để tạo lại trang');
    expect(failureCount('Đã ghi 3 Chi đoàn.')).toBe(0);
  });

  test('a row written since the Mã Gmail column gets no tag', () => {
    const failed = failedTry('', new Error('Không tìm thấy trang "Tam Trà" của đơn vị.'));
    expect(failed.detail).toBe('Chưa ghi được (lần thử 1/3): Không tìm thấy trang "Tam Trà" của đơn vị. Lần kiểm tra hộp thư sau sẽ thử lại.');
    expect(failedTry(failed.detail, new Error('Không tìm thấy trang "Tam Trà" của đơn vị.')).detail).not.toContain('[gmail:');
  });

  test('platform errors are said in Vietnamese, never in English', () => {
    expect(failureReason(new Error('Service invoked too many times for one day: email.'))).toBe('hôm nay đã hết hạn mức gửi thư của tài khoản');
    expect(failureReason(new Error('Exception: The coordinates of the range are outside the dimensions of the sheet.'))).toMatch(/số dòng, số cột/);
    expect(failureReason(new Error("We're sorry, a server error occurred. Please wait a bit and try again."))).toMatch(/dịch vụ của Google/);
    expect(failureReason(new Error('Exception: Service Spreadsheets failed while accessing document with id 1x.'))).toMatch(/dịch vụ của Google/);
    expect(failureReason(new Error('TypeError: Cannot read properties of undefined'))).toMatch(/^lỗi hệ thống chưa xác định/);
    expect(failureReason('boom')).toMatch(/^lỗi hệ thống chưa xác định/);
  });

  test('a refused scope is not one submission’s failure: it is thrown on', () => {
    const refused = new Error('Exception: You do not have permission to call GmailApp.search. Required permissions: https://mail.google.com/');
    expect(() => failedTry('', refused)).toThrow(refused);
  });
});

describe('the poll’s report (pollReport.ts)', () => {
  const index: IntakeIndex = {
    lastRow: 4,
    maxRows: 1000,
    byId: new Map([
      ['<a@x>', { row: 2, source: 'Email', sender: 'doan.tamtra@example.org', status: 'Lỗi xử lý', unit: 'Đoàn xã Tam Trà', detail: `Lỗi xử lý sau 3 lần thử: trang bị đổi tên. Đề nghị Văn phòng khắc phục nguyên nhân rồi bấm "Xử lý lại" trong bảng điều khiển. ${TAG}`, code: 'TT-0509-01', gmailId: '18f2a' }],
      ['<b@x>', { row: 3, source: 'Email', sender: 'doan.tamtien@example.org', status: 'Đã ghi', unit: 'Đoàn xã Tam Tiến', detail: 'Đã ghi 2 Chi đoàn.', code: 'TT-0509-02', gmailId: '' }],
    ]),
    codes: submissionCodes('Asia/Ho_Chi_Minh'),
    rowCodes: ['TT-0509-01', 'TT-0509-02'],
  };

  test('lists the parked rows, is read back, shown by the dashboard and the digest, and forgets a replayed one', () => {
    const values = new Map<string, string>();
    const store = { get: (key: string) => values.get(key) ?? null, set: (key: string, value: string) => void values.set(key, value) };
    const parked = parkedItems(index);
    expect(parked).toEqual([{ id: '<a@x>', source: 'Email', unit: 'Đoàn xã Tam Trà', row: 2, reason: 'trang bị đổi tên', code: 'TT-0509-01' }]);
    const at = Date.UTC(2016, 8, 5, 3, 20);
    recordPollReport(store, { at, handled: 30, left: 12, reason: 'time' }, parked);
    const report = readPollReport(store)!;
    const clock = { now: () => new Date(at), format: (_d: Date, _tz: string, pattern: string) => (pattern === 'HH:mm dd/MM/yyyy' ? '10:20 05/09/2016' : '') };
    const view = pollView(report, clock, 'Asia/Ho_Chi_Minh');
    expect(view.lastPoll).toBe('Lần kiểm tra thư lúc 10:20 05/09/2016 chưa xong: còn 12 thư, phiếu, sẽ tiếp tục ở lần sau.');
    expect(view.parked).toEqual({ count: 1, items: [{ id: '<a@x>', code: 'TT-0509-01', source: 'Thư', unit: 'Đoàn xã Tam Trà', reason: 'trang bị đổi tên' }] });

    const digest = digestEmail({
      campaign: CAMPAIGN,
      cadres: [],
      units: [],
      today: '2016-09-13',
      attention: { lastPoll: view.lastPoll, parkedCount: 1, parkedLines: ['Thư của Đoàn xã Tam Trà: trang bị đổi tên'] },
    });
    expect(digest.text).toContain('1 thư, phiếu chưa ghi được sau 3 lần thử (Lỗi xử lý), cần Văn phòng xem:');
    expect(digest.text).toContain('Thư của Đoàn xã Tam Trà: trang bị đổi tên');
    expect(digest.text).toContain('Lần kiểm tra thư lúc 10:20 05/09/2016 chưa xong');
    expect(digest.html).toContain('Xử lý lại');

    forgetParked(store, '<a@x>');
    expect(readPollReport(store)!.parked).toEqual([]);
    expect(readPollReport(store)!.parkedCount).toBe(0);
  });
});
