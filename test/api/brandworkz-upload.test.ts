// The Brandworkz upload protocol, driven by the engine, against the emulator behind msw: the
// documented requests (single and multipart), chunk sizes from the response, ETags, failures,
// token refresh, refusals, cancel, and saving the title.
import { expect } from '@open-wc/testing';
import { DamError } from '../../src/api/errors.js';
import { BrandworkzProvider } from '../../src/api/providers/brandworkz/brandworkz-provider.js';
import type { DamUploaderOptions } from '../../src/api/upload/types.js';
import { UploadEngine } from '../../src/api/upload/upload-engine.js';
import { API_ORIGIN, refreshingTokens, SITE, startMockDam, type MockDam, type RefreshingTokens } from '../support/mock-dam.js';
import { generatedFile, md5OfBlob } from '../support/upload-data.js';

const KIB = 1024;

interface Sent {
  method: string;
  url: string;
  headers: Headers;
  credentials: RequestCredentials | undefined;
  json?: Record<string, unknown>;
}

function recordingFetch(log: Sent[]): typeof fetch {
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const body = init?.body;
    log.push({
      method: init?.method ?? 'GET',
      url,
      headers: new Headers(init?.headers),
      credentials: init?.credentials,
      ...(typeof body === 'string' ? { json: JSON.parse(body) as Record<string, unknown> } : {}),
    });
    return fetch(input, init);
  };
}

