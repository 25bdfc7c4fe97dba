import { readFileSync } from 'node:fs';
import type { Emulator } from '../../local/emulator';
import { DEFAULT_CAMPAIGN } from '../../src/domain/defaultCampaign';
import { unitsFormId } from './cadreFormHarness';
import { answerFor, sectionOf, submitInvitationResponse, type InvitationAnswers } from './formHarness';
import { BUNDLE, setUpEmulator } from './harness';

/**
 * Issue 17, invitations in by the units' form: the unit list's last choice leads to the
 * invitation page (one question a page may navigate: the list), which asks the unit again in a
 * list of its own; a response there is logged in `Nhật ký nhận` like any response, then becomes
 * one `Đi cơ sở` row (source `Form`), one calendar event and one `Mời dự` to the unit's cadre.
 */
const TRA = 'doan.tamtra@example.org';
const CADRE = DEFAULT_CAMPAIGN.cadres.find((c) => c.id === 'cb-04')!.email;
const CAMPAIGN = JSON.stringify({ ...DEFAULT_CAMPAIGN, units: DEFAULT_CAMPAIGN.units.filter((u) => ['tam-tra', 'tam-son'].includes(u.id)) });
/** Saturday 10/9/2016, 08:00 in Hồ Chí Minh. */
const NOW = '2016-09-10T01:00:00.000Z';

const MEETING: InvitationAnswers = {
  unitId: 'tam-tra',
  chapter: 'Chi đoàn thôn Xuân Thọ',
  day: '2016-09-15',
  time: '19:30',
  place: 'Nhà văn hóa thôn Xuân Thọ',
  agenda: 'Triển khai Nghị quyết 04-NQ/ĐTN; kết nạp đoàn viên mới',
};

const visits = (emu: Emulator) => emu.values('Đi cơ sở').slice(1).filter((row) => row[0] !== '' && row[8] !== 'Dự kiến');
const outbox = (emu: Emulator) => emu.values('Nhật ký gửi').slice(1).map((row) => [row[1], row[2], row[5], row[6]]);
/** Source, sender, unit, status, detail. */
const intake = (emu: Emulator) => emu.values('Nhật ký nhận').slice(1).map((row) => [row[1], row[2], row[4], row[5], String(row[6])]);
const toCadre = (emu: Emulator) => emu.mail.sent.filter((m) => m.to.includes(CADRE));
const toUnit = (emu: Emulator) => emu.mail.sent.filter((m) => m.to.includes(TRA));
const errors = (emu: Emulator) => emu.executions.filter((e) => e.error !== undefined).map((e) => e.error);

