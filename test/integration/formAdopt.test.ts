import { readFileSync } from 'node:fs';
import { unitsFormId } from './cadreFormHarness';
import { DEFAULT_CAMPAIGN } from '../../src/domain/defaultCampaign';
import { answerFor, sectionOf } from './formHarness';
import { BUNDLE, setUpEmulator } from './harness';
import type { Emulator } from '../../local/emulator';

const UNITS = ['tam-tra', 'tam-son', 'tt-nui-thanh'];
const CAMPAIGN = JSON.stringify({ ...DEFAULT_CAMPAIGN, units: DEFAULT_CAMPAIGN.units.filter((u) => UNITS.includes(u.id)) });

/**
 * What a workbook set up by an older version looks like: the form linked to it (its responses
 * copied to a response sheet), nothing recorded in the script's properties, each section's help
 * naming the unit and the first page going on to the next.
 */
const OLDER_VERSION = `
function olderVersion_() {
  var props = PropertiesService.getScriptProperties();
  var form = FormApp.openById(props.getProperty('formId'));
  form.setDestination(FormApp.DestinationType.SPREADSHEET, SpreadsheetApp.getActive().getId());
  props.getKeys().filter(function (k) { return k.indexOf('form') === 0; }).forEach(function (k) { props.deleteProperty(k); });
  // No invitation page (issue 17): its page after the unit list, and the unit list's last choice that leads there.
  for (var i = 8; i >= 1; i--) form.deleteItem(i);
  var list = form.getItems()[0].asListItem();
  list.setChoices(list.getChoices().slice(0, -1).map(function (c) { return list.createChoice(c.getValue(), c.getGotoPage()); }));
  var pages = form.getItems(FormApp.ItemType.PAGE_BREAK).map(function (item) { return item.asPageBreakItem(); });
  pages.forEach(function (page) { page.setHelpText('Xếp loại tất cả các Chi đoàn của ' + page.getTitle() + '.'); });
  pages[0].setGoToPage(FormApp.PageNavigationType.CONTINUE);
}`;

const itemCalls = (emu: Emulator) =>
  Object.entries(emu.calls.byMethod())
    .filter(([method]) => /Item\.|^Form\.(add\w+Item|getItems|getItemById|moveItem|deleteItem)$|^FormResponse\.withItemResponse$/.test(method))
    .reduce((sum, [, n]) => sum + n, 0);

describe('the units\' form of a workbook set up by an older version', () => {
  test('is adopted in place: unlinked (its response sheet kept), the same items and answers, recorded for the next syncs', () => {
    const emu = setUpEmulator(CAMPAIGN, { code: readFileSync(BUNDLE, 'utf8') + OLDER_VERSION, bundlePath: BUNDLE });
    answerFor(emu, 'Đoàn xã Tam Trà', 'doan.tamtra@example.org');
    emu.run('olderVersion_');
    const older = emu.forms.list().find((f) => f.id === unitsFormId(emu))!;
    expect(older.destinationSheet).toBe('Câu trả lời biểu mẫu 1');
    const before = emu.forms.items(unitsFormId(emu)).map((i) => i.id);
    const traBefore = sectionOf(emu, 'Đoàn xã Tam Trà').map((i) => i.id);

    emu.calls.reset();
    emu.run('syncForm');
    const form = emu.forms.list().find((f) => f.id === unitsFormId(emu))!;
    // Beside it only the cadres' form setup made (Báo cáo kết quả đi cơ sở): no second units' form.
    expect(emu.forms.list()).toHaveLength(2);
    expect([form.id, form.destinationId, form.responses]).toEqual([older.id, null, 1]);
    expect(emu.properties.script.formId).toBe(form.id);
    // Sheets keeps an unlinked form's response sheet, with its rows; nothing writes to it again.
    expect(emu.values('Câu trả lời biểu mẫu 1')).toHaveLength(2);
    expect(emu.spreadsheet.getFormUrl()).toBeNull();
    const items = emu.forms.items(unitsFormId(emu));
    // The invitation page is added after the unit list; every other item stays.
    expect(items.slice(1, 3).map((i) => i.title)).toEqual(['Mời cán bộ dự sinh hoạt Chi đoàn', 'Đơn vị gửi giấy mời']);
    expect([items[0].id, ...items.slice(9).map((i) => i.id)]).toEqual(before);
    const pages = items.slice(9).filter((i) => i.type === 'PAGE_BREAK');
    expect(pages.every((p) => p.goToPage === 'SUBMIT' && p.helpText.startsWith('Xếp loại tất cả các Chi đoàn của đơn vị'))).toBe(true);
    expect(items[0].choices?.map((c) => c.goTo)).toEqual([...pages.map((p) => p.id), items[1].id]);
    // Read once: the page breaks (id, index and title: 3 calls each), then each section rewritten in
    // place (about 60); and the invitation page laid out and moved into place (about 35, once).
    expect(itemCalls(emu)).toBeLessThanOrEqual(100);
    expect(emu.executions.at(-1)?.error).toBeUndefined();

    // The next response is recorded from the form, as before.
    answerFor(emu, 'Đoàn xã Tam Sơn', 'doan.tamson@example.org');
    expect(emu.values('Nhật ký nhận').slice(1).map((r) => [r[4], r[5]])).toEqual([
      ['Đoàn xã Tam Trà', 'Đã ghi'],
      ['Đoàn xã Tam Sơn', 'Đã ghi'],
    ]);
    expect(emu.values('Câu trả lời biểu mẫu 1')).toHaveLength(2);

    // Recorded: a sync with nothing changed reads no item but the unit list's, for the links.
    emu.calls.reset();
    emu.run('syncForm');
    expect(itemCalls(emu)).toBeLessThanOrEqual(4);
    expect(sectionOf(emu, 'Đoàn xã Tam Trà').map((i) => i.id)).toEqual(traBefore);
  });
});
