// Uploads through the core (`emulator.handle`, in-memory storage): /createUploadPath plans,
// presigned PUTs with ETags, /assemble checks, /importAsset outcomes, indexing, /saveMetadata.

import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { afterEach, describe, it } from 'node:test';
import { createBrandworkzEmulator, md5Hex, type BrandworkzEmulator } from '../core/index.js';
import { apiUrl, APP_ORIGIN, ORIGIN, search, sleep, TEST_ACCESS } from './helpers.js';

const KIB = 1024;
const MIB = 1024 * KIB;

// Small chunks so multipart runs on kilobytes; the default plan is checked without bytes.
const emulator = createBrandworkzEmulator({
  apiOrigin: ORIGIN,
  assetCount: 300,
  ...TEST_ACCESS,
  uploads: { chunkSize: 64 * KIB, multipartThreshold: 100 * KIB },
});
const folder = emulator.data.folders.find((f) => f.assetType === 'Folder' && f.parentGuid !== null)!.guid;
afterEach(() => emulator.reset());

interface Envelope {
  result: { status: number; message: string };
  data: Record<string, unknown> & {
    keyName: string;
    assetId: number;
    assetVersion: number;
    uploadDetails: { type: string; url?: string; urls?: string[]; uploadId?: string; mainChunkSize?: number; finalChunkSize?: number; chunkNo?: number };
  };
}

