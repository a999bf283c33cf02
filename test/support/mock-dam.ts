// Starts the DAM emulator's core inside the test page behind msw, so provider
// and component tests talk HTTP to the same emulator the demo uses.
import { setupWorker } from 'msw/browser';
import { createBrandworkzEmulator, type BrandworkzEmulator, type UploadsOptions } from '../../emulator/core/index.js';
import { brandworkzHandlers, bynderHandlers } from '../../emulator/msw.js';
import { createBynderEmulator, type BynderEmulator, type BynderUploadsOptions } from '../../emulator/core/bynder/index.js';
import type { TokenSource } from '../../src/api/types.js';
import { forgetApiLocations } from '../../src/api/providers/brandworkz/brandworkz-provider.js';

export const API_ORIGIN = 'https://api.dam-emulator.test';
export const SITE = 'demo.brandworkz.com';

export interface MockDam {
  emulator: BrandworkzEmulator;
  /** A valid access token issued by the emulator. */
  token: string;
  /** Requests to an endpoint since the last `emulator.requests.clear()`. */
  count(endpoint: string): number;
  stop(): void;
}

let worker: ReturnType<typeof setupWorker> | undefined;

/** Points the page's one msw worker at these handlers (starting it the first time). */
async function serve(handlers: Parameters<typeof setupWorker>): Promise<void> {
  if (worker) worker.resetHandlers(...handlers);
  else {
    worker = setupWorker(...handlers);
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  }
}

/** Extra msw handlers in front of the emulator's, until the next `startMock…` (e.g. another origin). */
export function useHandlers(...handlers: Parameters<typeof setupWorker>): void {
  if (!worker) throw new Error('Start a mock DAM first.');
  worker.use(...handlers);
}

/** What a test holds of an emulator behind msw: a valid token, request counts, and a way to stop. */
function mockOf<E extends { tokens: { issue(): string }; requests: { readonly entries: ReadonlyArray<{ endpoint: string }> } }>(emulator: E) {
  return {
    emulator,
    token: emulator.tokens.issue(),
    count: (endpoint: string) => emulator.requests.entries.filter((entry) => entry.endpoint === endpoint).length,
    stop: () => worker?.resetHandlers(),
  };
}

/**
 * A fresh Brandworkz emulator behind msw; the page's pickers discover it anew (they keep discovery answers per page).
 * Another `seed` gives other records, and other thumbnail URLs: none of them in an image cache that an earlier test
 * file filled (WebKit runs every file in one window).
 */
export async function startMockDam(options: { assetCount?: number; uploads?: UploadsOptions; seed?: number } = {}): Promise<MockDam> {
  forgetApiLocations();
  const emulator = createBrandworkzEmulator({
    apiOrigin: API_ORIGIN,
    site: SITE,
    assetCount: options.assetCount ?? 2000,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.uploads ? { uploads: options.uploads } : {}),
  });
  await serve(brandworkzHandlers(emulator));
  return mockOf(emulator);
}

/** The Bynder portal the Bynder mock answers for. */
export const BYNDER_PORTAL = 'https://acme.bynder-emulator.test';

export interface MockBynder {
  emulator: BynderEmulator;
  token: string;
  count(endpoint: string): number;
  stop(): void;
}

/** The Bynder portal emulator behind msw (same worker as `startMockDam`; one DAM at a time). */
export async function startMockBynder(options: { mediaCount?: number; uploads?: BynderUploadsOptions } = {}): Promise<MockBynder> {
  const emulator = createBynderEmulator({
    portalOrigin: BYNDER_PORTAL,
    mediaCount: options.mediaCount ?? 2000,
    ...(options.uploads ? { uploads: options.uploads } : {}),
  });
  await serve(bynderHandlers(emulator));
  return mockOf(emulator);
}

/**
 * Points the mock DAM's sign-in somewhere else: discovery answers `apiUrl` as the API base, so the
 * authorization (`<apiUrl>/oauth/authorize`) and token endpoints move there (a test page of this origin).
 */
export function moveSignIn(dam: MockDam, apiUrl: string): void {
  const handle = dam.emulator.handle.bind(dam.emulator);
  dam.emulator.handle = async (request) => {
    const response = await handle(request);
    if (!response || !new URL(request.url).pathname.endsWith('/getAPIURL')) return response;
    const body = (await response.json()) as { data: { api_url: string } };
    body.data.api_url = apiUrl;
    return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
  };
}

/** A token source over a mock DAM that counts its refreshes; each refresh has the DAM issue a new token. */
export interface RefreshingTokens extends TokenSource {
  refreshes: number;
  /** The token it hands out now. */
  current: string;
}

export function refreshingTokens(dam: MockDam | MockBynder, first = dam.token): RefreshingTokens {
  const source: RefreshingTokens = {
    refreshes: 0,
    current: first,
    getAccessToken: async () => source.current,
    refreshAccessToken: async () => {
      source.refreshes++;
      source.current = dam.emulator.tokens.issue();
      return source.current;
    },
  };
  return source;
}
