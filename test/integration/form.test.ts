import { DEFAULT_CAMPAIGN } from '../../src/domain/defaultCampaign';
import { unitsFormId } from './cadreFormHarness';
import { answerFor, sectionOf } from './formHarness';
import { setUpEmulator } from './harness';
import type { Emulator } from '../../local/emulator';

const TRA = 'Đoàn xã Tam Trà';
const TRA_EMAIL = 'doan.tamtra@example.org';
const intake = (emu: Emulator) => emu.values('Nhật ký nhận').slice(1).map((r) => [r[1], r[2], r[4], r[5]]);
const formTriggers = (emu: Emulator) => emu.triggers().filter((t) => t.handler === 'onFormSubmit');

describe('the units\' form (syncForm, run by setup)', () => {
  test('one section per unit: a grid per period over its chapters, the registration grid, two paragraphs; the unit list jumps there', () => {
    const emu = setUpEmulator();
    // Beside it the cadres' form (Báo cáo kết quả đi cơ sở, cadreForm.test.ts).
    expect(emu.forms.list().map((f) => f.title)).toContain('Báo cáo kết quả đi cơ sở');
    expect(emu.forms.list()).toHaveLength(2);
    const forms = emu.forms.list().filter((f) => f.id === unitsFormId(emu));
    expect(forms[0].title).toBe('Nộp bảng xếp loại Chi đoàn – Đi cơ sở xây dựng phong trào năm 2016');
    expect(forms[0].description).toContain('chậm nhất ngày 12/09/2016');
    // No response sheet (one column per chapter row would pass the cell limit at 170 units): the
    // form is found by the id the script recorded, and responses are read from the form.
    expect(forms[0].destinationId).toBeNull();
    expect(emu.spreadsheet.getFormUrl()).toBeNull();
    expect(emu.properties.script.formId).toBe(forms[0].id);
    const items = emu.forms.items(unitsFormId(emu));
    const list = items[0];
    expect([list.type, list.title, list.required]).toEqual(['LIST', 'Đơn vị', true]);
    // The units, then the one choice that leads to the invitation page (formInvitation.test.ts), shared by all units.
    const [invitation, invitationUnit, ...fields] = items.slice(1, 9);
    expect(list.choices?.map((c) => c.value)).toEqual([...DEFAULT_CAMPAIGN.units.map((u) => u.name), '— Gửi giấy mời cán bộ dự sinh hoạt Chi đoàn —']);
    expect(list.choices?.at(-1)?.goTo).toBe(invitation.id);
    expect(list.helpText).toContain('Khi gửi giấy mời cán bộ dự sinh hoạt Chi đoàn, chọn dòng cuối của danh sách.');
    expect([invitation.type, invitation.title, invitation.goToPage]).toEqual(['PAGE_BREAK', 'Mời cán bộ dự sinh hoạt Chi đoàn', 'SUBMIT']);
    // The page asks the unit again, in a list that does not navigate (one navigating question a page).
    expect([invitationUnit.type, invitationUnit.title, invitationUnit.required]).toEqual(['LIST', 'Đơn vị gửi giấy mời', true]);
    expect(invitationUnit.choices).toEqual(DEFAULT_CAMPAIGN.units.map((u) => ({ value: u.name })));
    expect(fields.map((f) => [f.type, f.title, f.required])).toEqual([
      ['TEXT', 'Chi đoàn', true],
      ['DATE', 'Ngày sinh hoạt', true],
      ['TIME', 'Giờ bắt đầu', false],
      ['TEXT', 'Địa điểm', false],
      ['PARAGRAPH_TEXT', 'Nội dung sinh hoạt', false],
      ['CHECKBOX', 'Hoãn/hủy', false],
    ]);
    const pages = items.slice(9).filter((i) => i.type === 'PAGE_BREAK');
    expect(pages.map((p) => p.title)).toEqual(DEFAULT_CAMPAIGN.units.map((u) => u.name));
    expect(list.choices?.slice(0, -1).map((c) => c.goTo)).toEqual(pages.map((p) => p.id));
    // Each section ends the form: every page break sends the page before it to submit (the unit
    // list's choices decide where the first page goes).
    expect(pages.every((p) => p.goToPage === 'SUBMIT')).toBe(true);
    for (const unit of DEFAULT_CAMPAIGN.units) {
      const [page, y2015, h2016, registration, members, extra] = sectionOf(emu, unit.name);
      expect(page.title).toBe(unit.name);
      for (const [grid, label] of [[y2015, 'năm 2015'], [h2016, '6 tháng đầu năm 2016']] as const) {
        expect([grid.type, grid.title, grid.required, grid.rows, grid.columns]).toEqual(['GRID', `Xếp loại ${label}`, true, unit.chapters, ['Vững mạnh', 'Khá', 'Trung bình', 'Yếu']]);
      }
      expect([registration.type, registration.rows, registration.columns]).toEqual(['CHECKBOX_GRID', unit.chapters, ['Xây dựng Chi đoàn mạnh', 'Hỗ trợ']]);
      expect([members.type, members.required, extra.type, extra.required]).toEqual(['PARAGRAPH_TEXT', false, 'PARAGRAPH_TEXT', false]);
    }
    expect(formTriggers(emu)).toHaveLength(1);
  });

  test('each unit gets a pre-filled link in Đơn vị that opens the form with its unit chosen', () => {
    const emu = setUpEmulator();
    const rows = emu.values('Đơn vị');
    const column = rows[0].indexOf('Biểu mẫu');
    expect(column).toBeGreaterThan(0);
    const [unitList] = emu.forms.items(unitsFormId(emu));
    for (const row of rows.slice(1)) {
      const unit = DEFAULT_CAMPAIGN.units.find((u) => u.id === row[0]);
      expect(emu.forms.prefilled(String(row[column])).answers).toEqual({ [String(unitList.id)]: unit?.name });
    }
  });

  test('changing a unit\'s chapters and running syncForm again updates its grids in place: same form, same items, responses kept', () => {
    const emu = setUpEmulator();
    answerFor(emu, TRA, TRA_EMAIL);
    const before = sectionOf(emu, TRA).map((i) => i.id);
    const last = emu.values('Tam Trà').length;
    emu.spreadsheet.getSheetByName('Tam Trà')?.getRange(last + 1, 1).setValue('Chi đoàn thôn Trà Mới');
    emu.calls.reset();
    emu.run('syncForm');
    // Only that section is touched, found from what the script recorded: no item of the form is read
    // for its type or title, and the unit list's choices and the links stay as they are.
    const calls = emu.calls.byMethod();
    expect([calls['Item.getTitle'], calls['Item.getType'], calls['ListItem.setChoices'], calls['Form.getItems']]).toEqual([undefined, undefined, undefined, 1]);
    expect((calls['GridItem.setRows'] ?? 0) + (calls['CheckboxGridItem.setRows'] ?? 0)).toBe(3);
    expect(emu.forms.list()).toHaveLength(2);
    expect(emu.forms.list().find((f) => f.id === unitsFormId(emu))?.responses).toBe(1);
    const after = sectionOf(emu, TRA);
    expect(after.map((i) => i.id)).toEqual(before);
    expect(after[1].rows).toEqual([...(DEFAULT_CAMPAIGN.units.find((u) => u.name === TRA)?.chapters ?? []), 'Chi đoàn thôn Trà Mới']);
    expect(formTriggers(emu)).toHaveLength(1);
    emu.run('setupFromCampaign_', '');
    expect(emu.forms.list()).toHaveLength(2);
    expect(formTriggers(emu)).toHaveLength(1);
    expect(emu.ui.toasts.at(-1)?.message).toContain('Đã cập nhật biểu mẫu cho 23 đơn vị');
  });
});

