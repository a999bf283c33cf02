// `embed_link`: the file at full size, a URL hosts can publish (the name the vendor's /assetInsert
// callback and /simpleSearch `_source` use). The CDN stand-in draws an image or document with the thumbnail's
// code, at the asset's pixel size; a video or audio asset's file is the real, playable WebM of preview-media.ts.

import { thumbnailSvg } from './cdn.js';
import type { EmulatedAsset } from './data.js';
import { json } from './http.js';
import { previewVideoResponse } from './preview-media.js';
import { hashString } from './prng.js';
import type { EmulatorModule, RouteRequest } from './routes.js';

/** The largest side served, so a 12,000 px seeded "image" stays a small drawing. */
const MAX_SIDE = 4096;

const dir = (serial: number): string => String(Math.floor(serial / 100)).padStart(4, '0');

/** Video and audio assets' files play (WebM); the rest are drawings (SVG). */
const playable = (assetType: string): boolean => assetType === 'Video' || assetType === 'Audio';

export function embedLink(apiOrigin: string, serial: number, version: number, assetType: string): string {
  return `${apiOrigin}/cdn/embed/${dir(serial)}/${serial}_${version}_full.${playable(assetType) ? 'webm' : 'svg'}`;
}

/** Full size: the asset's pixel size (documents and media without one: a page or a 16:9 frame). */
function fullSize(asset: EmulatedAsset): [number, number] {
  let w = asset.pixelWidth;
  let h = asset.pixelHeight;
  if (!w || !h) [w, h] = asset.assetType === 'Document' ? [1240, 1754] : [1920, 1080];
  const scale = Math.min(1, MAX_SIDE / Math.max(w, h));
  return [Math.round(w * scale), Math.round(h * scale)];
}

const HEADERS = {
  'Content-Type': 'image/svg+xml',
  'Cache-Control': 'public, max-age=31536000, immutable',
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
  'X-Content-Type-Options': 'nosniff',
};

function embed(req: RouteRequest): Response {
  const [, folder, serial, version, suffix] = req.match;
  const asset = req.ctx.data.assetBySerial(Number(serial));
  if (!asset || Number(version) !== asset.version || folder !== dir(asset.serialNumber)) return json({ error: 'Not found' }, 404);
  if ((suffix === 'webm') !== playable(asset.assetType)) return json({ error: 'Not found' }, 404);
  if (suffix === 'webm') return previewVideoResponse(req.request);
  const etag = `"full-${hashString(`${asset.guid}:${asset.version}`).toString(16)}"`;
  if (req.request.headers.get('If-None-Match') === etag) return new Response(null, { status: 304, headers: { ...HEADERS, ETag: etag } });
  return new Response(thumbnailSvg(asset, fullSize(asset)), { headers: { ...HEADERS, ETag: etag } });
}

export const embedModule: EmulatorModule = {
  routes: [
    {
      kind: 'public',
      pattern: /^\/cdn\/embed\/(\d{4})\/(\d+)_(\d+)_full\.(svg|webm)$/,
      methods: ['GET', 'HEAD'],
      endpoint: 'embed',
      handle: embed,
    },
  ],
};
