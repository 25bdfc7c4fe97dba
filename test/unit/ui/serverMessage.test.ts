import { serverMessage } from '../../../src/ui/client/server';
import { lockMessages } from '../../../src/app/messages';
import { FAILURE_TEXT } from '../../../src/ui/client/text';

describe('the sidebar shows the server\'s own message', () => {
  test('as it is', () => {
    expect(serverMessage(new Error(lockMessages.busy))).toBe(lockMessages.busy);
  });
  test('without a runtime prefix the platform may add', () => {
    expect(serverMessage(new Error(`Error: ${lockMessages.busy}`))).toBe(lockMessages.busy);
    expect(serverMessage(new Error(`Exception: ${lockMessages.busy}`))).toBe(lockMessages.busy);
  });
  test('a prefix inside the text is kept', () => {
    expect(serverMessage(new Error('Lỗi: Error: x'))).toBe('Lỗi: Error: x');
  });
  test('a Vietnamese text as it is; nothing readable is said as an unknown failure, in Vietnamese', () => {
    expect(serverMessage('Hết giờ')).toBe('Hết giờ');
    expect(serverMessage(undefined)).toBe(FAILURE_TEXT.unknown);
    expect(serverMessage(new Error(''))).toBe(FAILURE_TEXT.unknown);
  });
});

describe("the platform's and the browser's texts become what happened and what to do", () => {
  const cases: [string, string][] = [
    ['Exception: Service Spreadsheets timed out while accessing document with id 1AbC.', FAILURE_TEXT.serviceDown],
    ['Service Spreadsheets failed while accessing document with id 1AbC.', FAILURE_TEXT.serviceDown],
    ["We're sorry, a server error occurred. Please wait a bit and try again.", FAILURE_TEXT.serviceDown],
    ['TypeError: Failed to fetch', FAILURE_TEXT.offline],
    ['NetworkError: Connection failure due to HTTP 0', FAILURE_TEXT.offline],
    ['Lock timeout: another process was holding the lock for too long.', FAILURE_TEXT.lockTimeout],
    ['Exception: You do not have permission to call FormApp.create. Required permissions: https://www.googleapis.com/auth/forms', FAILURE_TEXT.permission],
    ['Authorization is required to perform that action.', FAILURE_TEXT.permission],
    ['Exceeded maximum execution time', FAILURE_TEXT.timeLimit],
    ['Exception: Service invoked too many times for one day: email.', FAILURE_TEXT.mailQuota],
    ['Exception: The coordinates of the range are outside the dimensions of the sheet.', FAILURE_TEXT.sheetLimit],
    ['ReferenceError: x is not defined', FAILURE_TEXT.unknown],
  ];
  test.each(cases)('%s', (raw, expected) => {
    expect(serverMessage(new Error(raw))).toBe(expected);
  });
  test('every one is Vietnamese, says what to do, and holds no English of the platform', () => {
    for (const text of Object.values(FAILURE_TEXT)) {
      expect(text).toMatch(/Đề nghị/);
      expect(text).not.toMatch(/Exception|Service|Failed|timeout|permission/);
    }
  });
});