describe('syncForm when a section changes kind', () => {
  test('a unit whose chapters are all removed gets a section without grids; its choice jumps there', () => {
    const emu = setUpEmulator();
    const tab = emu.spreadsheet.getSheetByName('Tam Trà');
    if (!tab) throw new Error('no tab');
    tab.getRange(2, 1, tab.getLastRow() - 1, tab.getLastColumn()).clearContent();
    emu.run('syncForm');
    expect(emu.executions.at(-1)?.error).toBeUndefined();
    expect(sectionOf(emu, TRA).map((i) => i.type)).toEqual(['PAGE_BREAK', 'PARAGRAPH_TEXT', 'PARAGRAPH_TEXT']);
    const items = emu.forms.items(unitsFormId(emu));
    const pages = items.filter((i) => i.type === 'PAGE_BREAK' && i.title !== 'Mời cán bộ dự sinh hoạt Chi đoàn');
    expect(pages.map((p) => p.title).sort()).toEqual(DEFAULT_CAMPAIGN.units.map((u) => u.name).sort());
    expect(pages.every((p) => p.goToPage === 'SUBMIT')).toBe(true);
    const byName = new Map(pages.map((p) => [p.title, p.id]));
    const invitation = items.find((i) => i.type === 'PAGE_BREAK' && i.title === 'Mời cán bộ dự sinh hoạt Chi đoàn');
    expect(items[0].choices?.map((c) => [c.value, c.goTo])).toEqual([
      ...DEFAULT_CAMPAIGN.units.map((u) => [u.name, byName.get(u.name)]),
      ['— Gửi giấy mời cán bộ dự sinh hoạt Chi đoàn —', invitation?.id],
    ]);
    // Its old section is gone, a section of three items in its place.
    expect(emu.forms.items(unitsFormId(emu))).toHaveLength(1 + 8 + 6 * (DEFAULT_CAMPAIGN.units.length - 1) + 3);
  });
});

