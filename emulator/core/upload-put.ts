// PUT /s3/{clientDb}/assets/{keyName}: the S3 stand-in behind the presigned URLs. Checks the
// signature and expiry like S3's query-string authentication, stores the bytes, answers the MD5 as
// a quoted ETag (as S3 does).

import type { Route, RouteRequest } from './routes.js';
import { objectName, partName, type UploadState } from './upload-state.js';
import { ACCESS_KEY_ID, s3Error } from './upload-http.js';
import type { StoredObject } from './upload-store.js';

async function putObject(state: UploadState, req: RouteRequest): Promise<Response> {
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
  const expected = await state.signer.sign(clientDb, keyName, expires, uploadId, partNumber);
  if (given !== expected || params.get('AWSAccessKeyId') !== ACCESS_KEY_ID) {
    return s3Error(403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided.');
  }
  const contentType = request.headers.get('Content-Type');
  if (contentType) {
    // The URL was signed without a content type, and v2 signatures cover it.
    return s3Error(403, 'SignatureDoesNotMatch', `The URL was signed without a Content-Type; this request sent '${contentType}'.`);
  }
  if (!(expires * 1000 > Date.now())) return s3Error(403, 'AccessDenied', 'Request has expired');
  const session = state.sessions.get(keyName);
  if (!session || clientDb !== req.ctx.options.clientDb) return s3Error(404, 'NoSuchUpload', 'The specified upload does not exist.');
  if (session.imported) return s3Error(403, 'AccessDenied', 'This upload has been imported; its upload links accept no more data.');

  let stored: StoredObject;
  try {
    if (session.type === 'multipart-upload') {
      if (uploadId === undefined || uploadId !== session.uploadId || partNumber === undefined || session.object) {
        return s3Error(404, 'NoSuchUpload', 'The specified multipart upload does not exist. It may have been completed or aborted.');
      }
      stored = await state.storage.write(partName(uploadId, partNumber), request);
      session.parts.set(partNumber, stored);
    } else {
      if (uploadId !== undefined) return s3Error(400, 'InvalidRequest', 'This key was not opened for a multipart upload');
      stored = await state.storage.write(objectName(keyName), request);
      session.object = stored;
    }
  } catch {
    return s3Error(400, 'IncompleteBody', 'You did not provide the number of bytes specified by the Content-Length HTTP header.');
  }
  return new Response(null, { status: 200, headers: { ETag: `"${stored.md5}"` } });
}

export function storageRoute(state: UploadState): Route {
  return {
    kind: 'public',
    pattern: /^\/s3\/([^/]+)\/assets\/(.+)$/,
    methods: ['PUT'],
    endpoint: (url) => (url.searchParams.has('partNumber') ? 'uploadPart' : 'uploadObject'),
    handle: (req) => putObject(state, req),
    faultResponse: (status) =>
      s3Error(
        status,
        status === 503 ? 'SlowDown' : status >= 500 ? 'InternalError' : 'InvalidRequest',
        status === 503 ? 'Please reduce your request rate.' : 'We encountered an internal error. Please try again.',
      ),
  };
}
