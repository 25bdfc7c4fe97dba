import { isMissingFormResponse, isPermissionError } from '../../../src/gas/errors';

describe('platform errors the product tells apart', () => {
  test('a refused scope, in each wording the platform uses', () => {
    const texts = [
      'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
      'Specified permissions are not sufficient to call DriveApp.getRootFolder. Required permissions: (https://www.googleapis.com/auth/drive.readonly || https://www.googleapis.com/auth/drive)',
      'The script does not have permission to perform that action. Required permissions: (https://mail.google.com/ || https://www.googleapis.com/auth/gmail.send)',
    ];
    for (const text of texts) expect(isPermissionError(new Error(text))).toBe(true);
    expect(isPermissionError(new Error("We're sorry, a server error occurred. Please wait a bit and try again."))).toBe(false);
    expect(isPermissionError('You do not have permission to call X.')).toBe(false);
    expect(isPermissionError(null)).toBe(false);
  });

  test('a response deleted from the form, and nothing else', () => {
    expect(isMissingFormResponse(new Error('No response with ID 2_ABC exists for this form.'))).toBe(true);
    expect(isMissingFormResponse(new Error('You do not have permission to call FormApp.openByUrl. Required permissions: https://www.googleapis.com/auth/forms'))).toBe(false);
    expect(isMissingFormResponse(new Error('Unexpected error while getting the method or property openByUrl on object FormApp.'))).toBe(false);
  });
});
