import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { Emulator } from '../../local/emulator';
import { startPreview } from '../../local/preview/server';
import { REJECTION_REASONS } from '../../src/app/messages';
import { launchSidebarBrowser, type Browser } from './browser';
import { DIST, e2eSeason, UNKNOWN_SENDER_ID } from './season';

const SHOTS = resolve(__dirname, '../../out/screenshots');

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

/** Scrolled into the sidebar's scrolling area first: a button below its fold takes no click otherwise. */
async function press(target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  await target.click();
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  emu = e2eSeason();
  server = await startPreview(emu, DIST, 0);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchSidebarBrowser(origin);
  page = await browser.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${origin}/`);
  // Building the simulated season is the fixture, not what is measured: on a busy 2-core runner it outlasts the default timeout.
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
});

describe('"Từ chối" asks for a reason and shows the letter before it goes', () => {
  test('the first click only opens the confirmation, with the letter for the default reason', async () => {
    await page.getByRole('button', { name: 'Chờ xem xét (1)' }).click();
    const item = page.locator(`.review-item[data-message="${UNKNOWN_SENDER_ID}"]`);
    await item.waitFor();
    await press(item.getByRole('button', { name: 'Từ chối…' }));
    const panel = item.getByRole('group', { name: 'Xác nhận từ chối thư này' });
    await panel.waitFor();
    // The document names Tam Hải: the default never says the sender is not a unit.
    expect(await panel.getByLabel('Lý do từ chối (gửi cho người gửi)').inputValue()).toBe(REJECTION_REASONS.unregisteredAddress);
    const options = await panel.locator('option').allTextContents();
    expect(options).not.toContain(REJECTION_REASONS.notAUnit);
    const frame = panel.locator('iframe.letter-frame');
    await frame.waitFor();
    expect(await frame.getAttribute('sandbox')).toBe('');
    const letter = page.frameLocator(`.review-item[data-message="${UNKNOWN_SENDER_ID}"] iframe.letter-frame`);
    expect(await letter.locator('body').textContent()).toContain(REJECTION_REASONS.unregisteredAddress);
    expect(await panel.textContent()).toContain('nguoila@gmail.com');
    expect(await panel.getByRole('button', { name: 'Xác nhận từ chối và gửi thư' }).isEnabled()).toBe(true);
    expect(emu.mail.sent.filter((m) => m.to.includes('nguoila@gmail.com'))).toHaveLength(0);
    expect(emu.values('Nhật ký nhận').find((row) => row[3] === UNKNOWN_SENDER_ID)![5]).toBe('Chờ xem xét');
    await screenshot('review-reject-confirm');
  });

  test('"Hủy" closes it and nothing is decided', async () => {
    const item = page.locator(`.review-item[data-message="${UNKNOWN_SENDER_ID}"]`);
    await press(item.getByRole('button', { name: 'Hủy' }));
    expect(await item.getByRole('group', { name: 'Xác nhận từ chối thư này' }).isHidden()).toBe(true);
    expect(await item.getByRole('button', { name: 'Từ chối…' }).isVisible()).toBe(true);
    expect(emu.values('Nhật ký nhận').find((row) => row[3] === UNKNOWN_SENDER_ID)![5]).toBe('Chờ xem xét');
  });

  test('a typed reason: confirmation waits for its letter, then the letter shown is the one sent', async () => {
    const item = page.locator(`.review-item[data-message="${UNKNOWN_SENDER_ID}"]`);
    await press(item.getByRole('button', { name: 'Từ chối…' }));
    const panel = item.getByRole('group', { name: 'Xác nhận từ chối thư này' });
    await panel.getByLabel('Lý do từ chối (gửi cho người gửi)').selectOption({ label: 'Lý do khác (nhập bên dưới)' });
    const confirm = panel.getByRole('button', { name: 'Xác nhận từ chối và gửi thư' });
    expect(await confirm.isDisabled()).toBe(true);
    expect(await panel.locator('.result').textContent()).toContain('Đề nghị chọn hoặc nhập lý do');
    const typed = 'Bảng gửi kèm là của năm học trước, không phải của đợt đánh giá này.';
    await panel.getByLabel('Lý do khác').fill(typed);
    const letter = page.frameLocator(`.review-item[data-message="${UNKNOWN_SENDER_ID}"] iframe.letter-frame`);
    await letter.locator(`text=${typed}`).waitFor();
    await confirm.waitFor({ state: 'visible' });
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('.reject-confirm button.primary-danger')!.disabled);
    const shown = await letter.locator('body').textContent();
    await press(confirm);
    await item.locator('.result.ok').waitFor();
    expect(await item.locator('.result.ok').textContent()).toBe('Đã từ chối; người gửi sẽ nhận thư báo lý do.');
    const sent = emu.mail.sent.filter((m) => m.to.includes('nguoila@gmail.com'));
    expect(sent).toHaveLength(1);
    expect(sent[0].body).toContain(typed);
    expect(shown).toContain(typed);
    expect(emu.values('Nhật ký nhận').find((row) => row[3] === UNKNOWN_SENDER_ID)![5]).toBe('Đã từ chối');
    await screenshot('review-rejected');
    expect(pageErrors).toEqual([]);
  });
});
