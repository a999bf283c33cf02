// msw 2 handlers that route a DAM origin's requests to the emulator core (browser tests, Storybook).

import { http, passthrough, type HttpHandler } from 'msw';
import type { BrandworkzEmulator } from './core/index.js';
import type { BynderEmulator } from './core/bynder/index.js';

export function brandworkzHandlers(emulator: BrandworkzEmulator): HttpHandler[] {
  const origin = emulator.options.apiOrigin;
  return [
    http.all(`${origin}/*`, async ({ request }) => {
      const response = await emulator.handle(request);
      return response ?? passthrough();
    }),
  ];
}

/** The same for the Bynder portal emulator (its portal origin). */
export function bynderHandlers(emulator: BynderEmulator): HttpHandler[] {
  const origin = emulator.options.portalOrigin;
  return [
    http.all(`${origin}/*`, async ({ request }) => {
      const response = await emulator.handle(request);
      return response ?? passthrough();
    }),
  ];
}
