import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Emulator } from '../../local/emulator';
import { DEFAULT_CAMPAIGN } from '../../src/domain/defaultCampaign';
import { answerFor } from './formHarness';
import { buildEmlText } from '../fixtures/eml';
import { buildXls } from '../fixtures/xls';
import { newEmulator } from './harness';

/** The manifest as shipped (build.mjs copies it beside dist/Code.js). */
const SHIPPED: string[] = (JSON.parse(readFileSync(join(__dirname, '../../appsscript.json'), 'utf8')) as { oauthScopes: string[] }).oauthScopes;

/** Two units keep setup short; every channel still runs. */
const CAMPAIGN = JSON.stringify({ ...DEFAULT_CAMPAIGN, units: DEFAULT_CAMPAIGN.units.filter((u) => ['tam-tra', 'tam-son'].includes(u.id)) });
const TRA = 'Đoàn xã Tam Trà';
const TRA_EMAIL = 'doan.tamtra@example.org';
/**
 * 09/09/2016, three days before the deadline: set up at 06:30, the daily check's first run is at
 * 07:00 with reminders due (and only a few polls run before it).
 */
const START = '2016-09-09T06:30:00+07:00';
const AFTER_CHECK = '2016-09-09T07:05:00+07:00';

const AUTH = 'https://www.googleapis.com/auth/';
const refused = (call: string, required: string) => `Exception: You do not have permission to call ${call}. Required permissions: ${required}`;

/** What the script did: the error it threw, or the errors the executions it caused recorded. */
function errorsOf(emu: Emulator, act: () => void): string[] {
  const before = emu.executions.length;
  try {
    act();
  } catch (e) {
    return [String(e)];
  }
  return emu.executions.slice(before).flatMap((x) => (x.error === undefined ? [] : [x.error]));
}

function setUp(emu: Emulator): string[] {
  return errorsOf(emu, () => {
    const outcome = emu.run('setupFromCampaign_', CAMPAIGN) as { kind: string };
    if (outcome.kind !== 'created') throw new Error(`setup: ${JSON.stringify(outcome)}`);
  });
}

const submitForm = (emu: Emulator) => errorsOf(emu, () => answerFor(emu, TRA, TRA_EMAIL));
const poll = (emu: Emulator) => errorsOf(emu, () => emu.run('pollMailbox'));
/** The daily trigger's run at 07:00 (and the polls before it), as the clock gets there. */
const deadlineCheck = (emu: Emulator) => errorsOf(emu, () => emu.clock.advanceTo(AFTER_CHECK));
const sidebar = (emu: Emulator) => errorsOf(emu, () => emu.run('openSidebar'));
const dashboard = (emu: Emulator) => errorsOf(emu, () => emu.run('getDashboard'));
/** A unit's table in Excel 97–2003 (.xls): the poll converts it with Drive. */
const pollOldExcel = (emu: Emulator) =>
  errorsOf(emu, () => {
    const xls = buildXls({ 'Xếp loại': [['Tên Chi đoàn', 'Năm 2015'], ['Chi đoàn Xuân Thọ', 'Vững mạnh']] });
    emu.gmail.deliver(buildEmlText({ from: `${TRA} <${TRA_EMAIL}>`, to: DEFAULT_CAMPAIGN.officeEmail, messageId: '<xls@example.org>', text: 'Bảng xếp loại', attachments: [{ name: 'bang.xls', bytes: xls }] }));
    emu.run('pollMailbox');
  });

/** The report to the parent body: a Doc, filed in the office's Lưu VT folder. */
const report = (emu: Emulator) =>
  errorsOf(emu, () => {
    const outcome = emu.run('makeReport', false) as { kind: string };
    if (outcome.kind !== 'created') throw new Error(`report: ${JSON.stringify(outcome)}`);
  });

/** A unit's invitation to its cadre: the poll makes the calendar event. */
const pollInvitation = (emu: Emulator) =>
  errorsOf(emu, () => {
    const text = 'GIẤY MỜI\nKính mời đồng chí dự sinh hoạt Chi đoàn Xuân Thọ vào lúc 19 giờ 30 ngày 15/9/2016 tại Nhà văn hóa thôn Xuân Thọ.';
    emu.gmail.deliver(buildEmlText({ from: `${TRA} <${TRA_EMAIL}>`, to: DEFAULT_CAMPAIGN.officeEmail, messageId: '<invite@example.org>', subject: 'Giấy mời', text }));
    emu.run('pollMailbox');
  });

/**
 * For each declared scope, the product operations that need it and the call the platform refuses
 * without it. Setup is run first, and must succeed, where setup itself does not need the scope.
 */
