// POST /createUploadPath: a new upload session and its presigned URL(s) on the S3 stand-in; one
// URL below the multipart threshold (or with `uploadType: single-upload`), else one per chunk.

import { GUID_PATTERN } from './http.js';
import { readDocumentedBody } from './request-body.js';
import type { RouteRequest } from './routes.js';
import { presign, type Session, type UploadState } from './upload-state.js';
import { argumentError, fileSuffix, pad, randomToken, success } from './upload-http.js';

const MIB = 1024 * 1024;
const MAX_PARTS = 200;
/** "The theoretical limit for a single-file PUT is 5GB." */
const MAX_SINGLE_UPLOAD = 5 * 1024 * MIB;

/** The parameter list (`fileName`, `fileSize`) and the example (`filename`, `filesize`) disagree: both are accepted. */
const CREATE_UPLOAD_PATH_BODY = {
  fileName: { names: ['fileName', 'filename'], type: 'string' },
  fileSize: { names: ['fileSize', 'filesize'], type: 'integer' },
  categoryGuid: { names: ['categoryGuid'], type: 'string' },
  uploadType: { names: ['uploadType'], type: 'string' },
  assetGuid: { names: ['assetGuid'], type: 'string' },
  isCustomThumbnail: { names: ['isCustomThumbnail'], type: 'boolean' },
} as const;

/** `myLogo.png`, serial 10152 → `originals/0101/myLogo_010152_001.png`, as in the documentation. */
function keyNameFor(fileName: string, serial: number): string {
  const suffix = fileSuffix(fileName);
  const stem =
    (suffix ? fileName.slice(0, -(suffix.length + 1)) : fileName)
      .replace(/[^a-z0-9-]+/gi, '_')
      .replace(/^_|_$/g, '')
      .slice(0, 80) || 'file';
  return `originals/${pad(Math.floor(serial / 100), 4)}/${stem}_${pad(serial, 6)}_001${suffix ? `.${suffix}` : ''}`;
}

export async function createUploadPath(state: UploadState, req: RouteRequest): Promise<Response> {
  const fail = (cause: string) => argumentError(req, 'createUploadPath', cause);
  const read = await readDocumentedBody(req, 'createUploadPath', CREATE_UPLOAD_PATH_BODY, 'status');
  if (!read.ok) return read.response;
  const { fileName, fileSize, categoryGuid, uploadType, assetGuid, isCustomThumbnail } = read.values;
  if (typeof fileName !== 'string' || fileName.trim() === '' || /[/\\]/.test(fileName)) return fail('fileName must be a file name (with its suffix)');
  if (typeof fileSize !== 'number' || fileSize < 1) return fail('fileSize must be a positive number of bytes');
  if (typeof categoryGuid !== 'string' || !GUID_PATTERN.test(categoryGuid)) return fail('categoryGuid must be a folder GUID');
  const folder = state.data.folderByGuid(categoryGuid);
  if (!folder) return fail(`Unknown categoryGuid '${categoryGuid}'`);
  if (folder.assetType !== 'Folder') return fail(`'${folder.title}' is a ${folder.assetType.toLowerCase()}; files go into folders`);
  if (uploadType !== undefined && uploadType !== 'single-upload' && uploadType !== 'multipart-upload') {
    return fail("uploadType must be 'single-upload' or 'multipart-upload'");
  }
  if (assetGuid !== undefined) return fail('New versions of existing assets (assetGuid) are not supported by the emulator');
  if (isCustomThumbnail === true) return fail('Custom thumbnails (isCustomThumbnail) are not supported by the emulator');
  const type = uploadType ?? (fileSize < state.threshold ? 'single-upload' : 'multipart-upload');
  if (type === 'single-upload' && fileSize > MAX_SINGLE_UPLOAD) return fail('A single-upload PUT is limited to 5 GB; use multipart-upload');

  const serial = state.nextSerial++;
  const keyName = keyNameFor(fileName, serial);
  let main = state.chunkSize;
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
  state.sessions.set(keyName, session);
  const lifetime = state.options.urlLifetimeSec ?? 900 + 60 * Math.floor(fileSize / (100 * MIB));
  const expires = Math.floor(Date.now() / 1000) + lifetime;
  const uploadDetails =
    type === 'single-upload'
      ? { type, url: await presign(state, req, session, expires) }
      : {
          uploadId: session.uploadId,
          urls: await Promise.all(Array.from({ length: chunkNo }, (_, i) => presign(state, req, session, expires, i + 1))),
          mainChunkSize: session.mainChunkSize,
          finalChunkSize: session.finalChunkSize,
          type,
          chunkNo,
        };
  return success({ categoryGuid: folder.guid, assetId: serial, assetVersion: 1, keyName, uploadDetails });
}
