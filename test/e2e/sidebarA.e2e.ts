import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { Emulator } from '../../local/emulator';
import { startPreview } from '../../local/preview/server';
import { launchSidebarBrowser, type Browser } from './browser';
import { DIST, e2eSeason } from './season';

/**
 * Issue 16, sidebar part A: partial paper entry checked in one round, the letters on a unit's
 * page, the address remembered on assignment, server failures in Vietnamese, the pilot chapters.
 */

const SHOTS = resolve(__dirname, '../../out/screenshots');

let emu: Emulator;
let server: Server;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

/** The whole sidebar, its scrolling area unrolled (as sidebar.e2e.ts saves them). */
async function screenshot(name: string): Promise<void> {
  const height = await page.evaluate(() => document.getElementById('scroller')!.scrollHeight + document.getElementById('footer')!.offsetHeight);
  await page.setViewportSize({ width: 300, height: Math.max(600, Math.min(height, 4000)) });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  await page.setViewportSize({ width: 300, height: 900 });
}

async function openUnit(id: string): Promise<void> {
  if (await page.locator('#unit-heading').count()) await page.getByRole('button', { name: '← Quay lại danh sách' }).click();
  await page.locator(`li.unit[data-unit="${id}"] button.unit-name`).click();
  await page.waitForSelector('#unit-heading');
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  emu = e2eSeason();
  server = await startPreview(emu, DIST, 0);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchSidebarBrowser(origin);
  page = await browser.context.newPage();
  page.on('dialog', (dialog) => void dialog.dismiss());
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${origin}/`);
  await page.waitForSelector('.units li.unit');
  // Building the simulated season is the fixture, not what is measured: on a busy 2-core runner it outlasts the default timeout.
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
});

afterEach(() => expect(pageErrors).toEqual([]));

describe('paper entry', () => {
  const THANH = ['Chi đoàn thôn Thạnh Đông', 'Chi đoàn thôn Thạnh Tây', 'Chi đoàn thôn Hòa Xuân', 'Chi đoàn thôn Thạnh Bình'];
  const group = (name: string) => page.locator('fieldset.paper-chapter', { has: page.locator('legend', { hasText: name }) });
  const paperRows = () => emu.values('Nhật ký nhận').filter((row) => row[1] === 'Thủ công' && row[4] === 'Đoàn xã Tam Thạnh');

  test('every field is checked in one round, then one rating phoned in is recorded without a registration', async () => {
    await openUnit('tam-thanh');
    await page.getByRole('button', { name: 'Nhập phiếu giấy' }).click();
    await page.waitForSelector('#paper-heading');
    const receivedBox = page.getByLabel('Ngày Văn phòng nhận văn bản');
    const today = await receivedBox.inputValue();
    // Four mistakes at once: a day that does not exist, a new chapter without a name, a member
    // count that is not a number, and a "new" chapter the unit already has.
    await receivedBox.fill('31/09/2016');
    await group(THANH[1]).getByLabel('Số đoàn viên').fill('1e3');
    await page.getByRole('button', { name: '+ Thêm Chi đoàn chưa có trong danh sách' }).click();
    await page.getByRole('button', { name: '+ Thêm Chi đoàn chưa có trong danh sách' }).click();
    await page.locator('fieldset.paper-chapter.new').nth(1).getByLabel('Tên Chi đoàn').fill('Chi đoàn thôn Hòa Xuân');
    await page.getByRole('button', { name: 'Ghi phiếu giấy' }).click();
    await page.waitForSelector('.paper-problems li');
    expect(await page.locator('.paper-problems p').textContent()).toBe('Chưa ghi được. Đề nghị sửa các điểm sau:');
    expect(await page.locator('.paper-problems li').allTextContents()).toEqual([
      'Ngày nhận văn bản “31/09/2016” chưa đúng: đề nghị nhập theo dạng ngày/tháng/năm, ví dụ 05/09/2016.',
      `Số đoàn viên của ${THANH[1]} phải là số nguyên từ 0 đến 99999.`,
      'Chi đoàn mới chưa có tên: đề nghị nhập tên hoặc bấm “Bỏ Chi đoàn này”.',
      'Chi đoàn thôn Hòa Xuân đã có trong danh sách Chi đoàn của đơn vị: đề nghị nhập vào dòng sẵn có thay vì thêm Chi đoàn mới',
    ]);
    // The keyboard goes to the first field to fix.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('31/09/2016');
    expect(paperRows()).toEqual([]);
    await screenshot('paper-entry-all-problems');

    // The clerk fixes them all; the unit phoned in one rating only, and no registration.
    await receivedBox.fill(today);
    await group(THANH[1]).getByLabel('Số đoàn viên').fill('');
    for (let i = 0; i < 2; i++) await page.locator('fieldset.paper-chapter.new').first().getByRole('button', { name: 'Bỏ Chi đoàn này' }).click();
    await group(THANH[2]).getByLabel('năm 2015').selectOption('Khá');
    await page.getByLabel('Ghi chú (số văn bản, người nộp)').fill('Bí thư báo qua điện thoại');
    await page.getByRole('button', { name: 'Ghi phiếu giấy' }).click();
    await page.waitForSelector('#unit-heading');
    const result = await page.locator('.unit-detail .notice').textContent();
    expect(result).toContain(`Đã ghi phiếu giấy của Đoàn xã Tam Thạnh (nhận ngày ${today}): 1 Chi đoàn.`);
    expect(result).toContain('Đơn vị còn thiếu: năm 2015 còn thiếu 3/4 Chi đoàn; 6 tháng đầu năm 2016 chưa nộp; chưa đăng ký xây dựng, hỗ trợ.');
    expect(paperRows().map((row) => row[5])).toEqual(['Đã ghi']);
    expect(emu.values('Tam Thạnh').slice(1).map((row) => row.slice(0, 5))).toEqual([
      [THANH[0], '', '', '', ''],
      [THANH[1], '', '', '', ''],
      [THANH[2], '', 'Khá', '', ''],
      [THANH[3], '', '', '', ''],
    ]);
    await screenshot('unit-detail-paper-partial');
  });
});

describe("a unit's page", () => {
  test('lists the letters sent to the unit next to what was received, newest first', async () => {
    await openUnit('tam-son');
    const outbox = emu.values('Nhật ký gửi').slice(1);
    const sent = outbox.filter((row) => String(row[5]).includes('|tam-son|') || String(row[2]).includes('doan.tamson@example.org'));
    const kinds = new Set(sent.map((row) => String(row[1])));
    // The season sent Tam Sơn its reminders before the deadline, its overdue notices and its receipt.
    expect([...kinds].sort()).toEqual(['Nhắc hạn', 'Quá hạn', 'Xác nhận']);
    expect(await page.locator('h2', { hasText: 'Thư đã gửi đơn vị' }).count()).toBe(1);
    const items = page.locator('ol.letters li.letter-item');
    expect(await items.count()).toBe(sent.filter((row) => row[6] !== 'Bỏ qua').length);
    const first = await items.first().textContent();
    expect(first).toContain('Quá hạn');
    expect(first).toContain('Tới: doan.tamson@example.org');
    const texts = await items.allTextContents();
    expect(texts.some((text) => text.includes('Xác nhận') && text.includes('Đã gửi'))).toBe(true);
    // Keys are the code's bookkeeping: none on the page.
    expect(texts.join('\n')).not.toContain('|');
    await screenshot('unit-detail-letters');
  });
});

describe('the review queue', () => {
  test('"Ghi nhớ địa chỉ này cho đơn vị" adds the sender to the unit in Đơn vị as the message is assigned', async () => {
    if (await page.locator('#unit-heading').count()) await page.getByRole('button', { name: '← Quay lại danh sách' }).click();
    await page.getByRole('button', { name: /^Chờ xem xét/ }).click();
    const item = page.locator('li.review-item').first();
    await item.waitFor();
    const remember = item.getByLabel('Ghi nhớ địa chỉ này cho đơn vị');
    expect(await remember.isChecked()).toBe(false);
    expect(await item.locator(`#${await remember.getAttribute('aria-describedby')}`).textContent()).toContain('Thêm Người lạ <nguoila@gmail.com> vào email của đơn vị');
    await remember.check();
    await item.getByLabel('Giao cho đơn vị').selectOption('tam-hai');
    await item.getByRole('button', { name: 'Giao cho đơn vị' }).click();
    await page.waitForSelector('.review-item .result.ok');
    expect(await item.locator(':scope > .result').textContent()).toBe(
      'Đã giao cho Đoàn xã Tam Hải: Đã ghi. Đã thêm địa chỉ nguoila@gmail.com vào email của Đoàn xã Tam Hải trong trang Đơn vị: thư sau từ địa chỉ này sẽ được ghi ngay.',
    );
    const [header, ...rows] = emu.values('Đơn vị');
    expect(String(rows.find((row) => row[0] === 'tam-hai')![header.indexOf('Email')])).toMatch(/, nguoila@gmail\.com$/);
    await screenshot('review-remember-sender');
  });
});

