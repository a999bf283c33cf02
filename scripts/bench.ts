// `npm run bench`: measures what editors feel, in headless Chromium against the
// emulator on loopback, and prints a table beside the goals and the last full run's figures
// (bench-results/latest.json, git-ignored), with the ratio to the last run for timings.
// `--quick` (used by CI so the benchmark cannot rot) runs each figure once.
// `--trace` also records a Chromium trace of one first-paint run (bench-results/first-paint-trace.json)
// and prints where the main thread spent the picker's own work.
// Timings are reported, never asserted: a slow run does not fail anything.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { startEmulator } from '../emulator/server/index.js';

const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
const runs = quick ? 1 : Number(process.env.BENCH_RUNS) || 5;
const tracing = process.argv.includes('--trace');
/** `--only first-paint,typing`: run just these figures while working on one (sizes, first-paint, typing, scroll, scale, tree). */
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
/** The 100,000-asset emulator while that figure runs (the host page points its pickers there). */
let emulatorOriginOverride: string | undefined;

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
  // The script tag is a loader; the picker's code comes as chunks (scripts/check-size.mjs sums them the same way).
  const sizes = spawnSync('node', ['--import', 'tsx', 'scripts/check-size.mjs'], { cwd: root, encoding: 'utf8' }).stdout;
  const kb = (label: string): number => Number(new RegExp(`\\| ${label}[^|]*\\| ([\\d.]+) KB`).exec(sizes)?.[1] ?? NaN);
  record('Script tag (loader), gzip -9', [kb('loader')], 'KB', '≤ 5 KB');
  record('Bytes to the first Brandworkz results, gzip -9', [kb('to the first Brandworkz results')], 'KB', '≤ 60 KB');
  record('Everything (loader and every chunk), gzip -9', [kb('everything')], 'KB', '≤ 85 KB');
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
    // The loader fetches the picker's chunks and languages from its own folder (dist/cdn/, dist/locales/).
    const chunk = /^\/(cdn|locales)\/([\w.-]+\.js)$/.exec(path);
    if (chunk) {
      const chunkFile = file(`dist/${chunk[1]}/${chunk[2]}`);
      if (!existsSync(chunkFile)) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-store' });
      response.end(readFileSync(chunkFile));
      return;
    }
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

/** Opens the host page and mounts a signed-in picker (host-supplied token); returns the page. */
async function mountPicker(
  browser: Browser,
  hostUrl: string,
  emulatorOrigin: string,
  attributes: Record<string, string> = {},
  beforeMount?: (page: Page) => Promise<void>,
): Promise<Page> {
  const page = await browser.newPage();
  // As on a first visit: the thumbnails (served `immutable`, as from a CDN) are not in the HTTP cache, and no CORS
  // preflight of the API is (clearing the cache clears those too), so both pay the emulator's latency. Without it,
  // every run after the warm-up found them there. (A picker opened again on the same page still finds the
  // thumbnails in the page's memory cache and the preflights in the browser's, as an editor's second open does.)
  const cdp = await page.createCDPSession();
  await cdp.send('Network.clearBrowserCache');
  await cdp.detach();
  // tsx keeps function names with a `__name` helper that functions sent to the page would miss.
  await page.evaluateOnNewDocument('window.__name = (fn) => fn');
  await page.setViewport({ width: 1200, height: 800 });
  await page.goto(hostUrl);
  await beforeMount?.(page);
  await addPicker(page, emulatorOrigin, attributes);
  return page;
}

/** Mounts a signed-in picker on the page, marking `picker-connected` (the previous mark and resource timings are cleared). */
async function addPicker(page: Page, emulatorOrigin: string, attributes: Record<string, string> = {}): Promise<void> {
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
      performance.clearMarks('picker-connected');
      performance.clearResourceTimings();
      performance.mark('picker-connected');
      document.body.append(picker);
    },
    token,
    attributes,
  );
}

/**
 * The host's `DamPicker.preload()`, awaited before the picker is mounted: the picker's code and the Brandworkz
 * adapter; with `dam`, given the picker's options, which also finds the DAM's address (its discovery answer).
 */
