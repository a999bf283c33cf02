// Bynder uploads as its SDKs do them: /api/upload/endpoint/ (the S3 URL), /api/upload/init/, each
// 5 MiB chunk POSTed to S3 as a multipart form (every `multipart_params` field, `file` last, no
// Bynder token) and registered, then finalise (→ importId), poll until processed (backoff, time
// limit) and save to a brand. The engine drives it; the brand is the upload target.
import * as v from 'valibot';
import { DamError, isAbortError } from '../../errors.js';
import type { RetryPolicy } from '../../backoff.js';
import { HttpClient } from '../../http.js';
import type { DamAsset, TokenSource } from '../../types.js';
import type {
  DamUploader, DamUploaderOptions, PartReceipt, UploadDestination, UploadFile, UploadPart, UploadSession, UploadTarget,
} from '../../upload/types.js';
import { uploadUrl } from '../../upload/upload-url.js';
import { parseResponse } from '../../validate.js';
import { describeBynderError } from './bynder-errors.js';
import { BrandListSchema } from './schema.js';

/** The chunk size Bynder's SDKs use. */
export const BYNDER_CHUNK_SIZE = 5 * 1024 * 1024;

export interface BynderUploadApi {
  origin: string;
  tokens?: TokenSource | undefined;
  fetch?: typeof fetch | undefined;
  retry?: Partial<RetryPolicy> | undefined;
  lookup?(id: string, signal?: AbortSignal): Promise<DamAsset | undefined>;
}

const InitSchema = v.looseObject({
  s3file: v.looseObject({ uploadid: v.pipe(v.string(), v.minLength(1)), targetid: v.union([v.string(), v.number()]) }),
  s3_filename: v.pipe(v.string(), v.minLength(1)),
  multipart_params: v.record(v.string(), v.union([v.string(), v.number()])),
});
const FinaliseSchema = v.looseObject({ importId: v.pipe(v.string(), v.minLength(1)) });
const PollSchema = v.looseObject({
  itemsDone: v.optional(v.array(v.string()), []),
  itemsFailed: v.optional(v.array(v.string()), []),
  itemsRejected: v.optional(v.array(v.string()), []),
});
const SaveSchema = v.looseObject({ mediaid: v.pipe(v.string(), v.minLength(1)) });

/** S3's XML error, or Bynder's JSON one. */
function describeError(status: number, body: unknown): { message?: string; damCode?: number } {
  if (typeof body === 'string') {
    const message = /<Message>([^<]*)<\/Message>/.exec(body)?.[1];
    if (message) return { message };
  }
  return describeBynderError(status, body);
}

const sleep = (ms: number, signal: AbortSignal): Promise<void> => new Promise((resolve, reject) => {
  const timer = setTimeout(() => {
    signal.removeEventListener('abort', onAbort);
    resolve();
  }, ms);
  const onAbort = (): void => {
    clearTimeout(timer);
    reject(signal.reason instanceof DOMException ? signal.reason : new DOMException('Aborted', 'AbortError'));
  };
  signal.addEventListener('abort', onAbort, { once: true });
});

export class BynderUploader implements DamUploader {
  readonly #api: BynderUploadApi;
  readonly #http: HttpClient;
  readonly #storage: HttpClient;
  readonly #pollInterval: number;
  readonly #pollTimeout: number;
  readonly #lookup: boolean;
  #endpoint: Promise<string> | undefined;

  constructor(api: BynderUploadApi, options: DamUploaderOptions = {}) {
    this.#api = api;
    this.#pollInterval = options.pollIntervalMs ?? 500;
    this.#pollTimeout = options.pollTimeoutMs ?? 120_000;
    this.#lookup = options.lookupAfterImport ?? true;
    const shared = { describeError, ...(api.fetch ? { fetch: api.fetch } : {}) };
    this.#http = new HttpClient({ ...shared, tokens: api.tokens, ...(api.retry ? { retry: api.retry } : {}) });
    // S3: no Bynder token (another origin; S3 refuses a second auth) and none of the page's cookies;
    // the engine retries parts.
    this.#storage = new HttpClient({ ...shared, retry: { retries: 0 }, credentials: 'omit' });
  }

