import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import type { Emulator } from '../../local/emulator';
import { startPreview } from '../../local/preview/server';
import { CADRE, invited, REPORT, reply } from '../integration/visitsScenario';
import { launchSidebarBrowser, type Browser } from './browser';
import { DIST } from './season';

/** Issue 17 in Chromium: the Đi cơ sở tab shows the cadre's board, and a proposal's status set there reaches the sheet and the cadre. */
let emu: Emulator;
let server: Server;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  emu = invited();
  reply(emu, '<rep1@x>', CADRE, REPORT);
  emu.run('pollMailbox');
  server = await startPreview(emu, DIST, 0);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchSidebarBrowser(origin);
  page = await browser.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${origin}/`);
  await page.waitForSelector('.units li.unit');
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
});

test('the Cán bộ view: the cadre, their unit, the visit reported this month', async () => {
  await page.getByRole('button', { name: 'Đi cơ sở' }).click();
  await page.waitForSelector('.cadre-list');
  const card = page.locator('li.cadre[data-cadre="Phạm Thị Kim Oanh"]');
  expect(await card.textContent()).toContain('Đơn vị phụ trách: Đoàn xã Tam Trà');
  expect(await card.textContent()).toContain('Trong tháng: đã dự 1, đã báo cáo 1');
  expect(await card.textContent()).toContain('Quá hạn báo cáo: 0');
  expect(await page.locator('.practice-list li').first().textContent()).toContain('Tủ sách thanh niên ở nhà văn hóa thôn.');
  expect(await page.getByRole('button', { name: 'Đi cơ sở' }).getAttribute('aria-current')).toBe('page');
});

test('the Kiến nghị list: a status and note saved, written to Xử lý, the cadre told once', async () => {
  const item = page.locator('li.proposal[data-visit="DCS-160915-01"]');
  expect(await item.textContent()).toContain('thiếu kinh phí sinh hoạt.');
  await item.getByLabel('Trạng thái xử lý').selectOption('Đang giải quyết');
  await item.getByLabel('Ghi chú').fill('Đã đề nghị Phòng Văn hóa hỗ trợ');
  await item.getByRole('button', { name: 'Lưu trạng thái' }).click();
  await item.locator('p.notice').waitFor();
  expect(await item.locator('p.notice').textContent()).toBe('Đã lưu: Đang giải quyết. Cán bộ sẽ được báo qua thư.');
  const row = emu.values('Đi cơ sở')[1];
  expect(String(row[12])).toMatch(/^Đang giải quyết — Đã đề nghị Phòng Văn hóa hỗ trợ \(\d\d\/\d\d\/2016\)$/);
  emu.run('pollMailbox');
  expect(emu.mail.sent.filter((m) => m.to.includes(CADRE) && m.subject.includes('Kiến nghị từ buổi đi cơ sở DCS-160915-01: Đang giải quyết'))).toHaveLength(1);
  expect(pageErrors).toEqual([]);
});