const preload = (page: Page, dam = false): Promise<void> =>
  page.evaluate(async (dam) => {
    const api = (window as unknown as { DamPicker: { preload(options?: object): Promise<void> } }).DamPicker;
    const emulator = (window as unknown as { emulatorOrigin: string }).emulatorOrigin;
    if (dam) await api.preload({ provider: 'brandworkz', site: 'demo.brandworkz.com', discoveryUrl: emulator });
    else {
      await api.preload();
      await import(new URL('cdn/brandworkz.js', document.baseURI).href);
    }
  }, dam);

/** Resolves when the first row of thumbnails has loaded and a frame has been painted after it: ms since connected. */
async function firstThumbnailsPainted(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const check = () => {
          const grid = document.querySelector('dam-picker')?.shadowRoot?.querySelector('dam-asset-grid');
          const images = [...(grid?.shadowRoot?.querySelectorAll<HTMLImageElement>('[role="option"] img') ?? [])].slice(0, 4);
          if (images.length >= 4 && images.every((image) => image.complete && image.naturalWidth > 0)) {
            // Checked in an animation frame: this frame shows them; its paint comes before the task that follows it.
            setTimeout(() => resolve(performance.now() - performance.getEntriesByName('picker-connected')[0]!.startTime));
          } else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
  );
}

interface FirstPaint {
  /** ms since connected: the picker's first request to the DAM. */
  firstRequest: number;
  /** ms since connected: the first result search sent. */
  search: number;
  /** Time on the network along the critical path: discovery, the first result search, the slowest of the first thumbnails. */
  network: number;
  /** The first result search's response end → the first thumbnail request. */
  render: number;
  /** The last of the first thumbnails' bytes (ms since connected). */
  thumbnailsEnd: number;
  /** The critical path's requests, start → end in ms since connected (printed with BENCH_VERBOSE=1). */
  path: string;
}

/** Resource Timing of the critical path, relative to `picker-connected`. */
async function firstPaintTimings(page: Page): Promise<FirstPaint> {
  return page.evaluate(() => {
    const connected = performance.getEntriesByName('picker-connected')[0]!.startTime;
    const entries = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
      (entry) => entry.name.startsWith((window as unknown as { emulatorOrigin: string }).emulatorOrigin) && entry.startTime >= connected,
    );
    const duration = (entry: PerformanceResourceTiming | undefined) => (entry ? entry.responseEnd - entry.startTime : 0);
    const discovery = entries.find((entry) => entry.name.includes('/getAPIURL'));
    const search = entries.find((entry) => entry.name.includes('/simpleSearch') && !/assetType=[^&]*Folder/.test(entry.name));
    const thumbnails = entries.filter((entry) => entry.name.includes('assetThumbnails')).slice(0, 4);
    // Beside the critical path: the facet counts' /search, which the emulator's one thread answers in turn.
    const facets = entries.find((entry) => /\/search(?:$|\?)/.test(entry.name));
    const firstThumbnail = Math.min(...thumbnails.map((entry) => entry.startTime));
    return {
      firstRequest: Math.min(...entries.map((entry) => entry.startTime)) - connected,
      search: search ? search.startTime - connected : Number.NaN,
      network: duration(discovery) + duration(search) + Math.max(0, ...thumbnails.map(duration)),
      render: search ? firstThumbnail - search.responseEnd : Number.NaN,
      thumbnailsEnd: Math.max(...thumbnails.map((entry) => entry.responseEnd)) - connected,
      path: [['discovery', discovery], ['search', search], ['facet counts', facets], ...thumbnails.map((entry) => ['thumbnail', entry] as const)]
        .filter((step): step is [string, PerformanceResourceTiming] => step[1] !== undefined)
        .map(([name, entry]) => `${name} ${Math.round(entry.startTime - connected)}→${Math.round(entry.responseEnd - connected)}`)
        .join(', '),
    };
  });
}