describe('an invitation sent through the units\' form', () => {
  test('valid: logged, a row Đã mời from Form, an event with the cadre as guest and one Mời dự, at once; polling does nothing twice', () => {
    const emu = setUpEmulator(CAMPAIGN, { now: NOW });
    submitInvitationResponse(emu, MEETING);
    expect(errors(emu)).toEqual([]);
    const rows = visits(emu);
    expect(rows).toHaveLength(1);
    expect(rows[0].slice(0, 9)).toEqual([
      'DCS-160915-01',
      'Đoàn xã Tam Trà',
      'Chi đoàn Xuân Thọ',
      'Triển khai Nghị quyết 04-NQ/ĐTN; kết nạp đoàn viên mới',
      new Date('2016-09-15T12:30:00.000Z'),
      'Nhà văn hóa thôn Xuân Thọ',
      'Phạm Thị Kim Oanh',
      'Form',
      'Đã mời',
    ]);
    const events = emu.calendar.events();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ location: 'Nhà văn hóa thôn Xuân Thọ', guests: [{ email: CADRE }] });
    expect(events[0].start.toISOString()).toBe('2016-09-15T12:30:00.000Z');
    const letters = toCadre(emu);
    expect(letters).toHaveLength(1);
    expect(letters[0].subject).toContain('Mời dự sinh hoạt Chi đoàn Xuân Thọ – Đoàn xã Tam Trà, 15/09/2016 19:30');
    // What the unit wrote reaches the cadre as it wrote it, the day as people write it.
    expect(letters[0].body).toContain('Ngày sinh hoạt: 15/09/2016');
    expect(letters[0].body).toContain('Nội dung sinh hoạt: Triển khai Nghị quyết 04-NQ/ĐTN; kết nạp đoàn viên mới');
    expect(outbox(emu)).toContainEqual(['Mời dự', CADRE, 'Mời dự|DCS-160915-01|1', 'Đã gửi']);
    const logged = intake(emu);
    expect(logged).toHaveLength(1);
    expect(logged[0].slice(0, 4)).toEqual(['Form', TRA, 'Đoàn xã Tam Trà', 'Đã ghi']);
    expect(logged[0][4]).toContain('Giấy mời cán bộ dự sinh hoạt Chi đoàn Xuân Thọ, 15/09/2016 19:30');
    // No classification receipt, no rejection for the unit.
    expect(toUnit(emu)).toHaveLength(0);

    const before = { rows: visits(emu), events: emu.calendar.allEvents().length, sent: emu.mail.sent.length, outbox: outbox(emu), intake: intake(emu) };
    emu.run('pollMailbox');
    const [trigger] = emu.triggers().filter((t) => t.handler === 'onFormSubmit');
    emu.fireTrigger(trigger.id);
    expect(errors(emu)).toEqual([]);
    expect({ rows: visits(emu), events: emu.calendar.allEvents().length, sent: emu.mail.sent.length, outbox: outbox(emu), intake: intake(emu) }).toEqual(before);
  });

  test('the same invitation again changes nothing; a new time updates the row, the event and tells the cadre once; a cancellation marks it Hủy', () => {
    const emu = setUpEmulator(CAMPAIGN, { now: NOW });
    submitInvitationResponse(emu, MEETING);
    const first = visits(emu);
    submitInvitationResponse(emu, { ...MEETING, at: '2016-09-10T02:00:00.000Z' });
    expect(visits(emu)).toEqual(first);
    expect(toCadre(emu)).toHaveLength(1);
    expect(intake(emu)[1].slice(3)).toEqual(['Đã ghi', 'Giấy mời đã có trên trang “Đi cơ sở” (mã DCS-160915-01), không có gì thay đổi.']);

    submitInvitationResponse(emu, { ...MEETING, time: '20:00', place: 'Hội trường thôn Xuân Thọ', at: '2016-09-10T03:00:00.000Z' });
    const changed = visits(emu);
    expect(changed).toHaveLength(1);
    expect(changed[0].slice(0, 9)).toEqual([
      'DCS-160915-01', 'Đoàn xã Tam Trà', 'Chi đoàn Xuân Thọ', MEETING.agenda, new Date('2016-09-15T13:00:00.000Z'), 'Hội trường thôn Xuân Thọ', 'Phạm Thị Kim Oanh', 'Form', 'Đã mời',
    ]);
    const events = emu.calendar.events();
    expect(events).toHaveLength(1);
    expect([events[0].start.toISOString(), events[0].location]).toEqual(['2016-09-15T13:00:00.000Z', 'Hội trường thôn Xuân Thọ']);
    expect(toCadre(emu)).toHaveLength(2);
    expect(outbox(emu).filter((r) => r[2] === 'Mời dự|DCS-160915-01|2')).toHaveLength(1);

    submitInvitationResponse(emu, { ...MEETING, time: '', place: '', agenda: '', cancelled: true, at: '2016-09-10T04:00:00.000Z' });
    expect(errors(emu)).toEqual([]);
    expect(visits(emu)[0][8]).toBe('Hủy');
    expect(emu.calendar.events()).toHaveLength(0);
    expect(intake(emu).at(-1)?.slice(3, 4)).toEqual(['Đã ghi']);
    expect(intake(emu).at(-1)?.[4]).toContain('trang “Đi cơ sở” ghi “Hủy”');
    // Nothing of this went back to the unit: no receipt, no rejection.
    expect(toUnit(emu)).toHaveLength(0);
  });

  test('a date already past or a chapter the unit does not have: Báo lỗi to the respondent, logged as Lỗi, nothing recorded, answered once', () => {
    const emu = setUpEmulator(CAMPAIGN, { now: NOW });
    submitInvitationResponse(emu, { ...MEETING, day: '2016-09-09' });
    submitInvitationResponse(emu, { ...MEETING, chapter: 'Chi đoàn thôn Không Có' });
    expect(errors(emu)).toEqual([]);
    expect(visits(emu)).toHaveLength(0);
    expect(emu.calendar.allEvents()).toHaveLength(0);
    const logged = intake(emu);
    expect(logged.map((r) => r.slice(0, 4))).toEqual([
      ['Form', TRA, 'Đoàn xã Tam Trà', 'Lỗi'],
      ['Form', TRA, 'Đoàn xã Tam Trà', 'Lỗi'],
    ]);
    expect(logged[0][4]).toContain('09/09/2016 19:30');
    expect(logged[1][4]).toContain('Chi đoàn thôn Không Có');
    const answers = toUnit(emu);
    expect(answers).toHaveLength(2);
    expect(answers.every((m) => m.subject.endsWith('Chưa ghi nhận giấy mời – Đoàn xã Tam Trà'))).toBe(true);
    expect(answers[0].body).toContain('do đơn vị gửi qua biểu mẫu ngày 10/09/2016');
    expect(answers[1].body).toContain('Chi đoàn thôn Không Có');
    expect(answers[1].body).toContain('Chi đoàn Xuân Thọ');
    expect(outbox(emu).filter((r) => r[0] === 'Báo lỗi')).toHaveLength(2);
    emu.run('pollMailbox');
    expect(toUnit(emu)).toHaveLength(2);
  });

  test('a trigger run that fails records nothing; the next poll records the invitation from the form and passes it to the cadre in the same run', () => {
    const emu = setUpEmulator(CAMPAIGN, { now: NOW });
    emu.faults.failOn('FormResponse.getItemResponses', 0);
    submitInvitationResponse(emu, MEETING);
    emu.faults.clear();
    expect(errors(emu)).toHaveLength(1);
    expect(intake(emu)).toHaveLength(0);
    emu.run('pollMailbox');
    expect(intake(emu).map((r) => r.slice(0, 4))).toEqual([['Form', TRA, 'Đoàn xã Tam Trà', 'Đã ghi']]);
    expect(visits(emu).map((r) => [r[0], r[7], r[8]])).toEqual([['DCS-160915-01', 'Form', 'Đã mời']]);
    expect(emu.calendar.events()).toHaveLength(1);
    expect(toCadre(emu)).toHaveLength(1);
  });

  test('from an address that is not the unit\'s: waits for the office, nothing recorded, no letter', () => {
    const emu = setUpEmulator(CAMPAIGN, { now: NOW });
    submitInvitationResponse(emu, { ...MEETING, email: 'nguoi.la@example.org' });
    expect(visits(emu)).toHaveLength(0);
    expect(intake(emu).map((r) => r.slice(0, 4))).toEqual([['Form', 'nguoi.la@example.org', 'Đoàn xã Tam Trà', 'Chờ xem xét']]);
    expect(emu.mail.sent).toHaveLength(0);
  });

  test('the unit list goes to the unit\'s section, its last choice to the invitation page: a classification response is read as before', () => {
    const emu = setUpEmulator(CAMPAIGN, { now: NOW });
    const items = emu.forms.items(unitsFormId(emu));
    const page = items.find((i) => i.type === 'PAGE_BREAK' && i.title === 'Mời cán bộ dự sinh hoạt Chi đoàn');
    expect(items[0].choices).toEqual([
      { value: 'Đoàn xã Tam Sơn', goTo: sectionOf(emu, 'Đoàn xã Tam Sơn')[0].id },
      { value: 'Đoàn xã Tam Trà', goTo: sectionOf(emu, 'Đoàn xã Tam Trà')[0].id },
      { value: '— Gửi giấy mời cán bộ dự sinh hoạt Chi đoàn —', goTo: page?.id },
    ]);
    // The page's own unit list only names the units: it sends nowhere (one navigating question a page).
    expect(items.slice(1, 3).map((i) => [i.type, i.title, i.required, i.choices])).toEqual([
      ['PAGE_BREAK', 'Mời cán bộ dự sinh hoạt Chi đoàn', undefined, undefined],
      ['LIST', 'Đơn vị gửi giấy mời', true, [{ value: 'Đoàn xã Tam Sơn' }, { value: 'Đoàn xã Tam Trà' }]],
    ]);
    answerFor(emu, 'Đoàn xã Tam Trà', TRA);
    submitInvitationResponse(emu, MEETING);
    expect(intake(emu).map((r) => r.slice(0, 4))).toEqual([
      ['Form', TRA, 'Đoàn xã Tam Trà', 'Đã ghi'],
      ['Form', TRA, 'Đoàn xã Tam Trà', 'Đã ghi'],
    ]);
    expect(visits(emu)).toHaveLength(1);
    // The invitation page's questions are not on a classification's way, nor the section's on an invitation's.
    const grid = sectionOf(emu, 'Đoàn xã Tam Trà')[1];
    const ratings = (grid.rows ?? []).map(() => 'Khá');
    const meeting = { 'Đơn vị gửi giấy mời': 'Đoàn xã Tam Trà', 'Chi đoàn': 'Chi đoàn Xuân Thọ', 'Ngày sinh hoạt': '2016-09-20' };
    expect(() => emu.forms.submit({ formId: unitsFormId(emu), email: TRA, answers: { 'Đơn vị': 'Đoàn xã Tam Trà', ...meeting, [String(grid.id)]: ratings } })).toThrow(/"Đơn vị gửi giấy mời" is on page 2, which these answers skip/);
    expect(() => emu.forms.submit({ formId: unitsFormId(emu), email: TRA, answers: { 'Đơn vị': '— Gửi giấy mời cán bộ dự sinh hoạt Chi đoàn —', ...meeting, [String(grid.id)]: ratings } })).toThrow(/"Xếp loại năm 2015" is on page 4, which these answers skip \(pages 1 → 2\)/);
    expect(() => emu.forms.submit({ formId: unitsFormId(emu), email: TRA, answers: { 'Đơn vị': '— Gửi giấy mời cán bộ dự sinh hoạt Chi đoàn —', 'Chi đoàn': 'Chi đoàn Xuân Thọ', 'Ngày sinh hoạt': '2016-09-20' } })).toThrow(/"Đơn vị gửi giấy mời" on page 2 is required/);
  });

  test('the unit is the one chosen on the invitation page: another unit\'s name from this address waits for the office; from its own, it is that unit\'s', () => {
    const emu = setUpEmulator(CAMPAIGN, { now: NOW });
    submitInvitationResponse(emu, { ...MEETING, unitId: 'tam-son', chapter: 'Chi đoàn thôn Xuân Thọ', email: TRA });
    expect(visits(emu)).toHaveLength(0);
    expect(intake(emu).map((r) => r.slice(0, 4))).toEqual([['Form', TRA, 'Đoàn xã Tam Sơn', 'Chờ xem xét']]);
    expect(intake(emu)[0][4]).toContain('Đoàn xã Tam Sơn');
    expect(emu.mail.sent).toHaveLength(0);
    submitInvitationResponse(emu, MEETING);
    expect(visits(emu).map((r) => r.slice(0, 3))).toEqual([['DCS-160915-01', 'Đoàn xã Tam Trà', 'Chi đoàn Xuân Thọ']]);
  });
});

