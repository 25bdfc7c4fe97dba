import { join, resolve } from 'node:path';
import { unitsFormId } from './cadreFormHarness';
import { readFileSync } from 'node:fs';
import { parseCampaignJson } from '../../src/domain/campaign';
import { readMailDir } from '../../local/mailDrop';
import { runSeason, type Season } from '../../local/simulation';

/**
 * The report of the 2026 example (Thành Đoàn Đà Nẵng over communes and wards since 1/7/2025, on
 * the current scale) as `npm start -- --campaign examples/campaign-2026.json --mail examples/mail-2026`
 * makes it: its figures are the workbook's, its words the city's (no district anywhere).
 */
const ROOT = join(__dirname, '../..');
const json = readFileSync(join(ROOT, 'examples/campaign-2026.json'), 'utf8');
const parsed = parseCampaignJson(json);
if (!parsed.ok) throw new Error(parsed.errors.join('; '));
const campaign = parsed.campaign;
const LEVELS = ['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành nhiệm vụ', 'Không hoàn thành nhiệm vụ'];

let season: Season;
beforeAll(async () => {
  const mail = await readMailDir(join(ROOT, 'examples/mail-2026'));
  season = runSeason({ campaign, campaignJson: json, until: null, bundlePath: resolve(ROOT, 'dist/Code.js'), mail, report: true });
}, 300_000);

/** "huyện" anywhere but in a name the data itself gives (a unit's, a chapter's, a person's). */
function districtWords(text: string): string[] {
  const names = [...campaign.units.flatMap((u) => [u.name, u.short, ...u.chapters]), ...campaign.cadres.map((c) => c.name)];
  const cleaned = names.reduce((t, name) => t.split(name).join(' '), text);
  return [...cleaned.matchAll(/.{0,40}huyện.{0,20}/giu)].map((m) => m[0]);
}

describe('the 2026 example (a Thành Đoàn over communes, since 1/7/2025)', () => {
  test('no letter, sheet, form text or sidebar read speaks of a district', () => {
    const emu = season.emu;
    expect(emu.mail.sent.length).toBeGreaterThan(5);
    for (const mail of emu.mail.sent) expect(districtWords([mail.subject, mail.body, mail.htmlBody].join('\n'))).toEqual([]);
    expect(emu.mail.sent.some((m) => m.body.includes('Văn phòng Thành Đoàn'))).toBe(true);
    expect(emu.mail.sent.some((m) => m.body.includes('TM. BAN THƯỜNG VỤ THÀNH ĐOÀN'))).toBe(true);
    for (const sheet of emu.spreadsheet.getSheets()) {
      expect({ sheet: sheet.getName(), found: districtWords(JSON.stringify(emu.values(sheet.getName()))) }).toEqual({ sheet: sheet.getName(), found: [] });
    }
    expect(districtWords(JSON.stringify([emu.forms.list(), emu.forms.items(unitsFormId(emu))]))).toEqual([]);
    const reads = [emu.run('getDashboard'), emu.run('getReviewQueue'), ...campaign.units.slice(0, 3).map((u) => emu.run('getUnitDetail', u.id))];
    expect(districtWords(JSON.stringify(reads))).toEqual([]);
  });

  test('its report, made at the end of the season: the Thành Đoàn’s header, the current scale, the workbook’s numbers', () => {
    expect(season.reportId).not.toBeNull();
    const doc = season.emu.docs.get(season.reportId!);
    const text = doc.text;
    expect(text).toContain('TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH');
    expect(text).toContain('BCH THÀNH ĐOÀN ĐÀ NẴNG');
    expect(text).toContain('Đà Nẵng, ngày 19 tháng 9 năm 2026');
    expect(text).toContain('- Trung ương Đoàn TNCS Hồ Chí Minh (báo cáo);');
    expect(text).toContain(`Tổng số đơn vị: ${campaign.units.length};`);
    // The classification table against `Tổng hợp`'s total row, level by level and period by period.
    const summary = season.emu.values('Tổng hợp');
    const total = summary.find((r) => r[0] === '' && String(r[1]).startsWith('Toàn '))!;
    const table = doc.body.children.find((b) => b.kind === 'table' && cell(b.rows[0]!.cells[0]!) === 'Xếp loại');
    if (table?.kind !== 'table') throw new Error('no ratings table');
    expect(table.rows.slice(1, 5).map((r) => cell(r.cells[0]!))).toEqual(LEVELS);
    LEVELS.forEach((_, l) => {
      const row = table.rows[1 + l]!;
      expect(campaign.periods.map((_, p) => Number(cell(row.cells[1 + 2 * p]!)))).toEqual(campaign.periods.map((_, p) => Number(total[5 + p * 9 + 2 * l])));
    });
    const complete = season.emu.values('Đơn vị').slice(1).filter((r) => r.includes('Đã nộp đủ')).length;
    expect(text).toContain(`đã gửi đầy đủ xếp loại và đăng ký: ${complete} đơn vị`);
    expect(districtWords(text)).toEqual([]);
  });
});

function cell(c: { children: readonly { kind: string; text?: string }[] }): string {
  return c.children.map((p) => p.text ?? '').join('\n').trim();
}
