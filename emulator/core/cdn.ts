// The CDN stand-in (generated PNG thumbnails) and stand-in pages for `objectURL` links.

import type { EmulatedAsset } from './data.js';
import { escapeHtml, html, json } from './http.js';
import { PNG_HEADERS, thumbnailPng } from './png.js';
import { hashString } from './prng.js';
import type { EmulatorModule, RouteRequest } from './routes.js';

/** Thumbnail box for an asset: its aspect ratio inside 320×320. */
function thumbnailBox(asset: EmulatedAsset): [number, number] {
  let w = asset.pixelWidth;
  let h = asset.pixelHeight;
  if (!w || !h) {
    if (asset.fileType === 'pdf' || asset.fileType === 'docx') [w, h] = [226, 320];
    else if (asset.fileType === 'pptx') [w, h] = [320, 180];
    else if (asset.fileType === 'xlsx') [w, h] = [320, 240];
    else [w, h] = [320, 320];
  }
  const scale = 320 / Math.max(w, h);
  return [Math.max(80, Math.round(w * scale)), Math.max(80, Math.round(h * scale))];
}

async function thumbnail(req: RouteRequest): Promise<Response> {
  const [, dir, serial, version] = req.match;
  const asset = req.ctx.data.assetBySerial(Number(serial));
  if (!asset || Number(version) !== asset.version || dir !== String(Math.floor(asset.serialNumber / 100)).padStart(4, '0')) {
    return json({ error: 'Not found' }, 404);
  }
  const etag = `"${hashString(`${asset.guid}:${asset.version}`).toString(16)}"`;
  if (req.request.headers.get('If-None-Match') === etag) {
    return new Response(null, { status: 304, headers: { ...PNG_HEADERS, ETag: etag } });
  }
  const [w, h] = thumbnailBox(asset);
  return new Response(await thumbnailPng(asset.guid, w, h), { headers: { ...PNG_HEADERS, ETag: etag } });
}

function page(title: string, body: string, apiOrigin: string): Response {
  return html(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} – Brandworkz (emulator)</title>` +
      '<meta name="viewport" content="width=device-width, initial-scale=1">' +
      '<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:48rem}dt{font-weight:600}img{max-width:320px;border:1px solid #ccc}</style>' +
      `</head><body><p>Brandworkz web UI (emulator stand-in)</p>${body}</body></html>`,
    200,
    { 'Content-Security-Policy': `default-src 'none'; img-src ${apiOrigin} data:; style-src 'unsafe-inline'` },
  );
}

function assetPage(req: RouteRequest): Response {
  const serial = Number(req.url.searchParams.get('artwork_ID'));
  const asset = req.ctx.data.assetBySerial(serial);
  if (!asset) return html('<!doctype html><title>Not found</title><p>No such asset.</p>', 404);
  const rows: Array<[string, string]> = [
    ['GUID', asset.guid],
    ['Serial number', String(asset.serialNumber)],
    ['Type', `${asset.assetType} (${asset.fileType})`],
    ['Size', `${asset.fileSize} bytes`],
    ['Keywords', asset.extendedKeywords],
  ];
  const thumb = asset.thumbnailUrlCdn.startsWith(`${req.ctx.options.apiOrigin}/`) ? `<img src="${escapeHtml(asset.thumbnailUrlCdn)}" alt="">` : '';
  return page(
    asset.title,
    `<h1>${escapeHtml(asset.title)}</h1>${thumb}<p>${escapeHtml(asset.description)}</p><dl>` +
      rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('') +
      '</dl>',
    req.ctx.options.apiOrigin,
  );
}

function categoryPage(req: RouteRequest): Response {
  const folder = req.ctx.data.folderById(Number(req.url.searchParams.get('category')));
  if (!folder) return html('<!doctype html><title>Not found</title><p>No such folder.</p>', 404);
  return page(
    folder.title,
    `<h1>${escapeHtml(folder.title)}</h1><p>${escapeHtml(folder.assetType)} · ${escapeHtml(folder.guid)}</p>` + `<p>${escapeHtml(folder.description)}</p>`,
    req.ctx.options.apiOrigin,
  );
}

export const cdnModule: EmulatorModule = {
  routes: [
    {
      kind: 'static',
      pattern: /^\/cdn\/assetThumbnails\/(\d{4})\/(\d+)_(\d+)_thumbnail_320x320_page1_\d+\.png$/,
      methods: ['GET', 'HEAD'],
      endpoint: () => 'thumbnail',
      handle: thumbnail,
    },
    {
      kind: 'static',
      pattern: /^\/BMS\/asset\/views\/?$/,
      methods: ['GET'],
      endpoint: () => 'assetPage',
      handle: assetPage,
    },
    {
      kind: 'static',
      pattern: /^\/BMS\/category\/?$/,
      methods: ['GET'],
      endpoint: () => 'categoryPage',
      handle: categoryPage,
    },
  ],
};
