// The emulator core through `emulator.handle`: discovery, auth, faults, CORS, CDN (the control API: pipeline.test.ts).

import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { createBrandworkzEmulator, generateBrandworkzData } from '../core/index.js';
import { APP_ORIGIN, apiUrl, callApi, ORIGIN, sharedEmulator } from './helpers.js';

const emulator = sharedEmulator();
afterEach(() => emulator.reset());

async function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  const response = await emulator.handle(new Request(`${ORIGIN}${path}`, { headers: { Origin: APP_ORIGIN, ...headers } }));
  assert.ok(response, `no answer for ${path}`);
  return response;
}

describe('seeded data', () => {
  it('is deterministic for a seed and different for another', () => {
    const a = generateBrandworkzData({ seed: 7, assetCount: 500, apiOrigin: ORIGIN });
    const b = generateBrandworkzData({ seed: 7, assetCount: 500, apiOrigin: ORIGIN });
    const c = generateBrandworkzData({ seed: 8, assetCount: 500, apiOrigin: ORIGIN });
    assert.deepEqual(a.assets, b.assets);
    assert.deepEqual(
      a.folders.map((f) => f.guid),
      b.folders.map((f) => f.guid),
    );
    assert.notEqual(a.rootFolderGuid, c.rootFolderGuid);
  });

  it('has the promised shape', () => {
    const { data } = emulator;
    assert.equal(data.assets.length, 6000);
    assert.deepEqual(new Set(data.assets.map((a) => a.assetType)), new Set(['Image', 'Video', 'Audio', 'Document']));
    assert.ok(new Set(data.assets.map((a) => a.fileType)).size >= 10);
    assert.ok(Math.max(...data.folders.map((f) => f.depth)) >= 5);
    assert.ok(data.folders.some((f) => f.assetType === 'Webpage'));
    for (const folder of data.folders.filter((f) => f.assetType === 'Webpage')) {
      assert.equal(data.childAssets(folder.guid).length, 0, 'webpages hold no assets');
    }
    assert.ok(data.folders.filter((f) => f.assetType === 'Webpage').some((w) => data.childFolders(w.guid).length > 0));
    assert.equal(data.childFolders(data.wideFolderGuid).length, 1000);
    assert.equal(data.childFolders(data.emptyFolderGuid).length, 0);
    assert.equal(data.childAssets(data.emptyFolderGuid).length, 0);
    assert.equal(data.hostileAssetGuids.length, 4);
    const hostile = data.hostileAssetGuids.map((g) => data.assetByGuid(g));
    assert.equal(hostile[0]?.title, '<img src=x onerror="window.__xss=1">');
    assert.match(hostile[1]?.description ?? '', /<script>window\.__xss=1<\/script>/);
    assert.equal(hostile[2]?.thumbnailUrlCdn, 'javascript:window.__xss=1');
    assert.equal(hostile[3]?.objectURL, 'javascript:alert(1)');
    for (const asset of data.assets.slice(0, 200)) {
      const info = data.fileTypes.find((t) => t.fileType === asset.fileType);
      assert.equal(asset.mimetype, info?.mimetype);
      assert.equal(asset.assetType, info?.assetType);
      assert.ok(asset.fileSize > 0);
      if (asset.assetType === 'Image' || asset.assetType === 'Video') assert.ok((asset.pixelWidth ?? 0) > 0);
      // Multiple-choice values feed extendedKeywords, as the documentation describes.
      for (const colour of asset.colour) assert.ok(asset.extendedKeywords.includes(colour));
      assert.ok(asset.extendedKeywords.includes(asset.usageRights));
    }
  });
});

