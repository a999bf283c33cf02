// Uploads through the Node server over HTTP: bytes stream to a temp folder on disk, the MD5 the
// control API reports is that of the file on disk, an interrupted PUT leaves nothing, close() cleans up.

import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startEmulator, type RunningEmulator } from '../server/index.js';
import { APP_ORIGIN, SERVER_ACCESS, sleep } from './helpers.js';

const MIB = 1024 * 1024;
let server: RunningEmulator;
let apiBase: string;
let token: string;

function filesUnder(dir: string): Array<{ path: string; size: number }> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => ({ path, size: statSync(path).size }));
}

/** The parts of the upload endpoints' answers these tests read. */
interface UploadAnswer {
  data: {
    keyName: string;
    assetId: string;
    assetVersion: string;
    assetGuid: string;
    md5: string;
    uploadDetails: { type: string; chunkNo: number; url: string; urls: string[]; mainChunkSize: number; uploadId: string };
  };
}

async function api(endpoint: string, body: unknown): Promise<{ status: number; body: UploadAnswer }> {
  const response = await fetch(`${apiBase}/${endpoint}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Origin: APP_ORIGIN },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as UploadAnswer };
}

before(async () => {
  server = await startEmulator({ port: 0, quiet: true, assetCount: 200, indexingDelayMs: 0, ...SERVER_ACCESS });
  const { clientDb, apiVersion } = server.emulator.options;
  apiBase = `${server.origin}/v${apiVersion}/${clientDb}`;
  const minted = await fetch(`${server.origin}/__emulator/tokens`, { method: 'POST', body: '{}' });
  token = ((await minted.json()) as { access_token: string }).access_token;
});

after(async () => {
  await server.close();
});

describe('Node server uploads', () => {
  it('stores a 20 MB multipart upload on disk and reports the MD5 of the file', async () => {
    const folder = server.emulator.data.folders.find((f) => f.assetType === 'Folder' && f.parentGuid !== null)!.guid;
    const bytes = randomBytes(20 * MIB + 17);
    const plan = await api('createUploadPath', { fileName: 'film.mov', fileSize: bytes.length, categoryGuid: folder });
    assert.equal(plan.status, 200);
    const { keyName, assetId, assetVersion, uploadDetails } = plan.body.data;
    assert.equal(uploadDetails.type, 'multipart-upload');
    assert.equal(uploadDetails.chunkNo, 2);

    const parts = await Promise.all(
      uploadDetails.urls.map(async (url, i) => {
        const start = i * uploadDetails.mainChunkSize;
        const response = await fetch(url, { method: 'PUT', body: bytes.subarray(start, start + uploadDetails.mainChunkSize), headers: { Origin: APP_ORIGIN } });
        assert.equal(response.status, 200);
        assert.match(response.headers.get('access-control-expose-headers') ?? '', /ETag/);
        return { partNumber: i + 1, eTag: (response.headers.get('etag') ?? '').replace(/"/g, '') };
      }),
    );
    assert.equal((await api('assemble', { objectKey: keyName, uploadId: uploadDetails.uploadId, parts })).status, 200);
    const imported = await api('importAsset', {
      categoryGuid: folder,
      keyName,
      originalFilename: 'film.mov',
      assetId,
      assetVersion,
      fileSize: bytes.length,
    });
    assert.equal(imported.status, 200, JSON.stringify(imported.body));
    const md5 = createHash('md5').update(bytes).digest('hex');
    assert.equal(imported.body.data.md5, md5);

    const reported = (await (await fetch(`${server.origin}/__emulator/uploads/${imported.body.data.assetGuid}`)).json()) as { size: number; md5: string };
    assert.deepEqual({ size: reported.size, md5: reported.md5 }, { size: bytes.length, md5 });
    const onDisk = filesUnder(server.uploadDir);
    assert.equal(onDisk.length, 1, 'the parts were joined into one file');
    assert.equal(onDisk[0]?.size, bytes.length);
  });

  it('keeps nothing of a PUT whose connection drops half-way', async () => {
    const folder = server.emulator.data.folders.find((f) => f.assetType === 'Folder' && f.parentGuid !== null)!.guid;
    const plan = await api('createUploadPath', { fileName: 'drop.bin', fileSize: 4 * MIB, categoryGuid: folder });
    const url = new URL(plan.body.data.uploadDetails.url);
    const before = filesUnder(server.uploadDir).length;
    // A raw socket: headers promising 4 MB, 1 MB of body, then the connection is gone.
    await new Promise<void>((resolve) => {
      const socket = connect(Number(url.port), url.hostname, () => {
        socket.write(`PUT ${url.pathname}${url.search} HTTP/1.1\r\nHost: ${url.host}\r\nContent-Length: ${4 * MIB}\r\n\r\n`);
        socket.write(randomBytes(MIB), () => {
          socket.destroy();
          resolve();
        });
      });
      socket.on('error', () => resolve());
    });
    const key = encodeURIComponent(plan.body.data.keyName);
    for (let i = 0; i < 50 && filesUnder(server.uploadDir).some((f) => f.path.endsWith('.partial')); i++) await sleep(20);
    assert.equal(filesUnder(server.uploadDir).length, before, 'no partial file left behind');
    assert.equal((await fetch(`${server.origin}/__emulator/uploads/${key}`)).status, 404);
  });

  it('serves later requests normally after refusing an upload it did not read', async () => {
    const refused = await fetch(`${server.origin}/s3/brandworkz_demo/assets/originals/x.png?AWSAccessKeyId=A&Signature=B&Expires=1`, {
      method: 'PUT',
      body: randomBytes(2 * MIB),
    });
    assert.equal(refused.status, 403);
    const search = await fetch(`${apiBase}/simpleSearch?size=1`, { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(search.status, 200);
  });

  it('deletes its temp folder on close', async () => {
    const other = await startEmulator({ port: 0, quiet: true, assetCount: 50, ...SERVER_ACCESS });
    assert.ok(existsSync(other.uploadDir));
    await other.close();
    assert.equal(existsSync(other.uploadDir), false);
  });
});
