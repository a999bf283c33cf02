// Deterministic pseudo-random numbers for the seeded data: the same seed gives the
// same folders, assets and GUIDs on every run, in Node and in the browser.

export interface Prng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** One element of a non-empty list, chosen with the given weights. */
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T;
  /** `count` distinct elements (fewer if the list is shorter), in list order. */
  sample<T>(items: readonly T[], count: number): T[];
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** A lower-case RFC 4122 version-4-shaped GUID made from the generator, not from crypto. */
  guid(): string;
}

const HEX_CODES: readonly number[] = Array.from('0123456789abcdef', (ch) => ch.charCodeAt(0));
const GUID_CODES: number[] = new Array<number>(36).fill(48);

/** mulberry32: tiny, fast and good enough for test data. */
export function createPrng(seed: number): Prng {
  let state = seed >>> 0;
  const nextUint32 = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const next = (): number => nextUint32() / 4294967296;
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(next() * items.length)] as T;
  };
  return {
    next,
    int,
    pick,
    weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
      let total = 0;
      for (const [, weight] of items) total += weight;
      let roll = next() * total;
      for (const [item, weight] of items) {
        roll -= weight;
        if (roll < 0) return item;
      }
      const last = items[items.length - 1];
      if (!last) throw new Error('weighted pick from an empty list');
      return last[0];
    },
    sample<T>(items: readonly T[], count: number): T[] {
      const chosen = new Set<number>();
      const wanted = Math.min(count, items.length);
      while (chosen.size < wanted) chosen.add(Math.floor(next() * items.length));
      return [...chosen].sort((a, b) => a - b).map((i) => items[i] as T);
    },
    chance(p: number): boolean {
      return next() < p;
    },
    guid(): string {
      const a = nextUint32();
      const b = nextUint32();
      const c = nextUint32();
      const d = nextUint32();
      // Nibbles straight into char codes: one flat string (cheap to hash as a Map key).
      const codes = GUID_CODES;
      let at = 0;
      const put = (value: number, nibbles: number): void => {
        for (let shift = (nibbles - 1) * 4; shift >= 0; shift -= 4) codes[at++] = HEX_CODES[(value >>> shift) & 15] as number;
      };
      put(a, 8);
      codes[at++] = 45;
      put(b >>> 16, 4);
      codes[at++] = 45;
      put(0x4000 | (b & 0x0fff), 4);
      codes[at++] = 45;
      put(0x8000 | ((c >>> 16) & 0x3fff), 4);
      codes[at++] = 45;
      put(c & 0xffff, 4);
      put(d, 8);
      return String.fromCharCode(...codes);
    },
  };
}

/** A stable 32-bit hash of a string (FNV-1a), for colours and cache-busting suffixes. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
