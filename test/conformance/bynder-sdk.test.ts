// Conformance: the Bynder emulator driven by Bynder's own JavaScript SDK (@bynder/bynder-js-sdk 2.5.2),
// over HTTP, as a customer's integration would drive a real portal. What the SDK sends is the reference:
// if this suite fails, the emulator (or the picker, which is held to the same emulator) guessed wrong.
//
// Where the SDK itself is wrong, the test says so and works around it here, never in the emulator:
// - it has no PKCE: the sign-in (authorization code + PKCE S256) is done below by hand, against the
//   emulator's OAuth server, and the token is handed to the SDK (`options.token`);
// - `getMediaList` mangles an array `propertyOptionId` (it spreads the joined string into the query as
//   keys 0, 1, 2, … and sends the array as repeated keys): the option ids are passed as one comma list.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import Bynder from '@bynder/bynder-js-sdk';
import { RELAY_CLIENT_ID, RELAY_CLIENT_SECRET, startBynderEmulator, type RunningBynderEmulator } from '../../emulator/server/index.js';
import { CookieJar, navigate, pkcePair, REDIRECT_URI, SERVER_ACCESS } from '../../emulator/test/helpers.js';

const MEDIA_COUNT = 300;
const SCOPE = 'offline asset:read asset:write collection:read meta.assetbank:read';

let server: RunningBynderEmulator;
let bynder: Bynder;

interface TokenAnswer {
  access_token: string;
  refresh_token?: string;
  expires_in: number;
  token_type: string;
}

/** The SDK's authorization URL plus PKCE (which the SDK cannot add), followed like a browser; the code exchanged by hand. */
async function signIn(sdk: Bynder): Promise<TokenAnswer> {
  const { verifier, challenge } = pkcePair();
  const url = new URL(sdk.makeAuthorizationURL('conformance', SCOPE));
  assert.equal(url.pathname, '/v6/authentication/oauth2/auth', 'the SDK points at the emulated authorization endpoint');
  url.searchParams.set('code_challenge', challenge);
  url.searchParams.set('code_challenge_method', 'S256');
  const { redirect } = await navigate(new CookieJar(), server.origin, url.href);
  const code = redirect?.searchParams.get('code');
  assert.ok(code, `signed in: ${redirect?.href}`);
  const exchanged = await fetch(`${server.origin}/v6/authentication/oauth2/token`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Authorization: `Basic ${Buffer.from(`${RELAY_CLIENT_ID}:${RELAY_CLIENT_SECRET}`).toString('base64')}`,
    },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: verifier }),
  });
  assert.equal(exchanged.status, 200, await exchanged.clone().text());
  return (await exchanged.json()) as TokenAnswer;
}

/** What the emulator logged for an endpoint since `from` (its request log). */
function logged(endpoint: string, from = 0): Array<{ method: string; path: string; query: Record<string, string> }> {
  return server.emulator.requests.entries.slice(from).filter((entry) => entry.endpoint === endpoint);
}

before(async () => {
  server = await startBynderEmulator({ port: 0, quiet: true, autoApprove: true, mediaCount: MEDIA_COUNT, ...SERVER_ACCESS });
  const options = { baseURL: `${server.origin}/api/`, clientId: RELAY_CLIENT_ID, clientSecret: RELAY_CLIENT_SECRET, redirectUri: REDIRECT_URI };
  const token = await signIn(new Bynder(options));
  bynder = new Bynder({ ...options, token });
});

after(async () => {
  await server?.close();
});

