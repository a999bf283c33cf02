// POST /importAsset: turns an uploaded (or assembled) file into an asset, searchable after the
// indexing delay. A file whose MD5 matches an earlier import becomes a shortcut of it
// (`shortcutCreated: 1`, `binaryIdenticalToGuid`), as the documentation describes deduplication.

import type { EmulatedAsset } from './data.js';
import { embedLink } from './embed.js';
import { GUID_PATTERN } from './http.js';
import { hashString } from './prng.js';
import { readDocumentedBody } from './request-body.js';
import type { RouteRequest } from './routes.js';
import { suggestTitle } from './upload-metadata.js';
import { pendingAssets, type Mutable, type Session, type UploadState } from './upload-state.js';
import { argumentError, fileSuffix, pad, refused, success } from './upload-http.js';
import type { StoredObject } from './upload-store.js';
import { FILE_TYPE_BY_SUFFIX, type AssetType } from './vocabulary.js';

/** Suffixes /importAsset refuses "for security reasons". */
const BLOCKED_FILE_TYPES: readonly string[] = ['exe', 'msi', 'bat', 'cmd', 'com', 'scr', 'vbs', 'dll'];

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

/**
 * The list says `assetId`/`assetVersion` "(string)" and `filesize`; the example sends numbers and
 * `fileSize`: both are accepted. `isCustomThumbnail`: "set the equivalent parameter to true in the subsequent /importAsset".
 */
const IMPORT_ASSET_BODY = {
  categoryGuid: { names: ['categoryGuid'], type: 'string' },
  keyName: { names: ['keyName'], type: 'string' },
  originalFilename: { names: ['originalFilename'], type: 'string' },
  assetId: { names: ['assetId'], type: 'integer-or-digits' },
  assetVersion: { names: ['assetVersion'], type: 'integer-or-digits' },
  fileSize: { names: ['filesize', 'fileSize'], type: 'integer' },
  isCustomThumbnail: { names: ['isCustomThumbnail'], type: 'boolean' },
} as const;

export async function importAsset(state: UploadState, req: RouteRequest): Promise<Response> {
  const fail = (cause: string) => argumentError(req, 'importAsset', cause);
  const read = await readDocumentedBody(req, 'importAsset', IMPORT_ASSET_BODY, 'status');
  if (!read.ok) return read.response;
  const { categoryGuid, keyName, originalFilename, assetId, assetVersion, fileSize, isCustomThumbnail } = read.values;
  if (typeof categoryGuid !== 'string' || !GUID_PATTERN.test(categoryGuid)) return fail('categoryGuid must be a folder GUID');
  if (typeof keyName !== 'string' || keyName === '') return fail('keyName is required');
  if (typeof originalFilename !== 'string' || originalFilename.trim() === '') return fail('originalFilename is required');
  if (typeof assetId !== 'number' || typeof assetVersion !== 'number') return fail('assetId and assetVersion are required');
  if (typeof fileSize !== 'number' || fileSize < 0) return fail('filesize must be the size in bytes');
  if (isCustomThumbnail === true) return fail('Custom thumbnails (isCustomThumbnail) are not supported by the emulator');

  const session = state.sessions.get(keyName);
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
  if (BLOCKED_FILE_TYPES.includes(suffix)) return refused(1, `Files of type .${suffix} can not be imported for security reasons.`);

  const identical = state.byMd5.get(stored.md5);
  const original = identical ? state.imported.get(identical)?.imported?.asset : undefined;
  if (original) {
    // Deduplication: no new asset; the answer names the original ("binaryIdenticalToGuid") and is repeated to a repeated call.
    const response = { ...importData(stored, original, false), shortcutCreated: 1, binaryIdenticalToGuid: original.guid };
    session.imported = { asset: original, response };
    return success(response);
  }

  const { title, clash } = suggestTitle(
    state.data,
    pendingAssets(state),
    session.categoryGuid,
    suffix ? originalFilename.slice(0, -(suffix.length + 1)) : originalFilename,
  );
  const asset = newAsset(req, session, originalFilename, suffix, title);
  const response = importData(stored, asset, clash);
  session.imported = { asset, response };
  state.imported.set(asset.guid, session);
  state.byMd5.set(stored.md5, asset.guid);
  const delay = req.ctx.faults.indexingDelayMs;
  if (delay <= 0) state.data.addAsset(asset);
  else {
    const timer = setTimeout(() => {
      state.timers.delete(timer);
      state.data.addAsset(asset);
    }, delay);
    state.timers.add(timer);
  }
  return success(response);
}

function newAsset(req: RouteRequest, session: Session, originalFilename: string, suffix: string, title: string): Mutable<EmulatedAsset> {
  const { apiOrigin, seed } = req.ctx.options;
  const known = FILE_TYPE_BY_SUFFIX.get(suffix);
  const serial = session.assetId;
  const now = new Date().toISOString();
  const assetType = known?.assetType ?? SUFFIX_KINDS[suffix] ?? 'Document';
  return {
    guid: crypto.randomUUID(),
    serialNumber: serial,
    version: session.assetVersion,
    title,
    description: '',
    extendedKeywords: '',
    assetType,
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
    embed_link: embedLink(apiOrigin, serial, session.assetVersion, assetType),
    objectURL: `/BMS/asset/views/?artwork_ID=${serial}&category=${session.categoryID}`,
    keywords: '',
    region: [],
    usageRights: 'Unrestricted',
    colour: [],
  };
}

/** The documented `data` of a successful import; every node present, unknown facts empty. */
function importData(stored: StoredObject, asset: EmulatedAsset, nameClash: boolean): Record<string, unknown> {
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
    assetSerialNumber: asset.serialNumber,
    assetVersion: asset.version,
    assetGuid: asset.guid,
    assetVersionGuid: crypto.randomUUID(),
    assetTitle: asset.title,
    nameClash,
  };
}
