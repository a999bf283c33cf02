// The DAM behind the stories: the emulator's core behind msw, one instance per configuration.
import { createBrandworkzEmulator, type BrandworkzEmulator, type FaultRule } from '../emulator/core/index.js';
import { brandworkzHandlers } from '../emulator/msw.js';

export const API_ORIGIN = 'https://api.dam-emulator.test';
export const SITE = 'demo.brandworkz.com';

export interface StoryDam {
  emulator: BrandworkzEmulator;
  handlers: ReturnType<typeof brandworkzHandlers>;
  tokenProvider: () => Promise<string>;
}

/** `parameters.dam` of a story: how big the DAM is, and faults to inject before it renders. */
export interface DamParameters {
  assetCount?: number;
  faults?: FaultRule[];
  /** Added delay of every response, in milliseconds. */
  latencyMs?: number;
}

const dams = new Map<number, StoryDam>();

/** An emulated Brandworkz DAM with `assetCount` assets (cached: the seed is deterministic). */
export function storyDam(assetCount = 2000): StoryDam {
  let dam = dams.get(assetCount);
  if (!dam) {
    const emulator = createBrandworkzEmulator({ apiOrigin: API_ORIGIN, site: SITE, assetCount });
    dam = { emulator, handlers: brandworkzHandlers(emulator), tokenProvider: async () => emulator.tokens.issue() };
    dams.set(assetCount, dam);
  }
  return dam;
}
