// `npm run bench`: measures what editors feel, in headless Chromium against the
// emulator on loopback, and prints a table (also written to bench-results/latest.json).
// `--quick` (used by CI so the benchmark cannot rot) runs each figure once.
// Timings are reported, never asserted: a slow run does not fail anything.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { startEmulator } from '../emulator/server/index.js';

const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
const runs = quick ? 1 : Number(process.env.BENCH_RUNS) || 5;
/** `--only first-paint,typing`: run just these figures while working on one (sizes, first-paint, typing, scroll, tree). */
const only = new Set(
  process.argv
    .find((arg) => arg.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',') ?? [],
);
const wanted = (name: string) => only.size === 0 || only.has(name);
const root = new URL('..', import.meta.url);
const file = (path: string) => new URL(path, root);

interface Row {
  figure: string;
  value: number;
  unit: string;
  goal?: string;
  runs: number;
}
const rows: Row[] = [];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function record(figure: string, samples: number[], unit: string, goal?: string): void {
  rows.push({ figure, value: Math.round(median(samples) * 10) / 10, unit, runs: samples.length, ...(goal ? { goal } : {}) });
}

// ---------------------------------------------------------------- bundle sizes
async function bundleSizes(): Promise<void> {
  const built = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) throw new Error('npm run build failed');
  const iife = readFileSync(file('dist/dam-picker.iife.js'));
  record('IIFE bundle, minified', [iife.length / 1024], 'KB');
  record('IIFE bundle, gzip -9', [gzipSync(iife, { level: 9 }).length / 1024], 'KB', '≤ 60 KB');
  // A language other than English: dist/locales/<lang>.js, fetched by the IIFE only when a picker shows it.
  const languages = readdirSync(file('dist/locales')).map((name) => gzipSync(readFileSync(file(`dist/locales/${name}`)), { level: 9 }).length / 1024);
  record('IIFE language file (loaded on demand), gzip -9, largest', [Math.max(...languages)], 'KB');
  // The ES module as a host that already ships Lit pays for it: everything but Lit, minified, gzip -9.
  const esm = await build({
    entryPoints: [new URL('src/index.ts', root).pathname],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    target: 'es2022',
    tsconfig: new URL('tsconfig.json', root).pathname,
    define: { 'process.env.NODE_ENV': '"production"' },
    external: ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/reactive-element', '@lit/reactive-element/*'],
    // Code-split like a host's bundler would: languages other than English are lazy chunks, not counted here.
    splitting: true,
    outdir: new URL('bench-results/esm', root).pathname,
    entryNames: 'entry',
  });
  const entry = esm.outputFiles.find((output) => output.path.endsWith('/entry.js'))!;
  // Shared chunks load with the entry; language chunks and the virtualizer's unused flow layout load lazily.
  const eager = esm.outputFiles.filter((output) => /\/chunk-[^/]+\.js$/.test(output.path));
  const eagerBytes = [entry, ...eager].reduce((sum, output) => sum + gzipSync(output.contents, { level: 9 }).length, 0);
  record('ES module without Lit (lazy chunks not counted), gzip -9', [eagerBytes / 1024], 'KB');
}

// ---------------------------------------------------------------- the host page
/** A host page on its own origin that loads the IIFE and shows a picker fed by a host token. */
function serveHost(emulatorOrigin: () => string): Promise<Server> {
  const script = readFileSync(file('dist/dam-picker.iife.js'));
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
    <script src="/dam-picker.iife.js"></script></head><body><script src="/bench.js"></script></body></html>`;
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const bench = `window.emulatorOrigin = ${JSON.stringify(emulatorOrigin())};`;
    const [type, body] = path === '/dam-picker.iife.js' ? ['text/javascript', script] : path === '/bench.js' ? ['text/javascript', bench] : ['text/html', page];
    response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    response.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function control(origin: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${origin}/__emulator/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return response.json();
}

/** Result searches (asset `/simpleSearch` calls, not folder listings) and facet-count calls (`/search`) since the log was cleared. */
async function searchRequests(origin: string): Promise<{ results: number; facets: number }> {
  const { entries } = (await control(origin, 'requests')) as { entries: Array<{ endpoint: string; query: Record<string, string> }> };
  return {
    results: entries.filter((entry) => entry.endpoint === 'simpleSearch' && !(entry.query['assetType'] ?? '').includes('Folder')).length,
    facets: entries.filter((entry) => entry.endpoint === 'search').length,
  };
}

/** Opens the host page and mounts a signed-in picker (host-supplied token); returns the time of mounting. */
async function mountPicker(browser: Browser, hostUrl: string, emulatorOrigin: string, attributes: Record<string, string> = {}): Promise<Page> {
  const page = await browser.newPage();
  // tsx keeps function names with a `__name` helper that functions sent to the page would miss.
  await page.evaluateOnNewDocument('window.__name = (fn) => fn');
  await page.setViewport({ width: 1200, height: 800 });
  await page.goto(hostUrl);
  const { access_token: token } = (await control(emulatorOrigin, 'tokens', {})) as { access_token: string };
  await page.evaluate(
    (token, attributes) => {
      const picker = document.createElement('dam-picker');
      for (const [name, value] of Object.entries({
        provider: 'brandworkz',
        site: 'demo.brandworkz.com',
        'discovery-url': (window as unknown as { emulatorOrigin: string }).emulatorOrigin,
        ...attributes,
      })) {
        picker.setAttribute(name, value);
      }
      picker.tokenProvider = async () => token;
      picker.style.setProperty('--dam-picker-height', '760px');
      performance.mark('picker-connected');
      document.body.append(picker);
    },
    token,
    attributes,
  );
  return page;
}

/** Resolves when the first row of thumbnails has loaded and a frame has been painted after it. */
async function firstThumbnailsPainted(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const check = () => {
          const grid = document.querySelector('dam-picker')?.shadowRoot?.querySelector('dam-asset-grid');
          const images = [...(grid?.shadowRoot?.querySelectorAll<HTMLImageElement>('[role="option"] img') ?? [])].slice(0, 4);
          if (images.length >= 4 && images.every((image) => image.complete && image.naturalWidth > 0)) {
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - performance.getEntriesByName('picker-connected')[0]!.startTime)));
          } else setTimeout(check, 5);
        };
        check();
      }),
  );
}

/** Time on the network along the critical path: discovery, the first result search, the slowest of the first thumbnails. */
async function networkTime(page: Page): Promise<number> {
  return page.evaluate(() => {
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const duration = (entry: PerformanceResourceTiming | undefined) => (entry ? entry.responseEnd - entry.startTime : 0);
    const discovery = entries.find((entry) => entry.name.includes('/getAPIURL'));
    const search = entries.find((entry) => entry.name.includes('/simpleSearch') && !/assetType=[^&]*Folder/.test(entry.name));
    const thumbnails = entries.filter((entry) => entry.name.includes('assetThumbnails')).slice(0, 4);
    return duration(discovery) + duration(search) + Math.max(0, ...thumbnails.map(duration));
  });
}

async function timeToFirstThumbnails(browser: Browser, hostUrl: string, origin: string): Promise<void> {
  for (const latency of [0, 100]) {
    await control(origin, 'faults', { clear: true, latencyMs: latency });
    const totals: number[] = [];
    const own: number[] = [];
    for (let run = -1; run < runs; run++) {
      const page = await mountPicker(browser, hostUrl, origin);
      const total = await firstThumbnailsPainted(page);
      const network = await networkTime(page);
      await page.close();
      if (run < 0) continue; // a warm-up run: caches, JIT and the emulator's search index
      totals.push(total);
      own.push(Math.max(0, total - network));
    }
    record(`connected → first thumbnails painted (${latency} ms latency)`, totals, 'ms');
    record(`  of which the picker's own work (${latency} ms latency)`, own, 'ms');
  }
  await control(origin, 'faults', { clear: true });
}

async function typingRequests(browser: Browser, hostUrl: string, origin: string): Promise<void> {
  const typed: number[] = [];
  const typedFacets: number[] = [];
  const revisited: number[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await mountPicker(browser, hostUrl, origin);
    await firstThumbnailsPainted(page);
    const input = await page.waitForSelector('dam-picker >>> dam-search-box >>> input');
    const results = async () =>
      page.waitForFunction(
        () => !/Searching/.test(document.querySelector('dam-picker')?.shadowRoot?.querySelector('[part~="count"]')?.textContent ?? 'Searching'),
      );
    await fetch(`${origin}/__emulator/requests`, { method: 'DELETE' });
    await input!.type('summer beach', { delay: 120 }); // 12 characters at about 8 keys a second
    await new Promise((resolve) => setTimeout(resolve, 600));
    await results();
    const afterTyping = await searchRequests(origin);
    typed.push(afterTyping.results);
    typedFacets.push(afterTyping.facets);
    await input!.click({ count: 3 });
    await input!.type('logo', { delay: 120 });
    await new Promise((resolve) => setTimeout(resolve, 600));
    await results();
    await fetch(`${origin}/__emulator/requests`, { method: 'DELETE' });
    await input!.click({ count: 3 });
    await input!.type('summer beach', { delay: 120 });
    await new Promise((resolve) => setTimeout(resolve, 600));
    await results();
    const afterRevisit = await searchRequests(origin);
    revisited.push(afterRevisit.results + afterRevisit.facets);
    await page.close();
  }
  record('result searches for a 12-character query typed at human speed', typed, 'requests', '1');
  record('  and facet-count requests for it', typedFacets, 'requests', '1');
  record('requests when going back to an earlier query', revisited, 'requests', '0');
}

async function scrollTenThousand(browser: Browser, hostUrl: string, origin: string): Promise<void> {
  const domCounts: number[] = [];
  const heaps: number[] = [];
  const p50: number[] = [];
  const p95: number[] = [];
  const longTasks: number[] = [];
  for (let run = 0; run < (quick ? 1 : 3); run++) {
    const page = await mountPicker(browser, hostUrl, origin, { 'page-size': '500' });
    await firstThumbnailsPainted(page);
    const measured = await page.evaluate(async () => {
      const grid = document.querySelector('dam-picker')!.shadowRoot!.querySelector('dam-asset-grid')!;
      const scroller = () => grid.shadowRoot!.querySelector<HTMLElement>('[part~="listbox"]')!;
      const deadline = performance.now() + 120_000;
      while (grid.assets.length < 10_000 && performance.now() < deadline) {
        scroller().scrollTop = scroller().scrollHeight;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const countElements = (root: Document | ShadowRoot): number =>
        [...root.querySelectorAll('*')].reduce((sum, element) => sum + 1 + (element.shadowRoot ? countElements(element.shadowRoot) : 0), 0);
      // Frame times while scrolling back up through the results at a steady pace.
      const frames: number[] = [];
      const tasks: number[] = [];
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration)));
      observer.observe({ type: 'longtask' });
      await new Promise<void>((resolve) => {
        let last = performance.now();
        const start = last;
        const step = (now: number) => {
          frames.push(now - last);
          last = now;
          scroller().scrollTop -= 120;
          if (now - start < 3000 && scroller().scrollTop > 0) requestAnimationFrame(step);
          else resolve();
        };
        requestAnimationFrame(step);
      });
      observer.disconnect();
      return { loaded: grid.assets.length, elements: countElements(document), frames: frames.slice(1), tasks };
    });
    const heap = await page.metrics();
    domCounts.push(measured.elements);
    heaps.push((heap.JSHeapUsedSize ?? 0) / 1024 / 1024);
    const sortedFrames = measured.frames;
    p50.push(percentile(sortedFrames, 50));
    p95.push(percentile(sortedFrames, 95));
    longTasks.push(measured.tasks.length);
    if (measured.loaded < 10_000) console.warn(`only ${measured.loaded} results loaded`);
    await page.close();
  }
  record('10,000 results loaded: DOM elements (whole page)', domCounts, 'elements');
  record('10,000 results loaded: JS heap used', heaps, 'MB');
  record('scrolling 10,000 results: frame time p50', p50, 'ms');
  record('scrolling 10,000 results: frame time p95', p95, 'ms');
  record('scrolling 10,000 results: long tasks (> 50 ms)', longTasks, 'tasks');
}