describe('onFormSubmit', () => {
  test('a valid response is logged, written to the unit tab and status, and confirmed to the respondent', () => {
    const emu = setUpEmulator();
    const id = answerFor(emu, TRA, TRA_EMAIL, { ratings: (rows, p) => rows.map((_, i) => (p === 1 && i === rows.length - 1 ? 'Yếu' : 'Khá')) });
    expect(emu.executions.at(-1)?.error).toBeUndefined();
    expect(intake(emu)).toEqual([['Form', TRA_EMAIL, TRA, 'Đã ghi']]);
    const log = emu.values('Nhật ký nhận')[1];
    expect(log[3]).toBe(id);
    expect(JSON.parse(String(log[7]))).toMatchObject({ email: TRA_EMAIL, items: expect.any(Array) });
    const tab = emu.values('Tam Trà');
    expect(tab[1].slice(0, 5)).toEqual(['Chi đoàn Xuân Thọ', '', 'Khá', 'Khá', 'Xây dựng Chi đoàn mạnh']);
    expect(tab[5].slice(0, 5)).toEqual(['Chi đoàn thôn Dương Trà', '', 'Khá', 'Yếu', 'Hỗ trợ']);
    expect(emu.values('Đơn vị').find((r) => r[0] === 'tam-tra')?.slice(8, 12)).toEqual(['Đủ (5/5)', 'Đủ (5/5)', 'Hợp lệ', 'Đã nộp đủ']);
    expect(emu.mail.sent).toHaveLength(1);
    expect(emu.mail.sent[0].to).toBe(TRA_EMAIL);
    expect(emu.mail.sent[0].subject).toBe('[Đi cơ sở] Xác nhận đã nhận bảng xếp loại Chi đoàn – Đoàn xã Tam Trà');
    expect(emu.mail.sent[0].body).toContain('gửi qua biểu mẫu trực tuyến');
    expect(emu.values('Nhật ký gửi').slice(1).map((r) => [r[1], r[5], r[6]])).toEqual([['Xác nhận', `Xác nhận|${id}`, 'Đã gửi']]);
  });

  test('a partial response is recorded with what was not understood, and a warning for a support chapter that is not the lowest', () => {
    const emu = setUpEmulator();
    answerFor(emu, TRA, TRA_EMAIL, {
      ratings: (rows) => rows.map((_, i) => (i === 1 ? 'Yếu' : 'Khá')),
      members: 'Chi đoàn Xuân Thọ: 25\nkhoảng ba chục',
      newChapters: 'Chi đoàn thôn Mới: năm 2015 Khá; 6 tháng đầu năm 2016 Khá',
    });
    expect(intake(emu)).toEqual([['Form', TRA_EMAIL, TRA, 'Đã ghi']]);
    const tab = emu.values('Tam Trà');
    expect(tab[1][1]).toBe(25);
    expect(tab.at(-1)?.slice(0, 4)).toEqual(['Chi đoàn thôn Mới', '', 'Khá', 'Khá']);
    const body = emu.mail.sent[0].body;
    expect(body).toContain('Chi đoàn thôn Mới (Chi đoàn mới, đã thêm vào danh sách)');
    expect(body).toContain('Dòng số đoàn viên “khoảng ba chục” chưa đọc được');
    expect(body).toContain('Lưu ý: Chi đoàn thôn Dương Trà không thuộc nhóm Chi đoàn có kết quả xếp loại thấp nhất');
  });

  test('an invalid registration records nothing and answers Báo lỗi with what to fix and the unit\'s own link', () => {
    const emu = setUpEmulator();
    const before = emu.values('Tam Trà');
    answerFor(emu, TRA, TRA_EMAIL, { registration: (rows) => rows.map((_, i) => (i < 3 ? ['Hỗ trợ'] : [])) });
    expect(intake(emu)).toEqual([['Form', TRA_EMAIL, TRA, 'Lỗi']]);
    expect(emu.values('Tam Trà')).toEqual(before);
    const [letter] = emu.mail.sent;
    expect(letter.subject).toBe('[Đi cơ sở] Chưa ghi nhận được bảng xếp loại Chi đoàn – Đoàn xã Tam Trà');
    expect(letter.body).toContain('đã nhận phiếu trả lời biểu mẫu của đơn vị');
    expect(letter.body).toContain('chưa chọn Chi đoàn đảm nhận xây dựng “Chi đoàn mạnh”');
    expect(letter.body).toContain('chọn hỗ trợ 3 Chi đoàn');
    const link = String(emu.values('Đơn vị').find((r) => r[0] === 'tam-tra')?.at(-1));
    expect(letter.htmlBody).toContain(link.replace(/&/g, '&amp;'));
  });

  test('a respondent who is not one of the unit\'s addresses waits for review: nothing applied, no email', () => {
    const emu = setUpEmulator();
    const before = emu.values('Tam Trà');
    answerFor(emu, TRA, 'ai.do@gmail.com');
    expect(intake(emu)).toEqual([['Form', 'ai.do@gmail.com', TRA, 'Chờ xem xét']]);
    expect(emu.values('Nhật ký nhận')[1][6]).toContain('Địa chỉ ai.do@gmail.com chưa đăng ký cho Đoàn xã Tam Trà');
    expect(emu.values('Tam Trà')).toEqual(before);
    expect(emu.mail.sent).toHaveLength(0);
  });

  test('the same response fired twice is handled once', () => {
    const emu = setUpEmulator();
    answerFor(emu, TRA, TRA_EMAIL);
    const [trigger] = formTriggers(emu);
    emu.fireTrigger(trigger.id);
    expect(emu.executions.at(-1)?.error).toBeUndefined();
    expect(intake(emu)).toHaveLength(1);
    expect(emu.mail.sent).toHaveLength(1);
  });

  test('Spreadsheet calls per response do not depend on the number of chapters or units', () => {
    const counts: number[] = [];
    for (const [unit, email] of [
      [TRA, TRA_EMAIL],
      ['Đoàn trường THPT Núi Thành', 'doan.thptnuithanh@example.org'],
      ['Đoàn cơ sở Ban Chỉ huy Quân sự huyện', 'doan.qshuyen@example.org'],
    ]) {
      const emu = setUpEmulator();
      emu.calls.reset();
      answerFor(emu, unit, email);
      expect(intake(emu)[0][3]).toBe('Đã ghi');
      counts.push(emu.calls.total('Spreadsheet'));
    }
    // 5, 6 and 2 chapters: the same number of calls (35 measured: 5 reads, 7 writes, the rest lookups).
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBeLessThanOrEqual(36);
  });
});