async function post(target: BrandworkzEmulator, endpoint: string, body: unknown, token: string | null = target.tokens.issue()): Promise<Response> {
  const headers: Record<string, string> = { Origin: APP_ORIGIN, 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await target.handle(new Request(apiUrl(target, endpoint), { method: 'POST', headers, body: JSON.stringify(body) }));
  assert.ok(response, `no answer for ${endpoint}`);
  return response;
}

async function put(target: BrandworkzEmulator, url: string, bytes: Uint8Array, headers: Record<string, string> = {}): Promise<Response> {
  const response = await target.handle(
    new Request(url, { method: 'PUT', headers: { Origin: APP_ORIGIN, ...headers }, body: bytes as Uint8Array<ArrayBuffer> }),
  );
  assert.ok(response, `no answer for PUT ${url}`);
  return response;
}

async function createPath(body: Record<string, unknown>, target = emulator): Promise<Envelope> {
  const response = await post(target, 'createUploadPath', { categoryGuid: folder, ...body });
  assert.equal(response.status, 200, await response.clone().text());
  return (await response.json()) as Envelope;
}

/** createUploadPath + PUTs (+ assemble) with the given bytes; returns what import needs. */
async function upload(fileName: string, bytes: Uint8Array, target = emulator): Promise<Envelope['data']> {
  const { data } = await createPath({ fileName, fileSize: bytes.length }, target);
  const details = data.uploadDetails;
  if (details.type === 'single-upload') {
    assert.equal((await put(target, details.url!, bytes)).status, 200);
    return data;
  }
  const parts = [];
  for (const [i, url] of (details.urls ?? []).entries()) {
    const start = i * details.mainChunkSize!;
    const response = await put(target, url, bytes.subarray(start, Math.min(bytes.length, start + details.mainChunkSize!)));
    assert.equal(response.status, 200);
    parts.push({ partNumber: i + 1, eTag: response.headers.get('ETag')!.replace(/"/g, '') });
  }
  const assembled = await post(target, 'assemble', { objectKey: data.keyName, uploadId: details.uploadId, parts });
  assert.equal(assembled.status, 200, await assembled.clone().text());
  return data;
}

function importBody(data: Envelope['data'], fileName: string, fileSize: number): Record<string, unknown> {
  return { categoryGuid: folder, keyName: data.keyName, originalFilename: fileName, assetId: data.assetId, assetVersion: data.assetVersion, fileSize };
}

async function importFile(fileName: string, bytes: Uint8Array, target = emulator): Promise<Response> {
  const data = await upload(fileName, bytes, target);
  return post(target, 'importAsset', importBody(data, fileName, bytes.length));
}

const bytesOf = (n: number): Uint8Array => new Uint8Array(randomBytes(n));

describe('uploads: /createUploadPath', () => {
  it('plans a single upload below the threshold, as in the documentation', async () => {
    const { result, data } = await createPath({ fileName: 'myLogo.png', fileSize: 2048 });
    assert.deepEqual(result, { message: 'Success', status: 0, httpStatus: 200, httpMessage: 'OK' });
    assert.equal(data.categoryGuid, folder);
    assert.equal(data.assetVersion, 1);
    assert.match(data.keyName, /^originals\/\d{4}\/myLogo_\d{6}_001\.png$/);
    assert.equal(data.keyName.split('/')[1], String(Math.floor(data.assetId / 100)).padStart(4, '0'));
    assert.equal(data.uploadDetails.type, 'single-upload');
    const url = new URL(data.uploadDetails.url!);
    assert.equal(url.origin, ORIGIN);
    assert.equal(url.pathname, `/s3/brandworkz_demo/assets/${data.keyName}`);
    for (const param of ['AWSAccessKeyId', 'Signature', 'Expires']) assert.ok(url.searchParams.get(param), param);
    assert.ok(Number(url.searchParams.get('Expires')) >= Date.now() / 1000 + 899);
  });

  it('accepts the lower-case spellings of the documentation example (filename, filesize)', async () => {
    const response = await post(emulator, 'createUploadPath', { filename: 'a.jpg', filesize: 10, categoryGuid: folder });
    assert.equal(response.status, 200);
  });

  it('plans 15 MB chunks with the remainder last (the documented 32 MB example), and larger chunks past 200 parts', async () => {
    const defaults = createBrandworkzEmulator({ apiOrigin: ORIGIN, assetCount: 50, ...TEST_ACCESS });
    const target = defaults.data.folders.find((f) => f.assetType === 'Folder' && f.parentGuid !== null)!.guid;
    const plan = async (body: Record<string, unknown>) => {
      const response = await post(defaults, 'createUploadPath', { categoryGuid: target, fileName: 'big.mov', ...body });
      assert.equal(response.status, 200);
      return ((await response.json()) as Envelope).data.uploadDetails;
    };
    const docs = await plan({ fileSize: 33554432 });
    assert.equal(docs.type, 'multipart-upload');
    assert.deepEqual([docs.chunkNo, docs.mainChunkSize, docs.finalChunkSize, docs.urls?.length], [3, 15728640, 2097152, 3]);
    docs.urls!.forEach((url, i) => assert.equal(new URL(url).searchParams.get('partNumber'), String(i + 1)));
    assert.equal(new Set(docs.urls!.map((u) => new URL(u).searchParams.get('uploadId'))).size, 1);
    assert.equal((await plan({ fileSize: 15 * MIB - 1 })).type, 'single-upload');
    assert.equal((await plan({ fileSize: 15 * MIB })).type, 'multipart-upload');
    assert.equal((await plan({ fileSize: 20 * MIB, uploadType: 'single-upload' })).type, 'single-upload');
    assert.equal((await plan({ fileSize: 1000, uploadType: 'multipart-upload' })).chunkNo, 1);
    const huge = await plan({ fileSize: 10 * 1024 * MIB });
    assert.ok(huge.chunkNo! <= 200 && huge.mainChunkSize! > 15 * MIB);
    assert.equal((huge.chunkNo! - 1) * huge.mainChunkSize! + huge.finalChunkSize!, 10 * 1024 * MIB);
  });

  it('answers 422 / status 3 for bad arguments and 401 without a token', async () => {
    const webpage = emulator.data.folders.find((f) => f.assetType === 'Webpage')!.guid;
    for (const body of [
      { fileSize: 10, categoryGuid: folder },
      { fileName: 'a.png', fileSize: 0, categoryGuid: folder },
      { fileName: 'a.png', fileSize: 10, categoryGuid: 'nope' },
      { fileName: 'a.png', fileSize: 10, categoryGuid: '00000000-0000-4000-8000-000000000000' },
      { fileName: 'a.png', fileSize: 10, categoryGuid: webpage },
      { fileName: 'a.png', fileSize: 10, categoryGuid: folder, uploadType: 'chunked' },
    ]) {
      const response = await post(emulator, 'createUploadPath', body);
      assert.equal(response.status, 422, JSON.stringify(body));
      const envelope = (await response.json()) as { result: { status: number }; data: { rootCause: string } };
      assert.equal(envelope.result.status, 3);
      assert.ok(envelope.data.rootCause);
    }
    assert.equal((await post(emulator, 'createUploadPath', { fileName: 'a.png', fileSize: 1, categoryGuid: folder }, null)).status, 401);
  });
});

describe('uploads: storage PUTs', () => {
  it('stores the bytes and answers the MD5 as a quoted ETag, exposed to CORS', async () => {
    const bytes = bytesOf(5000);
    const { data } = await createPath({ fileName: 'photo.jpg', fileSize: bytes.length });
    const response = await put(emulator, data.uploadDetails.url!, bytes);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('ETag'), `"${createHash('md5').update(bytes).digest('hex')}"`);
    assert.match(response.headers.get('Access-Control-Expose-Headers') ?? '', /\bETag\b/);
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), APP_ORIGIN);
    const stored = await emulator.uploads.stored(data.keyName);
    assert.deepEqual({ size: stored?.size, md5: stored?.md5 }, { size: 5000, md5: createHash('md5').update(bytes).digest('hex') });
    assert.equal(emulator.requests.entries.at(-1)?.endpoint, 'uploadObject');
  });

  it('refuses a changed signature, a Content-Type the URL was not signed with, and an expired URL', async () => {
    const { data } = await createPath({ fileName: 'x.png', fileSize: 3 });
    const url = new URL(data.uploadDetails.url!);
    url.searchParams.set('Expires', String(Number(url.searchParams.get('Expires')) + 60));
    const tampered = await put(emulator, url.href, bytesOf(3));
    assert.equal(tampered.status, 403);
    assert.match(await tampered.text(), /<Code>SignatureDoesNotMatch<\/Code>/);
    assert.equal((await put(emulator, data.uploadDetails.url!, bytesOf(3), { 'Content-Type': 'image/png' })).status, 403);

    const expiring = createBrandworkzEmulator({ apiOrigin: ORIGIN, assetCount: 50, ...TEST_ACCESS, uploads: { urlLifetimeSec: -60 } });
    const target = expiring.data.folders.find((f) => f.assetType === 'Folder' && f.parentGuid !== null)!.guid;
    const plan = ((await (await post(expiring, 'createUploadPath', { fileName: 'x.png', fileSize: 3, categoryGuid: target })).json()) as Envelope).data;
    const expired = await put(expiring, plan.uploadDetails.url!, bytesOf(3));
    assert.equal(expired.status, 403);
    assert.match(await expired.text(), /Request has expired/);
  });

  it('fails a chosen part with an injected 5xx once, then stores it', async () => {
    const bytes = bytesOf(200 * KIB);
    const { data } = await createPath({ fileName: 'clip.mp4', fileSize: bytes.length });
    emulator.faults.inject({ endpoint: 'uploadPart', status: 503, partNumber: 2 });
    const urls = data.uploadDetails.urls!;
    const chunk = data.uploadDetails.mainChunkSize!;
    assert.equal((await put(emulator, urls[0]!, bytes.subarray(0, chunk))).status, 200);
    const failed = await put(emulator, urls[1]!, bytes.subarray(chunk, 2 * chunk));
    assert.equal(failed.status, 503);
    assert.match(await failed.text(), /<Code>SlowDown<\/Code>/);
    assert.equal((await put(emulator, urls[1]!, bytes.subarray(chunk, 2 * chunk))).status, 200);
    assert.deepEqual(emulator.uploads.list()[0]?.partsStored, [1, 2]);
  });
});

describe('uploads: /assemble', () => {
  async function partsOf(bytes: Uint8Array) {
    const { data } = await createPath({ fileName: 'deck.pptx', fileSize: bytes.length });
    const { urls = [], mainChunkSize = 0, uploadId } = data.uploadDetails;
    const parts: Array<{ partNumber: number; eTag: string }> = [];
    for (const [i, url] of urls.entries()) {
      const response = await put(emulator, url, bytes.subarray(i * mainChunkSize, (i + 1) * mainChunkSize));
      parts.push({ partNumber: i + 1, eTag: response.headers.get('ETag')!.replace(/"/g, '') });
    }
    return { data, parts, uploadId };
  }

  it('checks order, completeness and every ETag, then joins the parts; a repeat succeeds again', async () => {
    const bytes = bytesOf(3 * 64 * KIB + 123);
    const { data, parts, uploadId } = await partsOf(bytes);
    assert.equal(parts.length, 4);
    const assemble = (list: unknown[]) => post(emulator, 'assemble', { objectKey: data.keyName, uploadId, parts: list });
    const refusal = async (list: unknown[]) => {
      const response = await assemble(list);
      assert.equal(response.status, 400);
      const body = (await response.json()) as { result: { status: number; message: string } };
      assert.equal(body.result.status, 1);
      return body.result.message;
    };
    assert.match(await refusal([parts[1], parts[0], parts[2], parts[3]]), /InvalidPartOrder/);
    assert.match(await refusal(parts.slice(0, 3)), /InvalidPart/);
    assert.match(await refusal([...parts.slice(0, 3), { partNumber: 4, eTag: '0'.repeat(32) }]), /eTag of part 4/);
    assert.equal((await post(emulator, 'assemble', { objectKey: data.keyName, uploadId: 'other', parts })).status, 400);

    // The documentation's example sends the eTags without the header's quotes: quoted ones are an argument error.
    const quoted = await assemble(parts.map((p) => ({ ...p, eTag: `"${p.eTag}"` })));
    assert.equal(quoted.status, 422);
    assert.match(((await quoted.json()) as { data: { rootCause: string } }).data.rootCause, /without the quotes/);
    const done = await assemble(parts);
    assert.equal(done.status, 200);
    assert.deepEqual(await done.json(), {
      result: { status: 0, message: 'Success', httpStatus: 200, httpMessage: 'OK' },
      data: { uploadId, asset: `brandworkz_demo/assets/${data.keyName}` },
    });
    assert.equal((await assemble(parts)).status, 200, 'the same parts again: success again');
    const stored = await emulator.uploads.stored(data.keyName);
    assert.equal(stored?.md5, createHash('md5').update(bytes).digest('hex'));
    assert.equal(stored?.size, bytes.length);
  });

  it('refuses parts whose size differs from the plan', async () => {
    const bytes = bytesOf(2 * 64 * KIB);
    const { data } = await createPath({ fileName: 'deck.pptx', fileSize: bytes.length });
    const { urls = [], uploadId } = data.uploadDetails;
    const first = await put(emulator, urls[0]!, bytes.subarray(0, 1000));
    const second = await put(emulator, urls[1]!, bytes.subarray(64 * KIB));
    const response = await post(emulator, 'assemble', {
      objectKey: data.keyName,
      uploadId,
      parts: [first, second].map((r, i) => ({ partNumber: i + 1, eTag: r.headers.get('ETag')!.replace(/"/g, '') })),
    });
    assert.equal(response.status, 400);
    assert.match(((await response.json()) as { result: { message: string } }).result.message, /part 1 has 1000 bytes/);
  });
});

describe('uploads: /importAsset', () => {
  it('imports a multipart upload: the documented data, the stored MD5, searchable after the indexing delay', async () => {
    emulator.faults.setIndexingDelay(40);
    const bytes = bytesOf(150 * KIB);
    const data = await upload('Summer hero.jpg', bytes);
    const response = await post(emulator, 'importAsset', importBody(data, 'Summer hero.jpg', bytes.length));
    assert.equal(response.status, 200);
    const body = (await response.json()) as { result: { status: number }; data: Record<string, unknown> };
    assert.equal(body.result.status, 0);
    for (const key of [
      'binaryIdenticalToGuid',
      'shortcutCreated',
      'md5',
      'pixelwidth',
      'pixelheight',
      'resolution',
      'imageformat',
      'pagecount',
      'durationInSeconds',
      'disksizeBytes',
      'assetSerialNumber',
      'assetVersion',
      'assetGuid',
      'assetVersionGuid',
      'assetTitle',
      'nameClash',
    ])
      assert.ok(key in body.data, key);
    const md5 = createHash('md5').update(bytes).digest('hex');
    assert.equal(body.data.md5, md5);
    assert.equal(md5Hex(bytes), md5, 'the core MD5 agrees with node:crypto');
    assert.equal(body.data.disksizeBytes, bytes.length);
    assert.equal(body.data.assetSerialNumber, data.assetId);
    assert.equal(body.data.assetTitle, 'Summer hero');
    assert.equal(body.data.nameClash, false);
    const guid = String(body.data.assetGuid);
    assert.equal((await emulator.uploads.stored(guid))?.md5, md5);

    assert.equal((await search(emulator, { searchterm: guid })).searchResult.total, 0, 'not indexed yet');
    for (let i = 0; i < 100 && (await search(emulator, { searchterm: guid })).searchResult.total === 0; i++) await sleep(10);
    const hit = (await search(emulator, { searchterm: guid, sourceFields: 'all' })).searchResult.hits[0];
    assert.equal(hit?._source.title, 'Summer hero');
    assert.equal(hit?._source.categoryGUID, folder);
    assert.equal(hit?._source.fileType, 'jpg');
    assert.equal(hit?._source.assetType, 'Image');
    const thumbnail = await emulator.handle(new Request(String(hit?._source.thumbnailUrlCdn)));
    assert.equal(thumbnail?.status, 200);
    const children = await search(emulator, { parentCategoryGUID: folder, size: 500 });
    assert.ok(
      children.searchResult.hits.some((h) => h._id === guid),
      'listed in its folder',
    );

    const again = await post(emulator, 'importAsset', importBody(data, 'Summer hero.jpg', bytes.length));
    assert.equal(((await again.json()) as { data: { assetGuid: string } }).data.assetGuid, guid, 'a repeated import answers the same asset');
  });

  it('is searchable at once with an indexing delay of 0 (the fault switch)', async () => {
    const control = await emulator.handle(new Request(`${ORIGIN}/__emulator/faults`, { method: 'POST', body: JSON.stringify({ indexingDelayMs: 0 }) }));
    assert.equal(((await control!.json()) as { indexingDelayMs: number }).indexingDelayMs, 0);
    const response = await importFile('now.png', bytesOf(100));
    const guid = ((await response.json()) as { data: { assetGuid: string } }).data.assetGuid;
    assert.equal((await search(emulator, { searchterm: guid })).searchResult.total, 1);
  });

  it('refuses a blocked .exe, a wrong size and a multipart upload not assembled, with result.status 1', async () => {
    const message = async (response: Response) => {
      assert.equal(response.status, 400);
      const body = (await response.json()) as { result: { status: number; message: string } };
      assert.equal(body.result.status, 1);
      return body.result.message;
    };
    assert.match(await message(await importFile('setup.exe', bytesOf(300))), /\.exe can not be imported for security reasons/);
    const data = await upload('a.png', bytesOf(300));
    assert.match(await message(await post(emulator, 'importAsset', importBody(data, 'a.png', 299))), /300 bytes/);
    const { data: multi } = await createPath({ fileName: 'b.mov', fileSize: 200 * KIB });
    assert.match(await message(await post(emulator, 'importAsset', importBody(multi, 'b.mov', 200 * KIB))), /call \/assemble first/);
    assert.equal(emulator.uploads.list().filter((u) => u.phase === 'imported').length, 0);
  });

  it('turns an identical file into a shortcut of the original (shortcutCreated, binaryIdenticalToGuid) and numbers clashing titles', async () => {
    emulator.faults.setIndexingDelay(0);
    const bytes = bytesOf(400);
    const first = (await (await importFile('logo.png', bytes)).json()) as { data: { assetGuid: string } };
    const assetsBefore = emulator.data.assets.length;
    const duplicate = await importFile('copy.png', bytes);
    assert.equal(duplicate.status, 200);
    const body = (await duplicate.json()) as { result: { status: number }; data: Record<string, unknown> };
    assert.equal(body.result.status, 0);
    assert.equal(body.data.shortcutCreated, 1);
    assert.equal(body.data.binaryIdenticalToGuid, first.data.assetGuid);
    assert.equal(body.data.assetGuid, first.data.assetGuid);
    assert.equal(body.data.assetTitle, 'logo');
    assert.equal(emulator.data.assets.length, assetsBefore, 'no new asset');
    assert.ok(emulator.uploads.list().some((u) => u.fileName === 'copy.png' && u.shortcutTo === first.data.assetGuid));

    const clash = (await (await importFile('logo.png', bytesOf(401))).json()) as { data: { assetTitle: string; nameClash: boolean } };
    assert.deepEqual([clash.data.assetTitle, clash.data.nameClash], ['logo (2)', true]);
  });
});

describe('uploads: indexing and embed_link', () => {
  it('makes a new upload searchable by its title once the indexing delay has passed, not before', async () => {
    emulator.faults.setIndexingDelay(60);
    // Search first, so the keyword index exists before the import (it used to be built once, at the first search).
    await search(emulator, { searchterm: 'logo' });
    const response = await importFile('Zebracorn launch poster.png', bytesOf(321));
    const guid = ((await response.json()) as { data: { assetGuid: string } }).data.assetGuid;
    assert.equal((await search(emulator, { searchterm: 'zebracorn' })).searchResult.total, 0, 'not indexed yet');
    await new Promise((resolve) => setTimeout(resolve, 120));
    const found = await search(emulator, { searchterm: 'zebracorn poster' });
    assert.deepEqual(
      found.searchResult.hits.map((hit) => hit._id),
      [guid],
    );
    await post(emulator, 'saveMetadata', { assetGuid: guid, assetTitle: 'Quokka banner' });
    assert.equal((await search(emulator, { searchterm: 'quokka' })).searchResult.total, 1, 'a rename is searchable');
  });

  it('returns embed_link and mimetype when asked, and serves embed_link as the full-size image', async () => {
    emulator.faults.setIndexingDelay(0);
    const seeded = emulator.data.assets.find((a) => a.assetType === 'Image' && a.pixelWidth && a.pixelWidth <= 4096)!;
    const hit = (await search(emulator, { searchterm: seeded.guid, sourceFields: 'title,embed_link,mimetype' })).searchResult.hits[0]!;
    assert.equal(hit._source.mimetype, seeded.mimetype);
    const link = String(hit._source.embed_link);
    assert.ok(link.startsWith(`${ORIGIN}/cdn/embed/`), link);
    const image = await emulator.handle(new Request(link));
    assert.equal(image?.status, 200);
    assert.equal(image?.headers.get('Content-Type'), 'image/svg+xml');
    const svg = await image.text();
    assert.match(svg, new RegExp(`^<svg [^>]*width="${seeded.pixelWidth}" height="${seeded.pixelHeight}"`));
    // An upload has one too.
    const uploaded = ((await (await importFile('fresh.png', bytesOf(50))).json()) as { data: { assetGuid: string } }).data.assetGuid;
    const fresh = (await search(emulator, { searchterm: uploaded, sourceFields: 'embed_link' })).searchResult.hits[0]!;
    assert.equal((await emulator.handle(new Request(String(fresh._source.embed_link))))?.status, 200);
  });
});

describe('uploads: /saveMetadata', () => {
  it('renames an upload, refuses empty and clashing titles with a suggestion, and checks options', async () => {
    emulator.faults.setIndexingDelay(0);
    const first = (await (await importFile('one.png', bytesOf(10))).json()) as { data: { assetGuid: string } };
    await importFile('two.png', bytesOf(11));
    const save = (body: Record<string, unknown>) => post(emulator, 'saveMetadata', { assetGuid: first.data.assetGuid, ...body });

    const renamed = await save({ assetTitle: '  Brand new title ', metadata: { brand: ['Vela Cycles'], region: ['EMEA', 'APAC'], keywords: 'a, b' } });
    assert.equal(renamed.status, 200);
    assert.deepEqual(((await renamed.json()) as { data: unknown }).data, { assetGuid: first.data.assetGuid, assetTitle: 'Brand new title' });
    const hit = (await search(emulator, { searchterm: first.data.assetGuid, sourceFields: 'title,brand,region,keywords' })).searchResult.hits[0];
    assert.deepEqual(hit?._source, { title: 'Brand new title', brand: 'Vela Cycles', region: ['EMEA', 'APAC'], keywords: 'a, b' });

    assert.equal((await save({ assetTitle: ' ' })).status, 400);
    const clash = await save({ assetTitle: 'two' });
    assert.equal(clash.status, 400);
    assert.deepEqual(((await clash.json()) as { data: unknown }).data, { suggestion: 'two (2)' });
    assert.equal((await save({ metadata: { brand: 'No such brand' } })).status, 500);
    assert.equal((await save({ metadata: { nonsense: 'x' } })).status, 422);
    assert.equal((await post(emulator, 'saveMetadata', { assetTitle: 'x' })).status, 422);
  });

  it('edits seeded assets too, and reset() restores them', async () => {
    const seeded = emulator.data.assets[0]!;
    const original = seeded.title;
    const response = await post(emulator, 'saveMetadata', { assetGuid: seeded.guid.toUpperCase(), assetTitle: 'Renamed for a test' });
    assert.equal(response.status, 200);
    assert.equal(emulator.data.assetByGuid(seeded.guid)?.title, 'Renamed for a test');
    emulator.reset();
    assert.equal(emulator.data.assetByGuid(seeded.guid)?.title, original);
  });
});

describe('uploads: control API and reset', () => {
  it('lists uploads, reports size and MD5 by keyName or GUID, and forgets everything on reset', async () => {
    emulator.faults.setIndexingDelay(0);
    const bytes = bytesOf(777);
    const imported = (await (await importFile('report.pdf', bytes)).json()) as { data: { assetGuid: string } };
    const control = (path: string) => emulator.handle(new Request(`${ORIGIN}/__emulator/${path}`));
    const list = (await (await control('uploads'))!.json()) as { uploads: Array<{ keyName: string; phase: string; assetGuid?: string }> };
    assert.equal(list.uploads.length, 1);
    assert.equal(list.uploads[0]?.phase, 'imported');
    const expected = { size: 777, md5: createHash('md5').update(bytes).digest('hex') };
    for (const id of [list.uploads[0].keyName, imported.data.assetGuid]) {
      const response = await control(`uploads/${encodeURIComponent(id)}`);
      assert.equal(response?.status, 200);
      const body = (await response.json()) as { size: number; md5: string };
      assert.deepEqual({ size: body.size, md5: body.md5 }, expected);
    }
    emulator.reset();
    assert.equal((await control(`uploads/${imported.data.assetGuid}`))?.status, 404);
    assert.deepEqual(emulator.uploads.list(), []);
    assert.equal((await search(emulator, { searchterm: imported.data.assetGuid })).searchResult.total, 0);
    assert.equal(emulator.faults.indexingDelayMs, 2000, 'reset restores the default indexing delay');
  });
});
