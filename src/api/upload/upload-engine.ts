// The upload engine: queues files, drives a provider's upload protocol part by part (several
// parts in flight, bounded), retries failed parts with backoff, cancels (aborting requests in
// flight), resumes from the parts already stored, and reports typed progress. Files are read as
// `Blob.slice` pieces only, so memory does not grow with file size. No Lit, no DOM.
import { abortableSleep, backoffDelay, type RetryPolicy, type Sleep } from '../backoff.js';
import { DamError, isAbortError } from '../errors.js';
import { checkFiles, type FileRejection, type UploadRestrictions } from './file-checks.js';
import type { DamAsset } from '../types.js';
import { Emitter } from './emitter.js';
import { Limiter } from './limiter.js';
import type {
  DamUploader,
  PartReceipt,
  UploadEventMap,
  UploadFile,
  UploadItem,
  UploadPart,
  UploadSession,
  UploadState,
  UploadTarget,
  UploadTotals,
} from './types.js';

/** Retries per part: `retries` attempts after the first one. */
export type PartRetryPolicy = RetryPolicy;

const defaultPartRetry: PartRetryPolicy = { retries: 4, baseDelayMs: 500, maxDelayMs: 8000 };

export interface UploadEngineOptions {
  /** Parts in flight at once, over all files. Default 4. */
  partConcurrency?: number;
  /** Files being uploaded at once. Default 2. */
  fileConcurrency?: number;
  retry?: Partial<PartRetryPolicy>;
  /** Checked by `add()` when it is given none. */
  restrictions?: UploadRestrictions;
  /** Waits between retries; replaced in tests. */
  sleep?: Sleep;
}

interface Job {
  readonly id: string;
  readonly file: UploadFile;
  readonly target: UploadTarget;
  state: UploadState;
  session: UploadSession | undefined;
  receipts: Map<number, PartReceipt>;
  bytesSent: number;
  asset: DamAsset | undefined;
  /** The DAM kept an existing asset instead of importing (deduplication). */
  alreadyInDam: boolean;
  error: DamError | undefined;
  /** Whether a retry may keep the session and the parts already stored. */
  resumable: boolean;
  attempt: AbortController | undefined;
}

const ACTIVE: ReadonlySet<UploadState> = new Set(['queued', 'uploading', 'processing']);
let nextId = 0;

function toDamError(error: unknown): DamError {
  if (error instanceof DamError) return error;
  if (error instanceof TypeError) {
    return new DamError('network', 'The upload could not reach the server. Check your connection and try again.', { retryable: true, cause: error });
  }
  return new DamError('http', error instanceof Error ? error.message : String(error), { cause: error });
}

/** The parts must cover the file exactly, in order: anything else would corrupt it. */
function checkPlan(parts: readonly UploadPart[], size: number): void {
  let expected = 0;
  for (const part of parts) {
    if (part.start !== expected || part.end <= part.start) break;
    expected = part.end;
  }
  const numbers = new Set(parts.map((part) => part.partNumber));
  if (expected !== size || numbers.size !== parts.length || (size > 0 && parts.length === 0)) {
    throw new DamError('malformed-response', 'The DAM planned upload parts that do not cover the file.');
  }
}

export class UploadEngine {
  readonly #uploader: DamUploader;
  readonly #restrictions: UploadRestrictions | undefined;
  readonly #retry: PartRetryPolicy;
  readonly #sleep: Sleep;
  readonly #fileConcurrency: number;
  readonly #parts: Limiter;
  readonly #emitter = new Emitter<UploadEventMap>();
  #jobs: Job[] = [];
  #running = 0;
  #idleWaiters: Array<() => void> = [];

  constructor(uploader: DamUploader, options: UploadEngineOptions = {}) {
    this.#uploader = uploader;
    this.#restrictions = options.restrictions;
    this.#retry = { ...defaultPartRetry, ...options.retry };
    this.#sleep = options.sleep ?? abortableSleep;
    this.#fileConcurrency = Math.max(1, Math.floor(options.fileConcurrency ?? 2));
    this.#parts = new Limiter(options.partConcurrency ?? 4);
  }

  /** Every item not removed, in the order added. */
  get items(): UploadItem[] {
    return this.#jobs.map((job) => this.#snapshot(job));
  }

  item(id: string): UploadItem | undefined {
    const job = this.#find(id);
    return job && this.#snapshot(job);
  }

  get totals(): UploadTotals {
    const count = (state: UploadState) => this.#jobs.filter((job) => job.state === state).length;
    let bytesSent = 0;
    let bytesTotal = 0;
    for (const job of this.#jobs) {
      if (job.state === 'cancelled') continue;
      bytesTotal += job.file.size;
      bytesSent += job.state === 'done' ? job.file.size : job.bytesSent;
    }
    return {
      files: this.#jobs.length,
      queued: count('queued'),
      active: count('uploading') + count('processing'),
      done: count('done'),
      failed: count('failed'),
      cancelled: count('cancelled'),
      bytesSent,
      bytesTotal,
      percent: bytesTotal > 0 ? (bytesSent / bytesTotal) * 100 : 0,
    };
  }

