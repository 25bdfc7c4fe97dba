import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { demoMail } from '../../local/mailDrop';
import { startPreview } from '../../local/preview/server';
import { runSeason } from '../../local/simulation';
import { DEFAULT_CAMPAIGN } from '../../src/domain/defaultCampaign';
import { launchSidebarBrowser, type Browser } from './browser';
import { DIST } from './season';

let server: Server;
let browser: Browser;
let page: Page;
let origin: string;
const requests: string[] = [];
const failed: string[] = [];

beforeAll(async () => {
  const { emu } = runSeason({ campaign: DEFAULT_CAMPAIGN, campaignJson: '', until: '2016-09-13', bundlePath: resolve(DIST, 'Code.js'), mail: demoMail() });
  server = await startPreview(emu, DIST, 0);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchSidebarBrowser(origin);
  // Every request the page makes, including those the browser helper refuses (anything not local).
  browser.context.on('request', (request) => requests.push(request.url()));
  browser.context.on('requestfailed', (request) => failed.push(request.url()));
  page = await browser.context.newPage();
  await page.goto(`${origin}/`);
  // Building the simulated season is the fixture, not what is measured: on a busy 2-core runner it outlasts the default timeout.
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
});

describe('the preview offline (npm start without a network)', () => {
  test('every view loads from localhost only, styled by the preview’s own add-on stylesheet', async () => {
    await page.waitForSelector('.units li.unit');
    await page.locator('nav button.tab').nth(1).click();
    await page.waitForSelector('#app h1');
    await page.locator('nav button.tab').nth(0).click();
    await page.locator('li.unit[data-unit="tam-tra"] button.unit-name').click();
    await page.waitForSelector('#unit-heading');
    expect(requests.length).toBeGreaterThan(3);
    expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
    expect(failed).toEqual([]);
    expect(requests).toContain(`${origin}/addons.css`);
    const sheets = await page.evaluate(() =>
      Array.from(document.styleSheets).map((sheet) => ({ href: sheet.href, rules: sheet.cssRules.length })),
    );
    expect(sheets[0]).toEqual({ href: `${origin}/addons.css`, rules: expect.any(Number) });
    expect(sheets[0].rules).toBeGreaterThan(20);
    // The package's conventions apply where the page's own CSS does not override them.
    const style = await page.evaluate(() => {
      const body = getComputedStyle(document.body);
      return { font: body.fontFamily, lineHeight: body.lineHeight };
    });
    expect(style.font).toMatch(/^Arial/);
    expect(style.lineHeight).toBe('18.2px');
  });
});
