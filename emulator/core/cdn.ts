// The CDN stand-in (generated PNG thumbnails; the full-size `embed_link` files are SVG drawings) and stand-in pages for `objectURL` links.

import type { EmulatedAsset } from './data.js';
import { escapeHtml, html, json } from './http.js';
import { PNG_HEADERS, thumbnailPng } from './png.js';
import { hashString } from './prng.js';
import type { EmulatorModule, RouteRequest } from './routes.js';

function hslToHex(h: number, s: number, l: number): string {
  const a = s * Math.min(l, 1 - l);
  const channel = (n: number): string => {
    const k = (n + h / 30) % 12;
    const value = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

const ICONS: Record<string, string> = {
  Image: '<rect x="-30" y="-22" width="60" height="44" rx="4"/><path d="M-24 16 L-8 -2 L4 10 L12 2 L24 16"/><circle cx="12" cy="-10" r="5"/>',
  Video: '<rect x="-30" y="-22" width="60" height="44" rx="6"/><path d="M-8 -11 L12 0 L-8 11 Z" fill="#ffffff"/>',
  Audio: '<path d="M-6 14 V-20 L18 -26 V8"/><circle cx="-12" cy="14" r="6"/><circle cx="12" cy="8" r="6"/>',
  Document: '<path d="M-20 -28 H8 L20 -16 V28 H-20 Z M8 -28 V-16 H20"/><path d="M-12 -4 H12 M-12 6 H12 M-12 16 H4"/>',
};

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

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The asset's image: its thumbnail (320 px box), or `size` (the full-size file behind `embed_link`). */
export function thumbnailSvg(asset: EmulatedAsset, size?: readonly [number, number]): string {
  const [w, h] = size ?? thumbnailBox(asset);
  const hash = hashString(asset.guid);
  const hue = hash % 360;
  const from = hslToHex(hue, 0.65, 0.55);
  const to = hslToHex((hue + 40 + ((hash >>> 9) % 80)) % 360, 0.7, 0.3);
  const cx = w / 2;
  const cy = h / 2;
  const title = escapeHtml(asset.title);
  const caption = escapeHtml(truncate(asset.title, Math.floor(w / 7.5)));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" aria-label="${title}">`,
    `<title>${title}</title>`,
    `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/>`,
    `<stop offset="1" stop-color="${to}"/></linearGradient></defs>`,
    `<rect width="${w}" height="${h}" fill="url(#g)"/>`,
    `<g transform="translate(${cx} ${cy - 24})" fill="none" stroke="#ffffff" stroke-width="4" stroke-linejoin="round" opacity="0.9">`,
    ICONS[asset.assetType] ?? ICONS.Image,
    '</g>',
    `<text x="${cx}" y="${cy + 34}" text-anchor="middle" font-family="system-ui, sans-serif" font-size="26" font-weight="700" fill="#ffffff">${escapeHtml(asset.fileType.toUpperCase())}</text>`,
    `<rect y="${h - 30}" width="${w}" height="30" fill="#000000" fill-opacity="0.35"/>`,
    `<text x="10" y="${h - 10}" font-family="system-ui, sans-serif" font-size="13" fill="#ffffff">${caption}</text>`,
    '</svg>',
  ].join('');
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
      kind: 'public',
      pattern: /^\/cdn\/assetThumbnails\/(\d{4})\/(\d+)_(\d+)_thumbnail_320x320_page1_\d+\.png$/,
      methods: ['GET', 'HEAD'],
      endpoint: 'thumbnail',
      handle: thumbnail,
    },
    {
      kind: 'public',
      pattern: /^\/BMS\/asset\/views\/?$/,
      methods: ['GET'],
      endpoint: 'assetPage',
      handle: assetPage,
    },
    {
      kind: 'public',
      pattern: /^\/BMS\/category\/?$/,
      methods: ['GET'],
      endpoint: 'categoryPage',
      handle: categoryPage,
    },
  ],
};