describe('Brandworkz upload', function () {
  this.timeout(20_000);
  let dam: MockDam;
  let log: Sent[];
  let tokens: RefreshingTokens;
  let folder: string;

  beforeEach(async () => {
    dam = await startMockDam({ assetCount: 300, uploads: { chunkSize: 64 * KIB } });
    log = [];
    tokens = refreshingTokens(dam);
    folder = dam.emulator.data.folders.find((f) => f.assetType === 'Folder' && f.parentGuid !== null)!.guid;
  });
  afterEach(() => dam.stop());

  function setUp(uploaderOptions: DamUploaderOptions = {}, engineOptions: ConstructorParameters<typeof UploadEngine>[1] = {}) {
    const provider = new BrandworkzProvider({
      site: SITE,
      discoveryUrl: API_ORIGIN,
      tokens,
      fetch: recordingFetch(log),
      retry: { baseDelayMs: 1, maxDelayMs: 5 },
    });
    const engine = new UploadEngine(provider.createUploader(uploaderOptions), { sleep: async () => undefined, ...engineOptions });
    return { provider, engine };
  }

  const apiCalls = (endpoint: string) => log.filter((s) => new URL(s.url).pathname.endsWith(`/${endpoint}`));
  const puts = () => log.filter((s) => s.method === 'PUT');

  it('uploads a small file with one PUT and shows the asset from the import response at once', async () => {
    const { engine } = setUp();
    const file = generatedFile('Team photo.png', 3000, 7, 'image/png');
    engine.add([file], { folderId: folder });
    await engine.whenIdle();
    const item = engine.items[0]!;
    expect(item.state, item.error?.message).to.equal('done');

    const [create] = apiCalls('createUploadPath');
    expect(create?.method).to.equal('POST');
    expect(create?.json).to.deep.equal({ fileName: 'Team photo.png', fileSize: 3000, categoryGuid: folder, uploadType: 'single-upload' });
    expect(create?.headers.get('Authorization')).to.equal(`Bearer ${dam.token}`);
    const [put] = puts();
    expect(new URL(put!.url).pathname).to.match(/^\/s3\/brandworkz_demo\/assets\/originals\/\d{4}\/Team_photo_\d{6}_001\.png$/);
    expect(put!.headers.has('Authorization'), 'no token to the storage').to.equal(false);
    expect(put!.credentials, "none of the page's cookies to the storage").to.equal('omit');
    expect(apiCalls('assemble')).to.have.length(0);
    const [imported] = apiCalls('importAsset');
    const keyName = imported?.json?.keyName as string;
    expect(imported?.json).to.deep.equal({
      categoryGuid: folder,
      keyName,
      originalFilename: 'Team photo.png',
      assetId: imported?.json?.assetId,
      assetVersion: 1,
      fileSize: 3000,
    });
    expect(keyName).to.match(/^originals\//);

    // Indexing lags (default 2 s here): the asset comes from the import response.
    const asset = item.asset!;
    expect(asset).to.deep.include({
      provider: 'brandworkz',
      title: 'Team photo',
      type: 'image',
      fileType: 'png',
      fileSize: 3000,
      version: 1,
      folderId: folder,
    });
    expect(asset.thumbnailUrl).to.equal(undefined);
    expect(asset.source['md5']).to.equal(await md5OfBlob(file));
    expect(JSON.parse(JSON.stringify(asset))).to.deep.equal(asset);
    expect((await dam.emulator.uploads.stored(asset.id))?.md5).to.equal(await md5OfBlob(file));
  });

  it('refuses upload links that are not https (or http on this computer) before sending anything', async () => {
    let links: (planned: string[]) => string[] = (planned) => planned;
    const handle = dam.emulator.handle.bind(dam.emulator);
    dam.emulator.handle = async (request) => {
      const response = await handle(request);
      if (!response || !new URL(request.url).pathname.endsWith('/createUploadPath')) return response;
      const body = (await response.json()) as { data: { uploadDetails: { url?: string; urls?: string[] } } };
      const details = body.data.uploadDetails;
      if (details.url) details.url = links([details.url])[0]!;
      if (details.urls) details.urls = links(details.urls);
      return Response.json(body, { status: response.status });
    };
    const cases: Array<[string, (planned: string[]) => string[], number]> = [
      ['javascript:', () => ['javascript:alert(1)//'], 0],
      ['data:', () => ['data:text/plain,x'], 0],
      ['file:', () => ['file:///tmp/upload'], 0],
      ['http elsewhere', () => ['http://storage.example.test/upload'], 0],
      // One bad link among the parts: no part is sent.
      ['one part over http', (planned) => planned.map((url, i) => (i === 2 ? url.replace('https:', 'http:') : url)), 100 * KIB],
    ];
    for (const [name, rewrite, threshold] of cases) {
      links = rewrite;
      log.length = 0;
      const { engine } = setUp(threshold ? { multipartThreshold: threshold } : {});
      engine.add([generatedFile('x.jpg', threshold ? 300 * KIB : 500, 5, 'image/jpeg')], { folderId: folder });
      await engine.whenIdle();
      const item = engine.items[0]!;
      expect(item.state, name).to.equal('failed');
      expect(item.error?.code, name).to.equal('malformed-response');
      expect(item.error?.message, name).to.equal(
        'The upload link from /createUploadPath was refused: files go only to https links (or http on this computer).',
      );
      expect(puts(), name).to.have.length(0);
      // Discovery goes out once per page (the first case), so it is left out.
      expect(
        log.map((sent) => new URL(sent.url).pathname.split('/').at(-1)).filter((endpoint) => endpoint !== 'getAPIURL'),
        name,
      ).to.deep.equal(['createUploadPath']);
    }
  });

  it('takes the asset from search when the DAM has indexed it already', async () => {
    dam.emulator.faults.setIndexingDelay(0);
    const { engine } = setUp();
    engine.add([generatedFile('Indexed.jpg', 500, 3, 'image/jpeg')], { folderId: folder });
    await engine.whenIdle();
    const asset = engine.items[0]!.asset!;
    expect(asset.title).to.equal('Indexed');
    expect(asset.thumbnailUrl).to.match(/^https:\/\/api\.dam-emulator\.test\/cdn\//);
    expect(asset.webUrl).to.match(/^https:\/\/demo\.brandworkz\.com\/BMS\/asset\/views\//);
  });

  it('goes multipart from the threshold with chunk sizes and URLs from the response, ETags to /assemble in order', async () => {
    const { engine } = setUp({ multipartThreshold: 100 * KIB }, { partConcurrency: 3 });
    const file = generatedFile('Launch film.mp4', 300 * KIB + 7, 11, 'video/mp4');
    engine.add([file], { folderId: folder });
    await engine.whenIdle();
    expect(engine.items[0]?.state, engine.items[0]?.error?.message).to.equal('done');

    expect(apiCalls('createUploadPath')[0]?.json?.uploadType).to.equal('multipart-upload');
    const partNumbers = puts().map((p) => Number(new URL(p.url).searchParams.get('partNumber')));
    expect([...partNumbers].sort()).to.deep.equal([1, 2, 3, 4, 5], 'five 64 KiB chunks, as the emulator planned them');
    const [assemble] = apiCalls('assemble');
    const parts = assemble?.json?.parts as Array<{ partNumber: number; eTag: string }>;
    expect(parts.map((p) => p.partNumber)).to.deep.equal([1, 2, 3, 4, 5]);
    for (const part of parts) expect(part.eTag).to.match(/^[0-9a-f]{32}$/, 'unquoted, as the docs show');
    expect(assemble?.json?.objectKey).to.equal(apiCalls('importAsset')[0]?.json?.keyName);
    expect((await dam.emulator.uploads.stored(engine.items[0]!.asset!.id))?.md5).to.equal(await md5OfBlob(file));
  });

  it('retries an injected part failure and sends every other part once', async () => {
    dam.emulator.faults.inject({ endpoint: 'uploadPart', status: 503, partNumber: 2 });
    const { engine } = setUp({ multipartThreshold: 100 * KIB });
    const file = generatedFile('b.mov', 200 * KIB, 5);
    engine.add([file], { folderId: folder });
    await engine.whenIdle();
    expect(engine.items[0]?.state).to.equal('done');
    const sent = dam.emulator.requests.entries.filter((e) => e.endpoint === 'uploadPart').map((e) => Number(e.query['partNumber']));
    expect(sent.sort()).to.deep.equal([1, 2, 2, 3, 4]);
    expect((await dam.emulator.uploads.stored(engine.items[0]!.asset!.id))?.md5).to.equal(await md5OfBlob(file));
  });

  it('refreshes an expired token mid-upload once, without sending finished parts again', async () => {
    const { engine } = setUp({ multipartThreshold: 100 * KIB }, { partConcurrency: 1 });
    let expired = false;
    engine.on('progress', ({ item }) => {
      if (!expired && item.partsDone === 1) {
        expired = true;
        dam.emulator.tokens.expire(tokens.current);
      }
    });
    engine.add([generatedFile('c.wav', 256 * KIB, 9)], { folderId: folder });
    await engine.whenIdle();
    expect(engine.items[0]?.state, engine.items[0]?.error?.message).to.equal('done');
    expect(tokens.refreshes).to.equal(1);
    const unauthorized = dam.emulator.requests.entries.filter((e) => e.endpoint === 'assemble');
    expect(unauthorized).to.have.length(2, 'assemble: 401, then again with the new token');
    const sent = dam.emulator.requests.entries.filter((e) => e.endpoint === 'uploadPart').map((e) => Number(e.query['partNumber']));
    expect(sent).to.deep.equal([1, 2, 3, 4]);
  });

  it("shows the DAM's message when it refuses the import; a duplicate is done as the existing asset", async () => {
    const { engine } = setUp();
    engine.add([generatedFile('setup.exe', 900, 1)], { folderId: folder });
    await engine.whenIdle();
    const refused = engine.items[0]!;
    expect(refused.state).to.equal('failed');
    expect(refused.error).to.be.instanceOf(DamError);
    expect(refused.error?.code).to.equal('upload-refused');
    expect(refused.error?.damCode).to.equal(1);
    expect(refused.error?.message).to.equal('Files of type .exe can not be imported for security reasons.');
    expect(refused.canRetry).to.equal(false);

    engine.add([generatedFile('one.png', 900, 2)], { folderId: folder });
    await engine.whenIdle();
    engine.add([generatedFile('two.png', 900, 2)], { folderId: folder });
    await engine.whenIdle();
    const [, original, duplicate] = engine.items;
    // "the file will be turned into a shortcut of the original": shortcutCreated, binaryIdenticalToGuid.
    expect(duplicate!.state).to.equal('done');
    expect(duplicate!.error).to.equal(undefined);
    expect(duplicate!.alreadyInDam).to.equal(true);
    expect(duplicate!.asset?.id).to.equal(original!.asset?.id);
    expect(duplicate!.asset?.title).to.equal('one');
    expect(original!.alreadyInDam).to.equal(undefined);
  });

  it('cancels mid-way: requests stop, /assemble and /importAsset are never called, no asset exists', async () => {
    const { engine } = setUp({ multipartThreshold: 100 * KIB }, { partConcurrency: 2 });
    const [item] = engine.add([generatedFile('d.mov', 640 * KIB, 4)], { folderId: folder }).items;
    engine.on('progress', ({ item: progressed }) => {
      if (progressed.partsDone === 1) engine.cancel(progressed.id);
    });
    await engine.whenIdle();
    expect(engine.item(item!.id)?.state).to.equal('cancelled');
    expect(dam.count('assemble')).to.equal(0);
    expect(dam.count('importAsset')).to.equal(0);
    expect(dam.count('uploadPart')).to.be.below(10);
    expect(dam.emulator.uploads.list().every((u) => u.phase !== 'imported' && u.phase !== 'stored')).to.equal(true);
  });

  it("saves a new title after upload, and reports a clash with the DAM's suggestion", async () => {
    const { provider, engine } = setUp();
    engine.add([generatedFile('first.png', 100, 1), generatedFile('second.png', 100, 2)], { folderId: folder });
    await engine.whenIdle();
    const [first, second] = engine.items;
    const renamed = await engine.renameAsset(first!.id, 'Cover image');
    expect(renamed.title).to.equal('Cover image');
    expect(apiCalls('saveMetadata')[0]?.json).to.deep.equal({ assetGuid: first!.asset!.id, assetTitle: 'Cover image' });
    const error = await provider.updateMetadata(second!.asset!.id, { title: 'cover image' }).catch((e: unknown) => e as DamError);
    expect(error).to.be.instanceOf(DamError);
    expect((error as DamError).message).to.contain('cover image (2)');
    const stored = await provider.updateMetadata(second!.asset!.id, { title: 'Back cover', fields: { usageRights: 'Editorial only' } });
    expect(stored).to.deep.equal({ title: 'Back cover' });
    expect(apiCalls('saveMetadata').at(-1)?.json).to.deep.equal({
      assetGuid: second!.asset!.id,
      assetTitle: 'Back cover',
      metadata: { usageRights: 'Editorial only' },
    });
  });
});
