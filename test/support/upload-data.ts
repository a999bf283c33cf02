// Deterministic file contents for upload tests (generated in the page, never fetched), and the
// MD5 of a Blob computed slice by slice with the emulator's own MD5.
import { Md5 } from '../../emulator/core/md5.js';

/** `size` pseudo-random bytes from `seed` (xorshift32): the same seed, the same bytes. */
export function generatedBytes(size: number, seed = 1): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  const words = new Uint32Array(bytes.buffer, 0, Math.floor(size / 4));
  let x = seed >>> 0 || 1;
  for (let i = 0; i < words.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    words[i] = x >>> 0;
  }
  for (let i = words.length * 4; i < size; i++) bytes[i] = (i * 31 + seed) & 0xff;
  return bytes;
}

export function generatedFile(name: string, size: number, seed = 1, type = ''): File {
  return new File([generatedBytes(size, seed)], name, { type });
}

/** MD5 (hex) of a Blob, read 4 MiB at a time. */
export async function md5OfBlob(blob: Blob): Promise<string> {
  const hash = new Md5();
  const step = 4 * 1024 * 1024;
  for (let start = 0; start < blob.size; start += step) {
    hash.update(new Uint8Array(await blob.slice(start, start + step).arrayBuffer()));
  }
  return hash.hex();
}
