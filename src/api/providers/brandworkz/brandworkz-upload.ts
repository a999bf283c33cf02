// Brandworkz uploads as the vendor's "Uploading files" chapter describes them: /createUploadPath
// into a folder (single-upload below 15 MB, multipart-upload from 15 MB), PUT the file or each
// chunk to the presigned URLs (chunk sizes and URLs from the response, ETags kept), /assemble with
// the parts in order, /importAsset. The engine drives it.
// Where the docs disagree with themselves: requests use the parameter lists' `fileName`/`fileSize`
// and the examples' `keyName`, numeric `assetId`/`assetVersion` as returned, and unquoted `eTag`s (as
// the /assemble example shows); a refusal is `result.status` 1 or 2 in a 2xx or a 4xx answer.
// /saveMetadata (titles, fields) is here too, as the provider's `updateMetadata`: renames after an
// upload go through the provider, like any other change of metadata.
import { DamError } from '../../errors.js';
import type { HttpClient } from '../../http.js';
import type { AssetKind, AssetMetadataUpdate, DamAsset, StoredMetadata } from '../../types.js';
import { fileTypeOf } from '../../upload/file-checks.js';
import { uploadUrl } from '../../upload/upload-url.js';
import type { AlreadyInDam, DamUploader, DamUploaderOptions, PartReceipt, UploadFile, UploadPart, UploadSession, UploadTarget } from '../../upload/types.js';
import { apiClient, storageClient, storageErrorMessage, type ProviderHttpOptions } from '../kit/http.js';
import { lookUpImported, type UploaderApi } from '../kit/upload.js';
import { numeric, parseResponse, text, withDefined } from '../kit/validate.js';
import { CreateUploadPathResponseSchema, EnvelopeSchema, ImportDataSchema, isMultipart, type UploadResult } from './upload-schema.js';

/** "In the Brandworkz web-UI we start to chunk uploads for files that are larger than 15MB and this is also our recommendation." */
const BRANDWORKZ_MULTIPART_THRESHOLD = 15 * 1024 * 1024;

/** What the uploader needs from the provider: where the API is, how to authenticate, and a look-up by GUID. */
export interface BrandworkzUploadApi extends UploaderApi {
  /** `{api_url}/v{version}/{client_id}` (after discovery). */
  base(signal?: AbortSignal): Promise<string>;
}

interface Envelope {
  result?: UploadResult | undefined;
  data?: Record<string, unknown> | undefined;
}

/** What a session asks of the uploader that began it: the uploader's clients, and nothing else of it. */
interface SessionChannel {
  /** A PUT of one part to its presigned URL; resolves with the response's ETag header (the receipt). */
  putPart(url: string, bytes: Blob, signal: AbortSignal): Promise<string | null>;
  /** A POST to the API, its answer checked against the upload envelope. */
  post(endpoint: string, body: Record<string, unknown>, signal: AbortSignal): Promise<Envelope>;
  /** The imported asset as search knows it, when it does (and look-ups are on). */
  lookUp(assetId: string, signal: AbortSignal): Promise<DamAsset | undefined>;
}

/** Error bodies: the upload envelope (`result.message`, `result.status`, a title `suggestion`), or S3's XML. */
function describeUploadError(_status: number, body: unknown): { message?: string; damCode?: number } {
  if (typeof body === 'string') return { message: (storageErrorMessage(body) ?? body).slice(0, 300) };
  if (typeof body !== 'object' || body === null) return {};
  const { result, data } = body as { result?: Record<string, unknown>; data?: Record<string, unknown> };
  const damCode = typeof result?.status === 'number' ? result.status : typeof result?.code === 'number' ? result.code : undefined;
  let message = typeof result?.message === 'string' ? result.message : undefined;
  const suggestion = typeof data?.suggestion === 'string' ? data.suggestion : undefined;
  if (message && suggestion) message = `${message} Suggested title: “${suggestion}”.`;
  return { ...(message ? { message } : {}), ...(damCode !== undefined ? { damCode } : {}) };
}

const statusOf = (result: UploadResult | undefined): number => result?.status ?? result?.code ?? 0;

