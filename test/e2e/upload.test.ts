// Uploads end to end against the real emulator server (its own instance, started by the test
// runner; bytes land on disk): a 40 MB multipart upload with an injected part failure arrives
// byte for byte, a token that expires mid-upload is refreshed, and a cancel leaves no asset.
import { expect } from '@open-wc/testing';
import { BrandworkzProvider } from '../../src/api/providers/brandworkz/brandworkz-provider.js';
import type { TokenSource } from '../../src/api/types.js';
import { UploadEngine } from '../../src/api/upload/upload-engine.js';
import { generatedFile, md5OfBlob } from '../support/upload-data.js';

const MIB = 1024 * 1024;

interface LogEntry {
  endpoint: string;
  query: Record<string, string>;
}

describe('end to end: uploads to the emulator server', function () {
  this.timeout(30_000);
  let origin: string;
  let folder: string;

  async function control<T>(path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${origin}/__emulator/${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return (await response.json()) as T;
  }

  /** Tokens minted by the emulator's control API; a refresh mints another. */
  function tokenSource(): TokenSource & { refreshes: number } {
    let current: Promise<string> | undefined;
    const mint = async () => (await control<{ access_token: string }>('tokens', {})).access_token;
    const source = {
      refreshes: 0,
      getAccessToken: () => (current ??= mint()),
      refreshAccessToken: () => {
        source.refreshes++;
        current = mint();
        return current;
      },
    };
    return source;
  }

  function engineFor(tokens: TokenSource, options: ConstructorParameters<typeof UploadEngine>[1] = {}) {
    const provider = new BrandworkzProvider({ site: 'demo.brandworkz.com', discoveryUrl: origin, tokens });
    return new UploadEngine(provider.createUploader(), options);
  }

  const requests = async () => (await control<{ entries: LogEntry[] }>('requests')).entries;
  const partNumbersSent = async () => (await requests()).filter((e) => e.endpoint === 'uploadPart').map((e) => Number(e.query['partNumber']));

  before(async () => {
    ({ uploadEmulatorOrigin: origin } = (await (await fetch('/__e2e-config.json')).json()) as { uploadEmulatorOrigin: string });
  });

  beforeEach(async () => {
    await control('reset', {});
    const data = await control<{ emptyFolderGuid: string }>('data');
    folder = data.emptyFolderGuid;
  });

  it('uploads 40 MB in parts with one injected part failure, and the stored bytes are identical', async () => {
    await control('faults', { inject: { endpoint: 'uploadPart', status: 503, partNumber: 2 }, indexingDelayMs: 0 });
    const file = generatedFile('Brand film master.mov', 40 * MIB + 12_345, 2024, 'video/quicktime');
    const expectedMd5 = await md5OfBlob(file);
    const engine = engineFor(tokenSource());
    engine.add([file], { folderId: folder });
    await engine.whenIdle();
    const item = engine.items[0]!;
    expect(item.state, item.error?.message).to.equal('done');
    expect(item.partCount).to.equal(3, '15 MiB, 15 MiB and the rest, as the emulator planned');

    const stored = await control<{ size: number; md5: string }>(`uploads/${item.asset!.id}`);
    expect(stored.size).to.equal(file.size);
    expect(stored.md5).to.equal(expectedMd5);
    expect((await partNumbersSent()).sort()).to.deep.equal([1, 2, 2, 3], 'part 2 failed once and was sent again; no other part twice');
    expect(item.asset).to.deep.include({ title: 'Brand film master', type: 'video', fileType: 'mov', fileSize: file.size, folderId: folder });
  });

  it('refreshes a token that expires during the upload without re-sending finished parts', async () => {
    // Tokens live 1 s; every API answer takes 0.6 s: by /assemble the first token has expired.
    await control('faults', { tokenLifetimeSec: 1, latencyMs: 600 });
    const tokens = tokenSource();
    const engine = engineFor(tokens);
    const file = generatedFile('Long interview.wav', 16 * MIB + 1, 77);
    engine.add([file], { folderId: folder });
    await engine.whenIdle();
    const item = engine.items[0]!;
    expect(item.state, item.error?.message).to.equal('done');
    expect(tokens.refreshes).to.be.at.least(1);
    expect((await partNumbersSent()).sort()).to.deep.equal([1, 2]);
    const stored = await control<{ md5: string }>(`uploads/${item.asset!.id}`);
    expect(stored.md5).to.equal(await md5OfBlob(file));
  });

  it('cancelled mid-way: no /assemble, no /importAsset, no asset', async () => {
    const engine = engineFor(tokenSource(), { partConcurrency: 1 });
    engine.on('progress', ({ item }) => {
      if (item.partsDone === 1) engine.cancel(item.id);
    });
    engine.add([generatedFile('Abandoned.mov', 31 * MIB, 5)], { folderId: folder });
    await engine.whenIdle();
    expect(engine.items[0]?.state).to.equal('cancelled');
    const endpoints = (await requests()).map((e) => e.endpoint);
    expect(endpoints).to.include('createUploadPath');
    expect(endpoints).not.to.include('assemble');
    expect(endpoints).not.to.include('importAsset');
    const { uploads } = await control<{ uploads: Array<{ phase: string; partsStored: number[] }> }>('uploads');
    expect(uploads).to.have.length(1);
    expect(uploads[0]?.phase).to.equal('uploading');
    expect(uploads[0]?.partsStored).to.deep.equal([1]);
  });
});
