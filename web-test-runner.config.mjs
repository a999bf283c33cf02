// @web/test-runner: every browser test in real headless Chromium (Debian's package).
// msw's service worker is served from node_modules so it stays in step with msw.
// End-to-end tests talk to the real emulator server, started here on its own origin.
// Run through `node --import tsx` (see package.json) so the emulator's TypeScript loads.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { startEmulator, startBynderEmulator, RELAY_CLIENT_ID, RELAY_CLIENT_SECRET } from './emulator/server/index.ts';
import { relayTokenRequest } from './emulator/server/relay.ts';
import { CHROMIUM_ARGS } from './scripts/chromium.mjs';
import { ensureDist } from './scripts/ensure-dist.mjs';
import { a11yCommandsPlugin } from './test/a11y/a11y-commands-plugin.ts';

const mswWorker = readFileSync(new URL('./node_modules/msw/lib/mockServiceWorker.js', import.meta.url), 'utf8');
// The test server's port, chosen here (from 8000 up, as the runner itself would) so that the emulators
// know the test pages' origins: they answer CORS only for them and accept only the redirect URIs below.
const isFree = (port) =>
  new Promise((resolve) => {
    const probe = createServer().once('error', () => resolve(false));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });
let port = 8000;
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
ensureDist();

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
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  browsers: [
    chromeLauncher({
      // A browser context per page: background tabs get no animation frames,
      // resize observations or scroll events, which the virtualised grid needs.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        args: [...CHROMIUM_ARGS],
      },
    }),
  ],
  // Development builds of dependencies (query-core) read process.env.NODE_ENV, as bundlers would replace it.
  testRunnerHtml: (testFramework) => `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>
    <script>window.process = { env: { NODE_ENV: 'development' } };</script>
    <script type="module" src="${testFramework}"></script></body></html>`,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    // forced-colors emulation and the accessibility tree, for test/a11y.
    a11yCommandsPlugin(),
  ],
  middleware: [
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
