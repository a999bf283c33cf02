// The state the Brandworkz upload handlers share: upload sessions (one per /createUploadPath),
// imported assets, the MD5 index for deduplication, and the presigned-URL signer.

import type { BrandworkzData, EmulatedAsset } from './data.js';
import type { RouteRequest } from './routes.js';
import { ACCESS_KEY_ID, createSigner } from './upload-http.js';
import type { StoredObject, UploadStorage } from './upload-store.js';

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

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

export interface Session {
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
  /** After /importAsset: the new asset (or, for a shortcut, the original) and the answer, repeated to a repeated call. */
  imported: { asset: Mutable<EmulatedAsset>; response: Record<string, unknown> } | undefined;
}

export interface UploadState {
  readonly data: BrandworkzData;
  readonly options: UploadsOptions;
  readonly storage: UploadStorage;
  readonly chunkSize: number;
  readonly threshold: number;
  readonly firstSerial: number;
  sessions: Map<string, Session>;
  nextSerial: number;
  /** Imported assets by GUID (searchable or not yet). */
  imported: Map<string, Session>;
  /** Asset GUID by the MD5 of its file (deduplication: seeded assets have no bytes, so only uploads). */
  byMd5: Map<string, string>;
  timers: Set<ReturnType<typeof setTimeout>>;
  /** Seeded assets edited through /saveMetadata, with their original values (restored on reset). */
  edited: Map<EmulatedAsset, Record<string, unknown>>;
  readonly signer: ReturnType<typeof createSigner>;
}

const MIB = 1024 * 1024;
/** Below this size (and without `uploadType`) /createUploadPath returns a single upload URL. */
const MULTIPART_THRESHOLD = 15 * MIB;
/** Multipart chunk size before the 200-part rule raises it. */
const DEFAULT_CHUNK_SIZE = 15 * MIB;

export function createUploadState(data: BrandworkzData, options: UploadsOptions, storage: UploadStorage): UploadState {
  const firstSerial = data.assets.reduce((max, asset) => Math.max(max, asset.serialNumber), 0) + 1;
  return {
    data,
    options,
    storage,
    chunkSize: options.chunkSize ?? DEFAULT_CHUNK_SIZE,
    threshold: options.multipartThreshold ?? MULTIPART_THRESHOLD,
    firstSerial,
    sessions: new Map(),
    nextSerial: firstSerial,
    imported: new Map(),
    byMd5: new Map(),
    timers: new Set(),
    edited: new Map(),
    signer: createSigner(),
  };
}

/** Back to the seeded state: imports taken out of the data, edits undone, bytes forgotten. */
export function resetUploadState(state: UploadState): void {
  for (const timer of state.timers) clearTimeout(timer);
  for (const guid of state.imported.keys()) state.data.removeAsset(guid);
  for (const [asset, original] of state.edited) Object.assign(asset, original);
  state.sessions = new Map();
  state.imported = new Map();
  state.byMd5 = new Map();
  state.timers = new Set();
  state.edited = new Map();
  state.nextSerial = state.firstSerial;
  state.storage.clear();
}

export const objectName = (keyName: string): string => `object/${keyName}`;
export const partName = (uploadId: string, partNumber: number): string => `part/${uploadId}/${partNumber}`;

/** Imports not searchable yet (and indexed ones): titles must stay unique among them too. */
export const pendingAssets = (state: UploadState): Array<EmulatedAsset | undefined> => [...state.imported.values()].map((s) => s.imported?.asset);

/** A presigned PUT URL on the S3 stand-in for the session's key (and part). */
export async function presign(state: UploadState, req: RouteRequest, session: Session, expires: number, partNumber?: number): Promise<string> {
  const { apiOrigin, clientDb } = req.ctx.options;
  const path = session.keyName.split('/').map(encodeURIComponent).join('/');
  const url = new URL(`${apiOrigin}/s3/${encodeURIComponent(clientDb)}/assets/${path}`);
  if (session.uploadId) {
    url.searchParams.set('uploadId', session.uploadId);
    url.searchParams.set('partNumber', String(partNumber));
  }
  url.searchParams.set('AWSAccessKeyId', ACCESS_KEY_ID);
  url.searchParams.set('Signature', await state.signer.sign(clientDb, session.keyName, expires, session.uploadId, partNumber));
  url.searchParams.set('Expires', String(expires));
  return url.href;
}
