import { serverMessage } from '../../../src/ui/client/server';
import { lockMessages } from '../../../src/app/messages';

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
  test('nothing readable gives an empty text (the views then say the load failed)', () => {
    expect(serverMessage(undefined)).toBe('');
    expect(serverMessage('Hết giờ')).toBe('Hết giờ');
  });
});
