// @web/test-runner: every browser test in real headless Chromium, and the cross-engine subset in Firefox ESR
// and WebKitGTK (all Debian's packages). scripts/test-browser.mjs picks the engines (DAM_TEST_BROWSERS).
// msw's service worker is served from node_modules so it stays in step with msw.
// End-to-end tests talk to the real emulator server, started here on its own origin.
// Run through `node --import tsx` (see package.json) so the emulator's TypeScript loads.
import { spawn } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { startEmulator, startBynderEmulator, RELAY_CLIENT_ID, RELAY_CLIENT_SECRET } from './emulator/server/index.ts';
import { relayTokenRequest } from './emulator/server/relay.ts';
import { CHROMIUM_ARGS } from './scripts/chromium.mjs';
import { ensureDist } from './scripts/ensure-dist.mjs';
import { a11yCommandsPlugin } from './test/a11y/a11y-commands-plugin.ts';
import { webdriverKeysPlugin } from './test/support/webdriver-keys-plugin.ts';

// The engines of this run: chromium (the default), firefox, webkit (scripts/test-browser.mjs `--browsers`).
const engines = (process.env.DAM_TEST_BROWSERS ?? 'chromium').split(',');
for (const engine of engines) if (!['chromium', 'firefox', 'webkit'].includes(engine)) throw new Error(`DAM_TEST_BROWSERS: no engine "${engine}".`);
// What runs in Firefox and WebKit in `npm test` (`test:engines`): a named subset that covers what a user touches
// where engines differ — components (search box, grid, facets, folder tree), the end-to-end pick flow with a real
// sign-in popup and real uploads against the emulator server, the embedding (picker page, popup and iframe,
// script tag under a strict CSP and under Trusted Types, the loader), the phone layouts and touch (issue 17 asks them of every engine) — and keeps the whole `npm test` well under 15 minutes
// on 2 cores (every file in both engines takes ~15 minutes there). `test:engines:all` (DAM_TEST_SET=all) runs
// the wider set; README's Browsers section lists what still fails there and why.
const CROSS_ENGINE_FILES = [
  'test/components/dam-search-box.test.ts',
  'test/components/dam-asset-grid.test.ts',
  'test/components/dam-facet-list.test.ts',
  'test/components/dam-folder-tree.test.ts',
  'test/components/first-thumbnails.test.ts',
  'test/components/after-first-thumbnails.test.ts',
  'test/e2e/pick-flow.test.ts',
  'test/e2e/upload.test.ts',
  'test/embedding/picker-page.test.ts',
  'test/embedding/open-window.test.ts',
  'test/embedding/iife-csp.test.ts',
  'test/embedding/iife-trusted-types.test.ts',
  'test/embedding/loader.test.ts',
  'test/layout/narrow.test.ts',
  'test/layout/touch.test.ts',
];
const ALL_CROSS_ENGINE_FILES = [
  'test/components/**/*.test.ts',
  'test/e2e/**/*.test.ts',
  'test/embedding/**/*.test.ts',
  'test/api/*upload*.test.ts',
  'test/api/sign-in-popup.test.ts',
  'test/layout/**/*.test.ts',
];
const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER_PATH = process.env.MINIBROWSER_PATH ?? `/usr/lib/${process.arch === 'arm64' ? 'aarch64' : 'x86_64'}-linux-gnu/webkit2gtk-4.1/MiniBrowser`;

const mswWorker = readFileSync(new URL('./node_modules/msw/lib/mockServiceWorker.js', import.meta.url), 'utf8');
// The built bundles first (slow): the port below is taken only seconds before the runner listens on it.
ensureDist();
// The test server's port, chosen here so that the emulators know the test pages' origins: they answer CORS
// only for them and accept only the redirect URIs below. From 8000 up plus an offset by process, so that test
// runs started at once on one machine (engines, developers) do not all probe the same ports.
const isFree = (port) =>
  new Promise((resolve) => {
    const probe = createServer().once('error', () => resolve(false));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });
