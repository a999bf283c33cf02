// Drives the demo like an editor (Insert image → sign in through the popup →
// search → pick) and saves docs/screenshot.png. Needs `npm start` running.
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { pause, signInAndSearch } from './demo-walk.mjs';

const demo = process.env.DEMO_URL ?? 'http://localhost:5173/';
const browser = await puppeteer.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS],
  defaultViewport: { width: 1280, height: 860 },
});
try {
  const page = await browser.newPage();
  page.on('console', (message) => console.log('page:', message.text()));
  const tiles = await signInAndSearch(page, browser, { demo });
  for (const tile of tiles.slice(0, 3)) await tile.click();
  await pause(800);
  await page.screenshot({ path: process.argv[2] ?? 'docs/screenshot.png' });
  console.log('saved');
} finally {
  await browser.close();
}