/** Expands the emulator's folder with 1,000 sub-folders: time from the click to its children on screen. */
async function expandWideFolder(browser: Browser, hostUrl: string, origin: string): Promise<void> {
  const samples: number[] = [];
  for (let run = -1; run < runs; run++) {
    const page = await mountPicker(browser, hostUrl, origin);
    await firstThumbnailsPainted(page);
    const timing = await page.evaluate(async () => {
      const tree = () => document.querySelector('dam-picker')!.shadowRoot!.querySelector('dam-folder-tree')!.shadowRoot!;
      const row = (title: string) =>
        [...tree().querySelectorAll<HTMLElement>('[role="treeitem"]')].find(
          (item) => item.querySelector('[part~="item-label"]')?.textContent?.trim() === title,
        );
      const until = async (test: () => unknown) => {
        const deadline = performance.now() + 20_000;
        while (!test()) {
          if (performance.now() > deadline) throw new Error('the folder tree did not show the rows in time');
          await new Promise((resolve) => setTimeout(resolve, 2));
        }
      };
      const scroller = tree().querySelector<HTMLElement>('[role="tree"]')!;
      // Rows are virtualised: scroll until the row is rendered.
      const find = async (title: string) => {
        scroller.scrollTop = 0;
        await until(() => {
          if (row(title)) return true;
          scroller.scrollTop += 64;
          return false;
        });
        row(title)!.scrollIntoView({ block: 'center' });
      };
      await find('Retail network');
      row('Retail network')!.querySelector<HTMLElement>('[data-toggle]')!.click();
      await find('Store locations');
      const start = performance.now();
      row('Store locations')!.querySelector<HTMLElement>('[data-toggle]')!.click();
      const level = Number(row('Store locations')!.getAttribute('aria-level'));
      await until(() => tree().querySelector(`[role="treeitem"][aria-level="${level + 1}"]`));
      return performance.now() - start;
    });
    await page.close();
    if (run < 0) continue;
    samples.push(timing);
  }
  record('folder with 1,000 sub-folders: click → children shown', samples, 'ms');
}