describe('GET /getAPIURL', () => {
  it('returns the documented envelope for the site, with or without scheme', async () => {
    for (const site of ['demo.brandworkz.com', 'https://demo.brandworkz.com/', 'HTTPS://Demo.Brandworkz.com']) {
      const response = await get(`/getAPIURL?clientURL=${encodeURIComponent(site)}`);
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), {
        result: { message: 'Success', code: 0, httpStatus: 200, httpMessage: 'OK' },
        data: { api_url: ORIGIN, client_id: 'brandworkz_demo', version: '1.6' },
      });
    }
  });

  it('rejects an unknown or missing site with 422 / code 3', async () => {
    for (const query of ['?clientURL=nobody.brandworkz.com', '']) {
      const response = await get(`/getAPIURL${query}`);
      assert.equal(response.status, 422);
      const body = (await response.json()) as { result: { code: number; message: string }; data: { rootCause: string } };
      assert.deepEqual(body.result, { code: 3, message: 'Argument error', httpStatus: 422, httpMessage: 'Unprocessable Entity' });
      assert.ok(body.data.rootCause);
    }
  });
});

describe('authentication', () => {
  it('answers 401 / code 1 without a token, with an unknown one and with an expired one', async () => {
    const expired = emulator.tokens.issue();
    emulator.tokens.expire(expired);
    for (const token of [null, 'not-a-token', expired]) {
      const response = await callApi(emulator, 'simpleSearch', {}, { token });
      assert.equal(response.status, 401);
      assert.deepEqual(await response.json(), {
        result: { code: 1, message: 'Full authentication is required to access this resource', httpStatus: 401, httpMessage: 'Unauthorized' },
      });
      assert.equal(response.headers.get('Access-Control-Allow-Origin'), APP_ORIGIN);
    }
  });

  it('expires tokens after their lifetime', async () => {
    const token = emulator.tokens.issue({ lifetimeSec: 0.05 });
    assert.equal(emulator.tokens.verify(token), 'valid');
    await new Promise((r) => setTimeout(r, 80));
    assert.equal(emulator.tokens.verify(token), 'expired');
    assert.equal((await callApi(emulator, 'simpleSearch', {}, { token })).status, 401);
  });

  it('uses the verifyToken option when given', async () => {
    const custom = createBrandworkzEmulator({
      apiOrigin: ORIGIN,
      assetCount: 20,
      verifyToken: async (t) => (t === 'letmein' ? 'valid' : 'invalid'),
    });
    assert.equal((await callApi(custom, 'simpleSearch', {}, { token: 'letmein' })).status, 200);
    assert.equal((await callApi(custom, 'simpleSearch', {}, { token: custom.tokens.issue() })).status, 401);
  });

  it('answers a wrong version or clientDb with 404 "Service endpoint call failed"', async () => {
    const token = emulator.tokens.issue();
    for (const path of ['/v1.5/brandworkz_demo/simpleSearch', '/v1.6/brandworkz_other/simpleSearch', '/v1.6/brandworkz_demo/noSuchEndpoint']) {
      const response = await get(path, { Authorization: `Bearer ${token}` });
      assert.equal(response.status, 404, path);
      const body = (await response.json()) as { result: { status: number; message: string }; data: { rootCause: string } };
      assert.deepEqual(body.result, { status: 5, message: 'Service endpoint call failed', httpStatus: 404, httpMessage: 'Not Found' });
      assert.ok(body.data.rootCause);
    }
    // Authentication comes first.
    assert.equal((await get('/v1.5/brandworkz_demo/simpleSearch')).status, 401);
  });
});

