// Drives the demo like an editor (Insert image → sign in through the popup →
// search → pick) and saves docs/screenshot.png. Needs `npm start` running.
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const demo = process.env.DEMO_URL ?? 'http://localhost:5173/';
const browser = await puppeteer.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS],
  defaultViewport: { width: 1280, height: 860 },
});
try {
  const page = await browser.newPage();
  page.on('console', (message) => console.log('page:', message.text()));
  await page.goto(demo, { waitUntil: 'networkidle0' });
  await page.click('#insert');
  const signIn = await page.waitForSelector('dam-picker >>> .sign-in button:not([disabled])');
  const popupPromise = new Promise((resolve) => browser.once('targetcreated', (target) => resolve(target.page())));
  await signIn.click();
  const popup = await popupPromise;
  await popup.waitForSelector('input[name="password"]');
  await popup.click('button[type="submit"]');
  const authorize = await popup.waitForSelector('button[value="authorize"]');
  await authorize.click();
  // Poll on a timer: while the popup has the focus, this page gets no animation frames.
  await page.waitForFunction(
    () => document.querySelector('dam-picker')?.shadowRoot?.querySelector('dam-asset-grid')?.shadowRoot?.querySelector('[role="option"]'),
    { polling: 100, timeout: 20000 },
  );
  await page.bringToFront();
  const input = await page.waitForSelector('dam-picker >>> dam-search-box >>> input');
  await input.type('summer');
  await new Promise((resolve) => setTimeout(resolve, 1200));
  const tiles = await page.$$('dam-picker >>> dam-asset-grid >>> [role="option"]');
  for (const tile of tiles.slice(0, 3)) await tile.click();
  await new Promise((resolve) => setTimeout(resolve, 800));
  await page.screenshot({ path: process.argv[2] ?? 'docs/screenshot.png' });
  console.log('saved');
} finally {
  await browser.close();
}
