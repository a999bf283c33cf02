// Raster thumbnails for the CDN stand-ins: small, deterministic palette PNGs made on Web APIs only
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

/** A PNG of `width`×`height`, palette colour (type 3), from its PLTE chunk's colours and its zlib-compressed IDAT data. */
function assemblePng(width: number, height: number, palette: Uint8Array, idat: Uint8Array): Uint8Array<ArrayBuffer> {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 3, 0, 0, 0], 8); // 8-bit palette indices, deflate, adaptive filtering, no interlace
  const parts = [
    new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('PLTE', palette),
    chunk('IDAT', idat),
    chunk('IEND', new Uint8Array()),
  ];
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

/** Gradient steps along the diagonal; the palette holds each step, each step darkened (the band), and white. */
const STEPS = 127;
const DARK = STEPS;
const WHITE = 2 * STEPS;

/**
 * The picture's shape, which depends on its size only: a diagonal gradient (as palette indices), a white frame
 * in the middle standing for the asset, and a dark band at the bottom where a caption would sit. Each row starts
 * with filter byte 0 (None). Compressed once per size: an asset's colours are its palette, so a thumbnail costs
 * a palette and a checksum, not an encode (a CDN serves stored bytes; the emulator shares the machine with the
 * browser it serves, and encoding each of 10,000 thumbnails took ~9 ms of its CPU).
 */
async function thumbnailIndices(width: number, height: number): Promise<Uint8Array> {
  const raw = new Uint8Array((width + 1) * height);
  const frame = Math.max(8, Math.round(Math.min(width, height) / 5));
  const [left, top] = [Math.round(width / 2 - frame), Math.round(height / 2 - frame * 0.75)];
  const [right, bottom] = [left + 2 * frame, top + Math.round(frame * 1.5)];
  const line = Math.max(1, Math.round(frame / 12));
  const band = height - Math.max(4, Math.round(height / 10));
  for (let y = 0; y < height; y++) {
    const row = y * (width + 1);
    for (let x = 0; x < width; x++) {
      const step = Math.min(STEPS - 1, Math.floor(((x / width + y / height) / 2) * STEPS));
      const inFrame = x >= left && x < right && y >= top && y < bottom;
      const onEdge = inFrame && (x < left + line || x >= right - line || y < top + line || y >= bottom - line);
      raw[row + 1 + x] = onEdge ? WHITE : y >= band ? DARK + step : step;
    }
  }
  return deflate(raw);
}

/** An asset's palette: its two gradient colours (taken from `key`, an asset's GUID), in steps, plain and darkened; then white. */
function thumbnailPalette(key: string): Uint8Array {
  const hash = hashString(key);
  const hue = hash % 360;
  const from = hslToRgb(hue, 0.65, 0.55);
  const to = hslToRgb((hue + 40 + ((hash >>> 9) % 80)) % 360, 0.7, 0.3);
  const palette = new Uint8Array((WHITE + 1) * 3);
  for (let step = 0; step < STEPS; step++) {
    const t = (step + 0.5) / STEPS;
    for (let channel = 0; channel < 3; channel++) {
      const value = from[channel]! + (to[channel]! - from[channel]!) * t;
      palette[step * 3 + channel] = value;
      palette[(DARK + step) * 3 + channel] = value * 0.65;
    }
  }
  palette.fill(255, WHITE * 3);
  return palette;
}

/** Compressed pictures per size (a dozen for the seeded assets' aspect ratios; uploads may add more, so bounded). */
const shapes = new Map<string, Promise<Uint8Array>>();
const SHAPES = 200;

/** A PNG thumbnail of `width`×`height` for `key`, the same bytes for the same arguments. */
export async function thumbnailPng(key: string, width: number, height: number): Promise<Uint8Array<ArrayBuffer>> {
  const size = `${width}x${height}`;
  let shape = shapes.get(size);
  if (!shape) {
    if (shapes.size >= SHAPES) shapes.delete(shapes.keys().next().value!);
    shapes.set(size, (shape = thumbnailIndices(width, height)));
  }
  return assemblePng(width, height, thumbnailPalette(key), await shape);
}

export const PNG_HEADERS = {
  'Content-Type': 'image/png',
  'Cache-Control': 'public, max-age=31536000, immutable',
  'X-Content-Type-Options': 'nosniff',
};
