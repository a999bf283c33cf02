// `npm run bench`: uploads a generated 1 GB file (BENCH_MB to change) from headless Chromium to the
// DAM emulator on loopback, once as a plain single PUT and once through the upload engine (15 MB
// parts, 4 in flight, then /assemble and /importAsset), and prints the engine's throughput relative
// to the plain PUT and the page's peak JS heap during the engine's upload. The file is written to a
// temp folder and chosen through a file input, as an editor would pick it (Chromium keeps
// page-generated blobs of that size in limited blob storage, a disk file it reads as needed).
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:http';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { register } from 'tsx/esm/api';

register();
const { startEmulator } = await import('../emulator/server/index.ts');

const sizeMb = Number(process.env.BENCH_MB ?? 1024);
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const MIB = 1024 * 1024;

const workDir = mkdtempSync(join(tmpdir(), 'dam-picker-bench-'));
const filePath = join(workDir, `bench-${sizeMb}MiB.bin`);
const fileMd5 = createHash('md5');
{
  const out = createWriteStream(filePath);
  const block = randomBytes(16 * MIB);
  for (let written = 0, n = 0; written < sizeMb * MIB; written += block.length, n++) {
    block.writeUInt32LE(n, 0); // no two blocks alike
    const piece = block.subarray(0, Math.min(block.length, sizeMb * MIB - written));
    fileMd5.update(piece);
    if (!out.write(Buffer.from(piece))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
const expectedMd5 = fileMd5.digest('hex');

/** A fresh emulator per measurement: the previous one's gigabyte is deleted before the next starts. */
// It answers CORS for the bench page's origin only (pageUrl, below, is set before the first call).
const freshEmulator = () => startEmulator({ port: 0, quiet: true, assetCount: 200, indexingDelayMs: 0, allowedOrigins: [new URL(pageUrl).origin] });
const { outputFiles } = await build({
  entryPoints: [new URL('./bench-page.ts', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  define: { 'process.env.NODE_ENV': '"production"' },
  tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
});
const script = outputFiles[0].text;
const pageServer = createServer((request, response) => {
  if (request.url === '/bench.js') {
    response.writeHead(200, { 'Content-Type': 'text/javascript' });
    response.end(script);
    return;
  }
  response.writeHead(200, { 'Content-Type': 'text/html' });
  response.end(
    '<!doctype html><html lang="en"><meta charset="utf-8"><title>upload bench</title><input type="file"><script type="module" src="/bench.js"></script>',
  );
});
await new Promise((resolve) => pageServer.listen(0, '127.0.0.1', resolve));
const pageUrl = `http://127.0.0.1:${pageServer.address().port}/`;

const browser = await puppeteer.launch({
  executablePath: chromePath,
  headless: true,
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});
const mib = (bytes) => `${(bytes / MIB).toFixed(1)} MiB`;
const rate = (ms) => `${((sizeMb * MIB) / MIB / (ms / 1000)).toFixed(0)} MiB/s`;

let emulator = await freshEmulator();
try {
  const page = await browser.newPage();
  page.on('requestfailed', (request) => console.error('request failed:', request.method(), request.url().slice(0, 80), request.failure()?.errorText));
  await page.goto(pageUrl);
  await page.waitForFunction(() => 'bench' in window);
  await (await page.$('input')).uploadFile(filePath);
  const size = await page.evaluate(() => window.bench.useChosenFile());
  console.log(`Upload benchmark: a ${mib(size)} file from disk to the emulator on loopback (bytes written to ${tmpdir()})`);

  const plain = await page.evaluate(
    (o, t, f) => window.bench.plainPut(o, t, f),
    emulator.origin,
    emulator.emulator.tokens.issue({ lifetimeSec: 3600 }),
    emulator.emulator.data.emptyFolderGuid,
  );
  if (plain.status !== 200) throw new Error(`the plain PUT answered ${plain.status}`);
  console.log(`  plain single PUT   ${(plain.ms / 1000).toFixed(2)} s   ${rate(plain.ms)}`);
  await emulator.close();
  emulator = await freshEmulator();

  await page.evaluate(() => globalThis.gc?.());
  const run = await page.evaluate(
    (o, t, f) => window.bench.engineUpload(o, t, f),
    emulator.origin,
    emulator.emulator.tokens.issue({ lifetimeSec: 3600 }),
    emulator.emulator.data.emptyFolderGuid,
  );
  if (run.state !== 'done') throw new Error(`the engine's upload ended ${run.state}: ${run.error ?? ''}`);
  const stored = await emulator.emulator.uploads.stored(run.assetId);
  if (stored?.size !== size || stored.md5 !== expectedMd5)
    throw new Error(`the emulator stored ${stored?.size} bytes (MD5 ${stored?.md5}), not the file's ${size} (MD5 ${expectedMd5})`);
  console.log(
    `  engine, ${run.partCount} parts  ${(run.partsMs / 1000).toFixed(2)} s   ${rate(run.partsMs)}   = ${(plain.ms / run.partsMs).toFixed(2)}× the plain PUT's throughput`,
  );
  console.log(
    `  + /assemble and /importAsset: ${((run.totalMs - run.partsMs) / 1000).toFixed(2)} s (the emulator joins the parts on disk); total ${(run.totalMs / 1000).toFixed(2)} s`,
  );
  console.log(`  page JS heap during the engine's upload: peak ${mib(run.peakHeap)} (${mib(run.baselineHeap)} before it started; the file is ${mib(size)})`);
  console.log(`  stored bytes identical to the file (MD5 ${expectedMd5})`);
} finally {
  await browser.close();
  pageServer.close();
  await emulator.close();
  rmSync(workDir, { recursive: true, force: true });
}
