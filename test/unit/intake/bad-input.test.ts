import { strToU8, zipSync } from 'fflate';
import { parseEmail, parseFile, parseHtml, parseText } from '../../../src/intake';
import { LIMITS } from '../../../src/intake/limits';
import { intakeErrors, intakeWarnings } from '../../../src/intake/messages';
import { buildDocx, buildXlsx, sampleTable } from '../../fixtures';
import { checked, cpuTimed } from './helpers';

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Finds the central-directory record of an entry and overwrites its uncompressed size. */
function patchDeclaredSize(zip: Uint8Array, entry: string, size: number): Uint8Array {
  const copy = zip.slice();
  const name = strToU8(entry);
  for (let i = 0; i < copy.length - 46; i++) {
    if (copy[i] !== 0x50 || copy[i + 1] !== 0x4b || copy[i + 2] !== 0x01 || copy[i + 3] !== 0x02) continue;
    const nameLength = copy[i + 28] | (copy[i + 29] << 8);
    if (nameLength === name.length && name.every((b, j) => copy[i + 46 + j] === b)) {
      new DataView(copy.buffer).setUint32(i + 24, size, true);
      return copy;
    }
  }
  throw new Error(`no entry ${entry}`);
}

const timed = cpuTimed;

describe('bad input never throws, hangs or blows memory', () => {
  const xlsx = buildXlsx(sampleTable());

  it('refuses a 30 MB attachment before reading it', () => {
    const bytes = new Uint8Array(30 * 1024 * 1024);
    expect(parseFile({ name: 'video.xlsx', bytes })).toEqual({ ok: false, error: intakeErrors.tooLarge(bytes.length, LIMITS.maxInputBytes) });
    expect(intakeErrors.tooLarge(bytes.length, LIMITS.maxInputBytes)).toContain('Tệp quá lớn (30 MB, chỉ nhận tệp đến 20 MB)');
  });

  it('says a truncated or garbled zip is damaged', () => {
    expect(parseFile({ name: 'a.xlsx', bytes: xlsx.subarray(0, Math.floor(xlsx.length / 2)) })).toEqual({ ok: false, error: intakeErrors.corrupt });
    const garbled = xlsx.slice();
    for (let i = 100; i < garbled.length - 200; i += 7) garbled[i] ^= 0x5a;
    expect(checked(parseFile({ name: 'a.xlsx', bytes: garbled }))).toMatchObject({ ok: false });
  });

  it('refuses a zip bomb by its declared size, without inflating it', () => {
    const bomb = patchDeclaredSize(xlsx, 'xl/worksheets/sheet1.xml', 0x7fffffff);
    const { result, ms } = timed(() => parseFile({ name: 'bomb.xlsx', bytes: bomb }));
    expect(result).toEqual({ ok: false, error: intakeErrors.unzippedTooLarge });
    expect(ms).toBeLessThan(1000);
  });

  it('refuses a real 60 MB entry and bounds an entry that lies about its size', () => {
    const huge = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': new Uint8Array(60 * 1024 * 1024).fill(0x20) }, { level: 1 });
    expect(parseFile({ name: 'big.xlsx', bytes: huge })).toEqual({ ok: false, error: intakeErrors.unzippedTooLarge });
    const liar = patchDeclaredSize(xlsx, 'xl/sharedStrings.xml', 40);
    expect(checked(parseFile({ name: 'liar.xlsx', bytes: liar }))).toMatchObject({ ok: false });
  });

  it('refuses a zip with more entries than any document has', () => {
    const files: Record<string, Uint8Array> = { 'word/document.xml': strToU8('<w:document/>') };
    for (let i = 0; i < LIMITS.maxZipEntries + 10; i++) files[`junk/${i}.xml`] = new Uint8Array(0);
    expect(parseFile({ name: 'many.docx', bytes: zipSync(files, { level: 0 }) })).toEqual({ ok: false, error: intakeErrors.unzippedTooLarge });
  });

  it('asks for the password to be removed from an encrypted Office file', () => {
    const name = Array.from('EncryptedPackage').flatMap((c) => [c.charCodeAt(0), 0]);
    const cfb = Uint8Array.from([...CFB_SIGNATURE, ...new Array(1000).fill(0), ...name, ...new Array(100).fill(0)]);
    expect(parseFile({ name: 'bang.xlsx', bytes: cfb })).toEqual({ ok: false, error: intakeErrors.password });
    expect(intakeErrors.password).toContain('tệp có mật khẩu, đề nghị bỏ mật khẩu rồi gửi lại'.replace('tệp', 'Tệp'));
    const zipCrypto = xlsx.slice();
    for (let i = 0; i < zipCrypto.length - 4; i++) {
      if (zipCrypto[i] === 0x50 && zipCrypto[i + 1] === 0x4b && zipCrypto[i + 2] === 0x01 && zipCrypto[i + 3] === 0x02) zipCrypto[i + 8] |= 1;
    }
    expect(parseFile({ name: 'bang.xlsx', bytes: zipCrypto })).toEqual({ ok: false, error: intakeErrors.password });
  });

  it('asks for .xlsx/.docx instead of old .xls/.doc, and says PDFs, pictures and empty files cannot be read', () => {
    const cfb = Uint8Array.from([...CFB_SIGNATURE, ...new Array(1000).fill(0)]);
    expect(parseFile({ name: 'bang.xls', bytes: cfb })).toEqual({ ok: false, error: intakeErrors.oldExcel });
    expect(parseFile({ name: 'bang.doc', bytes: cfb })).toEqual({ ok: false, error: intakeErrors.oldWord });
    expect(parseFile({ name: 'bang.pdf', bytes: strToU8('%PDF-1.4\n...') })).toEqual({ ok: false, error: intakeErrors.pdf });
    expect(parseFile({ name: 'anh.jpg', bytes: Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0, 0) })).toEqual({ ok: false, error: intakeErrors.image });
    expect(parseFile({ name: 'rong.csv', bytes: new Uint8Array(0) })).toEqual({ ok: false, error: intakeErrors.empty });
  });

  it('says binary junk is not a document', () => {
    let seed = 7;
    const junk = Uint8Array.from({ length: 50000 }, () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff);
    expect(parseFile({ name: 'bang.xlsx', bytes: junk })).toEqual({ ok: false, error: intakeErrors.notDocument('bang.xlsx') });
  });

  it('reads a 100,000-line body in bounded time and says how much it read', () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => `${i + 1}. Chi đoàn số ${i + 1}: năm 2015 Vững mạnh; 6 tháng đầu năm 2016 Khá`);
    const { result, ms } = timed(() => parseText(lines.join('\n')));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.chapters).toHaveLength(LIMITS.maxLines);
    expect(result.warnings).toEqual([intakeWarnings.linesNotRead(LIMITS.maxLines)]);
    expect(ms).toBeLessThan(10_000);
    const noise = timed(() => parseEmail({ plainBody: 'xin chào\n'.repeat(100_000), htmlBody: '<div>xin chào</div>'.repeat(100_000), attachments: [] }));
    expect(noise.result).toEqual({ ok: false, error: intakeErrors.noTable });
    expect(noise.ms).toBeLessThan(10_000);
  });

  it('survives XML nested deeper than any parser stack', () => {
    const deep = `<w:document xmlns:w="x"><w:body>${'<w:p>'.repeat(200_000)}${'</w:p>'.repeat(200_000)}</w:body></w:document>`;
    const docx = zipSync({ 'word/document.xml': strToU8(deep) });
    expect(checked(parseFile({ name: 'deep.docx', bytes: docx }))).toMatchObject({ ok: false });
    expect(checked(parseHtml('<div>'.repeat(100_000) + 'Chi đoàn A: năm 2015 Khá'))).toMatchObject({ ok: true });
  });

  it('bounds a row of a million columns and a merged range over the whole sheet', () => {
    const wide = parseFile({ name: 'wide.csv', bytes: strToU8(`Tên Chi đoàn,Năm 2015${','.repeat(1_000_000)}\nChi đoàn A,Khá\n`) });
    expect(wide).toMatchObject({ ok: true, chapters: [{ name: 'Chi đoàn A', ratings: { '2015': 'KHA' } }] });
    const merged = buildXlsx(sampleTable(), { merges: ['A1:XFD1048576', 'G2:G1048576'] });
    expect(checked(parseFile({ name: 'merged.xlsx', bytes: merged }))).toBeDefined();
    const docx = buildDocx([[{ content: 'Tên Chi đoàn', gridSpan: 1_000_000 }, 'Năm 2015']]);
    expect(checked(parseFile({ name: 'span.docx', bytes: docx }))).toMatchObject({ ok: false });
  });
});
