// Bynder uploads as its SDKs do them: /api/upload/endpoint/ (the S3 URL), /api/upload/init/, each
// 5 MiB chunk POSTed to S3 as a multipart form (every `multipart_params` field, `file` last, no
// Bynder token) and registered, then finalise (→ importId), poll until processed (backoff, time
// limit) and save to a brand. The engine drives it; the brand is the upload target.
import * as v from 'valibot';
import { abortableSleep } from '../../backoff.js';
import { DamError } from '../../errors.js';
import type { HttpClient } from '../../http.js';
import type { AssetMetadataUpdate, DamAsset, StoredMetadata } from '../../types.js';
import type {
  DamUploader,
  DamUploaderOptions,
  PartReceipt,
  UploadDestination,
  UploadFile,
  UploadPart,
  UploadSession,
  UploadTarget,
} from '../../upload/types.js';
import { uploadUrl } from '../../upload/upload-url.js';
import { apiClient, storageClient, storageErrorMessage } from '../kit/http.js';
import { lookUpImported, type UploaderApi } from '../kit/upload.js';
import { cachedUntilFailure } from '../kit/cached.js';
import { parseResponse } from '../kit/validate.js';
import { describeBynderError } from './bynder-errors.js';
import { BrandListSchema } from './schema.js';

/** The chunk size Bynder's SDKs use. */
export const BYNDER_CHUNK_SIZE = 5 * 1024 * 1024;

/** What the uploader needs from the provider: the portal, how to authenticate, and a look-up by id. */
export interface BynderUploadApi extends UploaderApi {
  origin: string;
}

/** What a session asks of the uploader that began it: the uploader's clients and settings, and nothing else of it. */
interface SessionChannel {
  /** A form POST to the Bynder API (with the token); the parsed JSON answer. */
  form(path: string, fields: Record<string, string>, signal: AbortSignal): Promise<unknown>;
  /** A GET from the Bynder API; the parsed JSON answer. */
  get(path: string, signal: AbortSignal): Promise<unknown>;
  /** A chunk to S3: a multipart form, no Authorization header. */
  postToStorage(url: string, form: FormData, signal: AbortSignal): Promise<void>;
  /** The first wait between processing polls and how long to poll, in ms. */
  readonly poll: { readonly interval: number; readonly timeout: number };
  /** The saved asset as search knows it, when it does (and look-ups are on). */
  lookUp(id: string, signal: AbortSignal): Promise<DamAsset | undefined>;
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
  const message = typeof body === 'string' ? storageErrorMessage(body) : undefined;
  return message ? { message } : describeBynderError(status, body);
}

export class BynderUploader implements DamUploader {
  readonly #api: BynderUploadApi;
  readonly #http: HttpClient;
  readonly #storage: HttpClient;
  readonly #channel: SessionChannel;

  constructor(api: BynderUploadApi, options: DamUploaderOptions = {}) {
    this.#api = api;
    this.#http = apiClient(api, describeError);
    this.#storage = storageClient(api, describeError);
    const lookup = (options.lookupAfterImport ?? true) ? api.lookup : undefined;
    this.#channel = {
      form: (path, fields, signal) => this.#form(path, fields, signal),
      get: (path, signal) => this.#http.json({ url: `${this.#api.origin}${path}`, signal }),
      postToStorage: (url, form, signal) => this.#postToStorage(url, form, signal),
      poll: { interval: options.pollIntervalMs ?? 500, timeout: options.pollTimeoutMs ?? 120_000 },
      lookUp: (id, signal) => lookUpImported(lookup, id, signal),
    };
  }

  /** The portal's brands: uploads are saved to one of them. */
  async destinations(signal?: AbortSignal): Promise<UploadDestination[]> {
    const body = await this.#http.json({ url: `${this.#api.origin}/api/v4/brands/`, signal });
    return parseResponse(BrandListSchema, body, '/api/v4/brands/').map((brand) => ({ id: brand.id, title: brand.name ?? brand.id }));
  }

  async begin(file: UploadFile, target: UploadTarget, signal: AbortSignal): Promise<UploadSession> {
    const s3 = await this.#s3Endpoint(signal);
    const body = await this.#form('/api/upload/init/', { filename: file.name }, signal);
    const init = parseResponse(InitSchema, body, '/api/upload/init/');
    const count = Math.max(1, Math.ceil(file.size / BYNDER_CHUNK_SIZE));
    const parts: UploadPart[] = Array.from({ length: count }, (_, i) => ({
      partNumber: i + 1,
      start: i * BYNDER_CHUNK_SIZE,
      end: Math.min(file.size, (i + 1) * BYNDER_CHUNK_SIZE),
    }));
    return new BynderUploadSession(this.#channel, file, target.folderId, s3, parts, {
      uploadid: init.s3file.uploadid,
      targetid: String(init.s3file.targetid),
      s3Filename: init.s3_filename,
      params: Object.fromEntries(Object.entries(init.multipart_params).map(([k, value]) => [k, String(value)])),
    });
  }

  /** The provider's `updateMetadata` (Modify media). */
  updateMetadata(assetId: string, update: AssetMetadataUpdate, signal?: AbortSignal): Promise<StoredMetadata> {
    return this.#api.updateMetadata(assetId, update, signal);
  }

  #form(path: string, fields: Record<string, string>, signal: AbortSignal): Promise<unknown> {
    return this.#http.json({
      url: `${this.#api.origin}${path}`,
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
      signal,
    });
  }

  async #postToStorage(url: string, form: FormData, signal: AbortSignal): Promise<void> {
    const response = await this.#storage.send({ url, method: 'POST', body: form, auth: false, signal });
    await response.arrayBuffer().catch(() => undefined);
  }

  /** The S3 URL chunks go to: asked for once per uploader. */
  readonly #s3Endpoint = cachedUntilFailure(async (signal: AbortSignal): Promise<string> => {
    const response = await this.#http.send({ url: `${this.#api.origin}/api/upload/endpoint/`, signal });
    const raw: unknown = await response.json().catch(() => undefined);
    return uploadUrl(raw, '/api/upload/endpoint/');
  });
}