  /** Subscribes; returns the function that unsubscribes. */
  on<K extends keyof UploadEventMap>(type: K, listener: (detail: UploadEventMap[K]) => void): () => void {
    return this.#emitter.on(type, listener);
  }

  /**
   * Checks the files (types, size, empty) before any request and queues those that pass. Rejected
   * files are returned, never sent.
   */
  add(files: Iterable<UploadFile>, target: UploadTarget, restrictions = this.#restrictions): { items: UploadItem[]; rejected: FileRejection[] } {
    if (!target.folderId) throw new DamError('invalid-config', 'Choose a folder to upload into.');
    const { accepted, rejected } = checkFiles(files, restrictions);
    const jobs = accepted.map((file): Job => ({
      id: `upload-${++nextId}`,
      file,
      target: { ...target },
      state: 'queued',
      session: undefined,
      receipts: new Map(),
      bytesSent: 0,
      asset: undefined,
      alreadyInDam: false,
      error: undefined,
      resumable: false,
      attempt: undefined,
    }));
    this.#jobs.push(...jobs);
    const items = jobs.map((job) => this.#snapshot(job));
    if (items.length > 0) this.#emitter.emit('added', { items, totals: this.totals });
    this.#pump();
    return { items, rejected };
  }

  /**
   * Stops a queued or uploading item: requests in flight are aborted and the DAM is never asked to
   * join or import it. An item already processing (joining, importing) cannot be cancelled.
   */
  cancel(id: string): boolean {
    const job = this.#find(id);
    if (!job || (job.state !== 'queued' && job.state !== 'uploading')) return false;
    const session = job.session;
    job.attempt?.abort(new DOMException('The upload was cancelled.', 'AbortError'));
    this.#forgetSession(job);
    job.error = undefined;
    this.#setState(job, 'cancelled');
    if (session?.abort) void session.abort().catch(() => undefined);
    this.#settle();
    return true;
  }

  cancelAll(): void {
    for (const job of [...this.#jobs]) this.cancel(job.id);
  }

  /** Queues a failed or cancelled item again; after a network or server failure it resumes from the parts already stored. */
  retry(id: string): boolean {
    const job = this.#find(id);
    if (!job || !this.#canRetry(job)) return false;
    if (!job.resumable || job.state === 'cancelled') this.#forgetSession(job);
    job.error = undefined;
    this.#setState(job, 'queued');
    this.#pump();
    return true;
  }

  /** Forgets an item (cancelling it first when it is queued or uploading). */
  remove(id: string): boolean {
    const job = this.#find(id);
    if (!job || job.state === 'processing') return false;
    this.cancel(id);
    this.#jobs = this.#jobs.filter((j) => j !== job);
    this.#emitter.emit('removed', { id, totals: this.totals });
    return true;
  }

  /**
   * Sets the title of an imported item's asset in the DAM (the provider's `updateMetadata`, through the
   * uploader); resolves with the asset carrying the title the DAM stored.
   */
  async renameAsset(id: string, title: string, signal?: AbortSignal): Promise<DamAsset> {
    const job = this.#find(id);
    const asset = job?.asset;
    if (!job || !asset || job.state !== 'done') throw new DamError('invalid-argument', 'Only an imported upload can be renamed.');
    const wanted = title.trim();
    if (!wanted) throw new DamError('invalid-argument', 'A title can not be empty.');
    const stored = await this.#uploader.updateMetadata(asset.id, { title: wanted }, signal);
    const renamed: DamAsset = { ...asset, title: stored.title || wanted };
    if (job.asset === asset) job.asset = renamed;
    const item = this.#snapshot(job);
    this.#emitter.emit('renamed', { item, asset: renamed });
    this.#emitter.emit('state', { item, totals: this.totals });
    return renamed;
  }

  /** Resolves once nothing is queued, uploading or processing. */
  whenIdle(): Promise<void> {
    if (!this.#jobs.some((job) => ACTIVE.has(job.state))) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  /** Cancels everything and drops every listener. */
  dispose(): void {
    this.cancelAll();
    this.#emitter.clear();
  }

  #find(id: string): Job | undefined {
    return this.#jobs.find((job) => job.id === id);
  }

  /** Drops the DAM's upload session and the parts stored in it: the next attempt starts over. */
  #forgetSession(job: Job): void {
    job.session = undefined;
    job.receipts = new Map();
    job.bytesSent = 0;
  }

  #canRetry(job: Job): boolean {
    return job.state === 'cancelled' || (job.state === 'failed' && job.error?.code !== 'upload-refused' && job.error?.code !== 'upload-not-allowed');
  }

  #snapshot(job: Job): UploadItem {
    const size = job.file.size;
    const bytesSent = job.state === 'done' ? size : job.bytesSent;
    return Object.freeze({
      id: job.id,
      file: job.file,
      name: job.file.name,
      size,
      folderId: job.target.folderId,
      state: job.state,
      bytesSent,
      percent: size > 0 ? Math.min(100, (bytesSent / size) * 100) : job.state === 'done' ? 100 : 0,
      partsDone: job.receipts.size,
      partCount: job.session?.parts.length ?? 0,
      ...(job.asset ? { asset: job.asset } : {}),
      ...(job.alreadyInDam ? { alreadyInDam: true } : {}),
      ...(job.error ? { error: job.error } : {}),
      canRetry: this.#canRetry(job),
    });
  }

  #setState(job: Job, state: UploadState): void {
    job.state = state;
    this.#emitter.emit('state', { item: this.#snapshot(job), totals: this.totals });
  }

  #pump(): void {
    while (this.#running < this.#fileConcurrency) {
      const next = this.#jobs.find((job) => job.state === 'queued');
      if (!next) break;
      this.#running++;
      void this.#run(next);
    }
  }

