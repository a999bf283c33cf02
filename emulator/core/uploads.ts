// Uploads as the Brandworkz documentation describes them: /createUploadPath hands out presigned URLs
// on an S3 stand-in (this origin, /s3/…), PUTs store real bytes and answer an ETag, /assemble joins
// multipart uploads, /importAsset creates the asset (searchable after the indexing delay), and
// /saveMetadata edits it. Choices where the documentation is silent are listed in the README.

import { GUID_PATTERN, json } from './http.js';
import { hashString } from './prng.js';
import type { BrandworkzData, EmulatedAsset } from './data.js';
import type { EmulatorModule, Route, RouteRequest } from './routes.js';
import { createMemoryStorage, type StoredObject, type UploadStorage } from './upload-store.js';
import { FILE_TYPE_BY_SUFFIX, type AssetType } from './vocabulary.js';
import {
  ACCESS_KEY_ID,
  argumentError,
  createSigner,
  field,
  fileSuffix,
  integer,
  pad,
  randomToken,
  readObject,
  refused,
  s3Error,
  success,
} from './upload-http.js';
import { applyMetadata, findTitleClash, suggestTitle, type MetadataEdits } from './upload-metadata.js';

const MIB = 1024 * 1024;
/** Below this size (and without `uploadType`) /createUploadPath returns a single upload URL. */
const MULTIPART_THRESHOLD = 15 * MIB;
/** Multipart chunk size before the 200-part rule raises it. */
const DEFAULT_CHUNK_SIZE = 15 * MIB;
const MAX_PARTS = 200;
/** "The theoretical limit for a single-file PUT is 5GB." */
const MAX_SINGLE_UPLOAD = 5 * 1024 * MIB;
/** Suffixes /importAsset refuses "for security reasons". */
const BLOCKED_FILE_TYPES: readonly string[] = ['exe', 'msi', 'bat', 'cmd', 'com', 'scr', 'vbs', 'dll'];
export const DEFAULT_INDEXING_DELAY_MS = 2000;

export interface UploadsOptions {
  /** Where bytes go. Default: in memory. The Node server passes a disk store. */
  storage?: UploadStorage;
  /** Multipart chunk size (default 15 MiB); tests lower it to exercise many parts with small files. */
  chunkSize?: number;
  /** Size from which /createUploadPath without `uploadType` goes multipart (default 15 MiB). */
  multipartThreshold?: number;
  /** Lifetime of presigned URLs in seconds. Default: 15 minutes plus one per 100 MiB. */
  urlLifetimeSec?: number;
  /** Delay before an import becomes searchable, in ms (default 2000); also a fault switch. */
  indexingDelayMs?: number;
}

type UploadPhase = 'created' | 'uploading' | 'stored' | 'imported';

/** An upload as the control API reports it. */
interface UploadRecord {
  keyName: string;
  type: 'single-upload' | 'multipart-upload';
  uploadId?: string;
  fileName: string;
  fileSize: number;
  categoryGuid: string;
  assetId: number;
  assetVersion: number;
  phase: UploadPhase;
  /** Multipart: the part numbers stored so far (empty once assembled). */
  partsStored: number[];
  assetGuid?: string;
}

