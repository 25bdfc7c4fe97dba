import { pdfTexts } from '../../local/emulator/documents/pdf';
import { emulate, errorOf } from './helpers';

const DOCS = 'https://www.googleapis.com/auth/documents';
const DRIVE = 'https://www.googleapis.com/auth/drive';

const SCRIPT = `
  function props() { return PropertiesService.getScriptProperties(); }
  function make() {
    var doc = DocumentApp.create('Báo cáo');
    var body = doc.getBody();
    body.appendParagraph('Kính gửi: Ban Thường vụ').editAsText().setBold(0, 8, true);
    var t = body.appendTable([['A', 'B'], ['C']]);
    t.getCell(1, 0).setText('C1');
    body.appendListItem('một').setNestingLevel(1);
    props().setProperty('id', doc.getId());
    return { id: doc.getId(), url: doc.getUrl(), name: doc.getName(), children: body.getNumChildren(), paragraphs: body.getParagraphs().length,
      tables: body.getTables().length, rows: t.getNumRows(), cells: t.getRow(1).getNumCells(),
      text: body.getText(), first: body.getChild(0).getType() + '' };
  }
  function formats() {
    var body = DocumentApp.openById(props().getProperty('id')).getBody();
    var p = body.getParagraphs()[1];
    var text = p.editAsText();
    var attrs = p.getAttributes();
    return { bold: [text.isBold(0), text.isBold(9)], heading: String(p.getHeading()), align: p.getAlignment(), attrBold: attrs[DocumentApp.Attribute.BOLD],
      item: String(body.getListItems()[0].getNestingLevel()) };
  }
  function styled() {
    var body = DocumentApp.openById(props().getProperty('id')).getBody();
    var attrs = {};
    attrs[DocumentApp.Attribute.FONT_SIZE] = 13;
    attrs[DocumentApp.Attribute.HORIZONTAL_ALIGNMENT] = DocumentApp.HorizontalAlignment.JUSTIFY;
    body.setAttributes(attrs);
    var p = body.getParagraphs()[1];
    return [p.editAsText().getFontSize(3), String(p.getAlignment())];
  }
  function closed() {
    var doc = DocumentApp.openById(props().getProperty('id'));
    var body = doc.getBody();
    body.appendParagraph('Lưu VT');
    doc.saveAndClose();
    return [doc.getId() === props().getProperty('id'), errorOf(function () { body.appendParagraph('x'); }), errorOf(function () { doc.getBody(); })];
  }
  function pending() {
    var doc = DocumentApp.openById(props().getProperty('id'));
    doc.getBody().appendParagraph('Chưa lưu');
    return doc.getAs('application/pdf').getDataAsString().indexOf('Chua luu') >= 0;
  }
  function clearAll() {
    var body = DocumentApp.openById(props().getProperty('id')).getBody();
    body.clear();
    return [body.getNumChildren(), errorOf(function () { body.removeChild(body.getChild(0)); }), errorOf(function () { body.getParagraphs()[0].setHeading('TITLE'); })];
  }
  function rowBold() {
    var t = DocumentApp.openById(props().getProperty('id')).getBody().getTables()[0];
    t.getRow(0).editAsText().setBold(true);
    return [t.getCell(0, 0).editAsText().isBold(0), t.getCell(0, 1).editAsText().isBold(0), t.getCell(1, 0).editAsText().isBold(0)];
  }
  function open(id) { return DocumentApp.openById(id).getName(); }
  function errorOf(fn) { try { fn(); return null; } catch (e) { return String(e); } }
`;

describe('DocumentApp', () => {
  test('a new Doc starts with one empty paragraph; paragraphs, tables (rectangular) and list items are added in order', () => {
    const emu = emulate(SCRIPT);
    const made = emu.run('make') as Record<string, unknown>;
    expect(made).toMatchObject({ name: 'Báo cáo', children: 4, paragraphs: 7, tables: 1, rows: 2, cells: 2, first: 'PARAGRAPH' });
    expect(made.url).toBe(`https://docs.google.com/document/d/${String(made.id)}/edit`);
    expect(made.text).toBe('\nKính gửi: Ban Thường vụ\nA\tB\nC1\t\nmột');
    expect(emu.run('formats')).toEqual({ bold: [true, false], heading: 'NORMAL', align: null, attrBold: true, item: '1' });
    expect(emu.run('styled')).toEqual([13, 'JUSTIFY']);
  });

  test('a table row edited as text reaches every cell of that row only', () => {
    const emu = emulate(SCRIPT);
    emu.run('make');
    expect(emu.run('rowBold')).toEqual([true, true, false]);
  });

  test('every call is a Document call of 100 ms', () => {
    const emu = emulate(SCRIPT);
    const before = emu.clock.now().getTime();
    emu.run('make');
    const calls = emu.calls.total('Document');
    expect(calls).toBeGreaterThan(10);
    expect(emu.executions[0]!.calls.Document).toBe(calls);
    expect(emu.clock.now().getTime() - before).toBeGreaterThanOrEqual(calls * 100);
  });

  test('saveAndClose saves and closes: the handle and its elements refuse further calls; the name and id stay readable', () => {
    const emu = emulate(SCRIPT);
    emu.run('make');
    const closedText = 'Exception: Document is closed, its contents cannot be updated.';
    expect(emu.run('closed')).toEqual([true, closedText, closedText]);
    expect(emu.docs.list()[0]!.text.endsWith('Lưu VT')).toBe(true);
  });

  test('an export sees the saved Doc only: pending edits reach it at saveAndClose or when the execution ends', () => {
    const emu = emulate(SCRIPT);
    emu.run('make');
    expect(emu.run('pending')).toBe(false);
    const id = emu.docs.list()[0]!.id;
    expect(emu.docs.get(id).text.endsWith('Chưa lưu')).toBe(true);
    expect(pdfTexts(emu.docs.pdf(id))).toContain('Chua luu');
  });

  test('a section keeps one paragraph; a wrong enum is the signature refusal', () => {
    const emu = emulate(SCRIPT);
    emu.run('make');
    expect(emu.run('clearAll')).toEqual([
      1,
      "Exception: Can't remove the last paragraph in a document section.",
      "Exception: The parameters (String) don't match the method signature for DocumentApp.Paragraph.setHeading.",
    ]);
  });

  test("a Doc belongs to its maker: another user's is missing, as is an unknown id", () => {
    const emu = emulate(SCRIPT, { editors: ['bithu@example.org'] });
    const { id } = emu.run('make') as { id: string };
    const missing = "Document is missing (perhaps it was deleted, or you don't have read access?)";
    expect(emu.run('open', id)).toBe('Báo cáo');
    expect(errorOf(() => emu.runAs({ user: 'bithu@example.org' }, 'open', id)).message).toBe(missing);
    expect(errorOf(() => emu.run('open', 'nope')).message).toBe(missing);
  });

  test('without the documents scope the call is refused with the platform text', () => {
    const emu = emulate(SCRIPT, { oauthScopes: [DRIVE, 'https://www.googleapis.com/auth/script.storage'] });
    expect(errorOf(() => emu.run('make')).message).toBe(`You do not have permission to call DocumentApp.create. Required permissions: ${DOCS}`);
  });

  test('documents.currentonly does not open or create other Docs', () => {
    const emu = emulate(SCRIPT, { oauthScopes: ['https://www.googleapis.com/auth/documents.currentonly'] });
    expect(errorOf(() => emu.run('open', 'x')).message).toBe(`You do not have permission to call DocumentApp.openById. Required permissions: ${DOCS}`);
  });
});
