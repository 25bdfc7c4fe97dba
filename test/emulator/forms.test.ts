import { emulate, errorOf } from './helpers';

/**
 * A registration form with three pages: page 1 asks the unit (its choice jumps to page 2, or
 * submits at once for a unit without figures) and the reporter; page 2 a required rating grid;
 * page 3 an optional checkbox grid and a note.
 */
const SCRIPT = `
  function props() { return PropertiesService.getScriptProperties(); }
  function build() {
    var form = FormApp.create('Bảng xếp loại Chi đoàn');
    form.setDescription('Kế hoạch 160-KH/ĐTN').setCollectEmail(true).setConfirmationMessage('Đã nhận');
    var unit = form.addListItem().setTitle('Đơn vị').setRequired(true);
    form.addTextItem().setTitle('Người báo cáo').setRequired(true);
    var ratings = form.addPageBreakItem().setTitle('Xếp loại');
    form.addGridItem().setTitle('Xếp loại năm 2015').setRows(['Chi đoàn Xuân Thọ', 'Chi đoàn Thôn 1'])
      .setColumns(['Vững mạnh', 'Khá', 'Trung bình', 'Yếu']).setRequired(true);
    form.addPageBreakItem().setTitle('Đăng ký');
    form.addCheckboxGridItem().setTitle('Đăng ký').setRows(['Chi đoàn Xuân Thọ', 'Chi đoàn Thôn 1'])
      .setColumns(['Xây dựng Chi đoàn mạnh', 'Hỗ trợ']);
    form.addParagraphTextItem().setTitle('Ghi chú');
    unit.setChoices([
      unit.createChoice('Đoàn xã Tam Trà', ratings),
      unit.createChoice('Chưa có số liệu', FormApp.PageNavigationType.SUBMIT),
    ]);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, SpreadsheetApp.getActive().getId());
    props().setProperty('formId', form.getId());
    return form.getId();
  }
  function form() { return FormApp.openById(props().getProperty('formId')); }
  function install() {
    ScriptApp.newTrigger('onForm').forForm(form()).onFormSubmit().create();
    ScriptApp.newTrigger('onSheet').forSpreadsheet(SpreadsheetApp.getActive()).onFormSubmit().create();
  }
  function onForm(e) {
    var answers = e.response.getItemResponses().map(function (r) { return r.getItem().getTitle() + '=' + JSON.stringify(r.getResponse()); });
    props().setProperty('formEvent', JSON.stringify({
      keys: Object.keys(e).sort(), source: e.source.getId(), email: e.response.getRespondentEmail(),
      id: e.response.getId(), answers: answers, isDate: e.response.getTimestamp() instanceof Date,
      auth: e.authMode === ScriptApp.AuthMode.FULL, uid: e.triggerUid, user: Session.getActiveUser().getEmail(),
    }));
  }
  function onSheet(e) {
    props().setProperty('sheetEvent', JSON.stringify({
      keys: Object.keys(e).sort(), values: e.values, unit: e.namedValues['Đơn vị'], range: e.range.getA1Notation(),
      sheet: e.range.getSheet().getName(),
    }));
  }
  function listTriggers() {
    return ScriptApp.getProjectTriggers().map(function (t) {
      return [t.getHandlerFunction(), String(t.getEventType()), String(t.getTriggerSource()), t.getTriggerSourceId()];
    });
  }
  function scriptSubmit() {
    var f = form();
    var unit = f.getItems(FormApp.ItemType.LIST)[0].asListItem();
    var r = f.createResponse().withItemResponse(unit.createResponse('Chưa có số liệu'));
    var before = r.getTimestamp();
    var saved = r.submit();
    var again = errorOf(function () { r.submit(); });
    return { before: before, after: saved.getTimestamp() instanceof Date, again: again, id: saved.getId() };
  }
  function errorOf(fn) { try { fn(); return null; } catch (e) { return String(e); } }
  function prefill() {
    var f = form();
    var items = f.getItems();
    var r = f.createResponse()
      .withItemResponse(items[0].asListItem().createResponse('Đoàn xã Tam Trà'))
      .withItemResponse(items[1].asTextItem().createResponse('Nguyễn Văn A & B'))
      .withItemResponse(items[3].asGridItem().createResponse(['Khá', null]))
      .withItemResponse(items[5].asCheckboxGridItem().createResponse([['Xây dựng Chi đoàn mạnh'], null]));
    return r.toPrefilledUrl();
  }
  function readBack(responseId) {
    var f = FormApp.openByUrl(SpreadsheetApp.getActive().getFormUrl());
    var r = f.getResponse(responseId);
    var grid = f.getItems(FormApp.ItemType.GRID)[0];
    return { count: f.getResponses().length, email: r.getRespondentEmail(), grid: r.getResponseForItem(grid).getResponse(),
      published: FormApp.openByUrl(f.getPublishedUrl()).getId() === f.getId(), edit: r.getEditResponseUrl() };
  }
  function wrongConversion() { return errorOf(function () { form().getItems()[2].asListItem(); }); }
  function genericNavItem() {
    var f = form();
    var list = f.getItems()[0].asListItem();
    return errorOf(function () { list.createChoice('x', f.getItems()[2]); });
  }
  function mixed() {
    var list = form().getItems()[0].asListItem();
    return errorOf(function () { list.setChoices([list.createChoice('a'), list.createChoice('b', FormApp.PageNavigationType.SUBMIT)]); });
  }
  function badChoice() { return errorOf(function () { form().getItems()[0].asListItem().createResponse('Đoàn xã Tam Anh'); }); }
  function badGrid() { return errorOf(function () { form().getItems()[3].asGridItem().createResponse(['Xuất sắc', null]); }); }
  function reorder() {
    var f = form();
    var note = f.getItems(FormApp.ItemType.PARAGRAPH_TEXT)[0];
    var id = note.getId();
    var moved = f.moveItem(note, 0);
    var ids = [moved.getId() === id, f.getItemById(id).getIndex()];
    f.deleteItem(0);
    ids.push(f.getItemById(id) === null, f.getItems().length);
    return ids;
  }
  function choices() {
    return form().getItems()[0].asListItem().getChoices().map(function (c) {
      var p = c.getGotoPage();
      return [c.getValue(), String(c.getPageNavigationType()), p ? p.getTitle() : null];
    });
  }
  function manyFormTriggers() { for (var i = 0; i < 21; i++) ScriptApp.newTrigger('onForm').forForm(props().getProperty('formId')).onFormSubmit().create(); }
  function failing() { throw new Error('hỏng'); }
  function installFailing() { ScriptApp.newTrigger('failing').forForm(form()).onFormSubmit().create(); }
  function duplicates() {
    var f = form();
    var grid = f.getItems(FormApp.ItemType.GRID)[0].asGridItem();
    var copy = grid.duplicate().setRows(['Chi đoàn Mới']);
    var page = f.getItems(FormApp.ItemType.PAGE_BREAK)[0].asPageBreakItem().setGoToPage(FormApp.PageNavigationType.SUBMIT);
    var pageCopy = page.duplicate();
    var generic = f.getItems()[0].duplicate();
    return [copy.getIndex(), copy.getId() !== grid.getId(), copy.getTitle(), copy.getColumns(), copy.isRequired(), grid.getRows(),
      pageCopy.getIndex(), String(pageCopy.getPageNavigationType()), pageCopy.getTitle(), String(generic.getType()), generic.getIndex()];
  }
  function formUrlBefore() { return SpreadsheetApp.getActive().getFormUrl(); }
  function destination() { var f = form(); return [f.getDestinationId() === SpreadsheetApp.getActive().getId(), String(f.getDestinationType())]; }
  function close() { form().setAcceptingResponses(false); }
  function onePerUser() { form().setLimitOneResponsePerUser(true); }
`;