const SUFFIX_KINDS: Record<string, AssetKind> = {};
for (const [kind, suffixes] of Object.entries({
  image: 'jpg jpeg png gif svg tif tiff psd ai eps webp avif heic bmp',
  video: 'mp4 mov m4v webm avi mkv mpg mpeg',
  audio: 'mp3 wav m4a aac ogg flac',
  document: 'pdf doc docx ppt pptx xls xlsx txt rtf csv odt ods odp key pages numbers indd',
})) {
  for (const suffix of suffixes.split(' ')) SUFFIX_KINDS[suffix] = kind as AssetKind;
}

function kindOf(mimeType: string, suffix: string): AssetKind {
  const major = mimeType.split('/')[0];
  if (major === 'image' || major === 'video' || major === 'audio') return major;
  return SUFFIX_KINDS[suffix] ?? (mimeType === 'application/pdf' ? 'document' : 'other');
}

/**
 * The GUID of the asset an import was deduplicated against: "shortcutCreated (bool) … will be true (1)",
 * "binaryIdenticalToGuid … the assetGuid of the file on the system which the uploaded file is identical to".
 */
function shortcutTarget(data: Record<string, unknown>): string | undefined {
  const created = data['shortcutCreated'];
  if (created !== 1 && created !== true && created !== '1' && created !== 'true') return undefined;
  return text(data, 'binaryIdenticalToGuid') || undefined;
}

const positive = (value: number | undefined): number | undefined => (value !== undefined && value > 0 ? value : undefined);

/** The asset as /importAsset describes it: enough to show and select at once, before search has indexed it. */
function importedAsset(data: Record<string, unknown>, file: UploadFile, folderId: string): DamAsset {
  const suffix = fileTypeOf(file.name);
  const asset: DamAsset = {
    id: text(data, 'assetGuid') ?? '',
    provider: 'brandworkz',
    title: text(data, 'assetTitle') ?? (suffix ? file.name.slice(0, -(suffix.length + 1)) : file.name),
    type: kindOf(file.type, suffix),
    folderId,
    source: data,
  };
  return withDefined(asset, {
    fileType: suffix || undefined,
    width: positive(numeric(data, 'pixelwidth')),
    height: positive(numeric(data, 'pixelheight')),
    fileSize: numeric(data, 'disksizeBytes') ?? file.size,
    version: numeric(data, 'assetVersion'),
  });
}

export class BrandworkzUploader implements DamUploader {
  readonly #api: BrandworkzUploadApi;
  readonly #http: HttpClient;
  readonly #storage: HttpClient;
  readonly #threshold: number;
  readonly #lookup: boolean;
  readonly #channel: SessionChannel = {
    putPart: (url, bytes, signal) => this.#putPart(url, bytes, signal),
    post: (endpoint, body, signal) => this.#post(endpoint, body, signal),
    lookUp: (assetId, signal) => lookUpImported(this.#lookup ? this.#api.lookup : undefined, assetId, signal),
  };

  constructor(api: BrandworkzUploadApi, options: DamUploaderOptions = {}) {
    this.#api = api;
    this.#threshold = options.multipartThreshold ?? BRANDWORKZ_MULTIPART_THRESHOLD;
    this.#lookup = options.lookupAfterImport ?? true;
    this.#http = apiClient(api, describeUploadError);
    this.#storage = storageClient(api, describeUploadError);
  }

