// The demo walk both screenshot scripts take: open the demo, Insert image, sign in through the popup, wait for
// the grid, search "summer". `tap` drives a touch screen (phones), else the mouse.
/* global document */

export const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @param {import('puppeteer-core').Page} page
 * @param {import('puppeteer-core').Browser | import('puppeteer-core').BrowserContext} opener where the popup opens
 * @param {{ demo: string, tap?: boolean }} options
 */
export async function signInAndSearch(page, opener, { demo, tap = false }) {
  await page.goto(demo, { waitUntil: 'networkidle0' });
  await (tap ? page.tap('#insert') : page.click('#insert'));
  const signIn = await page.waitForSelector('dam-picker >>> .sign-in button:not([disabled])');
  const popupPromise = new Promise((resolve) => opener.once('targetcreated', (target) => resolve(target.page())));
  await (tap ? signIn.tap() : signIn.click());
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
  await pause(1200);
  return page.$$('dam-picker >>> dam-asset-grid >>> [role="option"]');
}
