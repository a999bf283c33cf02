// @web/test-runner: every browser test in real headless Chromium (Debian's package).
// msw's service worker is served from node_modules so it stays in step with msw.
// End-to-end tests talk to the real emulator server, started here on its own origin.
// Run through `node --import tsx` (see package.json) so the emulator's TypeScript loads.
import { readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { startEmulator } from './emulator/server/index.ts';

const mswWorker = readFileSync(new URL('./node_modules/msw/lib/mockServiceWorker.js', import.meta.url), 'utf8');
const emulator = await startEmulator({ port: 0, autoApprove: true, quiet: true });
process.on('exit', () => void emulator.close());

export default {
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
        args: ['--no-sandbox', '--headless=new', '--disable-dev-shm-usage', '--disable-background-networking',
          '--disable-component-update', '--no-first-run', '--disable-sync'],
      },
    }),
  ],
  // Development builds of dependencies (query-core) read process.env.NODE_ENV, as bundlers would replace it.
  testRunnerHtml: (testFramework) => `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>
    <script>window.process = { env: { NODE_ENV: 'development' } };</script>
    <script type="module" src="${testFramework}"></script></body></html>`,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  middleware: [
    function testSupport(context, next) {
      if (context.path === '/mockServiceWorker.js') {
        context.type = 'application/javascript';
        context.set('Service-Worker-Allowed', '/');
        context.body = mswWorker;
        return;
      }
      if (context.path === '/__e2e-config.json') {
        context.type = 'application/json';
        context.body = JSON.stringify({ emulatorOrigin: emulator.origin });
        return;
      }
      return next();
    },
  ],
};
