import { ZipReader } from '../../src/intake/zip';
import { emulate, errorOf } from './helpers';

const AUTH = 'https://www.googleapis.com/auth/';
const NOT_FOUND = 'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';

const SCRIPT = `
  function archive() {
    var folder = DriveApp.createFolder('Lưu VT');
    var doc = DocumentApp.create('Báo cáo');
    doc.getBody().appendParagraph('Nơi nhận: BTV');
    doc.saveAndClose();
    var file = DriveApp.getFileById(doc.getId());
    file.moveTo(folder);
    folder.createFile(Utilities.newBlob('a;b', 'text/csv', 'bang.csv'));
    var names = [];
    var files = folder.getFiles();
    while (files.hasNext()) names.push(files.next().getName());
    var pdf = file.getAs(MimeType.PDF);
    var docx = file.getAs(MimeType.MICROSOFT_WORD);
    return { folder: folder.getId(), doc: doc.getId(), names: names.sort(), pdf: [pdf.getName(), pdf.getContentType(), pdf.getDataAsString().slice(0, 8)],
      docx: [docx.getName(), docx.getBytes().length > 0], blob: file.getBlob().getContentType(), type: file.getMimeType(),
      found: DriveApp.getFoldersByName('Lưu VT').next().getId() === folder.getId(), end: errorOf(function () { files.next(); }),
      png: errorOf(function () { file.getAs('image/png'); }), url: file.getUrl(), size: file.getSize() };
  }
  function read(id) { return DriveApp.getFileById(id).getName(); }
  function trash(id) { DriveApp.getFileById(id).setTrashed(true); return DriveApp.getFileById(id).isTrashed(); }
  function exported(id) { return Drive.Files.export(id, MimeType.MICROSOFT_WORD, { alt: 'media' }).getBytes().length; }
  function errorOf(fn) { try { fn(); return null; } catch (e) { return String(e); } }
`;

const SCOPES = [`${AUTH}documents`, `${AUTH}drive.file`];

describe('DriveApp', () => {
  test('folders and files: a Doc is a Drive file, moved into a folder, listed, exported as PDF and DOCX', () => {
    const emu = emulate(SCRIPT, { oauthScopes: SCOPES });
    const r = emu.run('archive') as Record<string, unknown>;
    expect(r).toMatchObject({
      names: ['Báo cáo', 'bang.csv'],
      pdf: ['Báo cáo.pdf', 'application/pdf', '%PDF-1.4'],
      docx: ['Báo cáo.docx', true],
      blob: 'application/pdf',
      type: 'application/vnd.google-apps.document',
      found: true,
      end: 'Exception: Cannot retrieve the next object: iterator has reached the end.',
      png: 'Exception: Converting from application/vnd.google-apps.document to image/png is not supported.',
      size: 0,
    });
    expect(r.url).toBe(`https://docs.google.com/document/d/${String(r.doc)}/edit?usp=drivesdk`);
    const folder = emu.drive.folders().find((f) => f.name === 'Lưu VT')!;
    expect(folder.root).toBe(false);
    expect(emu.drive.files().map((f) => [f.name, f.parents])).toEqual([['Báo cáo', [folder.id]], ['bang.csv', [folder.id]]]);
    const docx = emu.docs.docx(String(r.doc));
    expect(new TextDecoder().decode(new ZipReader(docx).read('word/document.xml')!)).toContain('Nơi nhận: BTV');
    expect(emu.calls.total('Drive')).toBeGreaterThan(5);
  });

  test('under drive.file a file the script did not make is not found; drive reaches it; drive.readonly reads but cannot trash it', () => {
    const outside = (scopes: string[]) => {
      const emu = emulate(SCRIPT, { oauthScopes: scopes });
      return { emu, id: emu.drive.addFile({ name: 'Kế hoạch 160.docx', mimeType: 'application/msword', content: new Uint8Array([1, 2]) }) };
    };
    const narrow = outside(SCOPES);
    expect(errorOf(() => narrow.emu.run('read', narrow.id)).message).toBe(NOT_FOUND);
    const wide = outside([`${AUTH}drive`]);
    expect(wide.emu.run('read', wide.id)).toBe('Kế hoạch 160.docx');
    expect(wide.emu.run('trash', wide.id)).toBe(true);
    const readonly = outside([`${AUTH}drive.readonly`, `${AUTH}drive.file`]);
    expect(readonly.emu.run('read', readonly.id)).toBe('Kế hoạch 160.docx');
    expect(errorOf(() => readonly.emu.run('trash', readonly.id)).message).toBe(NOT_FOUND);
  });

  test("another user's file is not found, whatever the scope", () => {
    const emu = emulate(SCRIPT, { oauthScopes: [`${AUTH}drive`, `${AUTH}documents`], editors: ['bithu@example.org'] });
    const { doc } = emu.run('archive') as { doc: string };
    expect(errorOf(() => emu.runAs({ user: 'bithu@example.org' }, 'read', doc)).message).toBe(NOT_FOUND);
  });

  test('without a Drive scope DriveApp is refused with the platform text', () => {
    const emu = emulate(SCRIPT, { oauthScopes: [`${AUTH}documents`] });
    expect(errorOf(() => emu.run('archive')).message).toBe(
      `You do not have permission to call DriveApp.createFolder. Required permissions: (${AUTH}drive || ${AUTH}drive.file)`,
    );
  });

  test('the Drive advanced service exports the same Doc (one file model)', () => {
    const emu = emulate(SCRIPT, { oauthScopes: SCOPES, advancedServices: [{ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' }] });
    const { doc } = emu.run('archive') as { doc: string };
    expect(emu.run('exported', doc)).toBe(emu.docs.docx(doc).length);
  });
});