  #settle(): void {
    if (this.#jobs.some((job) => ACTIVE.has(job.state))) return;
    const waiters = this.#idleWaiters;
    this.#idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  async #run(job: Job): Promise<void> {
    const attempt = new AbortController();
    const { signal } = attempt;
    job.attempt = attempt;
    this.#setState(job, 'uploading');
    try {
      if (!job.session) {
        this.#forgetSession(job);
        const session = await this.#uploader.begin(job.file, job.target, signal);
        signal.throwIfAborted();
        checkPlan(session.parts, job.file.size);
        job.session = session;
        this.#emitter.emit('progress', { item: this.#snapshot(job), totals: this.totals });
      }
      const session = job.session;
      let failure: Error | undefined;
      const giveUp = (error: unknown): void => {
        if (failure !== undefined || signal.aborted) return;
        // One part gave up: stop its siblings (before its slot goes to the next part); what they stored stays for a retry.
        failure = error instanceof Error ? error : new Error(String(error));
        attempt.abort(new DOMException('Another part failed.', 'AbortError'));
      };
      const pending = session.parts.filter((part) => !job.receipts.has(part.partNumber));
      await Promise.all(pending.map((part) => this.#sendPart(job, session, part, signal, giveUp).catch(giveUp)));
      if (failure !== undefined) throw failure;
      signal.throwIfAborted();

      this.#setState(job, 'processing');
      const receipts = session.parts.map((part) => job.receipts.get(part.partNumber) as PartReceipt);
      const outcome = await session.complete(receipts, signal);
      const asset = 'alreadyInDam' in outcome ? outcome.alreadyInDam : outcome;
      job.asset = asset;
      job.alreadyInDam = 'alreadyInDam' in outcome;
      job.error = undefined;
      this.#setState(job, 'done');
      this.#emitter.emit('done', { item: this.#snapshot(job), asset });
    } catch (error) {
      if (job.state !== 'cancelled') {
        const damError = toDamError(isAbortError(error) && !signal.aborted ? new DamError('network', String(error)) : error);
        job.error = damError;
        job.resumable = damError.retryable && job.session !== undefined;
        this.#setState(job, 'failed');
        this.#emitter.emit('failed', { item: this.#snapshot(job), error: damError });
      }
    } finally {
      if (job.attempt === attempt) job.attempt = undefined;
      this.#running--;
      this.#pump();
      this.#settle();
    }
  }

  async #sendPart(job: Job, session: UploadSession, part: UploadPart, signal: AbortSignal, giveUp: (error: DamError) => void): Promise<void> {
    await this.#parts.run(async () => {
      for (let attempt = 0; ; attempt++) {
        signal.throwIfAborted();
        try {
          const receipt = await session.sendPart(part, job.file.slice(part.start, part.end), signal);
          if (signal.aborted) return;
          job.receipts.set(part.partNumber, receipt);
          job.bytesSent += part.end - part.start;
          this.#emitter.emit('progress', { item: this.#snapshot(job), totals: this.totals });
          return;
        } catch (error) {
          if (signal.aborted) throw signal.reason ?? error;
          const damError = toDamError(error);
          if (!damError.retryable || attempt >= this.#retry.retries) {
            giveUp(damError);
            throw damError;
          }
        }
        await this.#sleep(backoffDelay(attempt, this.#retry), signal);
      }
    }, signal);
  }
}
