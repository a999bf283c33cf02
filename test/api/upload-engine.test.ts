// The provider-neutral upload engine against a scripted in-memory protocol: bounded parallel
// parts, slices, retries with backoff, resume, cancel, pre-checks, progress, rename.
import { expect, waitUntil } from '@open-wc/testing';
import { DamError } from '../../src/api/errors.js';
import { parseFileTypes } from '../../src/api/restrictions.js';
import { checkFile, fileTypeOf } from '../../src/api/upload/file-checks.js';
import type { AssetMetadataUpdate, DamAsset, StoredMetadata } from '../../src/api/types.js';
import type { DamUploader, PartReceipt, UploadFile, UploadPart, UploadSession, UploadState } from '../../src/api/upload/types.js';
import { UploadEngine, type UploadEngineOptions } from '../../src/api/upload/upload-engine.js';

const TARGET = { folderId: 'folder-1' };

function fileOf(name: string, text: string, type = ''): UploadFile {
  return new File([text], name, { type });
}

interface SentPart {
  partNumber: number;
  bytes: Blob;
  signal: AbortSignal;
  session: number;
}

/** A protocol with `partSize`-byte parts; parts may be held open, or fail as scripted. */
class FakeUploader implements DamUploader {
  partSize = 10;
  sessions = 0;
  sent: SentPart[] = [];
  completed: PartReceipt[][] = [];
  aborted = 0;
  inFlight = 0;
  maxInFlight = 0;
  /** Errors to throw for a part number, one per call, in order. */
  failures = new Map<number, Error[]>();
  /** While set, every part waits for it (or for an abort). */
  gate: Promise<void> | undefined;
  completeError: DamError | undefined;
  titles: Array<[string, string]> = [];

  async begin(file: UploadFile): Promise<UploadSession> {
    const session = ++this.sessions;
    const parts: UploadPart[] = [];
    for (let start = 0, n = 1; start < file.size; start += this.partSize, n++) {
      parts.push({ partNumber: n, start, end: Math.min(file.size, start + this.partSize) });
    }
    return {
      parts,
      sendPart: (part, bytes, signal) => this.#send(session, part, bytes, signal),
      complete: async (receipts) => {
        if (this.completeError) throw this.completeError;
        this.completed.push([...receipts]);
        return { id: `asset-${session}`, provider: 'brandworkz', title: file.name.replace(/\.[^.]+$/, ''), type: 'document', source: {} } satisfies DamAsset;
      },
      abort: async () => {
        this.aborted++;
      },
    };
  }

  async updateMetadata(assetId: string, update: AssetMetadataUpdate): Promise<StoredMetadata> {
    this.titles.push([assetId, update.title ?? '']);
    return { title: `${update.title}!` };
  }

  async #send(session: number, part: UploadPart, bytes: Blob, signal: AbortSignal): Promise<PartReceipt> {
    this.sent.push({ partNumber: part.partNumber, bytes, signal, session });
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      await new Promise<void>((resolve, reject) => {
        signal.addEventListener('abort', () => reject(signal.reason), { once: true });
        void (this.gate ?? new Promise((r) => setTimeout(r, 0))).then(() => resolve());
      });
      const failure = this.failures.get(part.partNumber)?.shift();
      if (failure) throw failure;
      return { partNumber: part.partNumber, etag: `etag-${part.partNumber}` };
    } finally {
      this.inFlight--;
    }
  }

  sentCount(partNumber: number): number {
    return this.sent.filter((s) => s.partNumber === partNumber).length;
  }
}

function engineWith(uploader: DamUploader, options: UploadEngineOptions = {}) {
  const waits: number[] = [];
  const engine = new UploadEngine(uploader, {
    sleep: async (ms) => {
      waits.push(ms);
    },
    ...options,
  });
  return { engine, waits };
}

const transient = () => new DamError('service-unavailable', 'The storage is busy.', { status: 503, retryable: true });