const EMAIL = 'bithu.tamtra@example.org';
const FULL = {
  'Đơn vị': 'Đoàn xã Tam Trà',
  'Người báo cáo': 'Trần Thị B',
  'Xếp loại năm 2015': ['Vững mạnh', 'Khá'],
  'Đăng ký': { 'Chi đoàn Xuân Thọ': ['Xây dựng Chi đoàn mạnh'], 'Chi đoàn Thôn 1': 'Hỗ trợ' },
};

function built() {
  const emu = emulate(SCRIPT);
  const formId = emu.run('build') as string;
  return { emu, formId };
}

describe('FormApp: building a form', () => {
  test('Item.duplicate() appends a copy with every setting at the end of the form, as the same kind of handle', () => {
    const { emu } = built();
    const before = emu.forms.items().length;
    expect(emu.run('duplicates')).toEqual([
      before, true, 'Xếp loại năm 2015', ['Vững mạnh', 'Khá', 'Trung bình', 'Yếu'], true, ['Chi đoàn Xuân Thọ', 'Chi đoàn Thôn 1'],
      before + 1, 'SUBMIT', 'Xếp loại', 'LIST', before + 2,
    ]);
    const items = emu.forms.items();
    expect(items[before]).toMatchObject({ type: 'GRID', rows: ['Chi đoàn Mới'] });
    // The copied list keeps its choices and where they go.
    expect(items[before + 2]?.choices).toEqual(items[0]?.choices);
    // Each copy is an item call, like any change to the form.
    expect(emu.calls.byMethod()).toMatchObject({ 'GridItem.duplicate': 1, 'PageBreakItem.duplicate': 1, 'Item.duplicate': 1 });
  });

  test('items() describes pages, navigation, grids; ids are stable integers', () => {
    const { emu, formId } = built();
    const items = emu.forms.items();
    expect(items.map((i) => [i.index, i.type, i.title])).toEqual([
      [0, 'LIST', 'Đơn vị'], [1, 'TEXT', 'Người báo cáo'], [2, 'PAGE_BREAK', 'Xếp loại'], [3, 'GRID', 'Xếp loại năm 2015'],
      [4, 'PAGE_BREAK', 'Đăng ký'], [5, 'CHECKBOX_GRID', 'Đăng ký'], [6, 'PARAGRAPH_TEXT', 'Ghi chú'],
    ]);
    const page2 = items[2]?.id;
    expect(items[0]).toMatchObject({ required: true, choices: [{ value: 'Đoàn xã Tam Trà', goTo: page2 }, { value: 'Chưa có số liệu', goTo: 'SUBMIT' }] });
    expect(items[2]).toEqual({ id: page2, index: 2, type: 'PAGE_BREAK', title: 'Xếp loại', helpText: '', goToPage: 'CONTINUE' });
    expect(items[3]).toMatchObject({ required: true, rows: ['Chi đoàn Xuân Thọ', 'Chi đoàn Thôn 1'], columns: ['Vững mạnh', 'Khá', 'Trung bình', 'Yếu'] });
    expect(items.every((i) => Number.isInteger(i.id) && i.id > 0)).toBe(true);
    expect(emu.run('choices')).toEqual([
      ['Đoàn xã Tam Trà', 'GO_TO_PAGE', 'Xếp loại'],
      ['Chưa có số liệu', 'SUBMIT', null],
    ]);
    const [info] = emu.forms.list();
    expect(info).toMatchObject({
      id: formId, title: 'Bảng xếp loại Chi đoàn', collectsEmail: true, destinationSheet: 'Câu trả lời biểu mẫu 1',
      editUrl: `https://docs.google.com/forms/d/${formId}/edit`,
    });
    expect(info?.publishedUrl).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/1FAIpQL[\w-]+\/viewform$/);
    expect(emu.run('destination')).toEqual([true, 'SPREADSHEET']);
  });

  test('moveItem and deleteItem keep ids; getItemById is null once deleted', () => {
    const { emu } = built();
    expect(emu.run('reorder')).toEqual([true, 0, true, 6]);
  });

  test('platform errors: wrong conversion, a generic Item as navigation, mixed navigation, invalid answers', () => {
    const { emu } = built();
    expect(emu.run('wrongConversion')).toBe('Exception: Invalid conversion for item type: PAGE_BREAK');
    expect(emu.run('genericNavItem')).toBe(
      "Exception: The parameters (String,FormApp.Item) don't match the method signature for FormApp.ListItem.createChoice.",
    );
    expect(emu.run('mixed')).toMatch(/^Exception: Choices that use page navigation cannot be combined/);
    expect(emu.run('badChoice')).toBe('Exception: Invalid response submitted to item.');
    expect(emu.run('badGrid')).toBe('Exception: Invalid response submitted to item.');
  });

  test('calls are counted under Form, and a FormApp method can fail by plan', () => {
    const emu = emulate(SCRIPT);
    emu.faults.failOn('Form.setDestination');
    expect(errorOf(() => emu.run('build')).text).toBe("Exception: We're sorry, a server error occurred. Please wait a bit and try again.");
    expect(emu.calls.byMethod()['FormApp.create']).toBe(1);
    expect(emu.calls.byMethod()['ListItem.createChoice']).toBe(2);
    expect(emu.calls.total('Form')).toBeGreaterThan(15);
    expect(emu.run('build')).toMatch(/^1/);
  });
});

