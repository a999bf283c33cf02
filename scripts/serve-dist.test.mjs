// The demo's dist server (scripts/serve-dist.mjs) deploys picker.html as the README tells deployers to:
// a valid configuration beside the page, with the demo's origin as the only allowed host, and the pages
// served with frame-ancestors limited to it (picker.html) or to nobody (callback.html).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { after, before, test } from 'node:test';
import { parsePageConfig } from '../src/embed/page-config.ts';

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

let server;
let origin;

before(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ['scripts/serve-dist.mjs'], {
    env: { ...process.env, DIST_PORT: String(port), DEMO_PORT: '5999', EMULATOR_PORT: '4999' },
    stdio: 'inherit',
  });
  for (let attempt = 0; attempt < 100; attempt++) {
    if (
      await fetch(`${origin}/picker.config.json`).then(
        () => true,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('serve-dist did not start');
});
after(() => server?.kill());

test('serves a valid picker configuration for the demo host', async () => {
  const response = await fetch(`${origin}/picker.config.json`);
  assert.equal(response.status, 200);
  const config = parsePageConfig(await response.json());
  assert.deepEqual(config.allowedOrigins, ['http://localhost:5999']);
  assert.equal(config.discoveryUrl, 'http://127.0.0.1:4999');
});

test('serves picker.html framable by the allowed hosts only, and callback.html by nobody', async () => {
  const page = await fetch(`${origin}/picker.html`);
  assert.equal(page.status, 200);
  assert.equal(page.headers.get('content-security-policy'), 'frame-ancestors http://localhost:5999');
  const callback = await fetch(`${origin}/callback.html`);
  assert.equal(callback.status, 200);
  assert.equal(callback.headers.get('content-security-policy'), "frame-ancestors 'none'");
  const script = await fetch(`${origin}/dam-picker.iife.js`);
  assert.equal(script.headers.get('content-security-policy'), null);
});
