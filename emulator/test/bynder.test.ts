// The Bynder portal emulator core through handle(): media paging and filters, metaproperties,
// collections, brands, errors, faults, images and DAT, and the upload flow.

import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { createBynderEmulator, type BynderEmulator, type BynderMedia } from '../core/bynder/index.js';
import { BYNDER_DOWNLOAD_URL_LIFETIME_SEC } from '../core/bynder/downloads.js';
import { TEST_ACCESS } from './helpers.js';

const PORTAL = 'http://127.0.0.1:4011';
const APP = 'http://localhost:5173';
const emulator: BynderEmulator = createBynderEmulator({ portalOrigin: PORTAL, mediaCount: 1500, ...TEST_ACCESS });

async function call(path: string, init: { token?: string | null; method?: string; body?: BodyInit; headers?: Record<string, string> } = {}): Promise<Response> {
  const token = init.token === undefined ? emulator.tokens.issue() : init.token;
  const headers: Record<string, string> = { Origin: APP, ...init.headers };
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  const response = await emulator.handle(
    new Request(new URL(path, PORTAL), { method: init.method ?? 'GET', headers, ...(init.body ? { body: init.body } : {}) }),
  );
  assert.ok(response, `emulator answers ${path}`);
  return response;
}

async function getJson<T>(path: string): Promise<T> {
  const response = await call(path);
  assert.equal(response.status, 200, await response.clone().text());
  return (await response.json()) as T;
}

beforeEach(() => emulator.reset());

/** The first bytes of a 640 × 480 PNG (signature and IHDR): enough for the emulator to read its size. */
const PNG_640x480 = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 2, 128, 0, 0, 1, 224, 8, 2, 0, 0, 0, 0, 0, 0, 0,
]);