describe('Bynder JS SDK against the emulator: reads', () => {
  it('getMediaList: pages, keyword, type, collection and (as a comma list) property options', async () => {
    const page = await bynder.getMediaList({ page: 2, limit: 25 });
    assert.equal(page.length, 25);
    const from = server.emulator.requests.entries.length;
    const images = await bynder.getMediaList({ type: 'image', limit: 100 });
    assert.ok(images.length > 0 && images.every((m) => m.type === 'image'));
    assert.equal(logged('media', from)[0]!.query.count, 'false', 'the SDK always sends count=false');
    const collection = server.emulator.data.collections.find((c) => c.mediaIds.length > 2)!;
    const inCollection = await bynder.getMediaList({ collectionId: collection.id, limit: 1000 });
    assert.deepEqual(new Set(inCollection.map((m) => m.id)), new Set(collection.mediaIds));
    const keyword = String(server.emulator.data.media[0]!.name.split(' ').at(-2));
    const found = await bynder.getMediaList({ keyword, limit: 5 });
    assert.ok(found.length > 0);

    const [campaign, region] = server.emulator.data.metaproperties;
    const options = [campaign!.options[0]!.id, region!.options[0]!.id];
    const expected = server.emulator.data.media.filter((m) => m.propertyOptions.includes(options[0]!) && m.propertyOptions.includes(options[1]!));
    // SDK bug: an array is mangled (keys 0, 1, 2, … of the joined string, and repeated keys); one comma list is not.
    const mangledFrom = server.emulator.requests.entries.length;
    await bynder.getMediaList({ propertyOptionId: options, limit: 1000 });
    assert.equal(logged('media', mangledFrom)[0]!.query['0'], options[0]![0], 'the array is spread into the query');
    const filtered = await bynder.getMediaList({ propertyOptionId: options.join(','), limit: 1000 });
    assert.deepEqual(new Set(filtered.map((m) => m.id)), new Set(expected.map((m) => m.id)));
  });

  it('getAllMediaItems pages until a short page', async () => {
    const all = await bynder.getAllMediaItems({ type: 'audio', limit: 5 });
    assert.equal(all.length, server.emulator.data.media.filter((m) => m.type === 'audio').length);
    assert.ok(all.length > 5, 'more than one page');
  });

  it('getMediaTotal: count=true answers { count: { total } }', async () => {
    assert.equal(await bynder.getMediaTotal(), MEDIA_COUNT);
    assert.equal(await bynder.getMediaTotal({ type: 'document' }), server.emulator.data.media.filter((m) => m.type === 'document').length);
    const option = server.emulator.data.metaproperties[0]!.options[1]!.id;
    // getMediaTotal joins an array itself (unlike getMediaList).
    assert.equal(
      await bynder.getMediaTotal({ propertyOptionId: [option] }),
      server.emulator.data.media.filter((m) => m.propertyOptions.includes(option)).length,
    );
  });

  it('getMediaInfo, with versions: the media items', async () => {
    const item = server.emulator.data.media.find((m) => m.type === 'image')!;
    const info = await bynder.getMediaInfo({ id: item.id });
    assert.equal(info.id, item.id);
    assert.equal(info.mediaItems, undefined);
    const versions = (await bynder.getMediaInfo({ id: item.id, versions: 1 })) as { mediaItems: Array<{ id: string; type: string; width: number }> };
    assert.deepEqual(
      versions.mediaItems.map(({ type, width }) => ({ type, width })),
      [{ type: 'original', width: item.width }],
    );
    await assert.rejects(
      bynder.getMediaInfo({ id: '00000000-0000-0000-0000000000000000' }),
      (error: { response?: { status: number } }) => error.response?.status === 404,
    );
  });

  it('the download operation through the SDK transport: a signed URL the emulator serves', async () => {
    const item = server.emulator.data.media.find((m) => m.type === 'document' && !m.isPublic)!;
    const { s3_file: file } = (await bynder.api.send('GET', `v4/media/${item.id}/download/`)) as { s3_file: string };
    const served = await fetch(file);
    assert.equal(served.status, 200);
    assert.match(served.headers.get('content-disposition') ?? '', /filename=".+\.\w+"/);
    const info = (await bynder.getMediaInfo({ id: item.id, versions: true })) as { mediaItems: Array<{ id: string }> };
    const specific = (await bynder.api.send('GET', `v4/media/${item.id}/download/${info.mediaItems[0]!.id}/`)) as { s3_file: string };
    assert.equal((await fetch(specific.s3_file)).status, 200);
  });

  it('getMetaproperties (options by default, counts on request) and getMetaproperty', async () => {
    const properties = (await bynder.getMetaproperties()) as Array<{ id: string; name: string; options: Array<{ id: string; mediaCount?: number }> }>;
    assert.deepEqual(
      properties.map((p) => p.name),
      server.emulator.data.metaproperties.map((p) => p.name),
    );
    assert.ok(properties.every((p) => p.options.length > 0 && p.options[0]!.mediaCount === undefined));
    const counted = (await bynder.getMetaproperties({ count: 1 })) as Array<{ options: Array<{ mediaCount: number }> }>;
    assert.equal(
      counted[0]!.options.reduce((sum, o) => sum + o.mediaCount, 0),
      MEDIA_COUNT,
      'every media item has one campaign',
    );
    const one = (await bynder.getMetaproperty({ id: properties[1]!.id })) as { id: string; options: unknown[] };
    assert.equal(one.id, properties[1]!.id);
    assert.equal(one.options.length, properties[1]!.options.length);
  });

  it('getCollections (a page, with count) and getCollection', async () => {
    const page = (await bynder.getCollections({ page: 1, limit: 3 })) as Array<{ id: string }>;
    assert.equal(page.length, 3);
    const counted = (await bynder.getCollections({ count: true, limit: 100 })) as { count: number; collections: Array<{ id: string; name: string }> };
    assert.equal(counted.count, server.emulator.data.collections.length);
    const collection = await bynder.getCollection({ id: counted.collections[0]!.id });
    assert.equal(collection.name, counted.collections[0]!.name);
  });

  it('getBrands', async () => {
    const brands = await bynder.getBrands();
    assert.deepEqual(
      brands.map((b) => b.id),
      server.emulator.data.brands.map((b) => b.id),
    );
  });
});

