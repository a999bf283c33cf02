// `npm run test:stories`: opens every story of the built Storybook (storybook-static/) in headless Chromium
// and fails on any page error or console error. A story tagged `expected-network-errors` may log failed
// requests (its DAM is told to fail), nothing else.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const root = resolve('storybook-static');
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};
const server = createServer((request, response) => {
  if (request.url === '/favicon.ico') return void response.writeHead(204).end(); // the browser asks; Storybook has none
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return void response.writeHead(404).end();
  response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const stories = Object.values(JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')).entries).filter((entry) => entry.type === 'story');
const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
const failures = [];
try {
  const queue = [...stories];
  // Four workers, each one browser context with one page (a background tab would get no animation
  // frames) that goes from story to story, keeping its cache and msw's service worker.
  const worker = async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    let problems = [];
    let networkErrorsExpected = false;
    page.on('response', (response) => response.status() === 404 && problems.push(`404: ${response.url()}`));
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      if (networkErrorsExpected && message.text().startsWith('Failed to load resource')) return;
      problems.push(`console.error: ${message.text()}`);
    });
    for (let story = queue.shift(); story; story = queue.shift()) {
      const started = Date.now();
      // The last story's page is gone first: a late answer to one of its requests (Error With Retry's injected
      // 500s, retried with backoff) was logged after its problems were counted and blamed on the next story.
      await page.goto('about:blank');
      problems = [];
      networkErrorsExpected = story.tags?.includes('expected-network-errors') ?? false;
      await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`);
      // Rendered (or Storybook's error display shown), then whatever the first requests bring.
      await page.waitForFunction(
        () => document.querySelector('#storybook-root')?.childElementCount || document.body.classList.contains('sb-show-errordisplay'),
        { timeout: 15_000 },
      );
      if (await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'))) problems.push('Storybook shows an error');
      await page.waitForNetworkIdle({ idleTime: 250, timeout: 1500 }).catch(() => undefined);
      console.log(`${problems.length ? '✗' : '✓'} ${story.title} / ${story.name} (${Date.now() - started} ms)`);
      for (const problem of problems) failures.push(`${story.id}: ${problem}`);
    }
    await context.close();
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  console.error(`\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(`${stories.length} stories rendered without errors.`);
