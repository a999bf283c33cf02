// `npm start` helper: serves dist/ on its own origin (http://127.0.0.1:5174 by default), standing in for
// a CDN (dam-picker.iife.js) and for the picker page's origin (picker.html), apart from the demo's host origin.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { ensureDist } from './ensure-dist.mjs';

const root = resolve('dist');
const port = Number(process.env.DIST_PORT ?? 5174);
const demoOrigin = `http://localhost:${process.env.DEMO_PORT ?? 5173}`;

/**
 * The deployer's configuration of picker.html, as a deployment would put it in picker.config.json beside the
 * page: the emulator's Brandworkz site and demo client, and the demo's origin as the only host allowed.
 */
const pickerConfig = {
  provider: 'brandworkz',
  site: 'demo.brandworkz.com',
  discoveryUrl: `http://127.0.0.1:${process.env.EMULATOR_PORT ?? 4010}`,
  clientId: 'dam-picker-demo',
  tokenStorage: 'session',
  allowedOrigins: [demoOrigin],
  selection: 'multiple',
  upload: true,
};

/** What a deployment should send with the pages: only the allowed hosts may frame picker.html; nobody frames callback.html. */
const frameAncestors = {
  '/picker.html': `frame-ancestors ${pickerConfig.allowedOrigins.join(' ')}`,
  '/callback.html': "frame-ancestors 'none'",
};
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.map': 'application/json', '.json': 'application/json' };

ensureDist();
createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  if (path === '/picker.config.json') {
    response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(JSON.stringify(pickerConfig, null, 2));
    return;
  }
  const file = join(root, path);
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404).end('Not found');
    return;
  }
  response.writeHead(200, {
    'Content-Type': types[extname(file)] ?? 'application/octet-stream',
    // The script may be loaded from any page, as from a CDN.
    'Access-Control-Allow-Origin': '*',
    'Cache-Control': 'no-store',
    ...(frameAncestors[path] ? { 'Content-Security-Policy': frameAncestors[path] } : {}),
  });
  createReadStream(file).pipe(response);
}).listen(port, '127.0.0.1');