describe('UploadEngine', () => {
  it('sends every part once as a slice, several at a time within the bound, and completes with the receipts in order', async () => {
    const uploader = new FakeUploader();
    const { engine } = engineWith(uploader, { partConcurrency: 3 });
    const text = 'abcdefghij'.repeat(9) + 'XYZ12';
    const states: UploadState[] = [];
    const progress: number[] = [];
    engine.on('state', ({ item }) => states.push(item.state));
    engine.on('progress', ({ item }) => progress.push(item.bytesSent));
    const done = new Promise<DamAsset>((resolve) => engine.on('done', ({ asset }) => resolve(asset)));

    const { items, rejected } = engine.add([fileOf('report.pdf', text)], TARGET);
    expect(rejected).to.deep.equal([]);
    expect(items[0]?.state).to.equal('queued');
    const asset = await done;

    expect(asset.id).to.equal('asset-1');
    expect(uploader.sent.map((s) => s.partNumber).sort((a, b) => a - b)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(uploader.maxInFlight).to.equal(3);
    for (const { partNumber, bytes } of uploader.sent) {
      const start = (partNumber - 1) * 10;
      expect(await bytes.text()).to.equal(text.slice(start, start + 10));
    }
    expect(uploader.completed[0]?.map((r) => r.partNumber)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(states).to.deep.equal(['uploading', 'processing', 'done']);
    expect(progress.at(-1)).to.equal(95);
    for (let i = 1; i < progress.length; i++) expect(progress[i]).to.be.at.least(progress[i - 1] as number);
    const item = engine.items[0]!;
    expect([item.state, item.percent, item.partsDone, item.partCount, item.asset?.id]).to.deep.equal(['done', 100, 10, 10, 'asset-1']);
    expect(engine.totals).to.include({ files: 1, done: 1, bytesSent: 95, bytesTotal: 95, percent: 100 });
  });

  it('retries a failing part with growing backoff and sends the others once', async () => {
    const uploader = new FakeUploader();
    uploader.failures.set(3, [transient(), transient()]);
    const { engine, waits } = engineWith(uploader, { retry: { baseDelayMs: 100, maxDelayMs: 10_000 } });
    engine.add([fileOf('a.txt', 'x'.repeat(40))], TARGET);
    await engine.whenIdle();
    expect(engine.items[0]?.state).to.equal('done');
    expect(uploader.sentCount(3)).to.equal(3);
    for (const n of [1, 2, 4]) expect(uploader.sentCount(n)).to.equal(1);
    expect(waits).to.have.length(2);
    expect(waits[0]).to.be.within(50, 100);
    expect(waits[1]).to.be.within(100, 200);
  });

  it('after a network drop fails the file, then resumes from the parts already stored', async () => {
    const uploader = new FakeUploader();
    const offline = () => new DamError('network', 'Failed to fetch', { retryable: true });
    uploader.failures.set(4, [offline(), offline(), offline()]);
    const { engine } = engineWith(uploader, { partConcurrency: 1, retry: { retries: 2 } });
    const failed = new Promise<DamError>((resolve) => engine.on('failed', ({ error }) => resolve(error)));
    const [item] = engine.add([fileOf('b.bin', 'y'.repeat(60))], TARGET).items;
    const error = await failed;
    expect(error.code).to.equal('network');
    const stopped = engine.item(item!.id)!;
    expect([stopped.state, stopped.canRetry, stopped.partsDone, stopped.bytesSent]).to.deep.equal(['failed', true, 3, 30]);
    expect(uploader.completed).to.have.length(0);

    expect(engine.retry(item!.id)).to.equal(true);
    await engine.whenIdle();
    expect(engine.item(item!.id)?.state).to.equal('done');
    expect(uploader.sessions).to.equal(1, 'the same upload session');
    for (const n of [1, 2, 3, 5, 6]) expect(uploader.sentCount(n)).to.equal(1, `part ${n} sent once`);
    expect(uploader.sentCount(4)).to.equal(4);
  });

  it('starts over with a new session when a part failed for good (e.g. an expired link)', async () => {
    const uploader = new FakeUploader();
    uploader.failures.set(2, [new DamError('forbidden', 'Request has expired', { status: 403 })]);
    const { engine } = engineWith(uploader, { partConcurrency: 1 });
    const [item] = engine.add([fileOf('c.bin', 'z'.repeat(30))], TARGET).items;
    await engine.whenIdle();
    expect(engine.item(item!.id)?.state).to.equal('failed');
    engine.retry(item!.id);
    await engine.whenIdle();
    expect(engine.item(item!.id)?.state).to.equal('done');
    expect(uploader.sessions).to.equal(2);
    expect(uploader.sent.filter((s) => s.session === 2).map((s) => s.partNumber)).to.deep.equal([1, 2, 3]);
  });

  it('cancel aborts the requests in flight and never completes the upload', async () => {
    const uploader = new FakeUploader();
    uploader.gate = new Promise(() => undefined); // parts never finish on their own
    const { engine } = engineWith(uploader, { partConcurrency: 2 });
    const [item] = engine.add([fileOf('d.mov', 'v'.repeat(50))], TARGET).items;
    await waitUntil(() => uploader.inFlight === 2, 'two parts in flight');
    expect(engine.cancel(item!.id)).to.equal(true);
    expect(engine.item(item!.id)?.state).to.equal('cancelled');
    await engine.whenIdle();
    await waitUntil(() => uploader.inFlight === 0, 'aborted parts settled');
    expect(uploader.sent.every((s) => s.signal.aborted)).to.equal(true);
    expect(uploader.sent).to.have.length(2, 'no part started after the cancel');
    expect(uploader.completed).to.have.length(0);
    expect(uploader.aborted).to.equal(1);
    const cancelled = engine.item(item!.id)!;
    expect([cancelled.canRetry, cancelled.bytesSent]).to.deep.equal([true, 0]);
    expect(engine.totals).to.include({ cancelled: 1, bytesTotal: 0 });
  });

  it('cancels a queued file before it begins, and retries a cancelled one from scratch', async () => {
    const uploader = new FakeUploader();
    let open!: () => void;
    uploader.gate = new Promise((resolve) => (open = resolve));
    const { engine } = engineWith(uploader, { fileConcurrency: 1 });
    const { items } = engine.add([fileOf('first.txt', 'a'.repeat(10)), fileOf('second.txt', 'b'.repeat(10))], TARGET);
    expect(engine.item(items[1]!.id)?.state).to.equal('queued');
    engine.cancel(items[1]!.id);
    open();
    await engine.whenIdle();
    expect(uploader.sessions).to.equal(1);
    expect(engine.items.map((i) => i.state)).to.deep.equal(['done', 'cancelled']);
    engine.retry(items[1]!.id);
    await engine.whenIdle();
    expect(engine.items.map((i) => i.state)).to.deep.equal(['done', 'done']);
  });

  it('checks types, size and emptiness before any request', async () => {
    const uploader = new FakeUploader();
    const { engine } = engineWith(uploader);
    const { items, rejected } = engine.add(
      [fileOf('ok.PNG', 'x'), fileOf('photo.jpeg', 'x'), fileOf('tool.exe', 'x'), fileOf('big.png', 'x'.repeat(101)), fileOf('empty.png', '')],
      TARGET,
      { fileTypes: ['png', 'jpg'], maxFileSize: 100 },
    );
    expect(items.map((i) => i.name)).to.deep.equal(['ok.PNG', 'photo.jpeg']);
    expect(rejected.map((r) => [r.file.name, r.reason])).to.deep.equal([
      ['tool.exe', 'file-type'],
      ['big.png', 'too-large'],
      ['empty.png', 'empty'],
    ]);
    expect(rejected[0]?.allowedTypes).to.deep.equal(['png', 'jpg']);
    expect(rejected[1]?.maxFileSize).to.equal(100);
    await engine.whenIdle();
    expect(uploader.sessions).to.equal(2);
  });

  it('reports a refused import as failed without a retry', async () => {
    const uploader = new FakeUploader();
    uploader.completeError = new DamError('upload-refused', 'Files of type .exe can not be imported for security reasons.', { damCode: 1 });
    const { engine } = engineWith(uploader);
    const failed = new Promise<DamError>((resolve) => engine.on('failed', ({ error }) => resolve(error)));
    const [item] = engine.add([fileOf('setup.exe', 'MZ')], TARGET).items;
    expect((await failed).message).to.equal('Files of type .exe can not be imported for security reasons.');
    expect(engine.item(item!.id)?.canRetry).to.equal(false);
    expect(engine.retry(item!.id)).to.equal(false);
  });

  it('renames an imported asset through the uploader and reports it', async () => {
    const uploader = new FakeUploader();
    const { engine } = engineWith(uploader);
    const [item] = engine.add([fileOf('draft.docx', 'words')], TARGET).items;
    await engine.whenIdle();
    const renamed = new Promise<DamAsset>((resolve) => engine.on('renamed', ({ asset }) => resolve(asset)));
    const asset = await engine.renameAsset(item!.id, '  Final copy ');
    expect(uploader.titles).to.deep.equal([['asset-1', 'Final copy']]);
    expect(asset.title).to.equal('Final copy!');
    expect((await renamed).title).to.equal('Final copy!');
    expect(engine.item(item!.id)?.asset?.title).to.equal('Final copy!');
    await engine.renameAsset(item!.id, '  ').then(
      () => expect.fail('an empty title is refused'),
      (error: DamError) => expect(error.code).to.equal('invalid-argument'),
    );
  });

  it('runs files side by side within the file and part bounds, and totals them', async () => {
    const uploader = new FakeUploader();
    const { engine } = engineWith(uploader, { fileConcurrency: 2, partConcurrency: 3 });
    engine.add([fileOf('1.txt', 'a'.repeat(50)), fileOf('2.txt', 'b'.repeat(50)), fileOf('3.txt', 'c'.repeat(20))], TARGET);
    const sessionsSeen = new Set<number>();
    engine.on('progress', () => sessionsSeen.add(uploader.sessions));
    await engine.whenIdle();
    expect(uploader.maxInFlight).to.equal(3);
    expect(engine.totals).to.include({ files: 3, done: 3, bytesSent: 120, bytesTotal: 120, percent: 100 });
    expect(engine.remove(engine.items[0]!.id)).to.equal(true);
    expect(engine.totals.files).to.equal(2);
  });

  it('fails a file whose planned parts do not cover it', async () => {
    const uploader = new FakeUploader();
    uploader.begin = async () => ({
      parts: [{ partNumber: 1, start: 0, end: 5 }],
      sendPart: async () => ({ partNumber: 1 }),
      complete: async () => {
        throw new Error('unreachable');
      },
    });
    const { engine } = engineWith(uploader);
    engine.add([fileOf('x.txt', 'x'.repeat(9))], TARGET);
    await engine.whenIdle();
    expect(engine.items[0]?.error?.code).to.equal('malformed-response');
  });
});

describe('upload restrictions', () => {
  it('reads suffixes and file-type lists', () => {
    expect(fileTypeOf('Logo.PNG')).to.equal('png');
    expect(fileTypeOf('archive.tar.gz')).to.equal('gz');
    expect(fileTypeOf('.bashrc')).to.equal('');
    expect(fileTypeOf('README')).to.equal('');
    expect(parseFileTypes(' png, .JPG,,svg ')).to.deep.equal(['png', 'jpg', 'svg']);
    expect(checkFile(fileOf('a.tiff', 'x'), { fileTypes: ['tif'] })).to.equal(undefined);
    expect(checkFile(fileOf('noext', 'x'), { fileTypes: ['tif'] })?.reason).to.equal('file-type');
  });
});
