// The rights and sorting seeds of both emulated DAMs: Brandworkz rights fixtures, /search `sort` and
// `range`, Bynder's rights fixtures and the playable video preview it serves.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createBynderEmulator } from '../core/bynder/index.js';
import { APP_ORIGIN, apiUrl, sharedEmulator, TEST_ACCESS } from './helpers.js';

const emulator = sharedEmulator();

interface Hit {
  _id: string;
  _source?: Record<string, unknown>;
}

async function nativeSearch(body: unknown): Promise<{ status: number; hits: Hit[] }> {
  const response = await emulator.handle(
    new Request(apiUrl(emulator, 'search'), {
      method: 'POST',
      headers: { Origin: APP_ORIGIN, 'Content-Type': 'application/json', Authorization: `Bearer ${emulator.tokens.issue()}` },
      body: JSON.stringify(body),
    }),
  );
  assert.ok(response);
  const json = (await response.json()) as { searchResult?: { hits: { hits: Hit[] } } };
  return { status: response.status, hits: json.searchResult?.hits.hits ?? [] };
}

describe('Brandworkz rights fixtures, /search sort and range', () => {
  it('seeds the fixtures in their own folder with /saveMetadata-named status and dates', () => {
    const { rightsAssets, rightsFolderGuid, assetByGuid } = emulator.data;
    assert.ok(rightsAssets && rightsFolderGuid);
    assert.equal(assetByGuid(rightsAssets.expired)!.assetExpiryDate, '2019-12-31');
    assert.equal(assetByGuid(rightsAssets.notYetValid)!.assetPublishDate, '2099-01-01');
    assert.equal(assetByGuid(rightsAssets.viewOnly)!.assetStatus, 2);
    assert.equal(assetByGuid(rightsAssets.active)!.assetStatus, 1);
    assert.equal(emulator.data.childAssets(rightsFolderGuid).length, 6);
    assert.equal(emulator.data.assets.length, emulator.options.assetCount);
  });

  it('sorts by dateCreated and title.keyword, and refuses other sort fields', async () => {
    const newest = await nativeSearch({ size: 20, sort: [{ dateCreated: 'desc' }], _source: ['dateCreated'] });
    const dates = newest.hits.map((hit) => String(hit._source!['dateCreated']));
    assert.deepEqual(dates, [...dates].sort().reverse());
    const titles = (await nativeSearch({ size: 20, sort: [{ 'title.keyword': { order: 'asc' } }], _source: ['title'] })).hits.map((hit) =>
      String(hit._source!['title']),
    );
    assert.deepEqual(titles, [...titles].sort());
    assert.equal((await nativeSearch({ sort: [{ fileSize: 'asc' }] })).status, 422);
    assert.equal((await nativeSearch({ sort: [{ dateCreated: 'sideways' }] })).status, 422);
  });

  it('filters restricted assets with term and range, as the picker asks for activeOnly', async () => {
    const { rightsAssets, rightsFolderGuid } = emulator.data;
    const query = {
      bool: {
        filter: [{ term: { categoryGUID: rightsFolderGuid } }],
        must_not: [{ term: { assetStatus: 2 } }, { range: { assetExpiryDate: { lt: '2026-12-06' } } }, { range: { assetPublishDate: { gt: '2026-12-06' } } }],
      },
    };
    const { status, hits } = await nativeSearch({ query });
    assert.equal(status, 200);
    assert.deepEqual(hits.map((hit) => hit._id).sort(), [rightsAssets!.active, rightsAssets!.expiresLater].sort());
  });
});

describe('Bynder rights fixtures and video previews', () => {
  const bynder = createBynderEmulator({ portalOrigin: 'https://portal.test', mediaCount: 200, ...TEST_ACCESS });

  it('makes every 50th item a rights fixture, created before the rest', () => {
    const fixtures = bynder.data.media.filter((item) => item.dateCreated.startsWith('2020-01-01'));
    assert.equal(fixtures.length, 4);
    const flag = (value: unknown) => value === true || value === 1;
    assert.deepEqual(
      fixtures.map((item) => [flag(item['limited']), flag(item['archive'])]),
      [
        [true, false],
        [false, true],
        [false, false],
        [false, false],
      ],
    );
    assert.equal(fixtures[2]!['limitedDate'], '2019-12-31T00:00:00Z');
    assert.equal(fixtures[3]!['datePublished'], '2099-01-01T00:00:00Z');
    const others = bynder.data.media.filter((item) => !fixtures.includes(item));
    assert.ok(others.every((item) => !flag(item['limited']) && !flag(item['archive'])));
  });

  it('serves a playable WebM preview for videos, with byte ranges', async () => {
    const video = bynder.data.media.find((item) => item.type === 'video')!;
    const [url] = video['videoPreviewURLs'] as string[];
    const token = bynder.tokens.issue();
    const whole = await bynder.handle(new Request(url!, { headers: { Authorization: `Bearer ${token}` } }));
    assert.equal(whole?.status, 200);
    assert.equal(whole.headers.get('content-type'), 'video/webm');
    const bytes = new Uint8Array(await whole.arrayBuffer());
    assert.ok(bytes.length > 1000 && bytes.length <= 50_000);
    assert.deepEqual([...bytes.slice(0, 4)], [0x1a, 0x45, 0xdf, 0xa3]);
    const part = await bynder.handle(new Request(url!, { headers: { Range: 'bytes=0-99' } }));
    assert.equal(part?.status, 206);
    assert.equal(part.headers.get('content-range'), `bytes 0-99/${bytes.length}`);
    assert.equal((await part.arrayBuffer()).byteLength, 100);
    const image = bynder.data.media.find((item) => item.type === 'image')!;
    assert.equal((await bynder.handle(new Request(`https://portal.test/m/${image.id}/preview/x.webm`)))?.status, 404);
  });
});

describe('Brandworkz embed_link of media', () => {
  it('is a playable WebM for video and audio assets and a drawing for the rest; the other suffix is not found', async () => {
    const video = emulator.data.assets.find((asset) => asset.assetType === 'Video')!;
    const image = emulator.data.assets.find((asset) => asset.assetType === 'Image')!;
    assert.match(video.embed_link, /_full\.webm$/);
    assert.match(image.embed_link, /_full\.svg$/);
    const played = await emulator.handle(new Request(video.embed_link));
    assert.equal(played?.status, 200);
    assert.equal(played.headers.get('content-type'), 'video/webm');
    assert.deepEqual([...new Uint8Array(await played.arrayBuffer()).slice(0, 4)], [0x1a, 0x45, 0xdf, 0xa3]);
    const drawn = await emulator.handle(new Request(image.embed_link));
    assert.equal(drawn?.headers.get('content-type'), 'image/svg+xml');
    assert.equal((await emulator.handle(new Request(video.embed_link.replace(/\.webm$/, '.svg'))))?.status, 404);
    assert.equal((await emulator.handle(new Request(image.embed_link.replace(/\.svg$/, '.webm'))))?.status, 404);
  });
});
