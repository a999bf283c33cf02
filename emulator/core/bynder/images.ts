// Images of the Bynder stand-in: thumbnails (`mini`, `thul`, `webimage`) as PNG (see ../png.ts), and
// originals, brand logos and Dynamic Asset Transformation URLs as SVG at the size the URL asks for
// (any size up to 10,000 px, which a raster stand-in would make costly).

import { escapeHtml } from '../http.js';
import { hashString } from '../prng.js';
import type { BynderMedia } from './data.js';

const SVG_HEADERS = {
  'Content-Type': 'image/svg+xml',
  'Cache-Control': 'public, max-age=31536000, immutable',
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
  'X-Content-Type-Options': 'nosniff',
};

/** Longest side of each derivative, as on a default Bynder portal. */
export const DERIVATIVE_SIZES: Record<string, number> = { mini: 80, thul: 250, webimage: 800 };

function hsl(h: number, s: number, l: number): string {
  return `hsl(${h} ${Math.round(s * 100)}% ${Math.round(l * 100)}%)`;
}

/** The media item's own pixel size, or a type-based stand-in for files without one. */
export function naturalSize(item: BynderMedia): [number, number] {
  const width = typeof item.width === 'number' ? item.width : undefined;
  const height = typeof item.height === 'number' ? item.height : undefined;
  if (width && height) return [width, height];
  return item.type === 'document' ? [1240, 1754] : [1200, 1200];
}

export function fitInside([w, h]: [number, number], longest: number): [number, number] {
  const scale = Math.min(1, longest / Math.max(w, h));
  return [Math.max(1, Math.round(w * scale)), Math.max(1, Math.round(h * scale))];
}

export function mediaSvg(item: BynderMedia, width: number, height: number, note = ''): string {
  const hash = hashString(item.id);
  const hue = hash % 360;
  const label = escapeHtml(item.name);
  const fontSize = Math.max(8, Math.round(Math.min(width, height) / 10));
  const ext = escapeHtml((item.extension[0] ?? item.type).toUpperCase());
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${label}">`,
    `<title>${label}</title>${note ? `<desc>${escapeHtml(note)}</desc>` : ''}`,
    `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${hsl(hue, 0.65, 0.55)}"/>`,
    `<stop offset="1" stop-color="${hsl((hue + 60) % 360, 0.7, 0.3)}"/></linearGradient></defs>`,
    `<rect width="${width}" height="${height}" fill="url(#g)"/>`,
    `<text x="${width / 2}" y="${height / 2}" text-anchor="middle" dominant-baseline="middle" font-family="system-ui, sans-serif" font-size="${fontSize}" font-weight="700" fill="#ffffff">${ext}</text>`,
    '</svg>',
  ].join('');
}

export function svgResponse(body: string, extra: Record<string, string> = {}): Response {
  return new Response(body, { headers: { ...SVG_HEADERS, ...extra } });
}

export interface TransformResult {
  width: number;
  height: number;
  format: 'jpg' | 'png' | 'webp';
  operations: string[];
}

const OPERATIONS = new Set(['crop', 'fill', 'fit', 'scale', 'rotate', 'flip', 'extend']);

/**
 * Applies DAT query parameters (`io=transform:<op>,width:N,height:N` — may repeat — `focuspoint=x,y`,
 * `format`, `quality`) to the item's size. Throws a message for what a real portal would refuse.
 */
export function applyTransform(item: BynderMedia, params: URLSearchParams): TransformResult {
  let [w, h] = naturalSize(item);
  const operations: string[] = [];
  for (const io of params.getAll('io')) {
    const match = /^transform:([a-z]+)((?:,[a-z]+:[^,]+)*)$/.exec(io);
    if (!match || !OPERATIONS.has(match[1]!)) throw new Error(`Unsupported io value "${io}"`);
    const op = match[1]!;
    const args = new Map(
      (match[2] ?? '')
        .split(',')
        .filter(Boolean)
        .map((pair) => pair.split(':') as [string, string]),
    );
    const width = args.has('width') ? Number(args.get('width')) : undefined;
    const height = args.has('height') ? Number(args.get('height')) : undefined;
    for (const value of [width, height]) {
      if (value !== undefined && !(Number.isInteger(value) && value > 0 && value <= 10_000)) throw new Error(`Invalid size in "${io}"`);
    }
    if (op === 'scale' || op === 'fit') {
      if (width === undefined && height === undefined) throw new Error(`"${io}" needs a width or a height`);
      const scale = Math.min(width !== undefined ? width / w : Infinity, height !== undefined ? height / h : Infinity);
      [w, h] = [Math.max(1, Math.round(w * scale)), Math.max(1, Math.round(h * scale))];
    } else if (op === 'fill' || op === 'crop' || op === 'extend') {
      if (width === undefined || height === undefined) throw new Error(`"${io}" needs a width and a height`);
      [w, h] = [width, height];
    } else if (op === 'rotate') {
      const angle = Number(args.get('angle') ?? 0);
      if (angle % 180 !== 0) [w, h] = [h, w];
    }
    operations.push(op);
  }
  const focus = params.get('focuspoint');
  if (focus !== null) {
    const parts = focus.split(',').map(Number);
    if (parts.length !== 2 || parts.some((p) => !(p >= 0 && p <= 1))) throw new Error('focuspoint must be x,y between 0 and 1');
  }
  const format = params.get('format') ?? 'webp';
  if (format !== 'jpg' && format !== 'png' && format !== 'webp') throw new Error('format must be jpg, png or webp');
  const quality = params.get('quality');
  if (quality !== null && !(Number.isInteger(Number(quality)) && Number(quality) >= 1 && Number(quality) <= 100)) {
    throw new Error('quality must be 1..100');
  }
  return { width: w, height: h, format, operations };
}