const NEEDS: Record<string, { setupNeedsIt: boolean; operations: Array<{ name: string; run: (emu: Emulator) => string[]; refusal: string }> }> = {
  [`${AUTH}spreadsheets.currentonly`]: {
    setupNeedsIt: true,
    operations: [
      {
        name: 'setup',
        run: setUp,
        refusal: refused('SpreadsheetApp.getActiveSpreadsheet', `(${AUTH}spreadsheets.currentonly || ${AUTH}spreadsheets)`),
      },
    ],
  },
  [`${AUTH}forms`]: {
    setupNeedsIt: true,
    operations: [{ name: 'setup (the units’ form)', run: setUp, refusal: refused('FormApp.create', `${AUTH}forms`) }],
  },
  [`${AUTH}script.scriptapp`]: {
    setupNeedsIt: true,
    operations: [{ name: 'setup (its triggers)', run: setUp, refusal: refused('ScriptApp.getProjectTriggers', `${AUTH}script.scriptapp`) }],
  },
  [`${AUTH}script.container.ui`]: {
    setupNeedsIt: false,
    operations: [{ name: 'the sidebar', run: sidebar, refusal: refused('Ui.showSidebar', `${AUTH}script.container.ui`) }],
  },
  'https://mail.google.com/': {
    setupNeedsIt: false,
    operations: [
      {
        name: 'the mailbox poll',
        run: poll,
        refusal: refused('GmailApp.search', `(https://mail.google.com/ || ${AUTH}gmail.modify || ${AUTH}gmail.readonly)`),
      },
    ],
  },
  [`${AUTH}script.send_mail`]: {
    setupNeedsIt: false,
    operations: [
      { name: 'a form submission (its receipt)', run: submitForm, refusal: refused('MailApp.sendEmail', `${AUTH}script.send_mail`) },
      {
        // The poll finishes submissions a trigger left half-done; a refusal there must not pass for a passing failure.
        name: 'the poll finishing that submission',
        run: (emu) => (submitForm(emu), poll(emu)),
        refusal: refused('MailApp.sendEmail', `${AUTH}script.send_mail`),
      },
      { name: 'the deadline check', run: deadlineCheck, refusal: refused('MailApp.getRemainingDailyQuota', `${AUTH}script.send_mail`) },
    ],
  },
  [`${AUTH}drive.file`]: {
    setupNeedsIt: false,
    operations: [
      {
        name: 'the poll converting an .xls attachment (Drive advanced service)',
        run: pollOldExcel,
        refusal: 'GoogleJsonResponseException: API call to drive.files.create failed with error: Request had insufficient authentication scopes.',
      },
      { name: 'the report (its Lưu VT folder)', run: report, refusal: refused('DriveApp.getFoldersByName', `(${AUTH}drive || ${AUTH}drive.file || ${AUTH}drive.readonly)`) },
    ],
  },
  [`${AUTH}documents`]: {
    setupNeedsIt: false,
    operations: [{ name: 'the report (its Doc)', run: report, refusal: refused('DocumentApp.create', `${AUTH}documents`) }],
  },
  [`${AUTH}calendar`]: {
    setupNeedsIt: false,
    operations: [
      {
        name: 'the poll passing a unit\'s invitation to its cadre (the office\'s calendar)',
        run: pollInvitation,
        refusal: refused('CalendarApp.getDefaultCalendar', `(${AUTH}calendar || ${AUTH}calendar.readonly || https://www.google.com/calendar/feeds)`),
      },
    ],
  },
  [`${AUTH}userinfo.email`]: {
    setupNeedsIt: true,
    operations: [
      // Setup records which account owns the triggers (the office account).
      { name: 'setup (whose triggers)', run: setUp, refusal: refused('Session.getEffectiveUser', `${AUTH}userinfo.email`) },
      { name: 'the sidebar dashboard (who asks)', run: dashboard, refusal: refused('Session.getActiveUser', `${AUTH}userinfo.email`) },
      { name: 'the mailbox poll (whose mailbox)', run: poll, refusal: refused('Session.getEffectiveUser', `${AUTH}userinfo.email`) },
    ],
  },
};

describe('appsscript.json: least privilege that works', () => {
  test('every declared scope is needed by an operation below, and every needed one is declared', () => {
    expect([...SHIPPED].sort()).toEqual(Object.keys(NEEDS).sort());
  });

  test('with the shipped manifest: setup, the sidebar, a form submission, a poll and a deadline check all succeed', () => {
    // The copy beside the bundle is the one the emulator reads by default, as Apps Script reads the pushed one.
    const beside = JSON.parse(readFileSync(join(__dirname, '../../dist/appsscript.json'), 'utf8')) as { oauthScopes: string[] };
    expect(beside.oauthScopes).toEqual(SHIPPED);
    const emu = newEmulator({ now: START });
    expect(setUp(emu)).toEqual([]);
    expect(sidebar(emu)).toEqual([]);
    expect(emu.ui.sidebars).toHaveLength(1);
    expect(dashboard(emu)).toEqual([]);
    expect(submitForm(emu)).toEqual([]);
    expect(emu.mail.sent.some((m) => m.to.includes(TRA_EMAIL))).toBe(true);
    expect(poll(emu)).toEqual([]);
    expect(pollOldExcel(emu)).toEqual([]);
    const sentBefore = emu.mail.sent.length;
    expect(deadlineCheck(emu)).toEqual([]);
    expect(emu.executions.map((x) => x.fn)).toContain('checkDeadlines');
    // The reminder went to the unit that has not submitted yet.
    expect(emu.mail.sent.slice(sentBefore).some((m) => !m.to.includes(TRA_EMAIL))).toBe(true);
  }, 300_000);

  test.each(SHIPPED)('without %s the operation that needs it is refused with the platform text', (scope) => {
    const need = NEEDS[scope];
    expect(need).toBeDefined();
    for (const operation of need.operations) {
      const emu = newEmulator({ now: START, oauthScopes: SHIPPED.filter((s) => s !== scope) });
      if (!need.setupNeedsIt) expect(setUp(emu)).toEqual([]);
      expect({ operation: operation.name, errors: operation.run(emu) }).toEqual({ operation: operation.name, errors: [operation.refusal] });
    }
  }, 300_000);
});