describe('getCategoryInfo', () => {
  it('returns the root for categoryID=0 and any folder by GUID with its ancestors', async () => {
    const root = (await (await callApi(emulator, 'getCategoryInfo', { categoryID: 0 })).json()) as {
      result: { code: number };
      data: { categoryGuid: string; parentCategoryGuid: string | null; path: unknown[] };
    };
    assert.equal(root.result.code, 0);
    assert.equal(root.data.categoryGuid, emulator.data.rootFolderGuid);
    assert.equal(root.data.parentCategoryGuid, null);
    assert.deepEqual(root.data.path, []);

    const deep = emulator.data.folderByGuid(emulator.data.deepestFolderGuid);
    assert.ok(deep);
    const response = await callApi(emulator, 'getCategoryInfo', { categoryGUID: deep.guid.toUpperCase() });
    const body = (await response.json()) as {
      data: { categoryGuid: string; name: string; parentCategoryGuid: string; path: Array<{ categoryGuid: string; name: string }> };
    };
    assert.equal(body.data.categoryGuid, deep.guid);
    assert.equal(body.data.name, deep.title);
    assert.equal(body.data.parentCategoryGuid, deep.parentGuid);
    assert.equal(body.data.path.length, deep.depth);
    assert.equal(body.data.path[0]?.categoryGuid, emulator.data.rootFolderGuid);
  });

  it('rejects unknown folders with 422', async () => {
    assert.equal((await callApi(emulator, 'getCategoryInfo', { categoryGUID: '00000000-0000-4000-8000-000000000000' })).status, 422);
    assert.equal((await callApi(emulator, 'getCategoryInfo', {})).status, 422);
  });
});

describe('faults and latency', () => {
  it('injects a 429 with Retry-After, then succeeds', async () => {
    emulator.faults.inject({ endpoint: 'simpleSearch', status: 429, retryAfter: 2 });
    const first = await callApi(emulator, 'simpleSearch', { size: 1 });
    assert.equal(first.status, 429);
    assert.equal(first.headers.get('Retry-After'), '2');
    assert.match(first.headers.get('Access-Control-Expose-Headers') ?? '', /Retry-After/);
    assert.deepEqual(await first.json(), { result: { code: 429, message: 'Too Many Requests', httpStatus: 429, httpMessage: 'Too Many Requests' } });
    const second = await callApi(emulator, 'simpleSearch', { size: 1 });
    assert.equal(second.status, 200);
  });

  it('uses the documented envelopes for 500, 502 and 503, counts `times`, and matches any API endpoint when unnamed', async () => {
    emulator.faults.inject({ status: 502, times: 2 });
    const a = await callApi(emulator, 'getCategoryInfo', { categoryID: 0 });
    const b = await callApi(emulator, 'simpleSearch', {});
    assert.deepEqual([a.status, b.status], [502, 502]);
    assert.deepEqual(await a.json(), { result: { code: 2, message: 'Service not available', httpStatus: 502, httpMessage: 'Bad Gateway' } });
    assert.equal((await callApi(emulator, 'simpleSearch', {})).status, 200);

    emulator.faults.inject({ endpoint: 'getCategoryInfo', status: 500 });
    emulator.faults.inject({ endpoint: 'getAPIURL', status: 503 });
    assert.equal((await callApi(emulator, 'simpleSearch', {})).status, 200, 'named faults only hit their endpoint');
    const c = await callApi(emulator, 'getCategoryInfo', { categoryID: 0 });
    assert.deepEqual(
      [c.status, await c.json()],
      [500, { result: { code: 4, message: 'Configuration error', httpStatus: 500, httpMessage: 'Internal Server Error' } }],
    );
    const d = await get('/getAPIURL?clientURL=demo.brandworkz.com');
    assert.deepEqual(
      [d.status, await d.json()],
      [503, { result: { code: 2, message: 'Service not available', httpStatus: 503, httpMessage: 'Service Unavailable' } }],
    );
  });

  it('delays API responses by the configured latency', async () => {
    emulator.faults.setLatency(120);
    const start = performance.now();
    await callApi(emulator, 'simpleSearch', { size: 1 });
    assert.ok(performance.now() - start >= 110);
    emulator.faults.setLatency(0);
  });

  it('mints tokens with the overridden lifetime', () => {
    emulator.faults.setTokenLifetime(1);
    assert.equal(emulator.faults.tokenLifetime, 1);
    emulator.reset();
    assert.equal(emulator.faults.tokenLifetime, null);
  });
});