let port = 8000 + (process.pid % 50) * 20;
while (!(await isFree(port))) port++;
const testOrigin = `http://localhost:${port}`;
// Tests use the 127.0.0.1 twin as a second origin. Redirect URIs: a test page's default (its URL without
// query), the callback pages, and the pages that are their own redirect URI.
const access = {
  allowedOrigins: [testOrigin, `http://127.0.0.1:${port}`],
  redirectUris: ['/', '/test/e2e/callback.html', '/test/e2e/strict-csp.html', '/test/e2e/auth-host.html', '/dist/picker.html', '/dist/callback.html'].map(
    (path) => `${testOrigin}${path}`,
  ),
  testMode: true,
};
const emulator = await startEmulator({ port: 0, autoApprove: true, quiet: true, ...access });
// Upload tests get their own emulator: they switch token lifetime, latency and part faults,
// which would disturb test files running at the same time against the shared one.
const uploadEmulator = await startEmulator({ port: 0, autoApprove: true, quiet: true, assetCount: 500, ...access });
process.on('exit', () => void uploadEmulator.close());
// Likewise the strict-CSP and redirect tests: pick-flow switches auto-approve to 'deny' for a while.
const hostEmulator = await startEmulator({ port: 0, autoApprove: true, quiet: true, assetCount: 500, ...access });
process.on('exit', () => void hostEmulator.close());
process.on('exit', () => void emulator.close());
// The embedding tests (modal, picker page, built IIFE): their own emulator, and the built bundles.
const embedEmulator = await startEmulator({ port: 0, autoApprove: true, quiet: true, assetCount: 500, ...access });
// The Bynder portal emulator, on its own origin (the picker's `site` for provider="bynder").
const bynderEmulator = await startBynderEmulator({ port: 0, autoApprove: true, quiet: true, mediaCount: 1500, ...access });
process.on('exit', () => void bynderEmulator.close());
// The sign-out tests read a Bynder portal's request log (revocations), which pick-flow clears on the shared one.
const authBynderEmulator = await startBynderEmulator({ port: 0, autoApprove: true, quiet: true, mediaCount: 200, ...access });
process.on('exit', () => void authBynderEmulator.close());
process.on('exit', () => void embedEmulator.close());

/** A free TCP port on the loopback interface. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address();
      probe.close(() => resolve(free));
    });
  });

/** WebKitGTK's WebDriver server, started here (webdriverio only talks to one), stopped when the run ends. */
async function startWebKitDriver() {
  const driverPort = await freePort();
  // MiniBrowser's GTK theme from test/support/webkit-gtk: a toolbar that lets the window narrow to a phone's width.
  const env = { ...process.env, XDG_CONFIG_HOME: fileURLToPath(new URL('./test/support/webkit-gtk', import.meta.url)) };
  const driver = spawn(WEBKIT_DRIVER_PATH, [`--port=${driverPort}`], { stdio: ['ignore', 'ignore', 'inherit'], env });
  process.on('exit', () => driver.kill());
  const exited = new Promise((resolve) => driver.once('exit', resolve));
  for (let tries = 0; tries < 100; tries++) {
    const ready = await fetch(`http://127.0.0.1:${driverPort}/status`).then(
      (answer) => answer.ok,
      () => false,
    );
    if (ready) return driverPort;
    if (driver.exitCode !== null || (await Promise.race([exited.then(() => true), new Promise((wait) => setTimeout(() => wait(false), 100))])))
      throw new Error(`${WEBKIT_DRIVER_PATH} exited (${driver.exitCode}): is webkit2gtk-driver installed?`);
  }
  throw new Error(`${WEBKIT_DRIVER_PATH} did not answer on port ${driverPort}.`);
}

/** @web/test-runner-chrome's launcher (puppeteer: CDP for Chromium, WebDriver BiDi for Firefox), named for the reports. */
const named = (name, options) => Object.assign(chromeLauncher(options), { name });

