/** The emulator behaviours the product's self-check (Kiểm tra cài đặt) relies on. */
import { emulate, errorOf } from './helpers';

const OWNER = 'vanphong.huyendoan@example.org';

describe('emulator support for the self-check', () => {
  test('ScriptApp.getAuthorizationInfo(FULL): NOT_REQUIRED and no URL for a user who has run the script', () => {
    const emu = emulate(`
      function status() {
        var info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
        return [String(info.getAuthorizationStatus()), info.getAuthorizationStatus() === ScriptApp.AuthorizationStatus.NOT_REQUIRED, info.getAuthorizationUrl()];
      }
      function wrong() { return ScriptApp.getAuthorizationInfo('FULL'); }`);
    expect(emu.run('status')).toEqual(['NOT_REQUIRED', true, null]);
    expect(emu.calls.byMethod()).toMatchObject({ 'ScriptApp.getAuthorizationInfo': 1, 'AuthorizationInfo.getAuthorizationStatus': 2 });
    expect(errorOf(() => emu.run('wrong')).text).toBe("Exception: The parameters (String) don't match the method signature for ScriptApp.getAuthorizationInfo.");
  });

  test('a message to oneself is in Sent and in the Inbox; mail to others only in Sent', () => {
    const emu = emulate(`
      function send(to) { GmailApp.sendEmail(to, 'Thử ' + to, 'Nội dung'); }
      function inbox() { return GmailApp.search('in:inbox').map(function (t) { return t.getFirstMessageSubject(); }); }`);
    emu.run('send', OWNER);
    emu.run('send', 'khac@example.org');
    expect(emu.gmail.messages().map((m) => [m.subject, m.isSent, m.inInbox])).toEqual([
      [`Thử ${OWNER}`, true, true],
      ['Thử khac@example.org', true, false],
    ]);
    expect(emu.run('inbox')).toEqual([`Thử ${OWNER}`]);
  });

  test('GmailMessage.moveToTrash takes the message out of the inbox and isInTrash says so', () => {
    const emu = emulate(`
      function trash() {
        GmailApp.sendEmail('${OWNER}', 'Rác', 'x');
        var m = GmailApp.search('subject:Rác')[0].getMessages()[0];
        var before = m.isInTrash();
        m.moveToTrash();
        return [before, m.isInTrash(), m.isInInbox()];
      }`);
    expect(emu.run('trash')).toEqual([false, true, false]);
    expect(emu.gmail.messages()[0]).toMatchObject({ inTrash: true, inInbox: false });
  });
});