describe('CORS', () => {
  it('answers preflights with 204 and the allowed methods and headers', async () => {
    const response = await emulator.handle(
      new Request(apiUrl(emulator, 'simpleSearch'), {
        method: 'OPTIONS',
        headers: { Origin: APP_ORIGIN, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization,x-custom' },
      }),
    );
    assert.ok(response);
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), APP_ORIGIN);
    assert.match(response.headers.get('Vary') ?? '', /Origin/);
    for (const method of ['GET', 'POST', 'PUT', 'OPTIONS']) assert.match(response.headers.get('Access-Control-Allow-Methods') ?? '', new RegExp(method));
    for (const header of ['Authorization', 'Content-Type', 'Accept', 'x-custom']) {
      assert.match(response.headers.get('Access-Control-Allow-Headers') ?? '', new RegExp(header, 'i'));
    }
    assert.ok(Number(response.headers.get('Access-Control-Max-Age')) > 0);
    assert.equal(response.headers.get('Access-Control-Expose-Headers'), 'ETag, Retry-After');
  });

  it('adds CORS headers to every answer', async () => {
    for (const path of ['/getAPIURL?clientURL=demo.brandworkz.com', '/__emulator/requests', new URL(emulator.data.assets[0]?.thumbnailUrlCdn ?? '').pathname]) {
      const response = await get(path);
      assert.equal(response.headers.get('Access-Control-Allow-Origin'), APP_ORIGIN, path);
      assert.match(response.headers.get('Vary') ?? '', /Origin/);
    }
  });

  it('leaves other URLs alone', async () => {
    assert.equal(await emulator.handle(new Request('http://example.com/getAPIURL')), undefined);
    assert.equal(await emulator.handle(new Request(`${ORIGIN}/src/index.ts`)), undefined);
    assert.equal(await emulator.handle(new Request(`${ORIGIN}/oauth/token`, { method: 'POST' })), undefined);
  });
});

describe('CDN and web-UI stand-ins', () => {
  it("serves a PNG thumbnail in the asset's aspect ratio, the same bytes each time", async () => {
    const asset = emulator.data.assets.find((a) => a.pixelWidth && a.pixelHeight && a.pixelWidth !== a.pixelHeight);
    assert.ok(asset);
    assert.ok(asset.thumbnailUrlCdn.startsWith(`${ORIGIN}/cdn/assetThumbnails/`));
    assert.match(asset.thumbnailUrlCdn, /\.png$/);
    const response = await get(new URL(asset.thumbnailUrlCdn).pathname);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Content-Type'), 'image/png');
    assert.match(response.headers.get('Cache-Control') ?? '', /max-age=\d+/);
    const png = new Uint8Array(await response.arrayBuffer());
    assert.deepEqual([...png.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10]);
    const view = new DataView(png.buffer);
    const [width, height] = [view.getUint32(16), view.getUint32(20)];
    assert.equal(Math.max(width, height), 320);
    assert.ok(Math.abs(width / height - asset.pixelWidth! / asset.pixelHeight!) < 0.02 || Math.min(width, height) === 80);
    assert.ok(png.length < 40_000, `a thumbnail is small (${png.length} bytes)`);
    const again = new Uint8Array(await (await get(new URL(asset.thumbnailUrlCdn).pathname)).arrayBuffer());
    assert.deepEqual(again, png);
    assert.equal((await get('/cdn/assetThumbnails/0000/1_1_thumbnail_320x320_page1_000000.png')).status, 404);
  });

  it('serves a page for objectURL', async () => {
    const asset = emulator.data.assets[10];
    assert.ok(asset);
    assert.match(asset.objectURL, /^\/BMS\/asset\/views\/\?artwork_ID=\d+&category=\d+$/);
    const response = await get(asset.objectURL);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('Content-Type') ?? '', /text\/html/);
    assert.ok((await response.text()).includes(asset.guid));
  });
});