  /** The portal's brands: uploads are saved to one of them. */
  async destinations(signal?: AbortSignal): Promise<UploadDestination[]> {
    const body = await this.#http.json({ url: `${this.#api.origin}/api/v4/brands/`, signal });
    return parseResponse(BrandListSchema, body, '/api/v4/brands/').map((brand) => ({ id: brand.id, title: brand.name ?? brand.id }));
  }

  async begin(file: UploadFile, target: UploadTarget, signal: AbortSignal): Promise<UploadSession> {
    const s3 = await this.#s3Endpoint(signal);
    const body = await this.form('/api/upload/init/', { filename: file.name }, signal);
    const init = parseResponse(InitSchema, body, '/api/upload/init/');
    const count = Math.max(1, Math.ceil(file.size / BYNDER_CHUNK_SIZE));
    const parts: UploadPart[] = Array.from({ length: count }, (_, i) => ({
      partNumber: i + 1,
      start: i * BYNDER_CHUNK_SIZE,
      end: Math.min(file.size, (i + 1) * BYNDER_CHUNK_SIZE),
    }));
    return new BynderUploadSession(this, file, target.folderId, s3, parts, {
      uploadid: init.s3file.uploadid,
      targetid: String(init.s3file.targetid),
      s3Filename: init.s3_filename,
      params: Object.fromEntries(Object.entries(init.multipart_params).map(([k, value]) => [k, String(value)])),
    });
  }

  /** Modify media: `POST /api/v4/media/{id}/` with `name`. */
  async saveTitle(assetId: string, title: string, signal?: AbortSignal): Promise<string> {
    await this.#http.send({
      url: `${this.#api.origin}/api/v4/media/${encodeURIComponent(assetId)}/`,
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ name: title }).toString(),
      ...(signal ? { signal } : {}),
    }).then((response) => response.body?.cancel());
    return title;
  }

  /** @internal A form POST to the Bynder API (with the token). */
  form(path: string, fields: Record<string, string>, signal?: AbortSignal): Promise<unknown> {
    return this.#http.json({
      url: `${this.#api.origin}${path}`,
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
      signal,
    });
  }

  /** @internal */
  get(path: string, signal: AbortSignal): Promise<unknown> {
    return this.#http.json({ url: `${this.#api.origin}${path}`, signal });
  }

  /** @internal A chunk to S3: a multipart form, no Authorization header. */
  async postToStorage(url: string, form: FormData, signal: AbortSignal): Promise<void> {
    const response = await this.#storage.send({ url, method: 'POST', body: form, auth: false, signal });
    await response.arrayBuffer().catch(() => undefined);
  }

  /** @internal */
  get poll(): { interval: number; timeout: number } {
    return { interval: this.#pollInterval, timeout: this.#pollTimeout };
  }

  /** @internal */
  lookup(id: string, signal: AbortSignal): Promise<DamAsset | undefined> {
    return this.#lookup && this.#api.lookup ? this.#api.lookup(id, signal) : Promise.resolve(undefined);
  }

  #s3Endpoint(signal: AbortSignal): Promise<string> {
    this.#endpoint ??= (async () => {
      const response = await this.#http.send({ url: `${this.#api.origin}/api/upload/endpoint/`, signal });
      const raw: unknown = await response.json().catch(() => undefined);
      return uploadUrl(raw, '/api/upload/endpoint/');
    })().catch((error: unknown) => {
      this.#endpoint = undefined;
      throw error;
    });
    return this.#endpoint;
  }
}

interface InitPlan {
  uploadid: string;
  targetid: string;
  s3Filename: string;
  params: Record<string, string>;
}

class BynderUploadSession implements UploadSession {
  readonly parts: readonly UploadPart[];
  readonly #uploader: BynderUploader;
  readonly #file: UploadFile;
  readonly #brandId: string;
  readonly #s3: string;
  readonly #plan: InitPlan;
  #importId: string | undefined;
  #processed = false;
  #mediaId: string | undefined;

  constructor(uploader: BynderUploader, file: UploadFile, brandId: string, s3: string, parts: UploadPart[], plan: InitPlan) {
    this.#uploader = uploader;
    this.#file = file;
    this.#brandId = brandId;
    this.#s3 = s3;
    this.parts = parts;
    this.#plan = plan;
  }

