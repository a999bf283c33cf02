// The download operation of Bynder API v4 (vendor reference: "Download Specific Asset Item"; the Python
// SDK's media_download_url, the C# SDK's DownloadFileUrl `{ s3_file }`): `GET /api/v4/media/{id}/download/`
// (the current original) and `/api/v4/media/{id}/download/{itemId}/` (one media item) answer
// `{ s3_file }`, a signed URL that expires. The emulator serves that URL itself, on the portal origin
// under /cdn/download/, and refuses it once expired or altered, as S3 does (403, XML).

import { json } from '../http.js';
import { bynderError, truthy } from './api.js';
import type { Route } from '../pipeline.js';
import type { BynderData, BynderMedia } from './data.js';
import { mediaSvg, naturalSize, svgResponse } from './images.js';

/**
 * How long a download URL lives. Bynder documents no lifetime for `s3_file` (presigned S3 URLs); the
 * emulator picks 15 minutes so a host that stores the URL instead of the file finds out in testing.
 */
export const BYNDER_DOWNLOAD_URL_LIFETIME_SEC = 900;

const CDN_PATH = '/cdn/download/';

const CONTENT_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  glb: 'model/gltf-binary',
  obj: 'model/obj',
};

/** The id of a media item's original: its media id's hex digits reversed, in Bynder's 8-4-4-16 form. */
function originalItemId(mediaId: string): string {
  const hex = mediaId.replace(/-/g, '').split('').reverse().join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16)}`;
}

function fileName(item: BynderMedia): string {
  const base =
    item.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'asset';
  const extension = item.extension[0];
  return extension ? `${base}.${extension}` : base;
}

/** `mediaItems` of `GET /api/v4/media/{id}/?versions=1`: the original (the emulator keeps one version). */
export function mediaItems(item: BynderMedia): Array<Record<string, unknown>> {
  return [
    {
      id: originalItemId(item.id),
      type: 'original',
      active: 1,
      version: 1,
      fileName: fileName(item),
      size: item.fileSize ?? 0,
      ...(typeof item.width === 'number' ? { width: item.width, height: item.height } : {}),
      dateCreated: item.dateCreated,
    },
  ];
}

function hex(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function createBynderDownloads(data: BynderData, portalOrigin: string) {
  const secret = crypto.getRandomValues(new Uint8Array(32));
  const key = crypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const sign = async (path: string, expires: number): Promise<string> =>
    hex(await crypto.subtle.sign('HMAC', await key, new TextEncoder().encode(`${path}\n${expires}`)));

  const signedUrl = async (item: BynderMedia, itemId: string): Promise<string> => {
    const path = `${CDN_PATH}${item.id}/${itemId}/${encodeURIComponent(fileName(item))}`;
    const expires = Math.floor(Date.now() / 1000) + BYNDER_DOWNLOAD_URL_LIFETIME_SEC;
    return `${portalOrigin}${path}?${new URLSearchParams({ Expires: String(expires), 'Key-Pair-Id': 'EMULATORKEYPAIR', Signature: await sign(path, expires) })}`;
  };

  const download: Route['handle'] = async (_request, url, match) => {
    const item = data.mediaById(decodeURIComponent(match[1] ?? ''));
    if (!item) return bynderError(404, 'Not Found');
    const original = originalItemId(item.id);
    const requested = match[2] === undefined ? original : decodeURIComponent(match[2]);
    // `hash=1`: the item id is the item's hashed id (the emulator's hashed id is the media's `idHash`).
    let hashed = false;
    try {
      hashed = truthy(url.searchParams, 'hash');
    } catch (error) {
      return bynderError(400, (error as Error).message);
    }
    const known = hashed ? requested === item.idHash : requested.toUpperCase() === original;
    if (!known) return bynderError(404, 'Not Found');
    return json({ s3_file: await signedUrl(item, original) });
  };

  /** The signed URL itself: the file, or S3's 403 once expired or when the signature does not match. */
  const serve: Route['handle'] = async (request, url, match) => {
    const denied = (message: string): Response =>
      new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>${message}</Message></Error>`, {
        status: 403,
        headers: { 'Content-Type': 'application/xml' },
      });
    const expires = Number(url.searchParams.get('Expires'));
    const signature = url.searchParams.get('Signature') ?? '';
    if (!Number.isInteger(expires) || !signature) return denied('Missing Key-Pair-Id query parameter or cookie value');
    if ((await sign(url.pathname, expires)) !== signature) return denied('Invalid signature');
    if (expires * 1000 < Date.now()) return denied('Request has expired');
    const item = data.mediaById(decodeURIComponent(match[1] ?? ''));
    if (!item) return denied('Access Denied');
    const extension = item.extension[0] ?? '';
    const headers = { 'Cache-Control': 'private, max-age=0', 'Content-Disposition': `inline; filename="${fileName(item)}"` };
    if (item.type === 'image') {
      const [w, h] = naturalSize(item);
      return svgResponse(mediaSvg(item, w, h, 'original'), headers);
    }
    // Not the real bytes (the emulator keeps none): a stand-in body with the file's content type.
    const body = request.method === 'HEAD' ? null : `${item.name} (${item.type}, .${extension}) — emulated original\n`;
    return new Response(body, { headers: { 'Content-Type': CONTENT_TYPES[extension] ?? 'application/octet-stream', ...headers } });
  };

  const routes: Route[] = [
    { endpoint: 'media-download', pattern: /^\/api\/v4\/media\/([^/]+)\/download\/?$/, methods: ['GET'], kind: 'api', handle: download },
    { endpoint: 'media-download-item', pattern: /^\/api\/v4\/media\/([^/]+)\/download\/([^/]+)\/?$/, methods: ['GET'], kind: 'api', handle: download },
    { endpoint: 'download-file', pattern: /^\/cdn\/download\/([^/]+)\/[^/]+\/[^/]+$/, methods: ['GET', 'HEAD'], kind: 'public', handle: serve },
  ];
  return { routes };
}