/** A form built by the version before the invitation page: its block taken out, its record of it forgotten. */
const BEFORE_INVITATIONS = `
function recordsLost_() {
  var props = PropertiesService.getScriptProperties();
  props.getKeys().filter(function (k) { return k.indexOf('form') === 0 && k !== 'formId'; }).forEach(function (k) { props.deleteProperty(k); });
}
function beforeInvitations_() {
  var props = PropertiesService.getScriptProperties();
  var form = FormApp.openById(props.getProperty('formId'));
  for (var i = 8; i >= 1; i--) form.deleteItem(i);
  // The unit list as that version set it: the units' choices only.
  var list = form.getItems()[0].asListItem();
  list.setChoices(list.getChoices().slice(0, -1).map(function (c) { return list.createChoice(c.getValue(), c.getGotoPage()); }));
  var head = JSON.parse(props.getProperty('formHead'));
  delete head.i;
  props.setProperty('formHead', JSON.stringify(head));
}`;

describe('a form built before the invitation page', () => {
  test('a form whose records are lost is read again: its invitation page, found whole, is kept with its answers', () => {
    const emu = setUpEmulator(CAMPAIGN, { now: NOW, code: readFileSync(BUNDLE, 'utf8') + BEFORE_INVITATIONS, bundlePath: BUNDLE });
    submitInvitationResponse(emu, MEETING);
    const before = emu.forms.items(unitsFormId(emu)).map((i) => i.id);
    emu.run('recordsLost_');
    emu.run('syncForm');
    expect(errors(emu)).toEqual([]);
    expect(emu.forms.items(unitsFormId(emu)).map((i) => i.id)).toEqual(before);
    expect(JSON.parse(emu.properties.script.formHead ?? '{}')).toMatchObject({ i: expect.stringMatching(/^[0-9a-z]+\.[0-9a-z]+$/) });
    submitInvitationResponse(emu, { ...MEETING, time: '20:00' });
    expect(visits(emu).map((r) => r[4])).toEqual([new Date('2016-09-15T13:00:00.000Z')]);
  });

  test('gets it on the next sync, after the unit list, without touching the sections or the responses; an invitation then goes through', () => {
    const emu = setUpEmulator(CAMPAIGN, { now: NOW, code: readFileSync(BUNDLE, 'utf8') + BEFORE_INVITATIONS, bundlePath: BUNDLE });
    emu.run('beforeInvitations_');
    answerFor(emu, 'Đoàn xã Tam Trà', TRA);
    const before = emu.forms.items(unitsFormId(emu));
    expect(before.map((i) => i.title)).not.toContain('Mời cán bộ dự sinh hoạt Chi đoàn');
    expect(before[0].choices?.map((c) => c.value)).toEqual(['Đoàn xã Tam Sơn', 'Đoàn xã Tam Trà']);
    emu.run('syncForm');
    expect(errors(emu)).toEqual([]);
    const after = emu.forms.items(unitsFormId(emu));
    expect(after.slice(1, 3).map((i) => [i.type, i.title])).toEqual([
      ['PAGE_BREAK', 'Mời cán bộ dự sinh hoạt Chi đoàn'],
      ['LIST', 'Đơn vị gửi giấy mời'],
    ]);
    expect(after[0].choices?.map((c) => [c.value, c.goTo])).toEqual([
      ['Đoàn xã Tam Sơn', before[0].choices?.[0]?.goTo],
      ['Đoàn xã Tam Trà', before[0].choices?.[1]?.goTo],
      ['— Gửi giấy mời cán bộ dự sinh hoạt Chi đoàn —', after[1].id],
    ]);
    // The unit list and the sections are the same items, in the same order, after the block.
    expect([after[0].id, ...after.slice(9).map((i) => i.id)]).toEqual(before.map((i) => i.id));
    expect(emu.forms.list().find((f) => f.id === unitsFormId(emu))!.responses).toBe(1);
    // Synced again: nothing to do.
    emu.calls.reset();
    emu.run('syncForm');
    expect(emu.calls.byMethod()['Form.moveItem']).toBeUndefined();
    expect(emu.forms.items(unitsFormId(emu)).map((i) => i.id)).toEqual(after.map((i) => i.id));

    submitInvitationResponse(emu, MEETING);
    expect(visits(emu)).toHaveLength(1);
    answerFor(emu, 'Đoàn xã Tam Sơn', 'doan.tamson@example.org');
    expect(intake(emu).map((r) => r[3])).toEqual(['Đã ghi', 'Đã ghi', 'Đã ghi']);
  });

  test('a sync cut off at any call while adding it, then the next sync, ends like a clean one: one block, every section and answer kept', () => {
    const older = () => {
      const emu = setUpEmulator(CAMPAIGN, { now: NOW, code: readFileSync(BUNDLE, 'utf8') + BEFORE_INVITATIONS, bundlePath: BUNDLE });
      emu.run('beforeInvitations_');
      answerFor(emu, 'Đoàn xã Tam Trà', TRA);
      emu.calls.reset();
      return emu;
    };
    // The form as people see it: items' kinds and titles in order, where each choice leads (by position).
    const shape = (emu: Emulator) => {
      const items = emu.forms.items(unitsFormId(emu));
      const at = (target: unknown) => (typeof target === 'number' ? items.findIndex((i) => i.id === target) : target);
      return items.map((i) => [i.type, i.title, i.required, i.choices?.map((c) => [c.value, at(c.goTo)]), i.goToPage === undefined ? undefined : at(i.goToPage)]);
    };
    const clean = older();
    clean.run('syncForm');
    const expected = shape(clean);
    const log = clean.calls.log;
    const faults = log.map((call, index) => ({ call, index })).filter(({ call }) => /^Form\.(add\w+Item|moveItem)$|Item\.(setChoices|setChoiceValues)$/.test(call));
    expect(faults.length).toBeGreaterThanOrEqual(16);
    const differing: string[] = [];
    for (const { call, index } of faults) {
      const emu = older();
      emu.faults.failAt(index);
      try {
        emu.run('syncForm');
      } catch {
        // The run fails at the fault, visibly; the next sync is what must repair it.
      }
      emu.faults.clear();
      if (emu.executions.at(-1)?.error === undefined) differing.push(`${index} ${call}: the fault did not stop the run`);
      emu.run('syncForm');
      if (JSON.stringify(shape(emu)) !== JSON.stringify(expected)) differing.push(`${index} ${call}`);
      else if (emu.forms.list().find((f) => f.id === unitsFormId(emu))!.responses !== 1) differing.push(`${index} ${call}: responses`);
    }
    expect(differing).toEqual([]);
  });
});
