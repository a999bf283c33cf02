// Bynder's upload flow driven by the same engine, against the Bynder emulator behind msw: 5 MiB
// multipart-form chunks to the S3 stand-in (every multipart_params field, file last, no token),
// registration, finalise, polling until done (and its time limit), saving to a brand.
import { expect } from '@open-wc/testing';
import { DamError } from '../../src/api/errors.js';
import { BynderProvider } from '../../src/api/providers/bynder/bynder-provider.js';
import { BYNDER_CHUNK_SIZE } from '../../src/api/providers/bynder/bynder-upload.js';
import type { TokenSource } from '../../src/api/types.js';
import { UploadEngine } from '../../src/api/upload/upload-engine.js';
import { BYNDER_PORTAL, startMockBynder, type MockBynder } from '../support/mock-dam.js';
import { generatedFile } from '../support/upload-data.js';

interface Sent {
  method: string;
  url: string;
  headers: Headers;
  credentials: RequestCredentials | undefined;
  form?: Array<[string, string]>;
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
      ...(body instanceof FormData ? { form: [...body.entries()].map(([k, v]) => [k, typeof v === 'string' ? v : '<file>'] as [string, string]) } : {}),
    });
    return fetch(input, init);
  };
}

describe('Bynder upload', function () {
  this.timeout(20_000);
  let dam: MockBynder;
  let log: Sent[];
  let provider: BynderProvider;

  beforeEach(async () => {
    dam = await startMockBynder({ mediaCount: 100 });
    log = [];
    const tokens: TokenSource = { getAccessToken: async () => dam.token, refreshAccessToken: async () => dam.emulator.tokens.issue() };
    provider = new BynderProvider({ site: BYNDER_PORTAL, tokens, retry: { baseDelayMs: 1, maxDelayMs: 10 }, fetch: recordingFetch(log) });
  });
  afterEach(() => dam.stop());

  it('lists the brands as upload destinations', async () => {
    const destinations = await provider.createUploader().destinations!();
    expect(destinations.map((d) => d.title)).to.deep.equal(dam.emulator.data.brands.map((b) => b.name));
  });

  it('uploads in 5 MiB chunks, registers them, finalises, polls until done and saves to the brand', async () => {
    const brand = dam.emulator.data.brands[2]!;
    const engine = new UploadEngine(provider.createUploader({ pollIntervalMs: 5 }));
    const size = BYNDER_CHUNK_SIZE * 2 + 1000;
    const { items } = engine.add([generatedFile('Team photo.png', size, 3, 'image/png')], { folderId: brand.id });
    await engine.whenIdle();
    const item = engine.item(items[0]!.id)!;
    expect(item.state, item.error?.message).to.equal('done');
    expect(item.partCount).to.equal(3);
    const asset = item.asset!;
    expect(asset).to.include({ provider: 'bynder', title: 'Team photo', type: 'image', fileType: 'png', fileSize: size });
    expect(dam.emulator.data.mediaById(asset.id)?.brandId).to.equal(brand.id);

    const s3 = log.filter((s) => s.url.includes('/s3/'));
    expect(s3).to.have.length(3);
    for (const sent of s3) {
      expect(sent.headers.has('Authorization')).to.equal(false);
      expect(sent.credentials).to.equal('omit', "none of the page's cookies to storage");
      const names = sent.form!.map(([k]) => k);
      expect(names.at(-1)).to.equal('file');
      expect(names).to.include.members(['Policy', 'X-Amz-Signature', 'acl', 'success_action_status', 'key', 'Filename', 'name', 'chunk', 'chunks']);
    }
    const polls = dam.count('upload-poll');
    expect(polls).to.equal(3, 'done on the third poll');
    const upload = dam.emulator.uploads.list()[0]!;
    expect(upload.chunksRegistered).to.deep.equal([1, 2, 3]);
    expect(upload.size).to.equal(size);
    const save = dam.emulator.requests.entries.filter((e) => e.endpoint === 'media-save');
    expect(save).to.have.length(1);
  });

  it('refuses an upload link that is not https (or http on this computer) before sending anything', async () => {
    let link = '';
    const handle = dam.emulator.handle.bind(dam.emulator);
    dam.emulator.handle = async (request) => (new URL(request.url).pathname === '/api/upload/endpoint/' ? Response.json(link) : handle(request));
    for (const hostile of ['http://storage.example.test/upload', 'javascript:alert(1)//', 'data:text/plain,x', 'file:///tmp/upload', 'ftp://127.0.0.1/']) {
      link = hostile;
      log.length = 0;
      const engine = new UploadEngine(provider.createUploader({ pollIntervalMs: 5 }));
      const { items } = engine.add([generatedFile('x.jpg', 500, 5)], { folderId: dam.emulator.data.brands[0]!.id });
      await engine.whenIdle();
      const item = engine.item(items[0]!.id)!;
      expect(item.state, hostile).to.equal('failed');
      expect(item.error?.code, hostile).to.equal('malformed-response');
      expect(item.error?.message, hostile).to.equal(
        'The upload link from /api/upload/endpoint/ was refused: files go only to https links (or http on this computer).',
      );
      expect(
        log.map((sent) => new URL(sent.url).pathname),
        hostile,
      ).to.deep.equal(['/api/upload/endpoint/']);
    }
    expect(dam.count('upload-init')).to.equal(0);
  });

  it('gives up polling after the time limit, and a retry continues where it stopped', async () => {
    dam.emulator.uploads.setPollsBeforeDone(1_000_000);
    // A limit well above one poll's round trip through msw (tens of ms in WebKit), so that the retry's first poll can finish.
    const engine = new UploadEngine(provider.createUploader({ pollIntervalMs: 5, pollTimeoutMs: 500 }));
    const { items } = engine.add([generatedFile('slow.pdf', 2000, 4)], { folderId: dam.emulator.data.brands[0]!.id });
    await engine.whenIdle();
    const failed = engine.item(items[0]!.id)!;
    expect(failed.state).to.equal('failed');
    expect(failed.error?.message).to.match(/still processing/);
    expect(failed.canRetry).to.equal(true);
    dam.emulator.uploads.setPollsBeforeDone(undefined);
    const finalised = dam.count('upload-register');
    engine.retry(items[0]!.id);
    await engine.whenIdle();
    expect(engine.item(items[0]!.id)!.state).to.equal('done');
    expect(dam.count('upload-init')).to.equal(1, 'not started again');
    expect(dam.count('upload-register')).to.equal(finalised, 'chunks not registered again, not finalised again');
  });

  it('refuses a save without a valid brand with the DAM message', async () => {
    const engine = new UploadEngine(provider.createUploader({ pollIntervalMs: 5 }));
    const { items } = engine.add([generatedFile('x.jpg', 500, 5)], { folderId: 'NOT-A-BRAND' });
    await engine.whenIdle();
    const item = engine.item(items[0]!.id)!;
    expect(item.state).to.equal('failed');
    expect(item.error?.code).to.equal('upload-refused');
    expect(item.error?.message).to.equal('Unknown brandId.');
  });

  it('renames with Modify media, through the provider and after an upload', async () => {
    const id = dam.emulator.data.media[0]!.id;
    expect(await provider.updateMetadata(id, { title: 'Renamed' })).to.deep.equal({ title: 'Renamed' });
    expect(dam.emulator.data.mediaById(id)?.name).to.equal('Renamed');

    const engine = new UploadEngine(provider.createUploader({ pollIntervalMs: 5 }));
    const [item] = engine.add([generatedFile('poster.jpg', 500, 7)], { folderId: dam.emulator.data.brands[0]!.id }).items;
    await engine.whenIdle();
    const renamed = await engine.renameAsset(item!.id, 'Spring poster');
    expect(renamed.title).to.equal('Spring poster');
    expect(dam.emulator.data.mediaById(renamed.id)?.name).to.equal('Spring poster');
  });

  it('refuses custom fields, which Bynder sets by metaproperty id', async () => {
    const id = dam.emulator.data.media[0]!.id;
    const error = await provider.updateMetadata(id, { fields: { usage: 'Web' } }).catch((e: unknown) => e as DamError);
    expect(error).to.be.instanceOf(DamError);
    expect((error as DamError).code).to.equal('invalid-argument');
  });
});
