import { docxDocument } from '../../src/intake/formats/docx';
import { ZipReader } from '../../src/intake/zip';
import { emulate } from './helpers';

/** An administrative letter's skeleton: header table without borders, title, body, list, a table, signature. */
const SCRIPT = `
  function letter() {
    var doc = DocumentApp.create('Báo cáo kết quả');
    var body = doc.getBody();
    body.setPageWidth(595.276).setPageHeight(841.89).setMarginTop(56.7).setMarginBottom(56.7).setMarginLeft(85.05).setMarginRight(42.5);
    var header = body.appendTable([['BCH ĐOÀN HUYỆN NÚI THÀNH', 'ĐOÀN TNCS HỒ CHÍ MINH'], ['Số: 12-BC/HĐTN', 'Núi Thành, ngày 26 tháng 8 năm 2016']]);
    header.setBorderWidth(0);
    header.getCell(0, 1).editAsText().setBold(true);
    header.getCell(1, 1).editAsText().setItalic(true);
    var title = body.appendParagraph('BÁO CÁO');
    title.setAlignment(DocumentApp.HorizontalAlignment.CENTER);
    title.editAsText().setBold(true).setFontSize(14).setFontFamily('Times New Roman');
    body.appendParagraph('Kết quả xếp loại & đăng ký <năm 2015>').setHeading(DocumentApp.ParagraphHeading.HEADING2);
    body.appendListItem('Vững mạnh: 12 chi đoàn').setGlyphType(DocumentApp.GlyphType.NUMBER);
    body.appendListItem('Khá: 3 chi đoàn');
    body.appendTable([['Xếp loại', 'Số chi đoàn'], ['Vững mạnh', '12']]);
    body.appendPageBreak();
    body.appendParagraph('TM. BAN THƯỜNG VỤ').setAlignment(DocumentApp.HorizontalAlignment.RIGHT).editAsText().setBold(0, 2, true);
    return doc.getId();
  }
`;

function written() {
  const emu = emulate(SCRIPT);
  const id = emu.run('letter') as string;
  return { emu, bytes: emu.docs.docx(id) };
}

describe('the docx writer', () => {
  test('writes a zip with word/document.xml that the intake docx parser reads back: header table, title, list, table, signature', () => {
    const { bytes } = written();
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const zip = new ZipReader(bytes);
    expect(zip.names()).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml']));
    const read = docxDocument(zip);
    expect(read.warnings).toEqual([]);
    const grids = read.blocks.filter((b) => b.kind === 'grid');
    expect(grids.map((g) => (g.kind === 'grid' ? g.rows.map((r) => r.cells.map((c) => c.text)) : []))).toEqual([
      [['BCH ĐOÀN HUYỆN NÚI THÀNH', 'ĐOÀN TNCS HỒ CHÍ MINH'], ['Số: 12-BC/HĐTN', 'Núi Thành, ngày 26 tháng 8 năm 2016']],
      [['Xếp loại', 'Số chi đoàn'], ['Vững mạnh', '12']],
    ]);
    const lines = read.blocks.flatMap((b) => (b.kind === 'text' ? b.lines.map((l) => l.text) : []));
    expect(lines).toEqual(expect.arrayContaining(['BÁO CÁO', 'Kết quả xếp loại & đăng ký <năm 2015>', '• Vững mạnh: 12 chi đoàn', '• Khá: 3 chi đoàn', 'TM. BAN THƯỜNG VỤ']));
  });

  test('keeps the layout: A4 and margins, borderless header table, bold, italic, size, font, centring, heading style, numbering, page break', () => {
    const { bytes } = written();
    const xml = new TextDecoder().decode(new ZipReader(bytes).read('word/document.xml')!);
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
    expect(xml).toContain('w:top="1134" w:right="850" w:bottom="1134" w:left="1701"');
    expect(xml).toMatch(/<w:tblBorders><w:top w:val="nil"\/>/);
    expect(xml).toMatch(/<w:tblBorders><w:top w:val="single" w:sz="8"/);
    expect(xml).toMatch(/<w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">ĐOÀN TNCS HỒ CHÍ MINH<\/w:t>/);
    expect(xml).toMatch(/<w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">Núi Thành, ngày 26/);
    expect(xml).toContain('<w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t xml:space="preserve">BÁO CÁO</w:t>');
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(xml).toContain('&amp; đăng ký &lt;năm 2015&gt;');
    expect(xml).toContain('<w:br w:type="page"/>');
    // Only "TM." is bold in the signature line: two runs.
    expect(xml).toMatch(/<w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">TM\.<\/w:t><\/w:r><w:r><w:t xml:space="preserve"> BAN THƯỜNG VỤ<\/w:t>/);
    const numbering = new TextDecoder().decode(new ZipReader(bytes).read('word/numbering.xml')!);
    // Both items of the body's list share one numbering instance, on the glyph set first.
    expect(xml.match(/<w:numId w:val="1"\/>/g)).toHaveLength(2);
    expect(numbering).toMatch(/<w:num w:numId="1"><w:abstractNumId w:val="3"\/><\/w:num>/);
  });
});