async function timeToFirstThumbnails(browser: Browser, hostUrl: string, origin: string): Promise<void> {
  // `preloaded`: the host called `DamPicker.preload()` before (on hover of its "Insert image" button), so the
  // picker's code is there when it connects ('code'), and with the picker's options its DAM's address too ('dam');
  // the other variants fetch and compile the code after connecting, as on a page's first visit (the bench's host
  // serves the chunks with no-store). `again`: the editor opens the picker a second time on the page (the first
  // one painted its thumbnails and was removed): its code, and the DAM's discovery answer, are there already.
  const variants: Array<{ latency: number; facets: boolean; preloaded?: 'code' | 'dam'; again?: boolean }> = [
    { latency: 0, facets: true },
    { latency: 0, facets: true, preloaded: 'code' },
    { latency: 0, facets: true, preloaded: 'dam' },
    { latency: 0, facets: true, again: true },
    { latency: 0, facets: false },
    { latency: 100, facets: true },
    { latency: 100, facets: true, preloaded: 'code' },
    { latency: 100, facets: true, preloaded: 'dam' },
    { latency: 100, facets: true, again: true },
  ];
  for (const { latency, facets, preloaded, again } of variants) {
    const totals: number[] = [];
    const own: number[] = [];
    const start: number[] = [];
    const render: number[] = [];
    const paint: number[] = [];
    const search: number[] = [];
    const label = `${latency} ms latency${facets ? '' : ', facet counts off'}${preloaded === 'code' ? ', code preloaded' : preloaded === 'dam' ? ', code and DAM address preloaded' : ''}${again ? ', opened again' : ''}`;
    for (let run = -1; run < runs; run++) {
      await control(origin, 'faults', { clear: true, latencyMs: latency, publicLatencyMs: latency });
      // Without facets: the DAM answers the facet-count request (and the /search probe) 404 at once, so its
      // counting costs the emulator's thread nothing.
      if (!facets) await control(origin, 'faults', { inject: { endpoint: 'search', status: 404, times: 100 } });
      const page = await mountPicker(browser, hostUrl, origin, {}, preloaded ? (page) => preload(page, preloaded === 'dam') : undefined);
      if (again) {
        await firstThumbnailsPainted(page);
        await page.evaluate(() => document.querySelector('dam-picker')?.remove());
        await addPicker(page, origin);
      }
      const total = await firstThumbnailsPainted(page);
      const timings = await firstPaintTimings(page);
      await page.close();
      if (run < 0) continue; // a warm-up run: caches, JIT and the emulator's search index
      if (process.env.BENCH_VERBOSE) console.log(`  ${label} #${run + 1}: painted at ${Math.round(total)} ms; ${timings.path}`);
      totals.push(total);
      own.push(Math.max(0, total - timings.network));
      start.push(timings.firstRequest);
      render.push(timings.render);
      paint.push(total - timings.thumbnailsEnd);
      search.push(timings.search);
    }
    record(`connected → first thumbnails painted (${label})`, totals, 'ms');
    record(`  connected → result search sent`, search, 'ms');
    // Opened again, the first thumbnails come from the browser's cache: no breakdown by thumbnail requests.
    if (again) continue;
    record(`  of which the picker's own work (${label})`, own, 'ms', latency === 0 ? '≤ 50 ms' : undefined);
    record(`    start delay: connected → first request`, start, 'ms');
    record(`    render delay: search response → first thumbnail request`, render, 'ms');
    record(`    paint delay: thumbnail bytes → painted`, paint, 'ms');
  }
  await control(origin, 'faults', { clear: true });
  if (tracing) await traceFirstPaint(browser, hostUrl, origin);
}

/** What the traces record: the timeline, and with BENCH_TRACE_CPU=1 V8's CPU profiler samples. */
const traceCategories = (...more: string[]): string[] => [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink',
  'loading',
  ...more,
  ...(process.env.BENCH_TRACE_CPU ? ['disabled-by-default-v8.cpu_profiler'] : []),
];