describe('the pilot chapters (Chi đoàn làm điểm)', () => {
  test('are listed on the dashboard, on their unit in the list, and marked on their unit\'s page', async () => {
    if (await page.locator('#unit-heading').count()) await page.getByRole('button', { name: '← Quay lại danh sách' }).click();
    await page.getByRole('button', { name: 'Tổng quan' }).click();
    await page.waitForSelector('section.pilots');
    expect(await page.locator('#pilots-heading').textContent()).toBe('Chi đoàn làm điểm (2)');
    const pilots = page.locator('section.pilots li.pilot');
    expect(await pilots.allTextContents()).toEqual([
      expect.stringMatching(/^Chi đoàn Thuận Yên Đông · Đoàn xã Tam SơnLàm điểm tháng 09\/2016 · Chưa đủBuổi đi cơ sở: \S.*$/),
      expect.stringMatching(/^Chi đoàn Xuân Thọ · Đoàn xã Tam TràLàm điểm tháng 09\/2016 · Đã nộp đủBuổi đi cơ sở: \S.*$/),
    ]);
    expect(await page.locator('li.unit[data-unit="tam-tra"] .pilot-note').textContent()).toBe('Chi đoàn làm điểm: Chi đoàn Xuân Thọ');
    expect(await page.locator('li.unit[data-unit="tam-tien"] .pilot-note').count()).toBe(0);
    await screenshot('dashboard-pilots');
    await openUnit('tam-tra');
    expect(await page.locator('.fields').textContent()).toContain('Chi đoàn làm điểm: Chi đoàn Xuân Thọ (làm điểm tháng 09/2016)');
    const marked = page.locator('table.chapters th', { has: page.locator('.pilot-badge') });
    expect(await marked.locator('.chapter-name').allTextContents()).toEqual(['Chi đoàn Xuân Thọ']);
    await screenshot('unit-detail-pilot');
  });
});

