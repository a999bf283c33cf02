// The Bynder adapter against the Bynder emulator (behind msw): OAuth endpoints from the portal,
// page-based paging, the request parameters, 0/1 and boolean flags, collections, metaproperty
// facets with portal-wide counts, Bynder error bodies and 429s.
import { expect } from '@open-wc/testing';
import { DamError } from '../../src/api/errors.js';
import { createProvider } from '../../src/api/providers/index.js';
import { BYNDER_ROOT_ID, BynderProvider, toDamAsset } from '../../src/api/providers/bynder/bynder-provider.js';
import { renditionUrl } from '../../src/api/providers/bynder/bynder-renditions.js';
import type { TokenSource } from '../../src/api/types.js';
import { BYNDER_PORTAL, startMockBynder, type MockBynder } from '../support/mock-dam.js';

const fastRetry = { baseDelayMs: 1, maxDelayMs: 20 };

function makeProvider(dam: MockBynder, options: Partial<ConstructorParameters<typeof BynderProvider>[0]> = {}) {
  const tokens: TokenSource = { getAccessToken: async () => dam.token, refreshAccessToken: async () => dam.emulator.tokens.issue() };
  return new BynderProvider({ site: BYNDER_PORTAL, tokens, retry: fastRetry, ...options });
}

describe('BynderProvider', () => {
  let dam: MockBynder;
  beforeEach(async () => {
    dam = await startMockBynder({ mediaCount: 1200 });
  });
  afterEach(() => dam.stop());

  it('is created for provider="bynder" and takes its OAuth endpoints from the portal origin', async () => {
    const provider = await createProvider({ provider: 'bynder', site: `${BYNDER_PORTAL}/some/page` });
    expect(provider.name).to.equal('bynder');
    const endpoints = await provider.connect();
    expect(endpoints.authorizationEndpoint).to.equal(`${BYNDER_PORTAL}/v6/authentication/oauth2/auth`);
    expect(endpoints.tokenEndpoint).to.equal(`${BYNDER_PORTAL}/v6/authentication/oauth2/token`);
    expect(endpoints.scope.split(' ')).to.include.members(['offline', 'asset:read', 'collection:read', 'meta.assetbank:read']);
    expect(new BynderProvider({ site: 'acme.getbynder.com' }).origin).to.equal('https://acme.getbynder.com');
  });

  it('pages by page number (the cursor) with limit, total=1 and a cap of 1000', async () => {
    const provider = makeProvider(dam, { pageSize: 500 });
    const first = await provider.search({ keyword: '' }, null);
    expect(first.nextCursor).to.equal(2);
    const second = await provider.search({ keyword: '' }, first.nextCursor);
    const third = await provider.search({ keyword: '' }, second.nextCursor);
    expect(third.nextCursor).to.equal(null);
    expect(third.assets).to.have.length(200);
    const queries = dam.emulator.requests.entries.filter((e) => e.endpoint === 'media').map((e) => e.query);
    expect(queries.map((q) => q['page'])).to.deep.equal(['1', '2', '3']);
    expect(queries.every((q) => q['limit'] === '500' && q['total'] === '1')).to.equal(true);
    expect(makeProvider(dam, { pageSize: 5000 }).pageSize).to.equal(1000);
  });

  it('sends keyword, type, collection and property options', async () => {
    const provider = makeProvider(dam);
    const collection = dam.emulator.data.collections.find((c) => c.mediaIds.length > 0)!;
    const [campaign, region] = dam.emulator.data.metaproperties;
    const filters = { [campaign!.id]: [campaign!.options[0]!.id], [region!.id]: [region!.options[0]!.id, region!.options[1]!.id] };
    await provider.search({ keyword: 'summer', assetTypes: ['image', 'other'], folderId: collection.id, folderScope: 'children', filters }, null);
    const query = dam.emulator.requests.entries.find((e) => e.endpoint === 'media')!.query;
    expect(query['keyword']).to.equal('summer');
    expect(query['type'], 'one type per request').to.equal(undefined);
    expect(query['count']).to.equal('1');
    expect(query['collectionId']).to.equal(collection.id);
    expect(query['propertyOptionId']!.split(',')).to.have.members([campaign!.options[0]!.id, region!.options[0]!.id, region!.options[1]!.id]);
    await provider.search({ keyword: '', folderId: BYNDER_ROOT_ID, folderScope: 'children' }, null);
    expect(dam.emulator.requests.entries.filter((e) => e.endpoint === 'media').at(-1)!.query['collectionId']).to.equal(undefined);
  });

  it('sends one type as type=, and several as count=1: counted from the per-type counts, filtered page by page', async () => {
    const provider = makeProvider(dam, { pageSize: 1000 });
    const images = await provider.search({ keyword: '', assetTypes: ['image'] }, null);
    expect(dam.emulator.requests.entries.at(-1)!.query['type']).to.equal('image');
    const expectedImages = dam.emulator.data.media.filter((m) => m.type === 'image').length;
    expect(images.total).to.equal(expectedImages);
    expect(images.assets.every((a) => a.type === 'image')).to.equal(true);
    const mixed = await provider.search({ keyword: '', assetTypes: ['video', 'other'] }, null);
    const query = dam.emulator.requests.entries.at(-1)!.query;
    expect([query['type'], query['count']]).to.deep.equal([undefined, '1']);
    expect(mixed.total).to.equal(dam.emulator.data.media.filter((m) => m.type === 'video' || m.type === '3d').length);
    expect(mixed.assets.length).to.be.greaterThan(0);
    expect(mixed.assets.every((a) => a.type === 'video' || a.type === 'other')).to.equal(true);
    expect(mixed.nextCursor, 'paging follows every kind: 1200 media, 1000 a page').to.equal(2);
  });

  it('maps media to DamAsset as the contract says, reading 0/1 and boolean flags alike', () => {
    const base = dam.emulator.data.media.find((m) => m.type === 'image')!;
    for (const isPublic of [1, true, '1']) {
      const asset = toDamAsset({ ...base, isPublic, original: 'https://cdn.example/original.jpg' } as never);
      expect(asset.url).to.equal('https://cdn.example/original.jpg');
      expect(asset.rendition).to.equal('original');
    }
    for (const isPublic of [0, false]) {
      expect(toDamAsset({ ...base, isPublic, original: 'https://cdn.example/original.jpg' } as never).url).to.equal(undefined);
    }
    const asset = toDamAsset(base);
    expect(asset).to.include({ id: base.id, provider: 'bynder', title: base.name, description: base.description, type: 'image' });
    expect(asset.fileType).to.equal(base.extension[0]);
    expect(asset.thumbnailUrl).to.equal((base.thumbnails as Record<string, string>)['thul']);
    expect(asset.width).to.equal(base['width']);
    expect(toDamAsset({ id: 'x', type: '3d', thumbnails: { thul: 'javascript:alert(1)' } }).thumbnailUrl).to.equal(undefined);
    expect(toDamAsset({ id: 'x', type: '3d' }).type).to.equal('other');
  });

  it('parses real answers whose flags are 0/1 in some records and booleans in others', async () => {
    const page = await makeProvider(dam, { pageSize: 40 }).search({ keyword: '' }, null);
    const flags = page.assets.map((asset) => typeof asset.source['isPublic']);
    expect(flags).to.include('number');
    expect(flags).to.include('boolean');
  });

  it('lists collections under a virtual root, without nesting', async () => {
    const provider = makeProvider(dam);
    const root = await provider.rootFolder();
    expect(root).to.deep.equal({ id: BYNDER_ROOT_ID, title: '', kind: 'collection' });
    const page = await provider.listFolders(root.id, null);
    expect(page.total).to.equal(dam.emulator.data.collections.length);
    expect(page.folders.every((f) => f.kind === 'collection' && f.parentId === BYNDER_ROOT_ID)).to.equal(true);
    expect((await provider.listFolders(page.folders[0]!.id, null)).folders).to.deep.equal([]);
    expect(provider.capabilities.folderScopes).to.deep.equal(['children']);
  });

  it('builds facets from metaproperties with portal-wide counts, loaded once', async () => {
    const provider = makeProvider(dam);
    const facets = await provider.facets({ keyword: 'beach' });
    await provider.facets({ keyword: 'other' });
    expect(facets.counts).to.equal('portal');
    expect(facets.groups.map((g) => g.label)).to.deep.equal(['Type', 'Campaign', 'Region', 'Usage rights', 'Colour']);
    const campaign = facets.groups[1]!;
    expect(campaign.options.reduce((sum, o) => sum + (o.count ?? 0), 0)).to.equal(1200);
    expect(dam.count('metaproperties')).to.equal(1);
  });

  it('falls back to the type facet when metaproperties fail', async () => {
    dam.emulator.faults.inject({ endpoint: 'metaproperties', status: 500, times: 5 });
    const facets = await makeProvider(dam).facets({ keyword: '' });
    expect(facets).to.include({ counts: 'none', degraded: true });
    expect(facets.groups.map((g) => g.id)).to.deep.equal(['asset-type']);
  });

  it('finds a media item by its id as the search term (ids=)', async () => {
    const wanted = dam.emulator.data.media[7]!;
    const page = await makeProvider(dam).search({ keyword: wanted.id.toLowerCase() }, null);
    expect(page.assets.map((a) => a.id)).to.deep.equal([wanted.id]);
    expect(dam.emulator.requests.entries.at(-1)!.query['ids']).to.equal(wanted.id.toLowerCase());
  });

  it('builds DAT rendition URLs that the portal serves at the requested size', async () => {
    const image = toDamAsset(dam.emulator.data.media.find((m) => m.type === 'image' && (m['width'] as number) > 1600)!);
    const base = String((image.source['thumbnails'] as Record<string, unknown>)['transformBaseUrl']);
    const wide = renditionUrl(image, { preset: 'w1600', format: 'jpg' })!;
    expect(wide).to.equal(`${base}?io=transform:scale,width:1600&format=jpg`);
    expect(renditionUrl(image, { preset: 'original', format: 'png' })).to.equal(`${base}?format=png`);
    const served = await fetch(wide);
    const expectedHeight = Math.round((image.height! * 1600) / image.width!);
    expect(served.headers.get('x-emulator-transform')).to.equal(`1600x${expectedHeight};format=jpg`);
    const video = toDamAsset(dam.emulator.data.media.find((m) => m.type === 'video')!);
    expect(renditionUrl(video, { preset: 'w1600', format: 'jpg' })).to.equal(undefined);
  });

  it('offers its DAT presets through renditionOptions, and builds only those', () => {
    const provider = makeProvider(dam);
    const { sizes, formats } = provider.renditionOptions;
    expect(sizes.map((size) => size.id)).to.deep.equal(['original', 'w1600', 'square']);
    expect(sizes[1]).to.deep.equal({ id: 'w1600', kind: 'width', width: 1600 });
    expect(formats.map((format) => format.id)).to.deep.equal(['jpg', 'png', 'webp']);
    const image = toDamAsset(dam.emulator.data.media.find((m) => m.type === 'image' && (m['width'] as number) > 1600)!);
    const base = String((image.source['thumbnails'] as Record<string, unknown>)['transformBaseUrl']);
    for (const size of sizes) {
      for (const format of formats) {
        expect(provider.withRendition(image, { preset: size.id, format: format.id }).rendition).to.equal(`${size.id}.${format.id}`);
      }
    }
    // Not offered: the original, as jpg (never a made-up DAT parameter).
    const odd = provider.withRendition(image, { preset: 'w9999', format: 'gif&x=1' });
    expect(odd.url).to.equal(`${base}?format=jpg`);
    expect(odd.rendition).to.equal('original.jpg');
  });

  it("reports Bynder's { message, statuscode } and retries a 429", async () => {
    const error = await makeProvider(dam)
      .search({ keyword: '' }, 0)
      .then(
        () => null,
        (caught: unknown) => caught,
      );
    expect(error).to.be.instanceOf(DamError);
    expect((error as DamError).code).to.equal('invalid-argument');
    expect((error as DamError).damCode).to.equal(400);
    expect((error as DamError).message).to.match(/page/);
    dam.emulator.requests.clear();
    dam.emulator.faults.inject({ endpoint: 'media', status: 429, times: 2 });
    const page = await makeProvider(dam).search({ keyword: '' }, null);
    expect(page.assets.length).to.be.greaterThan(0);
    expect(dam.count('media')).to.equal(3);
  });
});
