import { parseEmail } from '../../../src/intake';
import { summaryXlsx } from '../../../src/ui/report/summaryTable';
import type { Unit } from '../../../src/domain/campaign';
import { buildDocx } from '../../fixtures/docx';

/** A lower office's report as the product sends it up: the table alone is its submission. */
const unit = (name: string): Unit => ({ id: name, name, short: name, kind: 'commune', cluster: '', emails: [], secretary: '', cadre: '', chapters: [name] });
const campaign = { office: 'Đoàn xã Núi Thành', periods: [{ code: '2025', label: 'năm 2025' }], units: [unit('Chi đoàn thôn Khối phố 1'), unit('Chi đoàn thôn Khối phố 2')] };
const table = summaryXlsx(campaign, (u) => [{ name: u.name, members: 20, ratings: { '2025': u.name.endsWith('1') ? 'HTXSNV' : 'HTNV' }, registration: null }], '2026-09-10');
/** The report's own tables: ratings and registrations by unit, which are not chapters. */
const reportDocx = buildDocx([
  ['Đơn vị', 'Xây dựng Chi đoàn mạnh', 'Hỗ trợ'],
  ['Chi đoàn thôn Khối phố 9', 'Chi đoàn thôn Khối phố 9', ''],
]);

describe('a lower office’s report email', () => {
  test('is read from its tong-hop table only: the Word copy and the PDF beside it add nothing', () => {
    const report = parseEmail({
      subject: '[Đi cơ sở] Báo cáo kết quả xếp loại Chi đoàn của Đoàn xã Núi Thành',
      from: 'Đoàn xã Núi Thành <doan.nuithanh@example.org>',
      plainBody: 'Kính gửi: Thành Đoàn Đà Nẵng\nĐoàn xã Núi Thành gửi báo cáo kết quả xếp loại Chi đoàn năm 2025.',
      attachments: [
        { name: 'Báo cáo kết quả.pdf', bytes: new TextEncoder().encode('%PDF-1.4\n%%EOF') },
        { name: 'Báo cáo kết quả.docx', bytes: reportDocx },
        { name: 'tong-hop-doan-xa-nui-thanh.xlsx', bytes: table },
      ],
    });
    expect(report.ok).toBe(true);
    if (!report.ok) return;
    expect(report.unit).toBe('ĐOÀN XÃ NÚI THÀNH');
    expect(report.chapters.map((c) => [c.name, c.ratings['2025']])).toEqual([
      ['Chi đoàn thôn Khối phố 1', 'HTXSNV'],
      ['Chi đoàn thôn Khối phố 2', 'HTNV'],
    ]);
    expect(report.warnings).toEqual([]);
  });
});