describe('Bynder emulator: media', () => {
  it('is deterministic and mixes 0/1 and boolean flags', () => {
    const again = createBynderEmulator({ portalOrigin: PORTAL, mediaCount: 1500, ...TEST_ACCESS });
    assert.deepEqual(
      again.data.media.slice(0, 5).map((m) => m.id),
      emulator.data.media.slice(0, 5).map((m) => m.id),
    );
    assert.ok(emulator.data.media.some((m) => m.isPublic === 0 || m.isPublic === 1));
    assert.ok(emulator.data.media.some((m) => typeof m.isPublic === 'boolean'));
    assert.equal(emulator.data.brands.length, 3);
  });

  it('answers a bare array without total=1 and { total: { count }, media } with it', async () => {
    const bare = await getJson<BynderMedia[]>('/api/v4/media/?limit=10');
    assert.ok(Array.isArray(bare));
    assert.equal(bare.length, 10);
    const withTotal = await getJson<{ total: { count: number }; media: BynderMedia[] }>('/api/v4/media/?limit=10&total=1');
    assert.equal(withTotal.total.count, 1500);
    assert.deepEqual(
      withTotal.media.map((m) => m.id),
      bare.map((m) => m.id),
    );
  });

  it('pages by page and limit (≤ 1000) without overlaps', async () => {
    const ids = new Set<string>();
    for (let page = 1; page <= 2; page++) {
      for (const item of await getJson<BynderMedia[]>(`/api/v4/media/?page=${page}&limit=1000`)) ids.add(item.id);
    }
    assert.equal(ids.size, 1500);
    const tooMany = await call('/api/v4/media/?limit=1001');
    assert.equal(tooMany.status, 400);
    const body = (await tooMany.json()) as { message: string; statuscode: number };
    assert.equal(body.statuscode, 400);
    assert.match(body.message, /limit/);
  });

  it('filters by keyword, type, collection, brand and property options; orders', async () => {
    const models = await getJson<{ total: { count: number }; media: BynderMedia[] }>('/api/v4/media/?type=3d&total=1&limit=1000');
    assert.ok(models.media.every((m) => m.type === '3d'));
    assert.equal(models.total.count, emulator.data.media.filter((m) => m.type === '3d').length);
    const collection = emulator.data.collections.find((c) => c.mediaIds.length > 3)!;
    const inCollection = await getJson<{ total: { count: number } }>(`/api/v4/media/?collectionId=${collection.id}&total=1`);
    assert.equal(inCollection.total.count, collection.mediaIds.length);
    const brand = emulator.data.brands[0]!;
    const ofBrand = await getJson<BynderMedia[]>(`/api/v4/media/?brandId=${brand.id}&limit=100`);
    assert.ok(ofBrand.every((m) => m.brandId === brand.id));
    const [campaign, region] = emulator.data.metaproperties;
    const [a, b] = campaign!.options;
    const r = region!.options[0]!;
    const filtered = await getJson<BynderMedia[]>(`/api/v4/media/?propertyOptionId=${a!.id},${b!.id},${r.id}&limit=1000`);
    assert.ok(filtered.length > 0);
    for (const item of filtered) {
      assert.ok(item.propertyOptions.includes(a!.id) || item.propertyOptions.includes(b!.id), 'OR within a metaproperty');
      assert.ok(item.propertyOptions.includes(r.id), 'AND across metaproperties');
    }
    const keyword = await getJson<BynderMedia[]>('/api/v4/media/?keyword=aurora&limit=50');
    assert.ok(keyword.length > 0 && keyword.every((m) => /aurora/i.test(`${m.name} ${m.description}`)));
    const byName = await getJson<BynderMedia[]>('/api/v4/media/?orderBy=name%20asc&limit=20');
    const names = byName.map((m) => m.name);
    assert.deepEqual(
      names,
      [...names].sort((x, y) => x.localeCompare(y, 'en', { sensitivity: 'base' })),
    );
    assert.equal((await call('/api/v4/media/?orderBy=size%20up')).status, 400);
    assert.equal((await call('/api/v4/media/?type=folder')).status, 400);
  });

  it('answers one media item, 404 for an unknown id', async () => {
    const first = emulator.data.media[0]!;
    const item = await getJson<BynderMedia>(`/api/v4/media/${first.id}/`);
    assert.equal(item.name, first.name);
    const missing = await call('/api/v4/media/NOPE/');
    assert.equal(missing.status, 404);
    assert.deepEqual(await missing.json(), { message: 'Not Found', statuscode: 404 });
  });

  it('checks bearer tokens, sends CORS headers and answers preflights', async () => {
    const none = await call('/api/v4/media/', { token: null });
    assert.equal(none.status, 401);
    assert.equal(((await none.json()) as { statuscode: number }).statuscode, 401);
    const expired = emulator.tokens.issue();
    emulator.tokens.expire(expired);
    assert.equal((await call('/api/v4/media/', { token: expired })).status, 401);
    const ok = await call('/api/v4/brands/');
    assert.equal(ok.headers.get('access-control-allow-origin'), APP);
    const preflight = await emulator.handle(
      new Request(`${PORTAL}/api/v4/media/`, {
        method: 'OPTIONS',
        headers: { Origin: APP, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' },
      }),
    );
    assert.equal(preflight?.status, 204);
    assert.equal(await emulator.handle(new Request('http://elsewhere.test/api/v4/media/')), undefined);
  });

  it('answers 429 (and other faults) on demand, with the Bynder error body', async () => {
    emulator.faults.inject({ endpoint: 'media', status: 429, times: 2 });
    assert.equal((await call('/api/v4/media/')).status, 429);
    const second = await call('/api/v4/media/');
    assert.deepEqual(await second.json(), { message: 'Too Many Requests', statuscode: 429 });
    assert.equal((await call('/api/v4/media/')).status, 200);
  });
});

describe('Bynder emulator: metaproperties, collections, brands', () => {
  it('keys metaproperties by name with options and portal-wide counts', async () => {
    const body = await getJson<Record<string, { id: string; isMultiselect: number; options: Array<{ id: string; label: string; mediaCount?: number }> }>>(
      '/api/v4/metaproperties/?options=1&count=1',
    );
    assert.deepEqual(Object.keys(body), ['Campaign', 'Region', 'UsageRights', 'Colour']);
    const campaign = body.Campaign!;
    const counted = campaign.options.reduce((sum, o) => sum + (o.mediaCount ?? 0), 0);
    assert.equal(counted, 1500, 'every media item has one campaign');
    const bare = await getJson<Record<string, { options?: unknown }>>('/api/v4/metaproperties/?options=0');
    assert.equal(bare.Campaign!.options, undefined);
  });

  it('lists collections with count=1, pages and keyword; brands as an array', async () => {
    const all = await getJson<{ count: number; collections: Array<{ id: string; name: string; collectionCount: number; cover: { thumbnail?: string } }> }>(
      '/api/v4/collections/?count=1&limit=100',
    );
    assert.equal(all.count, emulator.data.collections.length);
    assert.ok(all.collections.every((c) => typeof c.collectionCount === 'number'));
    const page2 = await getJson<unknown[]>('/api/v4/collections/?page=2&limit=5');
    assert.ok(Array.isArray(page2) && page2.length === 5);
    const press = await getJson<{ count: number }>('/api/v4/collections/?count=1&keyword=press');
    assert.equal(press.count, 1);
    const brands = await getJson<Array<{ id: string; name: string }>>('/api/v4/brands/');
    assert.equal(brands.length, 3);
  });
});

describe('Bynder emulator: images', () => {
  it('serves thumbnails and DAT transforms at the requested size', async () => {
    const image = emulator.data.media.find((m) => m.type === 'image')!;
    const thumbnails = image.thumbnails as Record<string, string>;
    const thul = await call(thumbnails.thul!, { token: null });
    assert.equal(thul.status, 200);
    assert.equal(thul.headers.get('content-type'), 'image/png');
    const png = new DataView(await thul.arrayBuffer());
    assert.equal(png.getUint32(0), 0x89504e47);
    assert.equal(Math.max(png.getUint32(16), png.getUint32(20)), 250);
    const wide = await call(`${thumbnails.transformBaseUrl}?io=transform:scale,width:1600&format=jpg`, { token: null });
    assert.equal(wide.status, 200);
    assert.match(wide.headers.get('x-emulator-transform') ?? '', /^1600x\d+;format=jpg$/);
    const square = await call(`${thumbnails.transformBaseUrl}?io=transform:fill,width:800,height:800&focuspoint=0.5,0.4`, { token: null });
    assert.equal(square.headers.get('x-emulator-transform'), '800x800;format=webp');
    assert.match(await square.text(), /width="800" height="800"/);
    assert.equal((await call(`${thumbnails.transformBaseUrl}?io=transform:explode`, { token: null })).status, 400);
  });
});

describe('Bynder emulator: uploads', () => {
  async function form(path: string, fields: Record<string, string>): Promise<Response> {
    return call(path, { method: 'POST', body: new URLSearchParams(fields), headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
  }

  it('runs endpoint → init → S3 chunks → register → finalise → poll → save', async () => {
    const endpoint = await getJson<string>('/api/upload/endpoint/');
    assert.equal(endpoint, `${PORTAL}/s3/bynder-uploads/`);
    const init = (await (await form('/api/upload/init/', { filename: 'hello.png' })).json()) as {
      s3file: { uploadid: string; targetid: string };
      s3_filename: string;
      multipart_params: Record<string, string>;
    };
    const chunks = 2;
    for (let n = 1; n <= chunks; n++) {
      const body = new FormData();
      for (const [key, value] of Object.entries(init.multipart_params)) body.append(key, value);
      body.set('key', `${init.multipart_params.key}/p${n}`);
      body.append('Filename', `${init.multipart_params.key}/p${n}`);
      body.append('name', 'hello.png');
      body.append('chunk', String(n));
      body.append('chunks', String(chunks));
      body.append('file', new Blob([n === 1 ? PNG_640x480 : new Uint8Array(n * 10)]), 'hello.png');
      if (n === 1) {
        const withAuth = await call(endpoint, { method: 'POST', body });
        assert.equal(withAuth.status, 400, 'no Bynder token to S3');
      }
      const stored = await call(endpoint, { method: 'POST', body, token: null });
      assert.equal(stored.status, 201, await stored.clone().text());
      const registered = await form(`/api/v4/upload/${init.s3file.uploadid}/`, {
        id: init.s3file.uploadid,
        targetid: init.s3file.targetid,
        filename: `${init.s3_filename}/p${n}`,
        chunkNumber: String(n),
      });
      assert.equal(registered.status, 200, await registered.clone().text());
    }
    const bareKey = await form(`/api/v4/upload/${init.s3file.uploadid}/`, {
      targetid: init.s3file.targetid,
      s3_filename: init.s3_filename,
      chunks: String(chunks),
    });
    assert.equal(bareKey.status, 400, 's3_filename is the key of the last chunk, as the SDKs send it');
    const finalised = (await (
      await form(`/api/v4/upload/${init.s3file.uploadid}/`, {
        targetid: init.s3file.targetid,
        s3_filename: `${init.s3_filename}/p${chunks}`,
        chunks: String(chunks),
        original_filename: 'hello.png',
      })
    ).json()) as { importId: string };
    assert.ok(finalised.importId);
    const polls: string[][] = [];
    for (let i = 0; i < 3; i++) polls.push((await getJson<{ itemsDone: string[] }>(`/api/v4/upload/poll/?items=${finalised.importId}`)).itemsDone);
    assert.deepEqual(polls, [[], [], [finalised.importId]], 'done after a few polls');
    const missingBrand = await form(`/api/v4/media/save/${finalised.importId}/`, { name: 'Hello' });
    assert.equal(missingBrand.status, 400);
    const saved = (await (
      await form(`/api/v4/media/save/${finalised.importId}/`, { brandId: emulator.data.brands[1]!.id, name: 'Hello', copyright: '© Test' })
    ).json()) as {
      mediaid: string;
      batchId: string;
      mediaitems: Array<{ id: string; type: string; size: number; width: number; height: number }>;
    };
    assert.equal(saved.batchId, finalised.importId);
    assert.deepEqual(
      saved.mediaitems.map(({ type, size, width, height }) => ({ type, size, width, height })),
      [{ type: 'original', size: PNG_640x480.length + 20, width: 640, height: 480 }],
    );
    const item = await getJson<BynderMedia>(`/api/v4/media/${saved.mediaid}/`);
    assert.deepEqual(
      {
        name: item.name,
        type: item.type,
        fileSize: item.fileSize,
        width: item.width,
        height: item.height,
        orientation: item.orientation,
        copyright: item.copyright,
      },
      { name: 'Hello', type: 'image', fileSize: PNG_640x480.length + 20, width: 640, height: 480, orientation: 'landscape', copyright: '© Test' },
    );
    emulator.data.media.splice(emulator.data.media.indexOf(item), 1);
  });

  it('refuses finalising before every chunk is registered', async () => {
    const init = (await (await form('/api/upload/init/', { filename: 'a.pdf' })).json()) as {
      s3file: { uploadid: string; targetid: string };
      s3_filename: string;
    };
    const response = await form(`/api/v4/upload/${init.s3file.uploadid}/`, {
      targetid: init.s3file.targetid,
      s3_filename: `${init.s3_filename}/p1`,
      chunks: '1',
    });
    assert.equal(response.status, 400);
  });

  it('takes the SDK forms: a file part without filename (raw bytes), /api/v4/upload/ with id, /api/v4/media/save/ with importId', async () => {
    const endpoint = await getJson<string>('/api/upload/endpoint/');
    const init = (await (await form('/api/upload/init/', { filename: 'report.pdf' })).json()) as {
      s3file: { uploadid: string; targetid: string };
      s3_filename: string;
      multipart_params: Record<string, string>;
    };
    // Bytes that are not UTF-8: a parser that decodes the part as text would count them wrong.
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => 0x80 + (i % 0x80));
    const boundary = 'sdkboundary';
    const fields = { ...init.multipart_params, key: `${init.multipart_params.key}/p1`, chunk: '1', chunks: '1' };
    const head = Object.entries(fields)
      .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
      .join('');
    const body = new Blob([
      `${head}--${boundary}\r\nContent-Disposition: form-data; name="file"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      bytes,
      `\r\n--${boundary}--\r\n`,
    ]);
    const stored = await call(endpoint, { method: 'POST', body, token: null, headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` } });
    assert.equal(stored.status, 201, await stored.clone().text());
    const chunk = { id: init.s3file.uploadid, targetid: init.s3file.targetid, filename: `${init.s3_filename}/p1`, chunkNumber: '1' };
    assert.equal((await form('/api/v4/upload/', { ...chunk, id: 'someone-else' })).status, 404);
    assert.equal((await form('/api/v4/upload/', chunk)).status, 200);
    const { importId } = (await (
      await form('/api/v4/upload/', { id: init.s3file.uploadid, targetid: init.s3file.targetid, s3_filename: `${init.s3_filename}/p1`, chunks: '1' })
    ).json()) as { importId: string };
    emulator.uploads.setPollsBeforeDone(0);
    await getJson(`/api/v4/upload/poll/?items=${importId}`);
    assert.equal((await form('/api/v4/media/save/', { brandId: emulator.data.brands[0]!.id })).status, 400, 'importId is required');
    const saved = (await (await form('/api/v4/media/save/', { brandId: emulator.data.brands[0]!.id, importId })).json()) as { mediaid: string };
    const item = await getJson<BynderMedia>(`/api/v4/media/${saved.mediaid}/`);
    assert.deepEqual({ type: item.type, fileSize: item.fileSize, width: item.width }, { type: 'document', fileSize: 1000, width: undefined });
    emulator.data.media.splice(emulator.data.media.indexOf(item), 1);
  });
});

describe('Bynder emulator: what the SDKs ask for', () => {
  it('answers count=1|true with { count: { total }, media }, overriding total', async () => {
    for (const flag of ['1', 'true', 'True']) {
      const body = await getJson<{ count: { total: number; type: Record<string, number> }; media: BynderMedia[] }>(
        `/api/v4/media/?limit=3&count=${flag}&total=1`,
      );
      assert.equal(body.count.total, 1500);
      assert.equal(
        Object.values(body.count.type).reduce((a, b) => a + b, 0),
        1500,
      );
      assert.equal(body.media.length, 3);
    }
    assert.ok(Array.isArray(await getJson('/api/v4/media/?limit=3&count=false')), 'count=false: a bare array (the JS SDK sends it)');
    assert.equal((await getJson<{ total: { count: number } }>('/api/v4/media/?limit=3&total=true')).total.count, 1500);
    assert.equal((await call('/api/v4/media/?count=yes')).status, 400);
  });

  it('takes one type per request, as the C# and Java SDKs send it', async () => {
    const images = await getJson<BynderMedia[]>('/api/v4/media/?type=image&limit=50');
    assert.ok(images.every((m) => m.type === 'image'));
    assert.equal((await call('/api/v4/media/?type=image,video')).status, 400);
  });

  it('includes metaproperty options unless options=0|false; one metaproperty by id', async () => {
    const all = await getJson<Record<string, { id: string; options?: Array<{ mediaCount?: number }> }>>('/api/v4/metaproperties/');
    const first = Object.values(all)[0]!;
    assert.ok(first.options && first.options.length > 0, 'options by default (the Java and C# SDKs expect them)');
    assert.equal(first.options[0]!.mediaCount, undefined);
    const counted = await getJson<Record<string, { options: Array<{ mediaCount: number }> }>>('/api/v4/metaproperties/?count=true');
    assert.equal(typeof Object.values(counted)[0]!.options[0]!.mediaCount, 'number');
    const bare = await getJson<Record<string, { options?: unknown }>>('/api/v4/metaproperties/?options=false');
    assert.equal(Object.values(bare)[0]!.options, undefined);
    const one = await getJson<{ id: string; options: unknown[] }>(`/api/v4/metaproperties/${first.id}/`);
    assert.equal(one.id, first.id);
    assert.equal((await call('/api/v4/metaproperties/00000000-0000-0000-0000000000000000/')).status, 404);
  });

  it('lists mediaItems with versions=1|true', async () => {
    const id = emulator.data.media[0]!.id;
    assert.equal((await getJson<{ mediaItems?: unknown }>(`/api/v4/media/${id}/`)).mediaItems, undefined);
    const withVersions = await getJson<{ mediaItems: Array<{ id: string; type: string; active: number }> }>(`/api/v4/media/${id}/?versions=true`);
    assert.equal(withVersions.mediaItems.length, 1);
    assert.equal(withVersions.mediaItems[0]!.type, 'original');
  });

  it('answers the download operation with a signed s3_file URL that expires', async (t) => {
    const item = emulator.data.media.find((m) => m.type === 'document' && !m.isPublic)!;
    const { s3_file: file } = await getJson<{ s3_file: string }>(`/api/v4/media/${item.id}/download/`);
    assert.ok(file.startsWith(`${PORTAL}/cdn/download/${item.id}/`));
    const served = await call(file, { token: null });
    assert.equal(served.status, 200);
    assert.match(served.headers.get('content-type') ?? '', /^application\//);
    const { mediaItems } = await getJson<{ mediaItems: Array<{ id: string }> }>(`/api/v4/media/${item.id}/?versions=1`);
    const specific = await getJson<{ s3_file: string }>(`/api/v4/media/${item.id}/download/${mediaItems[0]!.id}/`);
    assert.equal((await call(specific.s3_file, { token: null })).status, 200);
    assert.equal((await call(`/api/v4/media/${item.id}/download/${item.idHash as string}/?hash=1`)).status, 200);
    assert.equal((await call(`/api/v4/media/${item.id}/download/00000000-0000-0000-0000000000000000/`)).status, 404);
    assert.equal((await call(`/api/v4/media/${item.id}/download/`, { token: null })).status, 401);
    const tampered = new URL(file);
    tampered.searchParams.set('Expires', String(Number(tampered.searchParams.get('Expires')) + 3600));
    assert.equal((await call(tampered.href, { token: null })).status, 403);
    t.mock.timers.enable({ apis: ['Date'], now: Date.now() + (BYNDER_DOWNLOAD_URL_LIFETIME_SEC + 1) * 1000 });
    const expired = await call(file, { token: null });
    assert.equal(expired.status, 403);
    assert.match(await expired.text(), /Request has expired/);
  });
});
