import { errorOf, emulate } from './helpers';

const OWNER = 'vanphong@example.org';
const CLERK = 'thuky@example.org';
const VIEWER = 'nguoixem@example.org';

const SCRIPT = `
function onOpen() { SpreadsheetApp.getUi().createMenu('Đi cơ sở').addItem('Cài đặt', 'setup').addToUi(); }
function setup() { return 'set up'; }
function sidebarCall() { return Session.getActiveUser().getEmail(); }
function who() { return [Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail()]; }
function subjects() { return GmailApp.search('in:inbox').map(function (t) { return t.getFirstMessageSubject(); }); }
function byId(id) { return GmailApp.getMessageById(id).getSubject(); }
function labels() { return GmailApp.getUserLabels().map(function (l) { return l.getName(); }); }
function send(to, subject) { GmailApp.sendEmail(to, subject, 'Nội dung'); }
function mail(to, subject) { MailApp.sendEmail({ to: to, subject: subject, body: 'Nội dung' }); }
function quota() { return MailApp.getRemainingDailyQuota(); }
function installPoll() { ScriptApp.newTrigger('poll').timeBased().everyMinutes(10).create(); }
function listTriggers() { return ScriptApp.getProjectTriggers().map(function (t) { return t.getHandlerFunction(); }); }
function poll() { PropertiesService.getScriptProperties().setProperty('ran as', Session.getEffectiveUser().getEmail() + ' ' + GmailApp.search('in:inbox').length); }
`;

function eml(subject: string, to = OWNER): string {
  return [`From: Đoàn xã Tam Trà <tamtra@example.org>`, `To: ${to}`, `Subject: ${subject}`, `Message-ID: <${subject.replace(/\W/g, '')}@example.org>`, 'Date: Thu, 8 Sep 2016 09:00:00 +0700', '', 'Nội dung'].join('\r\n');
}

const office = () => emulate(SCRIPT, { user: OWNER, editors: [CLERK] });

describe('identity: each execution runs as a user', () => {
  test('the host delivers to the owner by default, or to the mailbox it names', () => {
    const emu = office();
    emu.gmail.deliver(eml('Gửi văn phòng'));
    emu.gmail.deliver(eml('Gửi thư ký', CLERK), { user: CLERK, labels: ['Riêng'] });
    expect(emu.gmail.messages().map((m) => m.subject)).toEqual(['Gửi văn phòng']);
    expect(emu.gmail.messages({ user: CLERK }).map((m) => m.subject)).toEqual(['Gửi thư ký']);
    expect(emu.gmail.labels()).toEqual([]);
    expect(emu.gmail.labels({ user: CLERK })).toEqual(['Riêng']);
    expect(emu.run('subjects')).toEqual(['Gửi văn phòng']);
    expect(emu.runAs({ user: CLERK }, 'subjects')).toEqual(['Gửi thư ký']);
    expect(emu.runAs({ user: CLERK }, 'labels')).toEqual(['Riêng']);
  });

  test("a clerk at the keyboard cannot read the office's mailbox, not even by a message id", () => {
    const emu = office();
    const { id } = emu.gmail.deliver(eml('Bảng xếp loại'));
    expect(emu.run('byId', id)).toBe('Bảng xếp loại');
    expect(emu.runAs({ user: CLERK }, 'subjects')).toEqual([]);
    expect(errorOf(() => emu.runAs({ user: CLERK }, 'byId', id)).text).toBe('Exception: Invalid argument: id');
  });

  test('mail between emulated users lands in the recipient’s inbox; mail to oneself in one’s own', () => {
    const emu = office();
    emu.runAs({ user: CLERK }, 'send', `Văn phòng <${OWNER}>`, 'Từ thư ký');
    emu.run('mail', `${CLERK.replace('@', '+dot@')}, ngoai@example.org`, 'Nhắc hạn');
    emu.run('send', OWNER, 'Tự gửi');
    expect(emu.run('subjects')).toEqual(['Tự gửi', 'Từ thư ký']);
    expect(emu.runAs({ user: CLERK }, 'subjects')).toEqual(['Nhắc hạn']);
    const own = emu.gmail.messages().find((m) => m.subject === 'Tự gửi')!;
    expect(own).toMatchObject({ isSent: true, inInbox: true, unread: true });
    const received = emu.gmail.messages().find((m) => m.subject === 'Từ thư ký')!;
    expect(received).toMatchObject({ isSent: false, inInbox: true, from: CLERK });
    expect(emu.gmail.messages({ user: CLERK }).find((m) => m.subject === 'Từ thư ký')!.id).not.toBe(received.id);
    // Someone the emulator does not play gets nothing but emu.mail.sent.
    expect(emu.gmail.messages({ user: 'ngoai@example.org' })).toEqual([]);
    expect(emu.mail.sent.map((m) => [m.from, m.subject])).toEqual([
      [CLERK, 'Từ thư ký'],
      [OWNER, 'Nhắc hạn'],
      [OWNER, 'Tự gửi'],
    ]);
  });

  test('each user has their own daily recipient quota; mailQuota is everyone’s default', () => {
    const emu = emulate(SCRIPT, { user: OWNER, editors: [CLERK], mailQuota: 2 });
    emu.run('mail', 'a@example.org, b@example.org', 'Hai');
    expect(emu.mail.remainingToday()).toBe(0);
    expect(emu.mail.remainingToday(CLERK)).toBe(2);
    expect(emu.run('quota')).toBe(0);
    expect(emu.runAs({ user: CLERK }, 'quota')).toBe(2);
    expect(errorOf(() => emu.run('mail', 'c@example.org', 'Ba')).text).toBe('Exception: Service invoked too many times for one day: email.');
    emu.runAs({ user: CLERK }, 'mail', 'c@example.org', 'Ba');
    expect(emu.mail.remainingToday(CLERK)).toBe(1);
  });

  test('a trigger runs as its creator: its mailbox, its Session, and only its creator lists it', () => {
    const emu = office();
    emu.gmail.deliver(eml('Cho văn phòng'));
    emu.runAs({ user: CLERK }, 'installPoll');
    expect(emu.run('listTriggers')).toEqual([]);
    expect(emu.runAs({ user: CLERK }, 'listTriggers')).toEqual(['poll']);
    expect(emu.runAs({ user: CLERK }, 'who')).toEqual([CLERK, CLERK]);
    emu.clock.advanceBy(10 * 60 * 1000);
    expect(emu.executions.at(-1)).toMatchObject({ fn: 'poll', user: CLERK });
    expect(emu.properties.script['ran as']).toBe(`${CLERK} 0`);
  });

  test('someone who may only view the spreadsheet has no menu: running a menu item or onOpen is an emulator error', () => {
    const emu = office();
    emu.run('onOpen');
    expect(emu.runAs({ user: CLERK }, 'setup')).toBe('set up');
    const refused = errorOf(() => emu.runAs({ user: VIEWER }, 'setup'));
    expect(refused.message).toContain(`Emulator: ${VIEWER} can only view the spreadsheet, so they cannot run setup`);
    expect(refused.message).toContain('simple triggers do not run in read-only mode');
    expect(() => emu.runAs({ user: VIEWER }, 'onOpen')).toThrow('cannot run onOpen');
    // A call from a sidebar that was opened earlier still reaches the script, which must check.
    expect(emu.runAs({ user: VIEWER }, 'sidebarCall')).toBe(VIEWER);
    expect(emu.executions.map((e) => e.user)).toEqual([OWNER, CLERK, VIEWER]);
  });
});