const launchers = {
  chromium: () =>
    named('Chromium', {
      // A browser context per page: background tabs get no animation frames,
      // resize observations or scroll events, which the virtualised grid needs.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        args: [...CHROMIUM_ARGS],
      },
      concurrency: 2,
    }),
  // Firefox through WebDriver BiDi (puppeteer). One page at a time: keys typed into a page that is not
  // in front are lost.
  firefox: () =>
    named('Firefox', {
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: { browser: 'firefox', executablePath: FIREFOX_PATH, headless: true },
      concurrency: 1,
    }),
  // WebKitGTK's MiniBrowser through WebDriver classic; one window, test files one after another.
  webkit: async () =>
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: await startWebKitDriver(),
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': {
          binary: MINIBROWSER_PATH,
          // The sign-in popup is opened from the picker's click handler: allowed, as in Safari.
          args: ['--automation', '--javascript-can-open-windows-automatically=true'],
        },
        'wdio:enforceWebDriverClassic': true,
      },
    }),
};
const browsers = await Promise.all(engines.map((engine) => launchers[engine]()));
const chromiumOnly = engines.length === 1 && engines[0] === 'chromium';

/** What reached the attacker's endpoints (test/embedding/picker-page-attack.test.ts). */
const attackerLog = [];
/** The deployer's configuration of dist/picker.html in the tests: the embedding emulator, one allowed host. */
const pickerPageConfig = {
  provider: 'brandworkz',
  site: 'demo.brandworkz.com',
  discoveryUrl: embedEmulator.origin,
  clientId: 'dam-picker-demo',
  tokenStorage: 'session',
  allowedOrigins: [testOrigin],
  upload: true,
};