describe('a failed server call', () => {
  test('is said in Vietnamese with what to do: a service timing out, a lost connection, a lock held too long', async () => {
    await page.getByRole('button', { name: 'Tổng quan' }).click();
    await page.waitForSelector('li.unit');
    const reloadAndRead = async () => {
      await page.locator('#reload').click();
      await page.waitForSelector('.error-box');
      return page.locator('.error-box p.error').textContent();
    };
    emu.faults.failOn('Range.getValues', 0, 'Service Spreadsheets timed out while accessing document with id 1.');
    expect(await reloadAndRead()).toBe('Google Sheets đang chậm hoặc tạm thời không phản hồi; chưa có gì bị ghi dở. Đề nghị chờ một lát rồi bấm “Thử lại”.');
    await screenshot('error-service-down');
    await page.getByRole('button', { name: 'Thử lại' }).click();
    await page.waitForSelector('li.unit');

    // The browser cannot reach the server at all: `fetch` itself fails.
    await page.route('**/rpc/**', (route) => route.abort('internetdisconnected'));
    await page.locator('#reload').click();
    await page.waitForSelector('.error-box');
    expect(await page.locator('.error-box p.error').textContent()).toMatch(/^Không kết nối được tới Google .*Đề nghị kiểm tra kết nối mạng/);
    await page.unroute('**/rpc/**');
    await page.getByRole('button', { name: 'Thử lại' }).click();
    await page.waitForSelector('li.unit');

    emu.faults.failOn('Range.getValues', 0, 'Lock timeout: another process was holding the lock for too long.');
    expect(await reloadAndRead()).toBe('Hệ thống đang bận ghi dữ liệu khác (thư đến, biểu mẫu) quá lâu. Đề nghị chờ khoảng một phút rồi thử lại.');
    await page.getByRole('button', { name: 'Thử lại' }).click();
    await page.waitForSelector('li.unit');
    expect(await page.locator('#app').textContent()).not.toMatch(/Exception|Failed to fetch|Lock timeout|Service Spreadsheets/);
  });
});
