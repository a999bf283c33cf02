// The Brandworkz adapter against the emulator (behind msw): discovery, paging,
// filters, mapping to DamAsset, envelopes, retries and the refresh after a 401.
import { expect } from '@open-wc/testing';
import { DamError } from '../../src/api/errors.js';
import { BrandworkzProvider } from '../../src/api/providers/brandworkz/brandworkz-provider.js';
import type { DamAsset, TokenSource } from '../../src/api/types.js';
import { API_ORIGIN, refreshingTokens, SITE, startMockDam, type MockDam } from '../support/mock-dam.js';

const fastRetry = { baseDelayMs: 1, maxDelayMs: 20 };

function makeProvider(dam: MockDam, options: Partial<ConstructorParameters<typeof BrandworkzProvider>[0]> = {}) {
  return new BrandworkzProvider({ site: SITE, discoveryUrl: API_ORIGIN, tokens: refreshingTokens(dam), retry: fastRetry, ...options });
}

describe('BrandworkzProvider', () => {
  let dam: MockDam;

  beforeEach(async () => {
    dam = await startMockDam();
  });
  afterEach(() => dam.stop());

  it('discovers the API through /getAPIURL and derives the sign-in endpoints from it', async () => {
    const endpoints = await makeProvider(dam).connect();
    const { apiVersion, clientDb } = dam.emulator.options;
    expect(apiVersion).to.be.a('string');
    expect(endpoints.authorizationEndpoint).to.equal(`${API_ORIGIN}/oauth/authorize`);
    expect(endpoints.tokenEndpoint).to.equal(`${API_ORIGIN}/oauth/token`);
    expect(endpoints.extraAuthParams).to.deep.equal({ clientDb });
    expect(endpoints.extraTokenParams).to.deep.equal({ client_db: clientDb });
    expect(endpoints.scope).to.equal('read');
  });

  it("asks for the documented scope `read`, `read write` when uploads are on, or the integrator's own", async () => {
    expect((await makeProvider(dam, { uploads: true }).connect()).scope).to.equal('read write');
    expect((await makeProvider(dam, { uploads: true, scope: 'read' }).connect()).scope).to.equal('read');
    expect((await makeProvider(dam, { scope: 'read write' }).connect()).scope).to.equal('read write');
  });

  it('asks for embed_link and mimetype, and maps them to url and mimeType (javascript: URLs dropped)', async () => {
    const provider = makeProvider(dam);
    const record = dam.emulator.data.assets.find((asset) => asset.fileType === 'png')!;
    const [asset] = await provider.getAssets([record.guid]);
    expect(asset?.url).to.equal(record.embed_link);
    expect(asset?.mimeType).to.equal('image/png');
    const fields = dam.emulator.requests.entries.findLast((entry) => entry.endpoint === 'simpleSearch')?.query['sourceFields'] ?? '';
    expect(fields.split(',')).to.include.members(['embed_link', 'mimetype']);
    const [hostile] = await provider.getAssets([dam.emulator.data.hostile.thumbnailJavascript]);
    expect(hostile?.url).to.equal(undefined);
  });

  it('calls discovery once and every search under /v{version}/{client_id}/', async () => {
    const provider = makeProvider(dam);
    await provider.search({ keyword: '' }, null);
    await provider.search({ keyword: 'summer' }, null);
    expect(dam.count('getAPIURL')).to.equal(1);
    const paths = dam.emulator.requests.entries.filter((entry) => entry.endpoint === 'simpleSearch').map((entry) => entry.path);
    const { apiVersion, clientDb } = dam.emulator.options;
    for (const path of paths) expect(path).to.equal(`/v${apiVersion}/${clientDb}/simpleSearch`);
  });

  it("discovers once per page: another picker's provider for the same site starts with its search", async () => {
    await makeProvider(dam).search({ keyword: '' }, null);
    const again = await makeProvider(dam).search({ keyword: 'summer' }, null);
    expect(again.assets.length).to.be.greaterThan(0);
    expect(dam.count('getAPIURL')).to.equal(1);
    expect(dam.count('simpleSearch')).to.equal(2);
  });

  it('keeps no failed discovery: the next provider asks again', async () => {
    dam.emulator.faults.inject({ endpoint: 'getAPIURL', status: 500, times: 10 });
    const error = await makeProvider(dam, { retry: { ...fastRetry, retries: 0 } })
      .search({ keyword: '' }, null)
      .then(
        () => null,
        (caught: unknown) => caught,
      );
    expect(error).to.be.instanceOf(DamError);
    dam.emulator.faults.clear();
    const page = await makeProvider(dam).search({ keyword: '' }, null);
    expect(page.assets.length).to.be.greaterThan(0);
    expect(dam.count('getAPIURL')).to.be.greaterThan(1);
  });

  it("does not let one caller's abort cancel the discovery the others wait for", async () => {
    dam.emulator.faults.setLatency(200);
    const controller = new AbortController();
    const aborted = makeProvider(dam).search({ keyword: '' }, null, controller.signal);
    const other = makeProvider(dam).search({ keyword: '' }, null);
    setTimeout(() => controller.abort(), 20);
    const error = await aborted.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect((error as DOMException).name).to.equal('AbortError');
    expect((await other).assets.length).to.be.greaterThan(0);
    expect(dam.count('getAPIURL')).to.equal(1);
  });

  it('pages by offset until the total is reached, without overlaps', async () => {
    const provider = makeProvider(dam, { pageSize: 500 });
    const first = await provider.search({ keyword: '' }, null);
    expect(first.assets).to.have.length(500);
    expect(first.nextCursor).to.equal(500);
    const ids = new Set(first.assets.map((asset) => asset.id));
    let cursor = first.nextCursor;
    let pages = 1;
    while (cursor !== null) {
      const page = await provider.search({ keyword: '' }, cursor);
      for (const asset of page.assets) ids.add(asset.id);
      cursor = page.nextCursor;
      pages++;
    }
    const assetsInData = dam.emulator.data.assets.length;
    expect(ids.size).to.equal(first.total);
    expect(first.total).to.equal(assetsInData);
    expect(pages).to.equal(Math.ceil(assetsInData / 500));
    const froms = dam.emulator.requests.entries.filter((entry) => entry.endpoint === 'simpleSearch').map((entry) => Number(entry.query['from']));
    expect(froms.slice(0, 3)).to.deep.equal([0, 500, 1000]);
  });

  it('caps the page size at 500 as Brandworkz documents', () => {
    expect(makeProvider(dam, { pageSize: 5000 }).pageSize).to.equal(500);
  });

  it('maps hits to the contract DamAsset, with safe URLs and the whole _source', async () => {
    const page = await makeProvider(dam).search({ keyword: '', assetTypes: ['image'] }, null);
    const asset = page.assets[0] as DamAsset;
    expect(asset.provider).to.equal('brandworkz');
    expect(asset.type).to.equal('image');
    expect(asset.id).to.match(/^[0-9a-f-]{36}$/i);
    expect(asset.title).to.equal(asset.source['title']);
    expect(asset.thumbnailUrl).to.match(/^https?:\/\//);
    expect(asset.webUrl).to.equal(new URL(String(asset.source['objectURL']), `https://${SITE}`).href);
    expect(asset.fileType).to.equal(String(asset.source['fileType']).toLowerCase());
    expect(asset.width).to.be.a('number');
    expect(asset.fileSize).to.be.a('number');
    expect(asset.folderId).to.be.a('string');
    expect(JSON.parse(JSON.stringify(asset))).to.deep.equal(asset);
  });

  it('asks only for asset types (never folders) and sends the restrictions', async () => {
    await makeProvider(dam).search({ keyword: 'beach', assetTypes: ['video', 'audio'], fileTypes: ['MP4', 'mov'] }, null);
    const request = dam.emulator.requests.entries.find((entry) => entry.endpoint === 'simpleSearch');
    expect(request?.query['assetType']).to.equal('Video,Audio');
    expect(request?.query['fileType']).to.equal('mp4,mov');
    expect(request?.query['searchterm']).to.equal('beach');
  });

  it('filters by asset type and file type', async () => {
    const page = await makeProvider(dam).search({ keyword: '', assetTypes: ['document'], fileTypes: ['pdf'] }, null);
    expect(page.total).to.be.greaterThan(0);
    for (const asset of page.assets) {
      expect(asset.type).to.equal('document');
      expect(asset.fileType).to.equal('pdf');
    }
  });

  it('scopes to a folder and below with categoryGUID', async () => {
    const provider = makeProvider(dam);
    const root = await provider.rootFolderId();
    const everything = await provider.search({ keyword: '' }, null);
    const folder = dam.emulator.data.folders.find((candidate) => candidate.parentGuid === root && candidate.assetType === 'Folder');
    expect(folder, 'a top-level folder').to.exist;
    const inFolder = await provider.search({ keyword: '', folderId: folder!.guid }, null);
    expect(inFolder.total).to.be.greaterThan(0).and.lessThan(everything.total);
    const request = dam.emulator.requests.entries.filter((entry) => entry.endpoint === 'simpleSearch').at(-1);
    expect(request?.query['categoryGUID']).to.equal(folder!.guid);
  });

  it('finds assets by GUID (getAssets)', async () => {
    const wanted = dam.emulator.data.assets.slice(10, 13).map((asset) => asset.guid);
    const assets = await makeProvider(dam).getAssets([...wanted, '00000000-0000-0000-0000-000000000000']);
    expect(assets.map((asset) => asset.id)).to.deep.equal(wanted);
  });

  it('rejects an argument error with the DAM message and code 3', async () => {
    // A negative offset fails the DAM's validation.
    const error = await makeProvider(dam)
      .search({ keyword: '' }, -5)
      .then(
        () => null,
        (caught: unknown) => caught,
      );
    expect(error).to.be.instanceOf(DamError);
    expect((error as DamError).code).to.equal('invalid-argument');
    expect((error as DamError).status).to.equal(422);
    expect((error as DamError).damCode).to.equal(3);
  });

  it('retries a 429 and honours Retry-After', async () => {
    dam.emulator.faults.inject({ endpoint: 'simpleSearch', status: 429, retryAfter: 1, times: 1 });
    const provider = makeProvider(dam, { retry: { baseDelayMs: 1, maxDelayMs: 5_000 } });
    const started = performance.now();
    const page = await provider.search({ keyword: '' }, null);
    // The client waited as long as the DAM asked (its own backoff would be 1 ms here).
    expect(performance.now() - started).to.be.at.least(990);
    expect(page.assets.length).to.be.greaterThan(0);
    expect(dam.count('simpleSearch')).to.equal(2);
  });

  it('gives up after bounded retries of a 5xx with a typed error', async () => {
    dam.emulator.faults.inject({ endpoint: 'simpleSearch', status: 502, times: 10 });
    const error = await makeProvider(dam)
      .search({ keyword: '' }, null)
      .then(
        () => null,
        (caught: unknown) => caught,
      );
    expect(error).to.be.instanceOf(DamError);
    expect((error as DamError).code).to.equal('service-unavailable');
    expect((error as DamError).message).to.equal('Service not available');
    expect(dam.count('simpleSearch')).to.equal(4);
  });

  it('refreshes the token once after a 401 and repeats the request', async () => {
    const tokens = refreshingTokens(dam);
    dam.emulator.tokens.expire(dam.token);
    const provider = makeProvider(dam, { tokens });
    const page = await provider.search({ keyword: '' }, null);
    expect(page.assets.length).to.be.greaterThan(0);
    expect(tokens.refreshes).to.equal(1);
  });

  it('reports unauthorized when the refreshed token is refused too', async () => {
    const tokens: TokenSource = { getAccessToken: async () => 'forged', refreshAccessToken: async () => 'forged-again' };
    const error = await makeProvider(dam, { tokens })
      .search({ keyword: '' }, null)
      .then(
        () => null,
        (caught: unknown) => caught,
      );
    expect((error as DamError).code).to.equal('unauthorized');
    expect((error as DamError).damCode).to.equal(1);
  });

  it('rejects a malformed answer at the boundary', async () => {
    const answering = (searchResult: unknown) =>
      new BrandworkzProvider({
        site: SITE,
        discoveryUrl: API_ORIGIN,
        tokens: refreshingTokens(dam),
        fetch: async (input, init) => {
          const url = input instanceof Request ? input.url : String(input);
          if (url.includes('simpleSearch')) return new Response(JSON.stringify({ result: { code: 0 }, searchResult }));
          return fetch(input, init);
        },
      });
    const hit = (source: unknown) => ({ total: 1, hits: [{ _id: 'a1', _type: 'asset', _source: source }] });
    for (const [name, searchResult] of [
      ['hits not a list', { total: 1, hits: 'nope' }],
      ['a _source that is a list', hit(['title'])],
      ['a _source that is text', hit('title')],
      ['a _source that is null', hit(null)],
    ] as const) {
      const error = await answering(searchResult)
        .search({ keyword: '' }, null)
        .then(
          () => null,
          (caught: unknown) => caught,
        );
      expect((error as DamError | null)?.code, name).to.equal('malformed-response');
    }
    // A _source with keys that are names of Object.prototype's members arrives as it was sent.
    const [asset] = (await answering(hit({ title: 'Logo', constructor: 'x' })).search({ keyword: '' }, null)).assets;
    expect(asset?.title).to.equal('Logo');
    expect(Object.getOwnPropertyDescriptor(asset!.source, 'constructor')?.value).to.equal('x');
  });

  it('aborts a search when its signal is aborted', async () => {
    dam.emulator.faults.setLatency(300);
    const controller = new AbortController();
    const pending = makeProvider(dam).search({ keyword: 'summer' }, null, controller.signal);
    setTimeout(() => controller.abort(), 20);
    const error = await pending.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect((error as DOMException).name).to.equal('AbortError');
  });

  it('drops javascript: URLs and keeps hostile text as plain data', async () => {
    const provider = makeProvider(dam);
    const hostile = await provider.getAssets(dam.emulator.data.hostileAssetGuids);
    expect(hostile.length).to.be.greaterThan(0);
    for (const asset of hostile) {
      if (asset.thumbnailUrl) expect(asset.thumbnailUrl).to.match(/^(https?:|data:image\/)/);
      if (asset.webUrl) expect(asset.webUrl).to.match(/^https?:/);
    }
  });

  it('trims trailing slashes from the discovery URL and api_url in linear time', async () => {
    // 100,000 slashes then a letter: `/\/+$/` took about 18 s on this (the test times out at 10 s).
    const slashes = '/'.repeat(100_000);
    const discovery = (base: string, apiUrl: string) => {
      const fetched: string[] = [];
      const provider = new BrandworkzProvider({
        site: SITE,
        discoveryUrl: base,
        fetch: async (input) => {
          fetched.push(input instanceof Request ? input.url : String(input));
          return Response.json({ result: { code: 0 }, data: { api_url: apiUrl, client_id: 'acme', version: '1.6' } });
        },
      });
      return { fetched, connect: () => provider.connect() };
    };
    const long = discovery(`https://discovery.test${slashes}x`, `https://api.test${slashes}y`);
    const endpoints = await long.connect();
    expect(long.fetched).to.deep.equal([`https://discovery.test${slashes}x/getAPIURL?clientURL=${SITE}`]);
    expect(endpoints.issuer).to.equal(`https://api.test${slashes}y`);
    expect(endpoints.tokenEndpoint).to.equal(`https://api.test${slashes}y/oauth/token`);
    const trailing = discovery(`https://discovery.test/${slashes}`, `https://api.test/v${slashes}`);
    expect((await trailing.connect()).issuer).to.equal('https://api.test/v');
    expect(trailing.fetched).to.deep.equal([`https://discovery.test/getAPIURL?clientURL=${SITE}`]);
  });
});