  async begin(file: UploadFile, target: UploadTarget, signal: AbortSignal): Promise<UploadSession> {
    const uploadType = file.size < this.#threshold ? 'single-upload' : 'multipart-upload';
    const body = await this.#postRaw('createUploadPath', { fileName: file.name, fileSize: file.size, categoryGuid: target.folderId, uploadType }, signal);
    const { result, data } = parseResponse(CreateUploadPathResponseSchema, body, '/createUploadPath');
    assertSuccess(result, '/createUploadPath');
    const keyName = data.keyName ?? data.keyname;
    if (!keyName) throw new DamError('malformed-response', "The DAM's answer to /createUploadPath has no keyName.");
    const details = data.uploadDetails;
    let parts: UploadPart[];
    let urls: string[];
    let uploadId: string | undefined;
    if (isMultipart(details)) {
      const { mainChunkSize, finalChunkSize, chunkNo } = details;
      // Sizes and URLs come from the DAM, never from constants: check they describe this file.
      if (details.urls.length !== chunkNo || (chunkNo - 1) * mainChunkSize + finalChunkSize !== file.size) {
        throw new DamError('malformed-response', 'The upload links from /createUploadPath do not match the file size.');
      }
      uploadId = details.uploadId;
      const checked = details.urls.map((url) => uploadUrl(url, '/createUploadPath'));
      const numbered = checked.map((url, i) => ({ url, partNumber: Number(new URL(url).searchParams.get('partNumber')) || i + 1 }));
      numbered.sort((a, b) => a.partNumber - b.partNumber);
      urls = numbered.map((entry) => entry.url);
      parts = numbered.map((entry, i) => {
        const start = i * mainChunkSize;
        return { partNumber: entry.partNumber, start, end: start + (i === chunkNo - 1 ? finalChunkSize : mainChunkSize) };
      });
    } else {
      urls = [uploadUrl(details.url, '/createUploadPath')];
      parts = [{ partNumber: 1, start: 0, end: file.size }];
    }
    return new BrandworkzUploadSession(this.#channel, file, parts, urls, {
      keyName,
      uploadId,
      assetId: data.assetId,
      assetVersion: data.assetVersion,
      categoryGuid: data.categoryGuid ?? target.folderId,
    });
  }

  /** The provider's `updateMetadata` (/saveMetadata, `saveMetadata` below). */
  updateMetadata(assetId: string, update: AssetMetadataUpdate, signal?: AbortSignal): Promise<StoredMetadata> {
    return this.#api.updateMetadata(assetId, update, signal);
  }

  async #putPart(url: string, bytes: Blob, signal: AbortSignal): Promise<string | null> {
    // `bytes` is a slice without a type, so no Content-Type is sent: the URL was signed without one.
    const response = await this.#storage.send({ url, method: 'PUT', body: bytes, auth: false, signal });
    const etag = response.headers.get('ETag');
    await response.arrayBuffer().catch(() => undefined); // S3 answers no body; reading it ends the request cleanly
    return etag;
  }

  async #post(endpoint: string, body: Record<string, unknown>, signal?: AbortSignal): Promise<Envelope> {
    return parseResponse(EnvelopeSchema, await this.#postRaw(endpoint, body, signal), `/${endpoint}`);
  }

  async #postRaw(endpoint: string, body: Record<string, unknown>, signal?: AbortSignal): Promise<unknown> {
    try {
      return await postJson(this.#http, await this.#api.base(signal), endpoint, body, signal);
    } catch (error) {
      // 403 from the API itself (not from the storage, whose 403 is an expired link): the token may not write.
      if (error instanceof DamError && error.code === 'forbidden') {
        throw new DamError('upload-not-allowed', `/${endpoint} refused the token (403): uploads need the \`write\` scope.`, {
          status: error.status ?? 403,
          ...(error.damCode !== undefined ? { damCode: error.damCode } : {}),
          detail: error.detail,
          cause: error,
        });
      }
      throw error;
    }
  }
}

/** A client for the upload endpoints (and /saveMetadata): their errors carry `result.status` and a title `suggestion`. */
export function uploadEndpointsClient(options: ProviderHttpOptions): HttpClient {
  return apiClient(options, describeUploadError);
}

function postJson(http: HttpClient, base: string, endpoint: string, body: Record<string, unknown>, signal?: AbortSignal): Promise<unknown> {
  return http.json({
    url: `${base}/${endpoint}`,
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    signal,
  });
}

function assertSuccess(result: UploadResult | undefined, endpoint: string): void {
  const status = statusOf(result);
  if (status !== 0)
    throw new DamError('invalid-argument', result?.message || `${endpoint} failed (status ${status}).`, { damCode: status, detail: result?.message });
}

/**
 * POST /saveMetadata: `assetTitle`, and custom fields as `metadata` (with `metasetRef`). The provider's
 * `updateMetadata`; `http` is an `uploadEndpointsClient`. The stored title is the DAM's when it says.
 */
export async function saveMetadata(
  http: HttpClient,
  base: string,
  assetId: string,
  update: AssetMetadataUpdate,
  signal?: AbortSignal,
): Promise<StoredMetadata> {
  const body = await postJson(
    http,
    base,
    'saveMetadata',
    {
      assetGuid: assetId,
      ...(update.title !== undefined ? { assetTitle: update.title } : {}),
      ...(update.fieldSet !== undefined ? { metasetRef: update.fieldSet } : {}),
      ...(update.fields !== undefined ? { metadata: update.fields } : {}),
    },
    signal,
  );
  const response = parseResponse(EnvelopeSchema, body, '/saveMetadata');
  assertSuccess(response.result, '/saveMetadata');
  if (update.title === undefined) return {};
  return { title: (response.data ? text(response.data, 'assetTitle') : undefined) ?? update.title };
}

