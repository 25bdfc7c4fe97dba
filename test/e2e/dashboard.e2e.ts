import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { Emulator } from '../../local/emulator';
import { startPreview } from '../../local/preview/server';
import { DEFAULT_CAMPAIGN } from '../../src/domain/defaultCampaign';
import { launchSidebarBrowser, type Browser } from './browser';
import { DIST, e2eSeason } from './season';

const SHOTS = resolve(__dirname, '../../out/screenshots');
const TOTAL = DEFAULT_CAMPAIGN.units.length;

let emu: Emulator;
let server: Server;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

async function screenshot(name: string): Promise<void> {
  const height = await page.evaluate(() => document.getElementById('scroller')!.scrollHeight + document.getElementById('footer')!.offsetHeight);
  await page.setViewportSize({ width: 300, height: Math.max(600, Math.min(height, 4000)) });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  await page.setViewportSize({ width: 300, height: 900 });
}

const completeIds = () => new Set(emu.values('Đơn vị').filter((row) => row[11] === 'Đã nộp đủ').map((row) => String(row[0])));

/** The chart's description as `Tổng hợp` says it should read for these units: counts summed per period and rating. */
function expectedDescription(names: readonly string[]): string {
  const values = emu.values('Tổng hợp');
  // The plan's table: title rows, then the header row (STT, Đơn vị, …) over the rating labels; unit rows are numbered.
  const header = values.findIndex((row) => row[1] === 'Đơn vị');
  const [top, bottom] = [values[header], values[header + 1]];
  const chosen = values.slice(header + 2).filter((row) => typeof row[0] === 'number' && names.includes(String(row[top.indexOf('Đơn vị')])));
  return DEFAULT_CAMPAIGN.periods
    .map((period) => {
      const start = top.indexOf(`Xếp loại ${period.label}`);
      const sum = (label: string) => chosen.reduce((n, row) => n + Number(row[start + bottom.slice(start).indexOf(label)] || 0), 0);
      return `${period.label}: ${['Vững mạnh', 'Khá', 'Trung bình', 'Yếu'].map((level) => `${level} ${sum(level)}`).join(', ')}; chưa xếp loại ${sum('Chưa xếp loại')}`;
    })
    .join('. ');
}

