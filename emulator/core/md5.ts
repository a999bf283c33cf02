// Incremental MD5 (RFC 1321) over byte chunks, in plain TypeScript: Web Crypto has no MD5, and the
// emulator reports S3-style ETags and stored-file checksums in the browser (msw) as well as in Node.

const SHIFTS = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const K = Int32Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) | 0);

export class Md5 {
  readonly #state = new Int32Array([0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476]);
  readonly #block = new Uint8Array(64);
  readonly #words = new Int32Array(16);
  #blockLength = 0;
  #bytes = 0;
  #done = false;

  /** Adds bytes; returns `this` for chaining. */
  update(data: Uint8Array): this {
    if (this.#done) throw new Error('Md5: update after digest');
    this.#bytes += data.length;
    let offset = 0;
    if (this.#blockLength > 0) {
      const take = Math.min(64 - this.#blockLength, data.length);
      this.#block.set(data.subarray(0, take), this.#blockLength);
      this.#blockLength += take;
      offset = take;
      if (this.#blockLength < 64) return this;
      this.#compress(this.#block, 0);
      this.#blockLength = 0;
    }
    for (; offset + 64 <= data.length; offset += 64) this.#compress(data, offset);
    if (offset < data.length) {
      this.#block.set(data.subarray(offset), 0);
      this.#blockLength = data.length - offset;
    }
    return this;
  }

  /** The digest as 32 lower-case hex digits. The hash cannot be updated afterwards. */
  hex(): string {
    if (!this.#done) this.#finish();
    let out = '';
    for (const word of this.#state) {
      for (let shift = 0; shift < 32; shift += 8) out += ((word >>> shift) & 0xff).toString(16).padStart(2, '0');
    }
    return out;
  }

  #finish(): void {
    const bits = this.#bytes * 8;
    const padding = new Uint8Array((this.#blockLength < 56 ? 56 : 120) - this.#blockLength + 8);
    padding[0] = 0x80;
    const tail = padding.length - 8;
    const low = bits % 2 ** 32;
    const high = Math.floor(bits / 2 ** 32);
    for (let i = 0; i < 4; i++) {
      padding[tail + i] = (low >>> (8 * i)) & 0xff;
      padding[tail + 4 + i] = (high >>> (8 * i)) & 0xff;
    }
    const bytes = this.#bytes;
    this.update(padding);
    this.#bytes = bytes;
    this.#done = true;
  }

  #compress(data: Uint8Array, offset: number): void {
    const x = this.#words;
    for (let i = 0; i < 16; i++) {
      const o = offset + i * 4;
      x[i] = (data[o] as number) | ((data[o + 1] as number) << 8) | ((data[o + 2] as number) << 16) | ((data[o + 3] as number) << 24);
    }
    const state = this.#state;
    let a = state[0] as number;
    let b = state[1] as number;
    let c = state[2] as number;
    let d = state[3] as number;
    for (let i = 0; i < 64; i++) {
      let f: number;
      let g: number;
      if (i < 16) {
        f = (b & c) | (~b & d);
        g = i;
      } else if (i < 32) {
        f = (d & b) | (~d & c);
        g = (5 * i + 1) & 15;
      } else if (i < 48) {
        f = b ^ c ^ d;
        g = (3 * i + 5) & 15;
      } else {
        f = c ^ (b | ~d);
        g = (7 * i) & 15;
      }
      const s = SHIFTS[((i >> 4) << 2) | (i & 3)] as number;
      const sum = (a + f + (K[i] as number) + (x[g] as number)) | 0;
      a = d;
      d = c;
      c = b;
      b = (b + ((sum << s) | (sum >>> (32 - s)))) | 0;
    }
    state[0] = ((state[0] as number) + a) | 0;
    state[1] = ((state[1] as number) + b) | 0;
    state[2] = ((state[2] as number) + c) | 0;
    state[3] = ((state[3] as number) + d) | 0;
  }
}

/** MD5 of some bytes (one or several chunks), as hex. */
export function md5Hex(...chunks: Uint8Array[]): string {
  const hash = new Md5();
  for (const chunk of chunks) hash.update(chunk);
  return hash.hex();
}