export default {
  port,
  // test/conformance/ is node:test (the vendor's SDK against the emulator), not a browser test.
  files: chromiumOnly ? ['test/**/*.test.ts', '!test/conformance/**'] : process.env.DAM_TEST_SET === 'all' ? ALL_CROSS_ENGINE_FILES : CROSS_ENGINE_FILES,
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // Firefox and WebKit one test file at a time (the WebDriver launcher runs files in iframes otherwise);
  // Chromium's launcher keeps its own 2. One engine at a time: engines running the same file at once would
  // switch the same emulator's faults under each other.
  concurrency: chromiumOnly ? 2 : 1,
  concurrentBrowsers: 1,
  // Firefox and WebKit get twice the time per test: every key and click is a WebDriver round trip there.
  testFramework: { config: { timeout: chromiumOnly ? 10000 : 20000 } },
  testsFinishTimeout: 300000,
  browsers,
  // Development builds of dependencies (query-core) read process.env.NODE_ENV, as bundlers would replace it.
  // Each test file starts with empty storage: WebKit runs every file in the same window (one session), where
  // sessionStorage would otherwise carry one file's sign-in and OAuth state into the next.
  testRunnerHtml: (testFramework) => `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>
    <script>window.process = { env: { NODE_ENV: 'development' } }; sessionStorage.clear(); localStorage.clear();</script>
    <script type="module" src="${testFramework}"></script></body></html>`,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    // forced-colors emulation and the accessibility tree, for test/a11y.
    a11yCommandsPlugin(),
    // Typing and key chords through WebDriver (WebKit), for test/support/engine.ts.
    webdriverKeysPlugin(),
  ],
  middleware: [
    // DAM_TEST_LOG_FILES=<file>: one line per test file an engine starts (time, engine, file), appended as the run
    // goes. A run whose report stops moving (README, Browsers) then names the file it stopped in: the last line.
    function logTestFiles(context, next) {
      const log = process.env.DAM_TEST_LOG_FILES;
      if (log && context.path.endsWith('.test.ts') && context.query['wtr-session-id']) {
        const agent = context.get('user-agent');
        const engine = agent.includes('Firefox/') ? 'firefox' : agent.includes('Chrome/') ? 'chromium' : 'webkit';
        appendFileSync(log, `${new Date().toISOString()} ${engine} ${context.path}\n`);
      }
      return next();
    },
    // test/embedding/loader.test.ts: a page whose loader's entry (cdn/dam-picker.js) arrives 400 ms late, so that
    // whether the entry's chunks are fetched beside it or only after it shows in Resource Timing beyond doubt.
    async function slowEntry(context, next) {
      if (!context.path.startsWith('/__slow-entry/')) return next();
      context.set('Cache-Control', 'no-store');
      if (context.path === '/__slow-entry/page.html') {
        context.type = 'html';
        context.body = '<!doctype html><meta charset="utf-8"><title>Slow entry</title><script src="/__slow-entry/dist/dam-picker.iife.js"></script>';
        return;
      }
      context.path = context.path.slice('/__slow-entry'.length);
      if (context.path === '/dist/cdn/dam-picker.js') await new Promise((resolve) => setTimeout(resolve, 400));
      return next();
    },
    function testSupport(context, next) {
      if (context.path === '/mockServiceWorker.js') {
        context.type = 'application/javascript';
        context.set('Service-Worker-Allowed', '/');
        context.body = mswWorker;
        return;
      }
      if (context.path === '/__oauth-refused/oauth/authorize') {
        // An authorization endpoint that refuses every sign-in, as a DAM does when the user denies access
        // (test/a11y: the signed-out state with the refusal, through the real popup and callback page).
        const back = new URL(String(context.query.redirect_uri));
        back.search = new URLSearchParams({
          error: 'access_denied',
          error_description: 'The user denied access',
          state: String(context.query.state),
        }).toString();
        context.redirect(back.href);
        return;
      }
      if (context.path === '/__oauth-hold/oauth/authorize') {
        // An authorization page that never answers: the sign-in popup stays open while a test posts
        // forged callback messages at the picker (test/api/sign-in-popup.test.ts).
        context.type = 'text/html';
        context.body = '<!doctype html><html lang="en"><title>Sign in</title><p>Waiting…</p></html>';
        return;
      }
      if (context.path === '/__e2e-config.json') {
        context.type = 'application/json';
        context.body = JSON.stringify({
          emulatorOrigin: emulator.origin,
          uploadEmulatorOrigin: uploadEmulator.origin,
          hostEmulatorOrigin: hostEmulator.origin,
          embedEmulatorOrigin: embedEmulator.origin,
          bynderOrigin: bynderEmulator.origin,
          authBynderOrigin: authBynderEmulator.origin,
        });
        return;
      }
      if (['/dist/picker.config.json', '/dist/picker-inline.html', '/dist/picker-invalid.html'].includes(context.path)) {
        // The deployer's configuration of the built picker page (test/embedding): the embedding emulator, and
        // this server's localhost origin as the only host allowed (its 127.0.0.1 twin plays the attacker).
        const config = JSON.stringify(context.path.includes('invalid') ? { ...pickerPageConfig, allowedOrigins: ['*'] } : pickerPageConfig);
        if (context.path.endsWith('.json')) {
          context.type = 'application/json';
          context.body = config;
        } else {
          // The same page with the configuration as a JSON block inside it, as a deployer may ship it.
          context.type = 'text/html';
          context.body = readFileSync('dist/picker.html', 'utf8').replace(
            '<head>',
            `<head><script type="application/json" id="dam-picker-config">${config.replace(/</g, '\\u003c')}</script>`,
          );
        }
        return;
      }
      if (context.path.startsWith('/__attacker/')) {
        // An attacker's endpoints (a token relay, a discovery URL): any request reaching them is recorded.
        if (context.path === '/__attacker/log') {
          context.type = 'application/json';
          context.set('Access-Control-Allow-Origin', '*');
          context.body = JSON.stringify(attackerLog);
          return;
        }
        attackerLog.push(`${context.method} ${context.url}`);
        context.set('Access-Control-Allow-Origin', '*');
        context.status = 204;
        return;
      }
      if (context.path === '/__relay/token' && context.method === 'POST') {
        // The page's own origin relays token requests and adds the confidential client's secret (`token-url`).
        return (async () => {
          const chunks = [];
          for await (const chunk of context.req) chunks.push(chunk);
          const answer = await relayTokenRequest(
            { tokenEndpoint: `${emulator.origin}/oauth/token`, clientId: RELAY_CLIENT_ID, clientSecret: RELAY_CLIENT_SECRET },
            Buffer.concat(chunks).toString('utf8'),
          );
          context.status = answer.status;
          context.type = answer.contentType;
          context.body = answer.body;
        })();
      }
      // dist/ is also the script tag's "CDN": its 127.0.0.1 twin serves the loader's chunks to localhost pages
      // (test/embedding/loader.test.ts), which needs CORS, as a CDN sends it.
      if (context.path.startsWith('/dist/')) context.set('Access-Control-Allow-Origin', '*');
      return next();
    },
  ],
};