interface InitPlan {
  uploadid: string;
  targetid: string;
  s3Filename: string;
  params: Record<string, string>;
}

class BynderUploadSession implements UploadSession {
  readonly parts: readonly UploadPart[];
  readonly #channel: SessionChannel;
  readonly #file: UploadFile;
  readonly #brandId: string;
  readonly #s3: string;
  readonly #plan: InitPlan;
  #importId: string | undefined;
  #processed = false;
  #mediaId: string | undefined;

  constructor(channel: SessionChannel, file: UploadFile, brandId: string, s3: string, parts: UploadPart[], plan: InitPlan) {
    this.#channel = channel;
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
    await this.#channel.postToStorage(this.#s3, form, signal);
    await this.#channel.form(
      `/api/v4/upload/${encodeURIComponent(this.#plan.uploadid)}/`,
      {
        id: this.#plan.uploadid,
        targetid: this.#plan.targetid,
        filename: `${this.#plan.s3Filename}/p${n}`,
        chunkNumber: String(n),
      },
      signal,
    );
    return { partNumber: n };
  }

  async complete(_receipts: readonly PartReceipt[], signal: AbortSignal): Promise<DamAsset> {
    const { uploadid, targetid, s3Filename } = this.#plan;
    if (!this.#importId) {
      const body = await this.#channel.form(
        `/api/v4/upload/${encodeURIComponent(uploadid)}/`,
        {
          targetid,
          // The key of the last chunk, as the JS, Python and C# SDKs send it.
          s3_filename: `${s3Filename}/p${this.parts.length}`,
          chunks: String(this.parts.length),
          original_filename: this.#file.name,
        },
        signal,
      );
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
        body = await this.#channel.form(`/api/v4/media/save/${encodeURIComponent(importId)}/`, { brandId: this.#brandId, name }, signal);
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
    return (await this.#channel.lookUp(this.#mediaId, signal)) ?? fallback;
  }

  /** Polls `/api/v4/upload/poll/` with a growing wait (to 2 s, as the SDKs poll) until done, failed or the time limit. */
  async #waitUntilProcessed(importId: string, signal: AbortSignal): Promise<void> {
    const { interval, timeout } = this.#channel.poll;
    const deadline = Date.now() + timeout;
    let wait = interval;
    for (;;) {
      const body = await this.#channel.get(`/api/v4/upload/poll/?${new URLSearchParams({ items: importId })}`, signal);
      const poll = parseResponse(PollSchema, body, '/api/v4/upload/poll/');
      if (poll.itemsDone.includes(importId)) return;
      if (poll.itemsFailed.includes(importId) || poll.itemsRejected.includes(importId)) {
        throw new DamError('upload-refused', 'Bynder could not process the file.');
      }
      if (Date.now() + wait > deadline) {
        throw new DamError('service-unavailable', 'Bynder is still processing the file. Try again in a moment.', { retryable: true });
      }
      await abortableSleep(wait, signal);
      wait = Math.min(wait * 2, Math.max(2000, interval));
    }
  }
}
