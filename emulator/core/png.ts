// Raster thumbnails for the CDN stand-ins: a small, deterministic PNG encoder on Web APIs only
// (`CompressionStream('deflate')` gives the zlib stream PNG wants), so the Node server and msw in the
// browser serve the same images. Real DAM CDNs serve raster images; SVG would cost the browser a parse
// on the main thread that no real portal asks for.

import { hashString } from './prng.js';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

async function deflate(bytes: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Encodes 8-bit RGB pixels (`width * height * 3` bytes, row by row) as a PNG, each row with the Sub filter. */
async function encodePng(width: number, height: number, rgb: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const stride = width * 3;
  const raw = new Uint8Array((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (stride + 1);
    raw[row] = 1; // Sub: each byte minus the same channel of the pixel to its left
    for (let x = 0; x < stride; x++) raw[row + 1 + x] = (rgb[y * stride + x]! - (x >= 3 ? rgb[y * stride + x - 3]! : 0)) & 0xff;
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, truecolour, deflate, adaptive filtering, no interlace
  const parts = [new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', await deflate(raw)), chunk('IEND', new Uint8Array())];
  const png = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    png.set(part, offset);
    offset += part.length;
  }
  return png;
}

function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  const a = s * Math.min(l, 1 - l);
  const channel = (n: number): number => {
    const k = (n + h / 30) % 12;
    return Math.round((l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))) * 255);
  };
  return [channel(0), channel(8), channel(4)];
}

/**
 * The picture for a thumbnail: a diagonal gradient in colours taken from `key` (an asset's GUID), a white
 * frame in the middle standing for the asset, and a dark band at the bottom where a caption would sit.
 */
function thumbnailPixels(key: string, width: number, height: number): Uint8Array {
  const hash = hashString(key);
  const hue = hash % 360;
  const from = hslToRgb(hue, 0.65, 0.55);
  const to = hslToRgb((hue + 40 + ((hash >>> 9) % 80)) % 360, 0.7, 0.3);
  const rgb = new Uint8Array(width * height * 3);
  const frame = Math.max(8, Math.round(Math.min(width, height) / 5));
  const [left, top] = [Math.round(width / 2 - frame), Math.round(height / 2 - frame * 0.75)];
  const [right, bottom] = [left + 2 * frame, top + Math.round(frame * 1.5)];
  const line = Math.max(1, Math.round(frame / 12));
  const band = height - Math.max(4, Math.round(height / 10));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const t = (x / width + y / height) / 2;
      let r = from[0] + (to[0] - from[0]) * t;
      let g = from[1] + (to[1] - from[1]) * t;
      let b = from[2] + (to[2] - from[2]) * t;
      const inFrame = x >= left && x < right && y >= top && y < bottom;
      const onEdge = inFrame && (x < left + line || x >= right - line || y < top + line || y >= bottom - line);
      if (onEdge) [r, g, b] = [255, 255, 255];
      else if (y >= band) [r, g, b] = [r * 0.65, g * 0.65, b * 0.65];
      const i = (y * width + x) * 3;
      rgb[i] = r;
      rgb[i + 1] = g;
      rgb[i + 2] = b;
    }
  }
  return rgb;
}

const cache = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
const CACHE_SIZE = 2_000;

/** A PNG thumbnail of `width`×`height` for `key`, the same bytes for the same arguments (recent ones kept). */
export function thumbnailPng(key: string, width: number, height: number): Promise<Uint8Array<ArrayBuffer>> {
  const id = `${key}:${width}x${height}`;
  let png = cache.get(id);
  if (!png) {
    png = encodePng(width, height, thumbnailPixels(key, width, height));
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(id, png);
  }
  return png;
}

export const PNG_HEADERS = {
  'Content-Type': 'image/png',
  'Cache-Control': 'public, max-age=31536000, immutable',
  'X-Content-Type-Options': 'nosniff',
};
