import * as XLSX from 'xlsx';
import { parseFile } from '../../../src/intake';
import { summaryFileName, summaryXlsx } from '../../../src/ui/report/summaryTable';
import type { Unit } from '../../../src/domain/campaign';
import type { ChapterRecord } from '../../../src/domain/unitStatus';

const unit = (id: string, name: string): Unit => ({ id, name, short: id, kind: 'commune', cluster: '', emails: [], secretary: '', cadre: '', chapters: [] });
const campaign = {
  office: 'Đoàn xã Núi Thành',
  periods: [{ code: '2025', label: 'năm 2025' }],
  units: [unit('a', 'Chi đoàn thôn Tây Yên'), unit('b', 'Chi đoàn thôn Đông Yên')],
};
const chapters: Record<string, ChapterRecord[]> = {
  a: [{ name: 'Chi đoàn thôn Tây Yên', members: 21, ratings: { '2025': 'HTXSNV' }, registration: 'BUILD_STRONG' }],
  b: [
    { name: 'Chi đoàn thôn Đông Yên', members: 18, ratings: { '2025': 'KHTNV' }, registration: 'SUPPORT' },
    { name: 'Chi đoàn "=Trường" & <Tam>', members: null, ratings: { '2025': null }, registration: null },
  ],
};

describe('tong-hop-<office>.xlsx, the table sent up with the report', () => {
  const bytes = summaryXlsx(campaign, (u) => chapters[u.id] ?? [], '2026-01-15');

  test('is named in ASCII after the office', () => {
    expect(summaryFileName('Đoàn xã Núi Thành')).toBe('tong-hop-doan-xa-nui-thanh.xlsx');
    expect(summaryFileName('Thành Đoàn Đà Nẵng')).toBe('tong-hop-thanh-doan-da-nang.xlsx');
  });

  test('opens in a spreadsheet reader with the title, the header and one row a chapter, text kept as text', () => {
    const book = XLSX.read(bytes, { type: 'array' });
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1, blankrows: false });
    expect(rows[0]).toEqual(['ĐOÀN XÃ NÚI THÀNH']);
    expect(rows[3]).toEqual(['STT', 'Tên Chi đoàn', 'Đơn vị', 'Số đoàn viên', 'Xếp loại năm 2025', 'Đăng ký']);
    expect(rows[4]).toEqual([1, 'Chi đoàn thôn Tây Yên', 'Chi đoàn thôn Tây Yên', 21, 'Hoàn thành xuất sắc nhiệm vụ', 'Xây dựng Chi đoàn mạnh']);
    expect(rows[6]?.[1]).toBe('Chi đoàn "=Trường" & <Tam>');
  });

  test('is read back by the product’s own parser as the office’s classification table', () => {
    const report = parseFile({ name: 'tong-hop-doan-xa-nui-thanh.xlsx', bytes });
    expect(report.ok).toBe(true);
    if (!report.ok) return;
    expect(report.unit).toBe('ĐOÀN XÃ NÚI THÀNH');
    expect(report.periods).toEqual(['2025']);
    expect(report.chapters.map((c) => [c.name, c.members, c.ratings['2025'] ?? null, c.registration])).toEqual([
      ['Chi đoàn thôn Tây Yên', 21, 'HTXSNV', 'BUILD_STRONG'],
      ['Chi đoàn thôn Đông Yên', 18, 'KHTNV', 'SUPPORT'],
      ['Chi đoàn "=Trường" & <Tam>', null, null, null],
    ]);
  });
});