/** One more first-paint run under a Chromium trace: where the renderer's main thread spent the time to first paint. */
async function traceFirstPaint(browser: Browser, hostUrl: string, origin: string): Promise<void> {
  const path = new URL('bench-results/first-paint-trace.json', root).pathname;
  mkdirSync(new URL('bench-results', root), { recursive: true });
  const categories = traceCategories();
  const latency = Number(process.env.BENCH_TRACE_LATENCY ?? 0);
  await control(origin, 'faults', { clear: true, latencyMs: latency, publicLatencyMs: latency });
  const page = await mountPicker(browser, hostUrl, origin, {}, async (page) => {
    if (process.env.BENCH_TRACE_PRELOADED) await preload(page, process.env.BENCH_TRACE_PRELOADED === 'dam');
    await page.tracing.start({ path, categories });
  });
  const total = await firstThumbnailsPainted(page);
  await page.tracing.stop();
  await page.close();
  await control(origin, 'faults', { clear: true });
  const { events, main } = mainThreadOf(path);
  const sums = new Map<string, number>();
  for (const event of events) {
    if (event.ph !== 'X' || !event.dur || event.pid !== main?.pid || event.tid !== main.tid) continue;
    if (
      !/^(?:FunctionCall|EvaluateScript|v8\.compile|v8\.run|ParseHTML|UpdateLayoutTree|Layout|Paint|PrePaint|Commit|Decode Image|TimerFire|RunMicrotasks|EventDispatch|FireAnimationFrame|ParseAuthorStyleSheet|Layerize|ResourceReceivedData|XHRReadyStateChange|V8\.GC.*|MajorGC|MinorGC)$/.test(
        event.name,
      )
    )
      continue;
    sums.set(event.name, (sums.get(event.name) ?? 0) + event.dur / 1000);
  }
  console.log(`\nTrace of one first-paint run (${Math.round(total)} ms to first thumbnails; ${path}), main-thread time by kind (nested kinds overlap):`);
  for (const [name, ms] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log(`  ${name.padEnd(24)} ${ms.toFixed(1).padStart(7)} ms`);
}

type TraceEvent = { name: string; ph: string; dur?: number; ts: number; tid: number; pid: number; args?: { name?: string; data?: { url?: string } } };

/** A trace's events and the picker's renderer: the main thread with the most work in the trace. */
function mainThreadOf(path: string): { events: TraceEvent[]; main: TraceEvent | undefined } {
  const { traceEvents: events } = JSON.parse(readFileSync(path, 'utf8')) as { traceEvents: TraceEvent[] };
  const work = new Map<string, number>();
  for (const event of events)
    if (event.ph === 'X' && event.dur) work.set(`${event.pid}:${event.tid}`, (work.get(`${event.pid}:${event.tid}`) ?? 0) + event.dur);
  const main = events
    .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
    .sort((a, b) => (work.get(`${b.pid}:${b.tid}`) ?? 0) - (work.get(`${a.pid}:${a.tid}`) ?? 0))[0];
  return { events, main };
}

/**
 * One more scroll run under a Chromium trace: the main thread's tasks longer than half a frame while the grid
 * scrolls through 10,000 results, each with the kinds of work inside it — where a dropped frame's time went.
 */
async function traceScroll(browser: Browser, hostUrl: string, origin: string): Promise<void> {
  const path = new URL('bench-results/scroll-trace.json', root).pathname;
  mkdirSync(new URL('bench-results', root), { recursive: true });
  const page = await mountPicker(browser, hostUrl, origin, { 'page-size': '100' });
  await firstThumbnailsPainted(page);
  await page.tracing.start({ path, categories: traceCategories('v8') });
  const { frames } = (await page.evaluate(`(async () => {
    const grid = document.querySelector('dam-picker').shadowRoot.querySelector('dam-asset-grid');
    return (${SCROLL_FRAMES})(grid.shadowRoot.querySelector('[part~="listbox"]'), ${FLING});
  })()`)) as { frames: number[] };
  await page.tracing.stop();
  await page.close();
  const { events, main } = mainThreadOf(path);
  const onMain = events.filter((event) => event.ph === 'X' && event.dur && event.pid === main?.pid && event.tid === main.tid);
  const tasks = onMain.filter((event) => event.name === 'RunTask' && event.dur! > 8000);
  console.log(`
Trace of one scroll run (${frames.length} frames, p95 ${percentile(frames, 95).toFixed(1)} ms; ${path}): main-thread tasks over 8 ms`);
  const kinds =
    /^(?:FunctionCall|TimerFire|EventDispatch|FireAnimationFrame|RunMicrotasks|UpdateLayoutTree|Layout|Paint|PrePaint|Layerize|Commit|ParseAuthorStyleSheet|Decode Image|ResourceReceivedData|XHRLoad|V8\.GC.*|MajorGC|MinorGC|v8\.compile|HitTest|ScrollLayer|IntersectionObserverController::computeIntersections|ResizeObserverController::DeliverObservations)$/;
  for (const task of tasks) {
    const inside = new Map<string, number>();
    for (const event of onMain)
      if (event !== task && kinds.test(event.name) && event.ts >= task.ts && event.ts + event.dur! <= task.ts + task.dur!)
        inside.set(event.name, (inside.get(event.name) ?? 0) + event.dur! / 1000);
    const top = [...inside]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([name, ms]) => `${name} ${ms.toFixed(1)}`);
    console.log(`  ${(task.dur! / 1000).toFixed(1).padStart(6)} ms: ${top.join(', ')}`);
  }
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

/** A fling: 120 px a frame (7,200 px/s at 60 Hz), tiles passing faster than an editor looks at them. */
const FLING = 120;
/** Reading speed: 24 px a frame (1,440 px/s), below the grid's fast-scroll threshold, so thumbnails load as tiles come. */
const READING = -24;

/** In the page: frame times while scrolling `scroller` by `step` px a frame (negative: up) for up to 3 s, and long tasks meanwhile. */
const SCROLL_FRAMES = `async (scroller, step) => {
  const frames = [];
  const tasks = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration)));
  observer.observe({ type: 'longtask' });
  await new Promise((resolve) => {
    let last = performance.now();
    const start = last;
    const frame = (now) => {
      frames.push(now - last);
      last = now;
      const before = scroller.scrollTop;
      scroller.scrollTop += step;
      if (now - start < 3000 && scroller.scrollTop !== before) requestAnimationFrame(frame);
      else resolve();
    };
    requestAnimationFrame(frame);
  });
  observer.disconnect();
  return { frames: frames.slice(1), tasks };
}`;

async function scrollTenThousand(browser: Browser, hostUrl: string, origin: string): Promise<void> {
  const p50: number[] = [];
  const p95: number[] = [];
  const longTasks: number[] = [];
  const baseP95: number[] = [];
  const baseP50: number[] = [];
  const ratios: number[] = [];
  const late: number[] = [];
  const baseLate: number[] = [];
  const readingP95: number[] = [];
  const readingLate: number[] = [];
  // The share of frames that took longer than 20 ms (a frame missed): p95 moves in whole frames, this does not.
  const lateShare = (frames: number[]) => (100 * frames.filter((frame) => frame > 20).length) / Math.max(1, frames.length);
  for (let run = 0; run < (quick ? 1 : 3); run++) {
    const page = await mountPicker(browser, hostUrl, origin, { 'page-size': '100' });
    await firstThumbnailsPainted(page);
    const measured = (await page.evaluate(`(async () => {
      const scrollFrames = ${SCROLL_FRAMES};
      const grid = document.querySelector('dam-picker').shadowRoot.querySelector('dam-asset-grid');
      const scroller = grid.shadowRoot.querySelector('[part~="listbox"]');
      // Through the results from the top, pages loading as they come into view.
      const picker = await scrollFrames(scroller, ${FLING});
      // Back up at reading speed, through the tiles the fling passed: their thumbnails load on the way.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const reading = await scrollFrames(scroller, ${READING});
      await new Promise((resolve) => setTimeout(resolve, 500));
      // The baseline: the same tiles (markup and images the grid drew) as a static list in a scroller of the same size.
      const tiles = [...grid.shadowRoot.querySelectorAll('[role="option"]')];
      const box = scroller.getBoundingClientRect();
      const host = document.createElement('div');
      host.style.cssText = 'position:fixed;top:' + box.top + 'px;left:' + box.left + 'px;width:' + box.width + 'px;height:' + box.height + 'px;background:#fff';
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.adoptedStyleSheets = grid.shadowRoot.adoptedStyleSheets;
      const list = document.createElement('div');
      list.className = 'listbox';
      list.style.cssText = 'height:100%;overflow:auto;display:grid;grid-template-columns:repeat(auto-fill,minmax(' + tiles[0].offsetWidth + 'px,1fr));gap:12px;padding:12px;contain:strict';
      for (let i = 0; i < 2000; i++) {
        const tile = tiles[i % tiles.length].cloneNode(true);
        tile.style.position = 'static';
        tile.style.transform = 'none';
        list.append(tile);
      }
      shadow.append(list);
      document.body.append(host);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const baseline = await scrollFrames(list, ${FLING});
      host.remove();
      return { picker, reading, baseline, total: grid.total };
    })()`)) as { picker: { frames: number[]; tasks: number[] }; reading: { frames: number[] }; baseline: { frames: number[] }; total: number };
    await page.close();
    if (measured.total < 10_000) console.warn(`only ${measured.total} results`);
    p50.push(percentile(measured.picker.frames, 50));
    p95.push(percentile(measured.picker.frames, 95));
    longTasks.push(measured.picker.tasks.length);
    baseP50.push(percentile(measured.baseline.frames, 50));
    baseP95.push(percentile(measured.baseline.frames, 95));
    ratios.push(percentile(measured.picker.frames, 95) / percentile(measured.baseline.frames, 95));
    late.push(lateShare(measured.picker.frames));
    readingP95.push(percentile(measured.reading.frames, 95));
    readingLate.push(lateShare(measured.reading.frames));
    baseLate.push(lateShare(measured.baseline.frames));
  }
  if (tracing) await traceScroll(browser, hostUrl, origin);
  record('scrolling 10,000 results: frame time p50', p50, 'ms');
  record('scrolling 10,000 results: frame time p95', p95, 'ms', '≤ 20 ms');
  record('  baseline, the same tiles as a static list: p50', baseP50, 'ms');
  record('  baseline, the same tiles as a static list: p95', baseP95, 'ms');
  record('  p95 ÷ baseline p95', ratios, '×');
  record('scrolling 10,000 results: frames over 20 ms', late, '%', '≤ 5 %');
  record('  baseline, the same tiles as a static list: frames over 20 ms', baseLate, '%');
  record('scrolling 10,000 results: long tasks (> 50 ms)', longTasks, 'tasks', '0');
  record('scrolling back up at reading speed, thumbnails loading: p95', readingP95, 'ms', '≤ 20 ms');
  record('  frames over 20 ms', readingLate, '%', '≤ 5 %');
}

/** 100,000 results: heap and DOM after scrolling through many pages, and a jump to the middle (scrollbar dragged there). */
async function scaleHundredThousand(browser: Browser, hostUrl: string): Promise<void> {
  const started = performance.now();
  const emulator = await startEmulator({ port: 0, quiet: true, assetCount: 100_000, allowedOrigins: [new URL(hostUrl).origin], testMode: true });
  record('100,000-asset emulator: start', [performance.now() - started], 'ms');
  const origin = emulator.origin;
  emulatorOriginOverride = origin;
  const heaps: number[] = [];
  const elements: number[] = [];
  const loaded: number[] = [];
  const jumps: number[] = [];
  try {
    for (let run = quick ? 0 : -1; run < (quick ? 1 : 3); run++) {
      const page = await mountPicker(browser, hostUrl, origin);
      await firstThumbnailsPainted(page);
      const heap = async () => {
        await page.evaluate('window.gc?.()');
        return ((await page.metrics()).JSHeapUsedSize ?? 0) / 1024 / 1024;
      };
      const measured = (await page.evaluate(`(async () => {
        const grid = document.querySelector('dam-picker').shadowRoot.querySelector('dam-asset-grid');
        const scroller = grid.shadowRoot.querySelector('[part~="listbox"]');
        const tiles = () => [...grid.shadowRoot.querySelectorAll('[role="option"]')];
        const until = async (test) => {
          const deadline = performance.now() + 60000;
          while (!test()) {
            if (performance.now() > deadline) throw new Error('timed out');
            await new Promise((resolve) => requestAnimationFrame(resolve));
          }
        };
        // Scroll on through 40 pages of 50, waiting for each screen's tiles.
        const perPage = (scroller.scrollHeight / grid.total) * 50;
        for (let step = 0; step < 40; step++) {
          scroller.scrollTop += perPage;
          await until(() => tiles().length > 0);
        }
        const count = (root) => [...root.querySelectorAll('*')].reduce((sum, element) => sum + 1 + (element.shadowRoot ? count(element.shadowRoot) : 0), 0);
        const afterScrolling = { elements: count(document), loaded: grid.assets.length };
        // Drag to the middle: time until the tiles of that range are drawn with their thumbnails.
        const start = performance.now();
        scroller.scrollTop = scroller.scrollHeight / 2;
        await until(() => tiles().length >= 4 && tiles().slice(0, 4).every((tile) => tile.querySelector('img')?.complete));
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        return { ...afterScrolling, jump: performance.now() - start };
      })()`)) as { elements: number; loaded: number; jump: number };
      const after = await heap();
      await page.close();
      if (run < 0) continue;
      heaps.push(after);
      elements.push(measured.elements);
      loaded.push(measured.loaded);
      jumps.push(measured.jump);
    }
  } finally {
    emulatorOriginOverride = undefined;
    await emulator.close();
  }
  record('100,000 results, after 40 pages and a jump: DOM elements (whole page)', elements, 'elements', 'bounded');
  record('100,000 results, after 40 pages and a jump: assets held', loaded, 'assets', '≤ 8 pages');
  record('100,000 results, after 40 pages and a jump: JS heap used', heaps, 'MB', 'bounded');
  record('100,000 results: scrollbar dragged to the middle → tiles drawn', jumps, 'ms');
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
      // The tree's code loads after the first results.
      await until(() => document.querySelector('dam-picker')!.shadowRoot!.querySelector('dam-folder-tree')!.shadowRoot?.querySelector('[role="tree"]'));
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
  const host = await serveHost(() => emulatorOriginOverride ?? emulatorOrigin);
  const hostUrl = `http://localhost:${(host.address() as AddressInfo).port}/`;
  const emulator = await startEmulator({ port: 0, quiet: true, assetCount: 12_000, allowedOrigins: [new URL(hostUrl).origin], testMode: true });
  emulatorOrigin = emulator.origin;
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  try {
    // A figure that fails is reported and left out; the others still run.
    const figure = async (name: string, run: () => Promise<void>) => {
      if (!wanted(name)) return;
      try {
        await run();
      } catch (error) {
        console.error(`bench: ${name} failed:`, error);
        process.exitCode = 1;
      }
    };
    await figure('first-paint', () => timeToFirstThumbnails(browser, hostUrl, emulator.origin));
    await figure('typing', () => typingRequests(browser, hostUrl, emulator.origin));
    await figure('scroll', () => scrollTenThousand(browser, hostUrl, emulator.origin));
    await figure('scale', () => scaleHundredThousand(browser, hostUrl));
    await figure('tree', () => expandWideFolder(browser, hostUrl, emulator.origin));
  } finally {
    await browser.close();
    host.close();
    await emulator.close();
  }
  printTable();
  if (only.size > 0) return; // a partial run does not replace the latest full table
  mkdirSync(file('bench-results'), { recursive: true });
  writeFileSync(latestFile, JSON.stringify({ date: new Date().toISOString(), quick, rows }, null, 2));
  console.log(`\nwritten to bench-results/latest.json (the next run compares with it)`);
}

const latestFile = file('bench-results/latest.json');

/** The table: each figure, its goal, the last full run's figure and, for timings, now ÷ then. */
function printTable(): void {
  const last = existsSync(latestFile) ? (JSON.parse(readFileSync(latestFile, 'utf8')) as { date: string; quick: boolean; rows: Row[] }) : undefined;
  // Indented figures repeat under each variant ("start delay"): they are told apart by the figure above them.
  const keyed = (list: Row[]): string[] => {
    let parent = '';
    return list.map((row) => (/^\s/.test(row.figure) ? `${parent} › ${row.figure.trim()}` : (parent = row.figure)));
  };
  const lastKeys = last ? keyed(last.rows) : [];
  const before = new Map(last?.rows.map((row, index) => [lastKeys[index]!, row.value]));
  const keys = keyed(rows);
  const width = Math.max(...rows.map((row) => row.figure.length));
  const cell = (value: number | undefined, unit = '') => (value === undefined || Number.isNaN(value) ? '–' : `${value} ${unit}`.trim());
  console.log(`\ndam-picker benchmark (${quick ? 'quick: one run each' : 'median of several runs'}; Chromium headless, emulator on loopback)`);
  console.log(last ? `last run: ${last.date}${last.quick ? ' (quick)' : ''}\n` : 'no last run to compare with\n');
  console.log(`${'figure'.padEnd(width)}  ${'now'.padStart(14)}  ${'goal'.padStart(10)}  ${'last run'.padStart(14)}  ${'now ÷ last'.padStart(10)}`);
  for (const [index, row] of rows.entries()) {
    const then = before.get(keys[index]!);
    const ratio = row.unit === 'ms' && then ? `${(row.value / then).toFixed(2)}×` : '';
    console.log(
      `${row.figure.padEnd(width)}  ${cell(row.value, row.unit).padStart(14)}  ${(row.goal ?? '').padStart(10)}  ${cell(then, then === undefined ? '' : row.unit).padStart(14)}  ${ratio.padStart(10)}`,
    );
  }
}

await main();