async function main(): Promise<void> {
  if (wanted('sizes')) await bundleSizes();
  // Upload throughput and heap: scripts/bench-upload.mjs, run after this one by `npm run bench`.
  // The host page first: the emulator answers CORS for its origin only, and the control routes need test mode.
  let emulatorOrigin = '';
  const host = await serveHost(() => emulatorOrigin);
  const hostUrl = `http://localhost:${(host.address() as AddressInfo).port}/`;
  const emulator = await startEmulator({ port: 0, quiet: true, assetCount: 12_000, allowedOrigins: [new URL(hostUrl).origin], testMode: true });
  emulatorOrigin = emulator.origin;
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
  });
  try {
    if (wanted('first-paint')) await timeToFirstThumbnails(browser, hostUrl, emulator.origin);
    if (wanted('typing')) await typingRequests(browser, hostUrl, emulator.origin);
    if (wanted('scroll')) await scrollTenThousand(browser, hostUrl, emulator.origin);
    if (wanted('tree')) await expandWideFolder(browser, hostUrl, emulator.origin);
  } finally {
    await browser.close();
    host.close();
    await emulator.close();
  }
  const width = Math.max(...rows.map((row) => row.figure.length));
  console.log(`\ndam-picker benchmark (${quick ? 'quick: one run each' : 'median of several runs'}; Chromium headless, emulator on loopback)\n`);
  for (const row of rows) console.log(`${row.figure.padEnd(width)}  ${String(row.value).padStart(9)} ${row.unit}${row.goal ? `  (goal ${row.goal})` : ''}`);
  if (only.size > 0) return; // a partial run does not replace the latest full table
  mkdirSync(file('bench-results'), { recursive: true });
  writeFileSync(file('bench-results/latest.json'), JSON.stringify({ date: new Date().toISOString(), quick, rows }, null, 2));
  console.log('\nwritten to bench-results/latest.json');
}

await main();
