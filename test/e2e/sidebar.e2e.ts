import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { Emulator } from '../../local/emulator';
import { startPreview } from '../../local/preview/server';
import { DEFAULT_CAMPAIGN } from '../../src/domain/defaultCampaign';
import { launchSidebarBrowser, type Browser } from './browser';
import { DIST, e2eSeason, UNKNOWN_SENDER_ID, XSS_CHAPTER } from './season';

const SHOTS = resolve(__dirname, '../../out/screenshots');

let emu: Emulator;
let server: Server;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];
const pageErrors: string[] = [];

/** A screenshot of the whole sidebar, its scrolling area unrolled (the viewport grows to fit, then shrinks back). */
async function screenshot(name: string): Promise<void> {
  const height = await page.evaluate(() => {
    const scroller = document.getElementById('scroller')!;
    return scroller.scrollHeight + document.getElementById('footer')!.offsetHeight;
  });
  await page.setViewportSize({ width: 300, height: Math.max(600, Math.min(height, 4000)) });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  await page.setViewportSize({ width: 300, height: 900 });
}

function unitRow(id: string): unknown[] {
  return emu.values('Đơn vị').find((row) => row[0] === id)!;
}

/** The unit's link in the `Biểu mẫu` column of Đơn vị ('' when the column is not there). */
function formLink(id: string): string {
  const column = emu.values('Đơn vị')[0].indexOf('Biểu mẫu');
  return column < 0 ? '' : String(unitRow(id)[column]);
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  emu = e2eSeason();
  server = await startPreview(emu, DIST, 0);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchSidebarBrowser(origin);
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  page = await browser.context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${origin}/`);
  // Building the simulated season is the fixture, not what is measured: on a busy 2-core runner it outlasts the default timeout.
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
});

describe('the sidebar in Chromium, on the preview of a simulated season', () => {
  test('the dashboard shows the progress the workbook holds, the chart and every unit', async () => {
    const complete = emu.values('Đơn vị').filter((row) => row[11] === 'Đã nộp đủ').length;
    const total = DEFAULT_CAMPAIGN.units.length;
    expect(complete).toBeGreaterThan(1);
    await expect(page.locator('.progress').textContent()).resolves.toBe(`${complete}/${total} đơn vị đã nộp đủ`);
    await page.waitForSelector('.units li.unit');
    expect(await page.locator('.units li.unit').count()).toBe(total);
    expect(await page.locator('.deadline').textContent()).toMatch(/^Hạn nộp 12\/09\/2016 · Quá hạn \d+ ngày$/);
    expect(await page.locator('svg.chart title').first().textContent()).toContain('năm 2015');
    expect(await page.locator('svg.chart rect').count()).toBe(8);
    expect(await page.locator('nav button.tab').nth(1).textContent()).toBe('Chờ xem xét (1)');
    const tamTra = page.locator('li.unit[data-unit="tam-tra"]');
    expect(await tamTra.locator('.chips').textContent()).toContain('năm 2015: 5/5 đủ');
    expect(await tamTra.textContent()).toContain('Lần nhận cuối: 08/09/2016 09:20');
    expect(await tamTra.textContent()).toContain('Cán bộ: Phạm Thị Kim Oanh');
    const focusOrder: string[] = [];
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      focusOrder.push(await page.evaluate(() => {
        const active = document.activeElement as HTMLElement;
        const label = active.id ? document.querySelector(`label[for="${active.id}"]`)?.textContent : null;
        return `${active.tagName.toLowerCase()}:${label ?? active.textContent}`;
      }));
    }
    expect(focusOrder).toEqual([
      'button:Tổng quan',
      'button:Chờ xem xét (1)',
      'button:Đi cơ sở',
      `button:Nhắc tất cả đơn vị chưa nộp (${total - complete})`,
      'input:Tìm đơn vị',
      'select:Cụm',
      'select:Cán bộ đứng điểm',
      'input:Chỉ đơn vị quá hạn (chưa nộp đủ)',
      'select:Sắp xếp',
      'button:Đoàn thị trấn Núi Thành',
    ]);
    await screenshot('dashboard');
  });

  test('filters by cluster and by late units', async () => {
    await page.selectOption('#' + (await page.locator('label:has-text("Cụm")').getAttribute('for')), 'Cụm 4');
    const inCluster = DEFAULT_CAMPAIGN.units.filter((u) => u.cluster === 'Cụm 4');
    expect(await page.locator('.units li.unit').count()).toBe(inCluster.length);
    expect(await page.locator('.count').textContent()).toBe(`Đang hiện ${inCluster.length}/${DEFAULT_CAMPAIGN.units.length} đơn vị`);
    expect(await page.locator('li.unit[data-unit="tam-tra"]').count()).toBe(1);
    await page.getByLabel('Chỉ đơn vị quá hạn (chưa nộp đủ)').check();
    const late = inCluster.filter((u) => unitRow(u.id)[11] !== 'Đã nộp đủ');
    expect(await page.locator('.units li.unit').count()).toBe(late.length);
    expect(await page.locator('li.unit[data-unit="tam-tra"]').count()).toBe(0);
    expect(await page.locator('.units li.unit.complete').count()).toBe(0);
    await page.selectOption('#' + (await page.locator('label:has-text("Cụm")').getAttribute('for')), '');
    await page.getByLabel('Chỉ đơn vị quá hạn (chưa nộp đủ)').uncheck();
    expect(await page.locator('.units li.unit').count()).toBe(DEFAULT_CAMPAIGN.units.length);
  });

  test('opens a unit from the keyboard; markup in a chapter name stays text', async () => {
    await page.locator('li.unit[data-unit="tam-hai"] button.unit-name').focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#unit-heading');
    expect(await page.locator('#unit-heading').textContent()).toBe('Đoàn xã Tam Hải');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('unit-heading');
    expect(await page.locator('table.chapters tbody th').allTextContents()).toContain(XSS_CHAPTER);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('[onerror]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(await page.locator('.fields').textContent()).toContain('Trần Thị Thanh Hà');
    const link = formLink('tam-hai');
    if (link) {
      expect(await page.getByLabel('Liên kết biểu mẫu đã điền sẵn tên đơn vị').inputValue()).toBe(link);
      await page.getByRole('button', { name: 'Sao chép liên kết biểu mẫu' }).click();
      await page.waitForSelector('.actions .result.ok');
      expect(await page.locator('.actions .result').textContent()).toBe('Đã sao chép liên kết biểu mẫu. Đề nghị dán vào tin nhắn gửi đơn vị.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    }
    await page.getByRole('button', { name: 'Mở trang của đơn vị' }).click();
    await page.waitForSelector('.actions .result.ok');
    expect(await page.locator('.actions .result').textContent()).toBe('Đã mở trang "Tam Hải" trong bảng tính.');
    expect(emu.spreadsheet.getActiveSheet().getName()).toBe('Tam Hải');
    await screenshot('unit-detail');
  });

  test('a unit with history lists what was received, newest first', async () => {
    await page.getByRole('button', { name: '← Quay lại danh sách' }).click();
    await page.waitForSelector('li.unit[data-unit="tam-hai"]');
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-unit'))).toBe('tam-hai');
    await page.locator('li.unit[data-unit="tam-tien"] button.unit-name').click();
    await page.waitForSelector('.history-item');
    const item = page.locator('.history-item').first();
    // Recorded by the 16:40 poll, within its first minutes under the planning costs (the minute depends on the poll's speed).
    expect(await item.textContent()).toMatch(/09\/09\/2016 16:4\d · Email TT-0909-\d{2,3} · Lỗi/);
    await screenshot('unit-detail-history');
  });

  test('sends the unit a reminder now: the letter goes to its address with the cadre in copy, logged once', async () => {
    const sentBefore = emu.mail.sent.length;
    await page.getByRole('button', { name: 'Gửi nhắc hạn ngay' }).click();
    await page.waitForSelector('.actions .result.ok');
    expect(await page.locator('.actions .result').textContent()).toMatch(/^Đã gửi (thư nhắc hạn nộp|thông báo quá hạn nộp) cho Đoàn xã Tam Tiến \(doan\.tamtien@example\.org; đồng gửi /);
    expect(emu.mail.sent.slice(sentBefore).map((m) => m.to)).toEqual(['doan.tamtien@example.org']);
    const keys = emu.values('Nhật ký gửi').slice(1).map((row) => String(row[5]));
    expect(keys.filter((key) => /^(Nhắc hạn|Quá hạn)\|tam-tien\|/.test(key)).length).toBeGreaterThan(0);
    // A second click the same day is refused, with the reason.
    await page.getByRole('button', { name: 'Gửi nhắc hạn ngay' }).click();
    await page.waitForSelector('.actions .result.error');
    expect(await page.locator('.actions .result').textContent()).toContain('Hôm nay đã gửi');
    expect(emu.mail.sent).toHaveLength(sentBefore + 1);
    await screenshot('unit-detail-reminder');
  });

  test('enters a paper submission: a wrong date caught on the page, then recorded, confirmed and shown', async () => {
    const SON = ['Chi đoàn Thuận Yên Đông', 'Chi đoàn thôn Thuận Yên Tây', 'Chi đoàn thôn Đồng Sơn', 'Chi đoàn thôn Tân Sơn'];
    const group = (name: string) => page.locator('fieldset.paper-chapter', { has: page.locator('legend', { hasText: name }) });
    const paperRows = () => emu.values('Nhật ký nhận').filter((row) => row[1] === 'Thủ công');
    await page.getByRole('button', { name: '← Quay lại danh sách' }).click();
    await page.locator('li.unit[data-unit="tam-son"] button.unit-name').click();
    await page.getByRole('button', { name: 'Nhập phiếu giấy' }).click();
    await page.waitForSelector('#paper-heading');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('paper-heading');
    expect(await page.locator('fieldset.paper-chapter legend').allTextContents()).toEqual(SON);
    // Today on the simulated clock, in the campaign's zone: the default day the paper was received.
    const todayVi = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh' }).format(emu.clock.now());
    const receivedBox = page.getByLabel('Ngày Văn phòng nhận văn bản');
    expect(await receivedBox.inputValue()).toBe(todayVi);
    for (const [i, name] of SON.entries()) {
      await group(name).getByLabel('năm 2015').selectOption(['Khá', 'Trung bình', 'Yếu', 'Khá'][i]);
      await group(name).getByLabel('6 tháng đầu năm 2016').selectOption(['Vững mạnh', 'Khá', 'Trung bình', 'Khá'][i]);
      await group(name).getByLabel('Đăng ký', { exact: true }).selectOption('');
    }
    await group(SON[0]).getByLabel('Số đoàn viên').fill('32');
    await page.getByLabel('Ghi chú (số văn bản, người nộp)').fill('Công văn số 12-CV/ĐTN');
    await screenshot('paper-entry');
    const sentBefore = emu.mail.sent.length;
    // A day that does not exist is caught on the page, the box focused.
    await receivedBox.fill('31/09/2016');
    await page.getByRole('button', { name: 'Ghi phiếu giấy' }).click();
    await page.waitForSelector('.paper-problems li');
    expect(await page.locator('.paper-problems li').textContent()).toBe('Ngày nhận văn bản “31/09/2016” chưa đúng: đề nghị nhập theo dạng ngày/tháng/năm, ví dụ 05/09/2016.');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('31/09/2016');
    await receivedBox.fill(todayVi);

    await group(SON[0]).getByLabel('Đăng ký', { exact: true }).selectOption('Xây dựng Chi đoàn mạnh');
    await group(SON[2]).getByLabel('Đăng ký', { exact: true }).selectOption('Hỗ trợ');
    await page.getByRole('button', { name: '+ Thêm Chi đoàn chưa có trong danh sách' }).click();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).placeholder)).toBe('Ví dụ: Chi đoàn thôn Tân An');
    await page.keyboard.type('Chi đoàn thôn Tân An');
    const added = page.locator('fieldset.paper-chapter.new');
    await added.getByLabel('năm 2015').selectOption('Khá');
    await added.getByLabel('6 tháng đầu năm 2016').selectOption('Khá');
    await page.getByRole('button', { name: 'Ghi phiếu giấy' }).click();
    await page.waitForSelector('#unit-heading');
    const result = await page.locator('.unit-detail .notice').textContent();
    expect(result).toContain(`Đã ghi phiếu giấy của Đoàn xã Tam Sơn (nhận ngày ${todayVi}): 5 Chi đoàn. Đã gửi thư xác nhận tới doan.tamson@example.org.`);
    expect(result).toContain('Đơn vị đã nộp đủ bảng xếp loại và đăng ký hợp lệ.');
    expect(await page.locator('.history-item').first().textContent()).toMatch(/· Thủ công TT-\d{4}-\d{2,3} · Đã ghi/);
    expect(await page.locator('.unit-detail .done').textContent()).toBe('✓ Đã nộp đủ');
    const [logged] = paperRows();
    expect(logged.slice(4, 6)).toEqual(['Đoàn xã Tam Sơn', 'Đã ghi']);
    expect(String(logged[6])).toContain(`Phiếu giấy nhận ngày ${todayVi} (Công văn số 12-CV/ĐTN)`);
    expect(emu.values('Tam Sơn').slice(1).map((row) => row.slice(0, 5))).toEqual([
      [SON[0], 32, 'Khá', 'Vững mạnh', 'Xây dựng Chi đoàn mạnh'],
      [SON[1], '', 'Trung bình', 'Khá', ''],
      [SON[2], '', 'Yếu', 'Trung bình', 'Hỗ trợ'],
      [SON[3], '', 'Khá', 'Khá', ''],
      ['Chi đoàn thôn Tân An', '', 'Khá', 'Khá', ''],
    ]);
    expect(emu.mail.sent.slice(sentBefore).map((m) => [m.to, m.subject])).toEqual([['doan.tamson@example.org', '[Đi cơ sở] Xác nhận đã nhận bảng xếp loại Chi đoàn – Đoàn xã Tam Sơn']]);
    await screenshot('unit-detail-paper-recorded');
    await page.getByRole('button', { name: '← Quay lại danh sách' }).click();
    await page.waitForSelector('li.unit[data-unit="tam-son"]');
    expect(await page.locator('li.unit[data-unit="tam-son"]').getAttribute('class')).toContain('complete');
  });

  test('resolves a review item: assigned to a unit, recorded in its tab and in the log', async () => {
    await page.getByRole('button', { name: 'Chờ xem xét (1)' }).click();
    await page.waitForSelector('.review-item');
    const item = page.locator(`.review-item[data-message="${UNKNOWN_SENDER_ID}"]`);
    expect(await item.textContent()).toContain('Người lạ <nguoila@gmail.com>');
    expect(await item.locator('pre.excerpt').textContent()).toContain('ĐOÀN XÃ TAM HẢI');
    // The sender is unknown; the unit the document names is preselected, never assigned without a click.
    expect(await item.getByLabel('Giao cho đơn vị').inputValue()).toBe('tam-hai');
    await screenshot('review-queue');
    await item.getByLabel('Giao cho đơn vị').selectOption('');
    await item.getByRole('button', { name: 'Giao cho đơn vị' }).click();
    expect(await item.locator(':scope > .result').textContent()).toBe('Đề nghị chọn đơn vị trước khi giao.');
    await item.getByLabel('Giao cho đơn vị').selectOption('tam-hai');
    await item.getByRole('button', { name: 'Giao cho đơn vị' }).click();
    await page.waitForSelector('.review-item .result.ok');
    expect(await item.locator(':scope > .result').textContent()).toBe('Đã giao cho Đoàn xã Tam Hải: Đã ghi.');
    expect(await page.locator('nav button.tab').nth(1).textContent()).toBe('Chờ xem xét (0)');
    expect(await page.locator('#review-heading').textContent()).toBe('Thư chờ xem xét (0)');
    const logged = emu.values('Nhật ký nhận').find((row) => row[3] === UNKNOWN_SENDER_ID)!;
    expect(logged.slice(4, 6)).toEqual(['Đoàn xã Tam Hải', 'Đã ghi']);
    expect(emu.values('Tam Hải').find((row) => row[0] === 'Chi đoàn thôn Thuận An')!.slice(2, 4)).toEqual(['Khá', 'Khá']);
    await screenshot('review-queue-resolved');
  });

  test('the dashboard reloads after a review, and a failed call shows an error with a retry', async () => {
    await page.getByRole('button', { name: 'Tổng quan' }).click();
    await page.waitForSelector('li.unit[data-unit="tam-hai"]');
    expect(await page.locator('li.unit[data-unit="tam-hai"]').textContent()).toContain('Lần nhận cuối');
    emu.faults.failOn('Range.getValues', 0, 'Service Spreadsheets timed out while accessing document with id 1.');
    await page.locator('#reload').click();
    await page.waitForSelector('.error-box');
    expect(await page.locator('.error-box').textContent()).toContain('Google Sheets đang chậm hoặc tạm thời không phản hồi');
    await page.getByRole('button', { name: 'Thử lại' }).click();
    await page.waitForSelector('li.unit');
    expect(pageErrors).toEqual([]);
  });
});
