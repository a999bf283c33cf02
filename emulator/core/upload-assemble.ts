// POST /assemble: joins the stored parts of a multipart upload, in order, checking each part's eTag
// (unquoted, as the documentation's example shows) and size against the upload links.

import { checkObject, readDocumentedBody } from './request-body.js';
import type { RouteRequest } from './routes.js';
import { objectName, partName, type UploadState } from './upload-state.js';
import { argumentError, refused, success } from './upload-http.js';

const ASSEMBLE_BODY = {
  objectKey: { names: ['objectKey'], type: 'string' },
  uploadId: { names: ['uploadId'], type: 'string' },
  parts: { names: ['parts'], type: 'array' },
} as const;

const PART = {
  partNumber: { names: ['partNumber'], type: 'integer' },
  eTag: { names: ['eTag'], type: 'string' },
} as const;

export async function assemble(state: UploadState, req: RouteRequest): Promise<Response> {
  const fail = (cause: string) => argumentError(req, 'assemble', cause);
  const read = await readDocumentedBody(req, 'assemble', ASSEMBLE_BODY, 'status');
  if (!read.ok) return read.response;
  const { objectKey, uploadId, parts: rawParts } = read.values;
  if (typeof objectKey !== 'string' || typeof uploadId !== 'string') return fail('objectKey and uploadId are required');
  if (!Array.isArray(rawParts) || rawParts.length === 0) return fail('parts must be a non-empty array of { partNumber, eTag }');
  const parts: Array<{ partNumber: number; eTag: string }> = [];
  for (const [i, raw] of rawParts.entries()) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail(`parts[${i}] must be an object { partNumber, eTag }`);
    const part = checkObject(raw as Record<string, unknown>, PART, `parts[${i}]`);
    if (typeof part === 'string') return fail(part);
    const { partNumber, eTag } = part;
    if (typeof partNumber !== 'number' || typeof eTag !== 'string') return fail('every part needs a partNumber and an eTag');
    // "you will get "ETag" returned in the headers, but you need to use "eTag" in the json": the example's values are unquoted.
    if (eTag.startsWith('"') || eTag.endsWith('"')) return fail(`parts[${i}].eTag must be given without the quotes of the ETag header`);
    parts.push({ partNumber, eTag });
  }
  const session = state.sessions.get(objectKey);
  if (!session || session.type !== 'multipart-upload' || session.uploadId !== uploadId) {
    return refused(1, 'NoSuchUpload: the specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.');
  }
  const signatureOfParts = parts.map((p) => `${p.partNumber}:${p.eTag}`).join(',');
  const done = { uploadId, asset: `${req.ctx.options.clientDb}/assets/${objectKey}` };
  if (session.object) {
    return session.assembledWith === signatureOfParts ? success(done) : refused(1, 'NoSuchUpload: this upload has already been assembled.');
  }
  for (let i = 1; i < parts.length; i++) {
    if (parts[i]!.partNumber <= parts[i - 1]!.partNumber) {
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
  session.object = await state.storage.concat(
    objectName(objectKey),
    parts.map((p) => partName(uploadId, p.partNumber)),
  );
  session.assembledWith = signatureOfParts;
  session.parts.clear();
  return success(done);
}
