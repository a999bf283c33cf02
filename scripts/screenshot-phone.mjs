// Drives the demo on a phone-sized touch screen (Insert image → sign in through the popup → search →
// pick) and saves docs/phone-<width>.png for each width, plus docs/phone-<width>-sheet.png with the
// folders and filters sheet open. Needs `npm start` running. Usage: node scripts/screenshot-phone.mjs [320 390 …]
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { pause, signInAndSearch } from './demo-walk.mjs';

const demo = process.env.DEMO_URL ?? 'http://localhost:5173/';
const widths = process.argv.slice(2).map(Number).filter(Boolean);

/** One phone: a touch screen at 2× (coarse pointer), the height of a common phone. */
async function shoot(browser, width) {
  // A context of its own: no DAM session left from the width before (the sign-in form shows again).
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width, height: width < 360 ? 640 : 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  page.on('console', (message) => console.log(`page ${width}:`, message.text()));
  const tiles = await signInAndSearch(page, context, { demo, tap: true });
  for (const tile of tiles.slice(0, 2)) await tile.tap();
  await pause(800);
  await page.screenshot({ path: `docs/phone-${width}.png` });
  const toggle = await page.waitForSelector('dam-picker >>> [part~="sidebar-toggle"]');
  await toggle.tap();
  await pause(800);
  await page.screenshot({ path: `docs/phone-${width}-sheet.png` });
  console.log(`saved docs/phone-${width}.png and docs/phone-${width}-sheet.png`);
  await context.close();
}

const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
try {
  for (const width of widths.length ? widths : [320, 390]) await shoot(browser, width);
} finally {
  await browser.close();
}