describe('Bynder JS SDK against the emulator: token refresh', () => {
  it('refreshes twice in a row: each refresh answer carries the next refresh token', async () => {
    // A token that has expired: the SDK refreshes before its next call, and replaces the whole token
    // with the answer. Tokens now live 2 s (whole seconds on the server), so a call 2 s later refreshes again.
    const options = { baseURL: `${server.origin}/api/`, clientId: RELAY_CLIENT_ID, clientSecret: RELAY_CLIENT_SECRET, redirectUri: REDIRECT_URI };
    const token = await signIn(new Bynder(options));
    const sdk = new Bynder({ ...options, token: { ...token, expires_in: -60 } });
    server.emulator.faults.setTokenLifetime(2);
    try {
      const from = server.emulator.requests.entries.length;
      assert.equal((await sdk.getBrands()).length, 3);
      await new Promise((resolve) => setTimeout(resolve, 2100));
      assert.equal((await sdk.getBrands()).length, 3);
      assert.equal(logged('token', from).filter((entry) => entry.method === 'POST').length, 2);
    } finally {
      server.emulator.faults.setTokenLifetime(null);
    }
  });
});

describe('Bynder JS SDK against the emulator: uploadFile', () => {
  /** `size` bytes: a PNG header (640 × 480) then a repeating pattern that is not valid UTF-8. */
  function pngBytes(size: number): Buffer {
    const body = Buffer.alloc(size);
    for (let i = 0; i < size; i++) body[i] = 0x80 + (i % 0x7f);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 2, 128, 0, 0, 1, 224]).copy(body);
    return body;
  }

  async function upload(filename: string, size: number): Promise<{ saved: Record<string, unknown>; chunks: number; info: Record<string, unknown> }> {
    const brandId = server.emulator.data.brands[2]!.id;
    const progress: number[] = [];
    const saved = await bynder.uploadFile({ filename, body: pngBytes(size), length: size, data: { brandId, name: filename.replace(/\.\w+$/, '') } }, (p) =>
      progress.push(p.chunksUploaded),
    );
    assert.equal(saved.success, true);
    assert.equal(typeof saved.mediaid, 'string');
    const info = await bynder.getMediaInfo({ id: saved.mediaid as string });
    assert.equal(info.brandId, brandId);
    return { saved, chunks: Math.max(...progress), info };
  }

  it('uploads a 1 MB file: one chunk, polled until done, saved with its size and dimensions', async () => {
    server.emulator.uploads.setPollsBeforeDone(1);
    const { saved, chunks, info } = await upload('one-megabyte.png', 1024 * 1024);
    assert.equal(chunks, 1);
    assert.deepEqual(
      { fileSize: info.fileSize, width: info.width, height: info.height, orientation: info.orientation, type: info.type, name: info.name },
      { fileSize: 1024 * 1024, width: 640, height: 480, orientation: 'landscape', type: 'image', name: 'one-megabyte' },
    );
    assert.equal(typeof saved.batchId, 'string');
    assert.deepEqual(
      (saved.mediaitems as Array<{ type: string; size: number }>).map(({ type, size }) => ({ type, size })),
      [{ type: 'original', size: 1024 * 1024 }],
    );
  });

  it('uploads a 12 MB file in three 5 MiB chunks', async () => {
    server.emulator.uploads.setPollsBeforeDone(0);
    const size = 12 * 1024 * 1024;
    const from = server.emulator.requests.entries.length;
    const { chunks, info } = await upload('twelve-megabytes.png', size);
    assert.equal(chunks, 3);
    assert.equal(info.fileSize, size);
    assert.equal(logged('s3', from).length, 3);
    const record = server.emulator.uploads.list().find((u) => u.mediaId === info.id)!;
    assert.deepEqual(record.chunksStored, [1, 2, 3]);
    // Chunks registered at /api/v4/upload/ (id in the form), finalised at /api/v4/upload/{id}/, saved at /api/v4/media/save/.
    assert.deepEqual(
      logged('upload-register', from).map((entry) => entry.path),
      ['/api/v4/upload/', '/api/v4/upload/', '/api/v4/upload/', `/api/v4/upload/${record.uploadid}/`],
    );
    assert.equal(logged('media-save', from)[0]!.path, '/api/v4/media/save/');
  });
});