interface UploadPlan {
  keyName: string;
  uploadId: string | undefined;
  assetId: number | string;
  assetVersion: number | string;
  categoryGuid: string;
}

class BrandworkzUploadSession implements UploadSession {
  readonly parts: readonly UploadPart[];
  readonly #channel: SessionChannel;
  readonly #file: UploadFile;
  readonly #urls: ReadonlyMap<number, string>;
  readonly #plan: UploadPlan;
  #assembled = false;

  constructor(channel: SessionChannel, file: UploadFile, parts: UploadPart[], urls: string[], plan: UploadPlan) {
    this.#channel = channel;
    this.#file = file;
    this.parts = parts;
    this.#urls = new Map(parts.map((part, i) => [part.partNumber, urls[i] as string]));
    this.#plan = plan;
  }

  async sendPart(part: UploadPart, bytes: Blob, signal: AbortSignal): Promise<PartReceipt> {
    const url = this.#urls.get(part.partNumber);
    if (!url) throw new DamError('malformed-response', `No upload link for part ${part.partNumber}.`);
    const etag = await this.#channel.putPart(url, bytes, signal);
    if (this.#plan.uploadId && !etag) {
      throw new DamError('malformed-response', 'The storage did not expose the ETag header of an uploaded part (check its CORS settings).');
    }
    return { partNumber: part.partNumber, ...(etag ? { etag } : {}) };
  }

  async complete(receipts: readonly PartReceipt[], signal: AbortSignal): Promise<DamAsset | AlreadyInDam> {
    const { keyName, uploadId, assetId, assetVersion, categoryGuid } = this.#plan;
    if (uploadId && !this.#assembled) {
      const parts = [...receipts]
        .sort((a, b) => a.partNumber - b.partNumber)
        // "you will get "ETag" returned in the headers, but you need to use "eTag"": the docs show it unquoted.
        .map((receipt) => ({ partNumber: receipt.partNumber, eTag: (receipt.etag ?? '').replace(/^"|"$/g, '') }));
      const response = await this.#channel.post('assemble', { objectKey: keyName, uploadId, parts }, signal);
      if (statusOf(response.result) !== 0) {
        throw new DamError('invalid-argument', response.result?.message || '/assemble failed.', {
          damCode: statusOf(response.result),
          detail: response.result?.message,
        });
      }
      this.#assembled = true;
    }
    const file = this.#file;
    let response: Envelope;
    try {
      response = await this.#channel.post(
        'importAsset',
        {
          categoryGuid,
          keyName,
          originalFilename: file.name,
          assetId,
          assetVersion,
          fileSize: file.size,
        },
        signal,
      );
    } catch (error) {
      // "result.status = 1 means that there have been an error and result.status = 2 means that the file hasn't imported for another reason."
      if (error instanceof DamError && (error.damCode === 1 || error.damCode === 2) && error.status !== 401 && (error.status ?? 400) < 500) {
        throw new DamError('upload-refused', error.message, {
          damCode: error.damCode,
          detail: error.detail,
          ...(error.status ? { status: error.status } : {}),
        });
      }
      throw error;
    }
    const status = statusOf(response.result);
    if (status !== 0)
      throw new DamError('upload-refused', response.result?.message || 'The DAM did not import the file.', {
        damCode: status,
        detail: response.result?.message,
      });
    const data = parseResponse(ImportDataSchema, response.data, '/importAsset');
    const stored = numeric(data, 'disksizeBytes');
    if (stored !== undefined && stored !== file.size) {
      throw new DamError('upload-refused', `The DAM stored ${stored} bytes of a ${file.size}-byte file.`);
    }
    const asset = importedAsset(data, file, categoryGuid);
    const original = shortcutTarget(data);
    if (original) {
      // "the file will be turned into a shortcut of the original": the original is the result, already indexed.
      const found = await this.#channel.lookUp(original, signal);
      return { alreadyInDam: found ?? { ...asset, id: original } };
    }
    // Indexing lags: without a hit, the import's answer is enough.
    const found = await this.#channel.lookUp(asset.id, signal);
    return found ? { ...asset, ...found } : asset;
  }
}
