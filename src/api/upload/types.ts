// Types of the upload engine: the protocol seam a provider implements (`DamUploader` and its
// `UploadSession`), and what the engine reports (items, states, totals, events).
// A session is a plan of byte ranges plus "send one part" and "finish": Brandworkz fills it with
// presigned PUTs, /assemble and /importAsset; Bynder with S3 form POSTs plus chunk registration,
// then finalise, poll and save.
import type { DamError } from '../errors.js';
import type { AssetMetadataUpdate, DamAsset, StoredMetadata } from '../types.js';

/** Where files go: a folder (Brandworkz category GUID) or collection. */
export interface UploadTarget {
  folderId: string;
}

/** What can be uploaded: a `File`, or any `Blob` with a name (generated data in tests and benchmarks). */
export interface UploadFile extends Blob {
  readonly name: string;
}

/** One byte range of a file, `[start, end)`, sent as one request. */
export interface UploadPart {
  readonly partNumber: number;
  readonly start: number;
  readonly end: number;
}

/** Proof that a part is stored, as the protocol needs it to finish (Brandworkz/S3: the ETag). */
export interface PartReceipt {
  readonly partNumber: number;
  readonly etag?: string;
}

/** One file's upload on the DAM's side, from reservation to imported asset. */
export interface UploadSession {
  /** Every part, in order; together they cover the file exactly. The DAM may choose the sizes. */
  readonly parts: readonly UploadPart[];
  /**
   * Stores one part (`bytes` is `file.slice(part.start, part.end)`). May be called again for the
   * same part after a failure. Throws a `DamError`; `retryable` ones are retried by the engine.
   */
  sendPart(part: UploadPart, bytes: Blob, signal: AbortSignal): Promise<PartReceipt>;
  /**
   * Once every part is stored: joins and imports the file and resolves with the new asset. May be
   * called again after a failure; steps already done are skipped. An import the DAM refuses throws
   * `DamError('upload-refused')` with the DAM's message. When the DAM already had the file and kept
   * its existing asset (Brandworkz deduplication), resolves with `{ alreadyInDam: existingAsset }`.
   */
  complete(receipts: readonly PartReceipt[], signal: AbortSignal): Promise<DamAsset | AlreadyInDam>;
  /** Optional: lets the DAM drop what was stored, after a cancel. Best effort; errors are ignored. */
  abort?(): Promise<void>;
}

/** The DAM already had an identical file: no new asset, `alreadyInDam` is the one it kept. */
export interface AlreadyInDam {
  readonly alreadyInDam: DamAsset;
}

/** A DAM's upload protocol. Providers create one with `DamProvider.createUploader()`. */
export interface DamUploader {
  /** Reserves the upload with the DAM and plans its parts. Nothing is sent to storage yet. */
  begin(file: UploadFile, target: UploadTarget, signal: AbortSignal): Promise<UploadSession>;
  /**
   * The provider's `updateMetadata`, passed on (not a second implementation): the engine renames an
   * imported asset through it.
   */
  updateMetadata(assetId: string, update: AssetMetadataUpdate, signal?: AbortSignal): Promise<StoredMetadata>;
  /**
   * Where files can go when that is not the folder being browsed (Bynder: its brands). With it,
   * `UploadTarget.folderId` is one of these ids, chosen by the editor when there are several.
   */
  destinations?(signal?: AbortSignal): Promise<UploadDestination[]>;
}

/** A place uploads can go that is not a browse folder (a Bynder brand). */
export interface UploadDestination {
  id: string;
  title: string;
}

export interface DamUploaderOptions {
  /** Files of at least this many bytes go multipart. Default: the DAM's recommendation (Brandworkz: 15 MiB). */
  multipartThreshold?: number;
  /** After an import, look the asset up once (thumbnail, web URL) if the DAM has indexed it already. Default true. */
  lookupAfterImport?: boolean;
  /** DAMs that process a file after upload (Bynder): the first wait between status polls, in ms. Default 500, doubling to 2 s. */
  pollIntervalMs?: number;
  /** …and how long to wait for processing before giving up, in ms. Default 120 000. */
  pollTimeoutMs?: number;
}

// ---- What the engine reports ---------------------------------------------------------------

/** queued → uploading → processing (joining, importing) → done; or failed / cancelled on the way. */
export type UploadState = 'queued' | 'uploading' | 'processing' | 'done' | 'failed' | 'cancelled';

/** A snapshot of one file's upload. A new object on every change. */
export interface UploadItem {
  readonly id: string;
  readonly file: UploadFile;
  readonly name: string;
  readonly size: number;
  readonly folderId: string;
  readonly state: UploadState;
  /** Bytes the DAM has confirmed (whole parts). */
  readonly bytesSent: number;
  /** 0–100, from `bytesSent`. */
  readonly percent: number;
  readonly partsDone: number;
  /** 0 until the DAM has planned the parts. */
  readonly partCount: number;
  /** The imported asset (state `done`); the existing one when `alreadyInDam`. */
  readonly asset?: DamAsset;
  /** Done without a new asset: the DAM already had an identical file (`asset` is that one). */
  readonly alreadyInDam?: boolean;
  /** Why it failed (state `failed`). */
  readonly error?: DamError;
  /** Whether `retry()` may help: cancelled, or failed for a reason other than the DAM refusing the file. */
  readonly canRetry: boolean;
}

/** Over every item not removed; cancelled items count neither bytes nor percent. */
export interface UploadTotals {
  readonly files: number;
  readonly queued: number;
  /** Uploading or processing. */
  readonly active: number;
  readonly done: number;
  readonly failed: number;
  readonly cancelled: number;
  readonly bytesSent: number;
  readonly bytesTotal: number;
  readonly percent: number;
}

export interface UploadEventMap {
  /** Files were queued. */
  added: { items: readonly UploadItem[]; totals: UploadTotals };
  /** A part was stored. */
  progress: { item: UploadItem; totals: UploadTotals };
  /** An item changed state. */
  state: { item: UploadItem; totals: UploadTotals };
  /** An item was imported. */
  done: { item: UploadItem; asset: DamAsset };
  /** An item failed. */
  failed: { item: UploadItem; error: DamError };
  /** An imported asset's title was changed with `renameAsset()`. */
  renamed: { item: UploadItem; asset: DamAsset };
  /** An item was removed from the list. */
  removed: { id: string; totals: UploadTotals };
}
