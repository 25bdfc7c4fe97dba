import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { demoSeason } from '../../local/demoSeason';
import { runSeason } from '../../local/simulation';
import { DEFAULT_CAMPAIGN } from '../../src/domain/defaultCampaign';
import { DIST } from './season';

/**
 * The report as a person opening `out/report.docx` sees it: rendered by LibreOffice to PDF, then
 * to a PNG of its first page, saved with the sidebar's screenshots. Skipped where LibreOffice
 * (and poppler's pdftoppm) is not installed: CI installs only Chromium.
 */
const SHOTS = resolve(__dirname, '../../out/screenshots');
const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const rendered = has('soffice') && has('pdftoppm');

(rendered ? describe : describe.skip)('the report rendered by LibreOffice', () => {
  test('out/report.docx converts to PDF and its first pages are saved as screenshots', () => {
    // The season `npm start` plays, so the report is the one it writes.
    const season = runSeason({ campaign: DEFAULT_CAMPAIGN, campaignJson: '', until: null, bundlePath: resolve(DIST, 'Code.js'), ...demoSeason(), report: true });
    expect(season.reportId).not.toBeNull();
    const work = mkdtempSync(join(tmpdir(), 'dcs-report-'));
    const docx = join(work, 'report.docx');
    writeFileSync(docx, season.emu.docs.docx(season.reportId!));
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${work}/profile`, '--convert-to', 'pdf', '--outdir', work, docx], { stdio: 'ignore', timeout: 120_000 });
    const text = execFileSync('pdftotext', ['-layout', join(work, 'report.pdf'), '-'], { encoding: 'utf8' });
    // What the page shows, with its Vietnamese letters: the header, the title, a table, the signature.
    expect(text).toContain('ĐOÀN TNCS HỒ CHÍ MINH');
    expect(text).toContain('BÁO CÁO');
    expect(text).toMatch(/Vững mạnh/);
    expect(text).toContain('TM. BAN THƯỜNG VỤ');
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '2', join(work, 'report.pdf'), join(work, 'page')]);
    mkdirSync(SHOTS, { recursive: true });
    const pages = readdirSync(work).filter((f) => /^page-\d+\.png$/.test(f)).sort();
    expect(pages.length).toBeGreaterThan(0);
    pages.forEach((page, i) => renameSync(join(work, page), join(SHOTS, `report-page-${i + 1}.png`)));
  }, 300_000);
});