describe('FormApp: destination spreadsheet', () => {
  test('linking adds the response sheet first, with localized headers; each submission appends a row', () => {
    const emu = emulate(SCRIPT);
    expect(emu.run('formUrlBefore')).toBeNull();
    const formId = emu.run('build') as string;
    expect(emu.run('formUrlBefore')).toBe(`https://docs.google.com/forms/d/${formId}/edit`);
    expect(emu.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Câu trả lời biểu mẫu 1', 'Trang tính1']);
    expect(emu.spreadsheet.getSheetByName('Câu trả lời biểu mẫu 1')?.getFormUrl()).toBe(`https://docs.google.com/forms/d/${formId}/edit`);
    expect(emu.spreadsheet.getSheetByName('Trang tính1')?.getFormUrl()).toBeNull();
    emu.forms.submit({ email: EMAIL, answers: FULL });
    const values = emu.values('Câu trả lời biểu mẫu 1');
    expect(values[0]).toEqual([
      'Dấu thời gian', 'Địa chỉ email', 'Đơn vị', 'Người báo cáo', 'Xếp loại năm 2015 [Chi đoàn Xuân Thọ]',
      'Xếp loại năm 2015 [Chi đoàn Thôn 1]', 'Đăng ký [Chi đoàn Xuân Thọ]', 'Đăng ký [Chi đoàn Thôn 1]', 'Ghi chú',
    ]);
    expect(values[1]).toEqual([
      expect.any(Date), EMAIL, 'Đoàn xã Tam Trà', 'Trần Thị B', 'Vững mạnh', 'Khá',
      'Xây dựng Chi đoàn mạnh', 'Hỗ trợ', '',
    ]);
    expect(values).toHaveLength(2);
  });
});

describe('FormApp: respondent submissions', () => {
  test('navigation decides which required questions count', () => {
    const { emu } = built();
    // The "no figures" choice submits after page 1: the required grid on page 2 is not asked.
    expect(emu.forms.submit({ email: EMAIL, answers: { 'Đơn vị': 'Chưa có số liệu', 'Người báo cáo': 'A' } }).responseId).toMatch(/^2_/);
    expect(() => emu.forms.submit({ email: EMAIL, answers: { 'Đơn vị': 'Đoàn xã Tam Trà', 'Người báo cáo': 'A' } })).toThrow(
      /"Xếp loại năm 2015" on page 2 is required \(every row\)/,
    );
    expect(() =>
      emu.forms.submit({ email: EMAIL, answers: { 'Đơn vị': 'Đoàn xã Tam Trà', 'Người báo cáo': 'A', 'Xếp loại năm 2015': ['Khá', null] } }),
    ).toThrow(/every row/);
    expect(() =>
      emu.forms.submit({ email: EMAIL, answers: { 'Đơn vị': 'Chưa có số liệu', 'Người báo cáo': 'A', 'Ghi chú': 'x' } }),
    ).toThrow(/"Ghi chú" is on page 3, which these answers skip \(pages 1\)/);
    expect(() => emu.forms.submit({ email: EMAIL, answers: { 'Người báo cáo': 'A' } })).toThrow(/"Đơn vị" on page 1 is required/);
    expect(() => emu.forms.submit({ email: EMAIL, answers: { ...FULL, 'Đơn vị': 'Đoàn xã Tam Anh' } })).toThrow(/not a choice of "Đơn vị"/);
    expect(() => emu.forms.submit({ email: EMAIL, answers: { ...FULL, 'Xếp loại năm 2015': { 'Chi đoàn X': 'Khá' } } })).toThrow(/has no row "Chi đoàn X"/);
    expect(() => emu.forms.submit({ answers: FULL })).toThrow(/pass email/);
    expect(() => emu.forms.submit({ email: EMAIL, answers: { ...FULL, 'Không có': 'x' } })).toThrow(/no item "Không có"/);
    expect(() => emu.forms.submit({ email: EMAIL, answers: { 'Xếp loại': 'x' } })).toThrow(/PAGE_BREAK, which takes no answer/);
    // The page break "Đăng ký" shares its title with the checkbox grid: the question is meant.
    expect(() => emu.forms.submit({ email: EMAIL, answers: { ...FULL, 'Đăng ký': { 'Chi đoàn Xuân Thọ': 'Sai' } } })).toThrow(/"Sai" is not a column of "Đăng ký"/);
    expect(emu.forms.responses()).toHaveLength(1);
  });

  test('stored responses read back through the script; answers keyed by id work too', () => {
    const { emu } = built();
    const grid = emu.forms.items()[3]?.id ?? 0;
    const { 'Xếp loại năm 2015': _byTitle, ...rest } = FULL;
    const { responseId } = emu.forms.submit({ email: EMAIL, answers: { ...rest, [grid]: ['Yếu', 'Khá'] } });
    const back = emu.run('readBack', responseId) as Record<string, unknown>;
    expect(back).toMatchObject({ count: 1, email: EMAIL, grid: ['Yếu', 'Khá'], published: true });
    expect(back.edit).toMatch(new RegExp(`/viewform\\?edit2=${responseId}$`));
    const [r] = emu.forms.responses();
    expect(r).toMatchObject({ id: responseId, email: EMAIL, byScript: false, timestamp: emu.executions[0]?.end });
    expect(r?.answers.map((a) => a.title)).toEqual(['Đơn vị', 'Người báo cáo', 'Xếp loại năm 2015', 'Đăng ký']);
    expect(r?.answers[3]?.response).toEqual([['Xây dựng Chi đoàn mạnh'], ['Hỗ trợ']]);
  });

  test('closed forms and one response per user refuse a submission', () => {
    const { emu } = built();
    emu.run('onePerUser');
    emu.forms.submit({ email: EMAIL, answers: FULL });
    expect(() => emu.forms.submit({ email: EMAIL.toUpperCase(), answers: FULL })).toThrow(/already responded/);
    emu.run('close');
    expect(() => emu.forms.submit({ email: 'khac@example.org', answers: FULL })).toThrow(/not accepting responses/);
  });

  test('`at` moves the clock first; the response has the simulated time', () => {
    const { emu } = built();
    emu.forms.submit({ email: EMAIL, answers: FULL, at: '2016-09-01T09:30:00+07:00' });
    expect(emu.forms.responses()[0]?.timestamp.toISOString()).toBe('2016-09-01T02:30:00.000Z');
    expect(emu.clock.now().toISOString()).toBe('2016-09-01T02:30:00.000Z');
  });
});

describe('FormApp: form-submit triggers', () => {
  test('a respondent submission fires the form-bound and spreadsheet-bound triggers with the documented events', () => {
    const { emu, formId } = built();
    emu.run('install');
    expect(emu.run('listTriggers')).toEqual([
      ['onForm', 'ON_FORM_SUBMIT', 'FORMS', formId],
      ['onSheet', 'ON_FORM_SUBMIT', 'SPREADSHEETS', emu.spreadsheet.getId()],
    ]);
    const before = emu.executions.length;
    const { responseId } = emu.forms.submit({ email: EMAIL, answers: FULL });
    const runs = emu.executions.slice(before);
    const [formTrigger, sheetTrigger] = emu.triggers();
    expect(runs.map((r) => [r.fn, r.trigger, r.user, r.error])).toEqual([
      ['onForm', formTrigger?.id, 'vanphong.huyendoan@example.org', undefined],
      ['onSheet', sheetTrigger?.id, 'vanphong.huyendoan@example.org', undefined],
    ]);
    const formEvent = JSON.parse(emu.properties.script.formEvent ?? '{}') as Record<string, unknown>;
    expect(formEvent).toEqual({
      keys: ['authMode', 'response', 'source', 'triggerUid'], source: formId, email: EMAIL, id: responseId, isDate: true, auth: true,
      uid: formTrigger?.id, user: 'vanphong.huyendoan@example.org',
      answers: [
        'Đơn vị="Đoàn xã Tam Trà"', 'Người báo cáo="Trần Thị B"', 'Xếp loại năm 2015=["Vững mạnh","Khá"]',
        'Đăng ký=[["Xây dựng Chi đoàn mạnh"],["Hỗ trợ"]]',
      ],
    });
    const sheetEvent = JSON.parse(emu.properties.script.sheetEvent ?? '{}') as { keys: string[]; values: string[]; unit: string[]; range: string; sheet: string };
    expect(sheetEvent.keys).toEqual(['authMode', 'namedValues', 'range', 'triggerUid', 'values']);
    expect(sheetEvent.unit).toEqual(['Đoàn xã Tam Trà']);
    expect(sheetEvent.range).toBe('A2:I2');
    expect(sheetEvent.sheet).toBe('Câu trả lời biểu mẫu 1');
    // Building the form and installing the triggers took 10 s of planning costs before the submission.
    expect(sheetEvent.values).toEqual(['26/08/2016 08:00:10', EMAIL, 'Đoàn xã Tam Trà', 'Trần Thị B', 'Vững mạnh', 'Khá', 'Xây dựng Chi đoàn mạnh', 'Hỗ trợ', '']);
  });

  test('a script-made submit stores the response but fires nothing', () => {
    const { emu } = built();
    emu.run('install');
    const before = emu.executions.length;
    const result = emu.run('scriptSubmit') as Record<string, unknown>;
    expect(result).toMatchObject({ before: null, after: true, again: 'Exception: This form response has already been submitted.' });
    expect(emu.executions.slice(before).map((e) => e.fn)).toEqual(['scriptSubmit']);
    expect(emu.forms.responses()).toMatchObject([{ id: result.id, byScript: true, email: '' }]);
    expect(emu.values('Câu trả lời biểu mẫu 1')[1]?.slice(1, 3)).toEqual(['', 'Chưa có số liệu']);
  });

  test('a failing handler is recorded as a failed execution and does not reach the test', () => {
    const { emu } = built();
    emu.run('installFailing');
    expect(() => emu.forms.submit({ email: EMAIL, answers: FULL })).not.toThrow();
    expect(emu.executions.at(-1)).toMatchObject({ fn: 'failing', error: 'Error: hỏng' });
    expect(emu.forms.responses()).toHaveLength(1);
  });

  test('form triggers count against the 20-trigger limit', () => {
    const { emu } = built();
    expect(errorOf(() => emu.run('manyFormTriggers')).text).toBe(
      'Exception: This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
    expect(emu.triggers()).toHaveLength(20);
  });

  test('fireTrigger on a form trigger hands it the latest response', () => {
    const { emu, formId } = built();
    emu.run('install');
    const { responseId } = emu.forms.submit({ email: EMAIL, answers: { 'Đơn vị': 'Chưa có số liệu', 'Người báo cáo': 'A' } });
    emu.properties.script.formEvent = '';
    emu.fireTrigger(emu.triggers()[0]?.id ?? '');
    expect(JSON.parse(emu.properties.script.formEvent ?? '{}')).toMatchObject({ id: responseId, source: formId });
  });
});

describe('FormApp: pre-filled links', () => {
  test('toPrefilledUrl encodes answers by item id and reads back into a valid submission', () => {
    const { emu } = built();
    const url = emu.run('prefill') as string;
    const items = emu.forms.items();
    const [unit, reporter, , grid, , reg] = items.map((i) => i.id);
    expect(url).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/1FAIpQL[\w-]+\/viewform\?usp=pp_url&/);
    expect(url).toContain(`entry.${reporter}=Nguy%E1%BB%85n+V%C4%83n+A+%26+B`);
    expect(url).toContain(`entry.${grid}.0=Kh%C3%A1`);
    const back = emu.forms.prefilled(url);
    expect(back.formId).toBe(emu.forms.list()[0]?.id);
    expect(back.answers).toEqual({
      [unit ?? 0]: 'Đoàn xã Tam Trà',
      [reporter ?? 0]: 'Nguyễn Văn A & B',
      [grid ?? 0]: ['Khá', null],
      [reg ?? 0]: [['Xây dựng Chi đoàn mạnh'], null],
    });
    expect(() => emu.forms.submit({ email: EMAIL, answers: back.answers })).toThrow(/every row/);
    const answers = { ...back.answers, [grid ?? 0]: ['Khá', 'Yếu'] };
    expect(emu.forms.submit({ email: EMAIL, answers }).responseId).toMatch(/^2_/);
  });
});

describe('FormApp: navigation edge cases', () => {
  const LOOP = `
    function loop() {
      var f = FormApp.create('Vòng');
      var q = f.addMultipleChoiceItem().setTitle('Tiếp?').setRequired(true);
      var p2 = f.addPageBreakItem().setTitle('Trang 2');
      f.addCheckboxItem().setTitle('Hoạt động').setChoiceValues(['Sinh hoạt', 'Tình nguyện']).showOtherOption(true);
      var p3 = f.addPageBreakItem().setTitle('Trang 3');
      f.addTextItem().setTitle('Cuối');
      q.setChoices([q.createChoice('Có', p2), q.createChoice('Lại', FormApp.PageNavigationType.RESTART), q.createChoice('Xong', p3)]);
      p3.setGoToPage(p2);
      return f.getId();
    }
    function dropPage3(id) { var f = FormApp.openById(id); f.deleteItem(f.getItems()[3]); }
    function missing() { try { FormApp.openById('nope'); } catch (e) { return String(e); } }
  `;

  test('loops and RESTART are refused; a deleted target page means CONTINUE; checkboxes take "other"', () => {
    const emu = emulate(LOOP);
    const id = emu.run('loop') as string;
    emu.run('loop');
    expect(() => emu.forms.submit({ answers: { 'Tiếp?': 'Có' } })).toThrow(/2 forms exist; pass formId/);
    // Page 3's "go to page 2" applies after page 2: 1 → 2 → 2 is a loop.
    expect(() => emu.forms.submit({ formId: id, answers: { 'Tiếp?': 'Có' } })).toThrow(/loop \(pages 1 → 2 → 2\)/);
    expect(() => emu.forms.submit({ formId: id, answers: { 'Tiếp?': 'Lại' } })).toThrow(/loop \(pages 1 → 1\)/);
    // Page 3 is the last page: finishing it submits, whatever the break's own "go to" says about page 2.
    expect(() => emu.forms.submit({ formId: id, answers: { 'Tiếp?': 'Xong', 'Cuối': 'x', 'Hoạt động': ['Sinh hoạt'] } })).toThrow(/page 2, which these answers skip \(pages 1 → 3\)/);
    emu.forms.submit({ formId: id, answers: { 'Tiếp?': 'Xong', 'Cuối': 'x' } });
    emu.run('dropPage3', id);
    expect(emu.forms.items(id)[0]?.choices?.[2]).toEqual({ value: 'Xong', goTo: 'CONTINUE' });
    emu.forms.submit({ formId: id, answers: { 'Tiếp?': 'Có', 'Hoạt động': ['Sinh hoạt', 'Văn nghệ'], 'Cuối': 'x' } });
    expect(() => emu.forms.submit({ formId: id, answers: { 'Tiếp?': 'Có', 'Hoạt động': ['A', 'B'] } })).toThrow(/"A", "B" not among/);
    expect(emu.forms.responses(id).map((r) => r.answers.map((a) => a.response))).toEqual([['Xong', 'x'], ['Có', ['Sinh hoạt', 'Văn nghệ'], 'x']]);
    expect(emu.run('missing')).toBe('Exception: Unexpected error while getting the method or property openById on object FormApp.');
  });
});

describe('FormApp: one navigating question a page', () => {
  const TWO = `
    function twoOnPage1() {
      var f = FormApp.create('Hai câu chuyển trang');
      var unit = f.addListItem().setTitle('Đơn vị').setRequired(true);
      var kind = f.addMultipleChoiceItem().setTitle('Nội dung gửi');
      f.addListItem().setTitle('Ghi chú').setChoiceValues(['Một', 'Hai']);
      var p2 = f.addPageBreakItem().setTitle('Đoàn xã Tam Trà');
      f.addTextItem().setTitle('Xếp loại');
      var p3 = f.addPageBreakItem().setTitle('Giấy mời').setGoToPage(FormApp.PageNavigationType.SUBMIT);
      f.addTextItem().setTitle('Chi đoàn');
      unit.setChoices([unit.createChoice('Đoàn xã Tam Trà', p2)]);
      kind.setChoices([kind.createChoice('Giấy mời', p3)]);
      PropertiesService.getScriptProperties().setProperty('formId', f.getId());
      return f.getId();
    }
    function plainSecond() {
      var f = FormApp.openById(PropertiesService.getScriptProperties().getProperty('formId'));
      var kind = f.getItems()[1].asMultipleChoiceItem();
      kind.setChoiceValues(['Giấy mời']);
    }`;

  test('a page with two questions that go to a section is refused, whatever the answers; one navigating and a plain list pass', () => {
    const emu = emulate(TWO);
    emu.run('twoOnPage1');
    const rule = /Google Forms: only one question per section can go to a section based on answer \(emulator rule, stricter reading\): page 1 has "Đơn vị", "Nội dung gửi"/;
    expect(() => emu.forms.submit({ answers: { 'Đơn vị': 'Đoàn xã Tam Trà', 'Xếp loại': 'Khá' } })).toThrow(rule);
    expect(() => emu.forms.submit({ answers: { 'Đơn vị': 'Đoàn xã Tam Trà', 'Nội dung gửi': 'Giấy mời', 'Chi đoàn': 'x' } })).toThrow(rule);
    expect(emu.forms.responses()).toEqual([]);
    // Its choices made plain, the second question no longer navigates: the unit list alone decides.
    emu.run('plainSecond');
    emu.forms.submit({ answers: { 'Đơn vị': 'Đoàn xã Tam Trà', 'Nội dung gửi': 'Giấy mời', 'Ghi chú': 'Một', 'Xếp loại': 'Khá' } });
    expect(() => emu.forms.submit({ answers: { 'Đơn vị': 'Đoàn xã Tam Trà', 'Chi đoàn': 'x' } })).toThrow(/page 3, which these answers skip \(pages 1 → 2\)/);
    expect(emu.forms.responses().map((r) => r.answers.map((a) => a.response))).toEqual([['Đoàn xã Tam Trà', 'Giấy mời', 'Một', 'Khá']]);
  });
});

describe('FormApp: date and time items', () => {
  const DATES = `
    function buildDates() {
      var form = FormApp.create('Giấy mời');
      form.addDateItem().setTitle('Ngày').setRequired(true);
      form.addTimeItem().setTitle('Giờ');
      PropertiesService.getScriptProperties().setProperty('formId', form.getId());
      var items = form.getItems();
      return [String(items[0].getType()), String(items[1].getType()), items[0].asDateItem().isRequired(), items[1].asTimeItem().isRequired(),
        errorText(function () { items[0].asTimeItem(); })];
    }
    function errorText(fn) { try { fn(); return ''; } catch (e) { return String(e); } }
    function readBack() {
      var form = FormApp.openById(PropertiesService.getScriptProperties().getProperty('formId'));
      return form.getResponses()[0].getItemResponses().map(function (r) { return [r.getItem().getTitle(), r.getResponse()]; });
    }`;

  test('a respondent picks a real day (read back YYYY-MM-DD) and a time of day (HH:MM); anything else is refused', () => {
    const emu = emulate(DATES);
    expect(emu.run('buildDates')).toEqual(['DATE', 'TIME', true, false, 'Exception: Invalid conversion for item type: DATE']);
    expect(() => emu.forms.submit({ answers: { Giờ: '19:30' } })).toThrow(/"Ngày" on page 1 is required/);
    expect(() => emu.forms.submit({ answers: { Ngày: '2016-02-30' } })).toThrow(/takes a date as YYYY-MM-DD/);
    expect(() => emu.forms.submit({ answers: { Ngày: '15/09/2016' } })).toThrow(/takes a date as YYYY-MM-DD/);
    expect(() => emu.forms.submit({ answers: { Ngày: '2016-09-15', Giờ: '25:00' } })).toThrow(/takes a time as HH:MM/);
    emu.forms.submit({ answers: { Ngày: '2016-09-15', Giờ: '19:30' } });
    expect(emu.run('readBack')).toEqual([
      ['Ngày', '2016-09-15'],
      ['Giờ', '19:30'],
    ]);
  });
});