  async sendPart(part: UploadPart, bytes: Blob, signal: AbortSignal): Promise<PartReceipt> {
    const n = part.partNumber;
    const baseKey = this.#plan.params['key'] ?? this.#plan.s3Filename;
    const form = new FormData();
    for (const [name, value] of Object.entries(this.#plan.params)) form.append(name, value);
    form.set('key', `${baseKey}/p${n}`);
    form.append('Filename', `${baseKey}/p${n}`);
    form.append('name', this.#file.name);
    form.append('chunk', String(n));
    form.append('chunks', String(this.parts.length));
    form.append('file', bytes, this.#file.name); // last: S3 ignores fields after the file
    await this.#uploader.postToStorage(this.#s3, form, signal);
    await this.#uploader.form(`/api/v4/upload/${encodeURIComponent(this.#plan.uploadid)}/`, {
      id: this.#plan.uploadid,
      targetid: this.#plan.targetid,
      filename: `${this.#plan.s3Filename}/p${n}`,
      chunkNumber: String(n),
    }, signal);
    return { partNumber: n };
  }

  async complete(_receipts: readonly PartReceipt[], signal: AbortSignal): Promise<DamAsset> {
    const { uploadid, targetid, s3Filename } = this.#plan;
    if (!this.#importId) {
      const body = await this.#uploader.form(`/api/v4/upload/${encodeURIComponent(uploadid)}/`, {
        targetid, s3_filename: s3Filename, chunks: String(this.parts.length), original_filename: this.#file.name,
      }, signal);
      this.#importId = parseResponse(FinaliseSchema, body, '/api/v4/upload/{id}/').importId;
    }
    const importId = this.#importId;
    if (!this.#processed) {
      await this.#waitUntilProcessed(importId, signal);
      this.#processed = true;
    }
    if (!this.#mediaId) {
      const name = this.#file.name.replace(/\.[^.]*$/, '') || this.#file.name;
      let body: unknown;
      try {
        body = await this.#uploader.form(`/api/v4/media/save/${encodeURIComponent(importId)}/`, { brandId: this.#brandId, name }, signal);
      } catch (error) {
        if (error instanceof DamError && error.code === 'invalid-argument') {
          throw new DamError('upload-refused', error.message, { detail: error.detail, ...(error.status ? { status: error.status } : {}) });
        }
        throw error;
      }
      this.#mediaId = parseResponse(SaveSchema, body, '/api/v4/media/save/{importId}/').mediaid;
    }
    const fallback: DamAsset = {
      id: this.#mediaId,
      provider: 'bynder',
      title: this.#file.name.replace(/\.[^.]*$/, '') || this.#file.name,
      type: 'other',
      fileSize: this.#file.size,
      source: { id: this.#mediaId, importId },
    };
    try {
      return (await this.#uploader.lookup(this.#mediaId, signal)) ?? fallback;
    } catch (error) {
      if (isAbortError(error)) throw error;
      return fallback;
    }
  }

  /** Polls `/api/v4/upload/poll/` with a growing wait (to 2 s, as the SDKs poll) until done, failed or the time limit. */
  async #waitUntilProcessed(importId: string, signal: AbortSignal): Promise<void> {
    const { interval, timeout } = this.#uploader.poll;
    const deadline = Date.now() + timeout;
    let wait = interval;
    for (;;) {
      const body = await this.#uploader.get(`/api/v4/upload/poll/?${new URLSearchParams({ items: importId })}`, signal);
      const poll = parseResponse(PollSchema, body, '/api/v4/upload/poll/');
      if (poll.itemsDone.includes(importId)) return;
      if (poll.itemsFailed.includes(importId) || poll.itemsRejected.includes(importId)) {
        throw new DamError('upload-refused', 'Bynder could not process the file.');
      }
      if (Date.now() + wait > deadline) {
        throw new DamError('service-unavailable', 'Bynder is still processing the file. Try again in a moment.', { retryable: true });
      }
      await sleep(wait, signal);
      wait = Math.min(wait * 2, Math.max(2000, interval));
    }
  }
}