const shownIds = () => page.locator('.units li.unit').evaluateAll((items) => items.map((item) => item.getAttribute('data-unit')));
const chartDescription = () => page.locator('svg.chart desc').textContent();
const labelled = async (label: string) => '#' + (await page.locator(`label:text-is("${label}")`).getAttribute('for'));

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  emu = e2eSeason();
  server = await startPreview(emu, DIST, 0);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchSidebarBrowser(origin);
  page = await browser.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${origin}/`);
  await page.waitForSelector('.units li.unit');
  // The simulated season runs first (a minute on a busy machine).
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
});

describe('the dashboard in Chromium: search, order and filters move the list, the progress and the chart together', () => {
  test('one clock: the footer says when the server read the workbook by the simulated clock, the day the deadline line counts from', async () => {
    const footer = await page.locator('#updated').textContent();
    const match = /^Cập nhật lúc (\d\d):(\d\d) (\d\d)\/(\d\d)\/(\d{4})$/.exec(footer ?? '');
    expect(match).not.toBeNull();
    const [, , , d, m, y] = match!;
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: DEFAULT_CAMPAIGN.timeZone }).format(emu.clock.now());
    expect(`${y}-${m}-${d}`).toBe(day);
    // The deadline line counts its days from that same day.
    const overdue = Math.round((Date.parse(day) - Date.parse(DEFAULT_CAMPAIGN.deadline)) / 86_400_000);
    expect(await page.locator('.deadline').textContent()).toBe(`Hạn nộp 12/09/2016 · Quá hạn ${overdue} ngày`);
  });

  test('with no filter, the chart is every unit of Tổng hợp', async () => {
    expect(await chartDescription()).toBe(expectedDescription(DEFAULT_CAMPAIGN.units.map((u) => u.name)));
    expect(await page.locator('.progress').textContent()).toBe(`${completeIds().size}/${TOTAL} đơn vị đã nộp đủ`);
    expect(await page.locator('.chart-block').evaluate((node) => node.previousElementSibling?.textContent)).toBe('Xếp loại Chi đoàn của tất cả đơn vị');
  });

  test('a search without diacritics finds the unit; the progress and the chart are that unit’s', async () => {
    await page.getByLabel('Tìm đơn vị').fill('tam hoa');
    expect(await shownIds()).toEqual(['tam-hoa']);
    const done = completeIds().has('tam-hoa') ? 1 : 0;
    expect(await page.locator('.progress').textContent()).toBe(`${done}/1 đơn vị đã nộp đủ`);
    expect(await page.locator('[role="progressbar"]').getAttribute('aria-valuemax')).toBe('1');
    expect(await page.locator('.chart-block').evaluate((node) => node.previousElementSibling?.textContent)).toBe('Xếp loại Chi đoàn của 1 đơn vị đang hiện');
    expect(await chartDescription()).toBe(expectedDescription(['Đoàn xã Tam Hòa']));
    expect(await page.locator('.count').textContent()).toBe(`Đang hiện 1/${TOTAL} đơn vị`);
    // "đ" folds to "d": "doan truong" finds the school.
    await page.getByLabel('Tìm đơn vị').fill('DOAN TRUONG');
    expect(await shownIds()).toEqual(DEFAULT_CAMPAIGN.units.filter((u) => u.name.startsWith('Đoàn trường')).map((u) => u.id));
    await page.getByLabel('Tìm đơn vị').fill('tam hoa');
    await screenshot('dashboard-search');
  });

  test('an empty result says so and offers "Xóa bộ lọc", which brings every unit back', async () => {
    await page.getByLabel('Tìm đơn vị').fill('không có đơn vị này');
    expect(await shownIds()).toEqual([]);
    expect(await page.locator('.units li.empty').textContent()).toContain('Không có đơn vị nào khớp bộ lọc.');
    expect(await page.locator('.progress').textContent()).toBe('0/0 đơn vị đã nộp đủ');
    expect(await page.locator('.chart-figure').textContent()).toContain('Chưa có Chi đoàn nào được xếp loại.');
    await screenshot('dashboard-no-match');
    await page.getByRole('button', { name: 'Xóa bộ lọc' }).click();
    expect(await shownIds()).toHaveLength(TOTAL);
    expect(await page.getByLabel('Tìm đơn vị').inputValue()).toBe('');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('search');
    expect(await chartDescription()).toBe(expectedDescription(DEFAULT_CAMPAIGN.units.map((u) => u.name)));
  });

  test('a cluster narrows the chart to its units; the order by status puts the units to chase first', async () => {
    await page.selectOption(await labelled('Cụm'), 'Cụm 4');
    const inCluster = DEFAULT_CAMPAIGN.units.filter((u) => u.cluster === 'Cụm 4');
    expect(await chartDescription()).toBe(expectedDescription(inCluster.map((u) => u.name)));
    await page.selectOption(await labelled('Cụm'), '');

    await page.selectOption(await labelled('Sắp xếp'), 'status');
    const order = await shownIds();
    expect(order).toHaveLength(TOTAL);
    const complete = completeIds();
    const firstComplete = order.findIndex((id) => complete.has(String(id)));
    expect(order.slice(firstComplete).every((id) => complete.has(String(id)))).toBe(true);
    // Nothing received from the first unit: all its chips say "chưa nộp".
    expect(await page.locator('.units li.unit').first().locator('.chips').textContent()).not.toMatch(/\d+\/\d+ (đủ|thiếu)/);

    await page.selectOption(await labelled('Sắp xếp'), 'cluster');
    const clusterOf = new Map(DEFAULT_CAMPAIGN.units.map((u) => [u.id, u.cluster]));
    const clusters = (await shownIds()).map((id) => clusterOf.get(String(id))!);
    // Each cluster together, "Cụm 2" before "Cụm 10".
    expect(clusters).toEqual([...clusters].sort((a, b) => a.localeCompare(b, 'vi', { numeric: true })));
    expect(new Set(clusters).size).toBeGreaterThan(1);
    await page.selectOption(await labelled('Sắp xếp'), 'order');
    expect(await shownIds()).toEqual(DEFAULT_CAMPAIGN.units.map((u) => u.id));
  });
});

describe('"Nhắc tất cả đơn vị chưa nộp" in Chromium', () => {
  test('counts the late units, asks next to the button, and "Hủy" sends nothing', async () => {
    const late = TOTAL - completeIds().size;
    const trigger = page.getByRole('button', { name: `Nhắc tất cả đơn vị chưa nộp (${late})` });
    expect(await trigger.getAttribute('class')).toBe('action');
    // The only primary button of the view.
    expect(await page.locator('#app button.action').count()).toBe(1);
    const sent = emu.mail.sent.length;
    await trigger.click();
    const question = page.locator('.confirm-question');
    expect(await question.textContent()).toBe(
      `Gửi thông báo quá hạn nộp tới ${late} đơn vị chưa nộp đủ, mỗi thư ghi rõ phần còn thiếu và đồng gửi cán bộ đứng điểm? Đơn vị đã nhận thư hôm nay sẽ không nhận thêm.`,
    );
    // Right under its button, and the focus is on the confirming button.
    const below = await page.evaluate(() => {
      const button = document.querySelector('.remind-all > .ask > button')!.getBoundingClientRect();
      const panel = document.querySelector('.remind-all .confirm')!.getBoundingClientRect();
      return panel.top - button.bottom;
    });
    expect(below).toBeGreaterThanOrEqual(0);
    expect(below).toBeLessThan(16);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Gửi thư');
    await screenshot('dashboard-remind-all-confirm');
    // What the clerk sees without scrolling (300 × 900), as the README shows it.
    await page.screenshot({ path: join(SHOTS, 'dashboard-remind-all-confirm-top.png') });
    await page.getByRole('button', { name: 'Hủy' }).click();
    expect(await page.locator('.confirm-question').count()).toBe(0);
    expect(emu.mail.sent).toHaveLength(sent);
  });

  test('confirmed: each late unit gets today’s overdue notice once, and the answer says how many', async () => {
    const lateIds = DEFAULT_CAMPAIGN.units.map((u) => u.id).filter((id) => !completeIds().has(id));
    const sent = emu.mail.sent.length;
    const logged = emu.values('Nhật ký gửi').length;
    await page.getByRole('button', { name: /^Nhắc tất cả đơn vị chưa nộp/ }).click();
    await page.getByRole('button', { name: 'Gửi thư' }).click();
    await page.waitForSelector('.remind-all p.notice');
    // Keyed with today's date in the campaign's zone, as the daily check keys its notices.
    const today = emu.values('Nhật ký gửi').slice(logged);
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: DEFAULT_CAMPAIGN.timeZone }).format(emu.clock.now());
    expect(today.map((row) => row[5]).sort()).toEqual(lateIds.map((id) => `Quá hạn|${id}|${day}`).sort());
    expect(today.every((row) => row[6] === 'Đã gửi')).toBe(true);
    expect(emu.mail.sent.length - sent).toBe(lateIds.length);
    expect(await page.locator('.remind-all p.notice').textContent()).toBe(`Đã gửi thông báo quá hạn nộp cho ${lateIds.length} đơn vị chưa nộp đủ (ghi trong trang Nhật ký gửi).`);
    await screenshot('dashboard-remind-all-sent');
    // Again the same day: refused, with the reason, beside the button; nothing sent.
    await page.getByRole('button', { name: /^Nhắc tất cả đơn vị chưa nộp/ }).click();
    await page.getByRole('button', { name: 'Gửi thư' }).click();
    await page.waitForSelector('.remind-all p.error');
    expect(await page.locator('.remind-all p.error').textContent()).toContain('đều đã nhận thông báo quá hạn nộp hôm nay');
    expect(emu.mail.sent.length - sent).toBe(lateIds.length);
    expect(pageErrors).toEqual([]);
  });
});