export interface UploadsController {
  list(): UploadRecord[];
  /** Size and MD5 of the stored bytes of an upload (by `keyName`) or an imported asset (by GUID). */
  stored(keyNameOrGuid: string): Promise<(StoredObject & { keyName: string; assetGuid?: string }) | undefined>;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

interface Session {
  keyName: string;
  type: 'single-upload' | 'multipart-upload';
  uploadId: string | undefined;
  fileName: string;
  fileSize: number;
  categoryGuid: string;
  categoryID: number;
  assetId: number;
  assetVersion: number;
  chunkNo: number;
  mainChunkSize: number;
  finalChunkSize: number;
  parts: Map<number, StoredObject>;
  /** The whole file: after the single PUT, or after /assemble. */
  object: StoredObject | undefined;
  /** The ETags /assemble joined, so a repeated identical call succeeds again. */
  assembledWith: string | undefined;
  imported: { asset: Mutable<EmulatedAsset>; response: Record<string, unknown> } | undefined;
}

const SUFFIX_KINDS: Record<string, AssetType> = {
  jpeg: 'Image',
  webp: 'Image',
  avif: 'Image',
  heic: 'Image',
  bmp: 'Image',
  tiff: 'Image',
  m4v: 'Video',
  webm: 'Video',
  avi: 'Video',
  mkv: 'Video',
  m4a: 'Audio',
  aac: 'Audio',
  ogg: 'Audio',
  flac: 'Audio',
};

export function createUploadsModule(
  data: BrandworkzData,
  options: UploadsOptions = {},
): {
  module: EmulatorModule;
  controller: UploadsController;
} {
  const storage = options.storage ?? createMemoryStorage();
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  const threshold = options.multipartThreshold ?? MULTIPART_THRESHOLD;
  const firstSerial = data.assets.reduce((max, asset) => Math.max(max, asset.serialNumber), 0) + 1;

  let sessions = new Map<string, Session>();
  let nextSerial = firstSerial;
  /** Imported assets by GUID (searchable or not yet) and by MD5 (deduplication). */
  let imported = new Map<string, Session>();
  let byMd5 = new Map<string, string>();
  let timers = new Set<ReturnType<typeof setTimeout>>();
  /** Seeded assets edited through /saveMetadata, with their original values (restored on reset). */
  let edited = new Map<EmulatedAsset, Record<string, unknown>>();

  const objectName = (keyName: string): string => `object/${keyName}`;
  const partName = (uploadId: string, partNumber: number): string => `part/${uploadId}/${partNumber}`;

  const signer = createSigner();

  const presign = async (req: RouteRequest, session: Session, expires: number, partNumber?: number): Promise<string> => {
    const { apiOrigin, clientDb } = req.ctx.options;
    const path = session.keyName.split('/').map(encodeURIComponent).join('/');
    const url = new URL(`${apiOrigin}/s3/${encodeURIComponent(clientDb)}/assets/${path}`);
    if (session.uploadId) {
      url.searchParams.set('uploadId', session.uploadId);
      url.searchParams.set('partNumber', String(partNumber));
    }
    url.searchParams.set('AWSAccessKeyId', ACCESS_KEY_ID);
    url.searchParams.set('Signature', await signer.sign(clientDb, session.keyName, expires, session.uploadId, partNumber));
    url.searchParams.set('Expires', String(expires));
    return url.href;
  };

  // ---- /createUploadPath ------------------------------------------------------------------
  async function createUploadPath(req: RouteRequest): Promise<Response> {
    const fail = (cause: string) => argumentError(req, 'createUploadPath', cause);
    const body = await readObject(req.request);
    if (!body) return fail('The request body must be a JSON object');
    const fileName = field(body, 'fileName');
    const fileSize = integer(field(body, 'fileSize'));
    const categoryGuid = field(body, 'categoryGuid');
    const uploadType = field(body, 'uploadType');
    if (typeof fileName !== 'string' || fileName.trim() === '' || /[/\\]/.test(fileName)) return fail('fileName must be a file name (with its suffix)');
    if (fileSize === undefined || fileSize < 1) return fail('fileSize must be a positive number of bytes');
    if (typeof categoryGuid !== 'string' || !GUID_PATTERN.test(categoryGuid)) return fail('categoryGuid must be a folder GUID');
    const folder = data.folderByGuid(categoryGuid);
    if (!folder) return fail(`Unknown categoryGuid '${categoryGuid}'`);
    if (folder.assetType !== 'Folder') return fail(`'${folder.title}' is a ${folder.assetType.toLowerCase()}; files go into folders`);
    if (uploadType !== undefined && uploadType !== 'single-upload' && uploadType !== 'multipart-upload') {
      return fail("uploadType must be 'single-upload' or 'multipart-upload'");
    }
    if (field(body, 'assetGuid') !== undefined) return fail('New versions of existing assets (assetGuid) are not supported by the emulator');
    if (field(body, 'isCustomThumbnail') === true) return fail('Custom thumbnails (isCustomThumbnail) are not supported by the emulator');
    const type = uploadType ?? (fileSize < threshold ? 'single-upload' : 'multipart-upload');
    if (type === 'single-upload' && fileSize > MAX_SINGLE_UPLOAD) return fail('A single-upload PUT is limited to 5 GB; use multipart-upload');

    const serial = nextSerial++;
    const suffix = fileSuffix(fileName);
    const stem =
      (suffix ? fileName.slice(0, -(suffix.length + 1)) : fileName)
        .replace(/[^a-z0-9-]+/gi, '_')
        .replace(/^_|_$/g, '')
        .slice(0, 80) || 'file';
    const keyName = `originals/${pad(Math.floor(serial / 100), 4)}/${stem}_${pad(serial, 6)}_001${suffix ? `.${suffix}` : ''}`;
    let main = chunkSize;
    if (Math.ceil(fileSize / main) > MAX_PARTS) main = Math.ceil(fileSize / MAX_PARTS / MIB) * MIB;
    const chunkNo = type === 'multipart-upload' ? Math.ceil(fileSize / main) : 1;
    const session: Session = {
      keyName,
      type,
      uploadId: type === 'multipart-upload' ? randomToken(140) : undefined,
      fileName,
      fileSize,
      categoryGuid: folder.guid,
      categoryID: folder.categoryID,
      assetId: serial,
      assetVersion: 1,
      chunkNo,
      mainChunkSize: type === 'multipart-upload' ? main : fileSize,
      finalChunkSize: type === 'multipart-upload' ? fileSize - (chunkNo - 1) * main : fileSize,
      parts: new Map(),
      object: undefined,
      assembledWith: undefined,
      imported: undefined,
    };
    sessions.set(keyName, session);
    const lifetime = options.urlLifetimeSec ?? 900 + 60 * Math.floor(fileSize / (100 * MIB));
    const expires = Math.floor(Date.now() / 1000) + lifetime;
    const uploadDetails =
      type === 'single-upload'
        ? { type, url: await presign(req, session, expires) }
        : {
            uploadId: session.uploadId,
            urls: await Promise.all(Array.from({ length: chunkNo }, (_, i) => presign(req, session, expires, i + 1))),
            mainChunkSize: session.mainChunkSize,
            finalChunkSize: session.finalChunkSize,
            type,
            chunkNo,
          };
    return json({
      data: { categoryGuid: folder.guid, assetId: serial, assetVersion: 1, keyName, uploadDetails },
      result: { message: 'Success', status: 0 },
    });
  }

  // ---- PUT /s3/{clientDb}/assets/{keyName} --------------------------------------------------
  async function putObject(req: RouteRequest): Promise<Response> {
    const { url, request } = req;
    const clientDb = decodeURIComponent(req.match[1] ?? '');
    const keyName = (req.match[2] ?? '').split('/').map(decodeURIComponent).join('/');
    const params = url.searchParams;
    const given = params.get('Signature');
    const expires = Number(params.get('Expires'));
    if (!given || !params.get('AWSAccessKeyId') || !params.has('Expires')) {
      return s3Error(403, 'AccessDenied', 'Query-string authentication requires the Signature, Expires and AWSAccessKeyId parameters');
    }
    const uploadId = params.get('uploadId') ?? undefined;
    const partNumber = params.has('partNumber') ? Number(params.get('partNumber')) : undefined;
    const expected = await signer.sign(clientDb, keyName, expires, uploadId, partNumber);
    if (given !== expected || params.get('AWSAccessKeyId') !== ACCESS_KEY_ID) {
      return s3Error(403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided.');
    }
    const contentType = request.headers.get('Content-Type');
    if (contentType) {
      // The URL was signed without a content type, and v2 signatures cover it.
      return s3Error(403, 'SignatureDoesNotMatch', `The URL was signed without a Content-Type; this request sent '${contentType}'.`);
    }
    if (!(expires * 1000 > Date.now())) return s3Error(403, 'AccessDenied', 'Request has expired');
    const session = sessions.get(keyName);
    if (!session || clientDb !== req.ctx.options.clientDb) return s3Error(404, 'NoSuchUpload', 'The specified upload does not exist.');
    if (session.imported) return s3Error(403, 'AccessDenied', 'This upload has been imported; its upload links accept no more data.');

    let stored: StoredObject;
    try {
      if (session.type === 'multipart-upload') {
        if (uploadId === undefined || uploadId !== session.uploadId || partNumber === undefined || session.object) {
          return s3Error(404, 'NoSuchUpload', 'The specified multipart upload does not exist. It may have been completed or aborted.');
        }
        stored = await storage.write(partName(uploadId, partNumber), request.body);
        session.parts.set(partNumber, stored);
      } else {
        if (uploadId !== undefined) return s3Error(400, 'InvalidRequest', 'This key was not opened for a multipart upload');
        stored = await storage.write(objectName(keyName), request.body);
        session.object = stored;
      }
    } catch {
      return s3Error(400, 'IncompleteBody', 'You did not provide the number of bytes specified by the Content-Length HTTP header.');
    }
    return new Response(null, { status: 200, headers: { ETag: `"${stored.md5}"` } });
  }

  // ---- /assemble ---------------------------------------------------------------------------
  async function assemble(req: RouteRequest): Promise<Response> {
    const fail = (cause: string) => argumentError(req, 'assemble', cause);
    const body = await readObject(req.request);
    if (!body) return fail('The request body must be a JSON object');
    const objectKey = field(body, 'objectKey');
    const uploadId = field(body, 'uploadId');
    const rawParts = field(body, 'parts');
    if (typeof objectKey !== 'string' || typeof uploadId !== 'string') return fail('objectKey and uploadId are required');
    if (!Array.isArray(rawParts) || rawParts.length === 0) return fail('parts must be a non-empty array of { partNumber, eTag }');
    const parts: Array<{ partNumber: number; eTag: string }> = [];
    for (const raw of rawParts) {
      const part = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
      const partNumber = integer(field(part, 'partNumber'));
      const eTag = field(part, 'eTag');
      if (partNumber === undefined || typeof eTag !== 'string') return fail('every part needs a partNumber and an eTag');
      parts.push({ partNumber, eTag: eTag.replace(/^"|"$/g, '').toLowerCase() });
    }
    const session = sessions.get(objectKey);
    if (!session || session.type !== 'multipart-upload' || session.uploadId !== uploadId) {
      return refused(1, 'NoSuchUpload: the specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.');
    }
    const signatureOfParts = parts.map((p) => `${p.partNumber}:${p.eTag}`).join(',');
    const done = { uploadId, asset: `${req.ctx.options.clientDb}/assets/${objectKey}` };
    if (session.object) {
      return session.assembledWith === signatureOfParts ? success(done) : refused(1, 'NoSuchUpload: this upload has already been assembled.');
    }
    for (let i = 1; i < parts.length; i++) {
      if ((parts[i] as { partNumber: number }).partNumber <= (parts[i - 1] as { partNumber: number }).partNumber) {
        return refused(1, 'InvalidPartOrder: the list of parts was not in ascending order. Parts must be ordered by part number.');
      }
    }
    if (parts.length !== session.chunkNo || parts.some((p, i) => p.partNumber !== i + 1)) {
      return refused(1, `InvalidPart: this upload has ${session.chunkNo} parts; list each of 1–${session.chunkNo} once.`);
    }
    for (const part of parts) {
      const stored = session.parts.get(part.partNumber);
      if (!stored) return refused(1, `InvalidPart: part ${part.partNumber} has not been uploaded.`);
      if (stored.md5 !== part.eTag) return refused(1, `InvalidPart: the eTag of part ${part.partNumber} does not match the uploaded part.`);
      const size = part.partNumber < session.chunkNo ? session.mainChunkSize : session.finalChunkSize;
      if (stored.size !== size) {
        return refused(1, `InvalidPart: part ${part.partNumber} has ${stored.size} bytes; the upload links asked for ${size}.`);
      }
    }
    session.object = await storage.concat(
      objectName(objectKey),
      parts.map((p) => partName(uploadId, p.partNumber)),
    );
    session.assembledWith = signatureOfParts;
    session.parts.clear();
    return success(done);
  }

  // ---- /importAsset ------------------------------------------------------------------------
  async function importAsset(req: RouteRequest): Promise<Response> {
    const fail = (cause: string) => argumentError(req, 'importAsset', cause);
    const body = await readObject(req.request);
    if (!body) return fail('The request body must be a JSON object');
    const categoryGuid = field(body, 'categoryGuid');
    const keyName = field(body, 'keyName');
    const originalFilename = field(body, 'originalFilename');
    const assetId = integer(field(body, 'assetId'));
    const assetVersion = integer(field(body, 'assetVersion'));
    const fileSize = integer(field(body, 'fileSize'));
    if (typeof categoryGuid !== 'string' || !GUID_PATTERN.test(categoryGuid)) return fail('categoryGuid must be a folder GUID');
    if (typeof keyName !== 'string' || keyName === '') return fail('keyName is required');
    if (typeof originalFilename !== 'string' || originalFilename.trim() === '') return fail('originalFilename is required');
    if (assetId === undefined || assetVersion === undefined) return fail('assetId and assetVersion are required');
    if (fileSize === undefined || fileSize < 0) return fail('fileSize must be the size in bytes');

    const session = sessions.get(keyName);
    if (!session) return refused(1, `No upload is known under the keyName '${keyName}'.`);
    if (session.categoryGuid.toLowerCase() !== categoryGuid.toLowerCase()) return refused(1, 'categoryGuid must be the folder given to /createUploadPath.');
    if (session.assetId !== assetId || session.assetVersion !== assetVersion) {
      return refused(1, 'assetId and assetVersion must be the values /createUploadPath returned.');
    }
    if (session.imported) return success(session.imported.response);
    const stored = session.object;
    if (!stored) {
      return refused(
        1,
        session.type === 'multipart-upload'
          ? 'The parts of this upload have not been assembled: call /assemble first.'
          : 'No file has been uploaded to this upload link yet.',
      );
    }
    if (stored.size !== fileSize || session.fileSize !== fileSize) {
      return refused(1, `The uploaded file has ${stored.size} bytes, but ${fileSize} were declared (and ${session.fileSize} when the upload was created).`);
    }
    const suffix = fileSuffix(originalFilename);
    if (BLOCKED_FILE_TYPES.includes(suffix)) {
      return refused(1, `Files of type .${suffix} can not be imported for security reasons.`);
    }
    const identical = byMd5.get(stored.md5);
    const original = identical ? imported.get(identical)?.imported?.asset : undefined;
    if (identical && original) {
      return refused(2, `This file is identical to the existing asset "${original.title}": a shortcut to it was created instead of a new asset.`, {
        ...importData(session, stored, original, false),
        shortcutCreated: 1,
        binaryIdenticalToGuid: original.guid,
      });
    }

    const { title, clash } = suggestTitle(
      data,
      [...imported.values()].map((s) => s.imported?.asset),
      session.categoryGuid,
      suffix ? originalFilename.slice(0, -(suffix.length + 1)) : originalFilename,
    );
    const asset = newAsset(req, session, originalFilename, suffix, title);
    const response = importData(session, stored, asset, clash);
    session.imported = { asset, response };
    imported.set(asset.guid, session);
    byMd5.set(stored.md5, asset.guid);
    const delay = req.ctx.faults.indexingDelayMs;
    if (delay <= 0) data.addAsset(asset);
    else {
      const timer = setTimeout(() => {
        timers.delete(timer);
        data.addAsset(asset);
      }, delay);
      timers.add(timer);
    }
    return success(response);
  }

  function newAsset(req: RouteRequest, session: Session, originalFilename: string, suffix: string, title: string): Mutable<EmulatedAsset> {
    const { apiOrigin, seed } = req.ctx.options;
    const known = FILE_TYPE_BY_SUFFIX.get(suffix);
    const serial = session.assetId;
    const now = new Date().toISOString();
    return {
      guid: crypto.randomUUID(),
      serialNumber: serial,
      version: session.assetVersion,
      title,
      description: '',
      extendedKeywords: '',
      assetType: known?.assetType ?? SUFFIX_KINDS[suffix] ?? 'Document',
      fileType: suffix,
      mimetype: known?.mimetype ?? 'application/octet-stream',
      fileSize: session.fileSize,
      originalFilename,
      categoryGUID: session.categoryGuid,
      categoryID: session.categoryID,
      dateCreated: now,
      dateModified: now,
      createdBy: 'editor',
      thumbnailUrlCdn:
        `${apiOrigin}/cdn/assetThumbnails/${pad(Math.floor(serial / 100), 4)}/${serial}_${session.assetVersion}` +
        `_thumbnail_320x320_page1_${pad(hashString(`${seed}:${serial}`) % 1_000_000, 6)}.png`,
      objectURL: `/BMS/asset/views/?artwork_ID=${serial}&category=${session.categoryID}`,
      keywords: '',
      region: [],
      usageRights: 'Unrestricted',
      colour: [],
    };
  }

  /** The documented `data` of a successful import; every node present, unknown facts empty. */
  function importData(session: Session, stored: StoredObject, asset: EmulatedAsset, nameClash: boolean): Record<string, unknown> {
    return {
      binaryIdenticalToGuid: '',
      shortcutCreated: 0,
      md5: stored.md5,
      pixelwidth: '',
      pixelheight: '',
      resolution: '',
      imageformat: '',
      pagecount: 1,
      durationInSeconds: 0,
      disksizeBytes: stored.size,
      assetSerialNumber: session.assetId,
      assetVersion: session.assetVersion,
      assetGuid: asset.guid,
      assetVersionGuid: crypto.randomUUID(),
      assetTitle: asset.title,
      nameClash,
    };
  }

  // ---- /saveMetadata -----------------------------------------------------------------------
  async function saveMetadata(req: RouteRequest): Promise<Response> {
    const fail = (cause: string) => argumentError(req, 'saveMetadata', cause);
    const body = await readObject(req.request);
    if (!body) return fail('The request body must be a JSON object');
    const assetGuid = field(body, 'assetGuid');
    if (typeof assetGuid !== 'string' || !GUID_PATTERN.test(assetGuid)) return fail('assetGuid is required');
    const asset = imported.get(assetGuid.toLowerCase())?.imported?.asset ?? data.assetByGuid(assetGuid);
    if (!asset) return fail(`Unknown assetGuid '${assetGuid}'`);
    const pending = [...imported.values()].map((s) => s.imported?.asset);

    const title = field(body, 'assetTitle');
    if (title !== undefined) {
      if (typeof title !== 'string' || title.trim() === '') return refused(1, 'The title can not be empty.');
      if (findTitleClash(data, pending, asset, title.trim())) {
        const { title: suggestion } = suggestTitle(data, pending, asset.categoryGUID, title.trim());
        return json({ result: { status: 1, message: 'Another asset in this folder already has this title.' }, data: { suggestion } }, 400);
      }
    }
    const status = field(body, 'assetStatus');
    if (status !== undefined && status !== 0 && status !== 1 && status !== 2) return fail('assetStatus must be 0, 1 or 2');
    const edits: MetadataEdits = {};
    if (typeof title === 'string') edits.title = title.trim();
    const metadata = field(body, 'metadata');
    if (metadata !== undefined) {
      if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) return fail('metadata must be an object');
      edits.metadata = metadata as Record<string, unknown>;
    }
    const outcome = applyMetadata(data.metadataFields, asset, edits, imported.has(asset.guid) ? undefined : edited);
    if (outcome.kind === 'unknown-field') return fail(`Unknown metadata field '${outcome.name}'`);
    if (outcome.kind === 'invalid-option') {
      return json(
        {
          result: { status: 4, message: 'Configuration error' },
          data: {
            dateTime: new Date().toISOString(),
            rootCause: `'${outcome.value}' is not an option of ${outcome.name}`,
            endpointName: 'saveMetadata',
            method: 'post',
          },
        },
        500,
      );
    }
    return success({ assetGuid: asset.guid, assetTitle: asset.title });
  }

  const endpoint = (name: string, handle: (req: RouteRequest) => Promise<Response>) => ({ name, methods: ['POST'], handle });

  const storageRoute: Route = {
    kind: 'storage',
    pattern: /^\/s3\/([^/]+)\/assets\/(.+)$/,
    methods: ['PUT'],
    endpoint: (url) => (url.searchParams.has('partNumber') ? 'uploadPart' : 'uploadObject'),
    handle: putObject,
    faultResponse: (status) =>
      s3Error(
        status,
        status === 503 ? 'SlowDown' : status >= 500 ? 'InternalError' : 'InvalidRequest',
        status === 503 ? 'Please reduce your request rate.' : 'We encountered an internal error. Please try again.',
      ),
  };

  const describe = (session: Session): UploadRecord => ({
    keyName: session.keyName,
    type: session.type,
    ...(session.uploadId ? { uploadId: session.uploadId } : {}),
    fileName: session.fileName,
    fileSize: session.fileSize,
    categoryGuid: session.categoryGuid,
    assetId: session.assetId,
    assetVersion: session.assetVersion,
    phase: session.imported ? 'imported' : session.object ? 'stored' : session.parts.size > 0 ? 'uploading' : 'created',
    partsStored: [...session.parts.keys()].sort((a, b) => a - b),
    ...(session.imported ? { assetGuid: session.imported.asset.guid } : {}),
  });

  const controller: UploadsController = {
    list: () => [...sessions.values()].map(describe),
    async stored(keyNameOrGuid) {
      const session = sessions.get(keyNameOrGuid) ?? imported.get(keyNameOrGuid.toLowerCase());
      if (!session?.object) return undefined;
      const stat = await storage.stat(objectName(session.keyName));
      if (!stat) return undefined;
      return { ...stat, keyName: session.keyName, ...(session.imported ? { assetGuid: session.imported.asset.guid } : {}) };
    },
  };

  const controlRoute = (pattern: RegExp, name: string, handle: Route['handle']): Route => ({
    kind: 'control',
    pattern,
    methods: ['GET'],
    endpoint: () => name,
    handle,
  });

  const module: EmulatorModule = {
    routes: [
      storageRoute,
      controlRoute(/^\/__emulator\/uploads\/?$/, 'control:uploads', () => json({ uploads: controller.list() })),
      controlRoute(/^\/__emulator\/uploads\/(.+)$/, 'control:upload', async ({ match }) => {
        const found = await controller.stored(decodeURIComponent(match[1] ?? ''));
        return found ? json(found) : json({ error: 'not_found', error_description: 'No stored file under that keyName or assetGuid' }, 404);
      }),
    ],
    apiEndpoints: [
      endpoint('createUploadPath', createUploadPath),
      endpoint('assemble', assemble),
      endpoint('importAsset', importAsset),
      endpoint('saveMetadata', saveMetadata),
    ],
    reset() {
      for (const timer of timers) clearTimeout(timer);
      for (const guid of imported.keys()) data.removeAsset(guid);
      for (const [asset, original] of edited) Object.assign(asset, original);
      sessions = new Map();
      imported = new Map();
      byMd5 = new Map();
      timers = new Set();
      edited = new Map();
      nextSerial = firstSerial;
      storage.clear();
    },
  };
  return { module, controller };
}
