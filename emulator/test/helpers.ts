// Shared helpers for the emulator's own tests.

import { createHash, randomBytes } from 'node:crypto';
import { createBrandworkzEmulator, type BrandworkzEmulator } from '../core/index.js';

export const ORIGIN = 'http://127.0.0.1:4010';
export const APP_ORIGIN = 'http://localhost:5173';
/** An origin the test emulators do not allow. */
export const OTHER_ORIGIN = 'http://localhost:5999';
/** The one redirect URI the test servers register. */
export const REDIRECT_URI = `${APP_ORIGIN}/callback`;
/** What the emulators under test are started with: CORS for APP_ORIGIN only, the control routes on. */
export const TEST_ACCESS = { allowedOrigins: [APP_ORIGIN], testMode: true } as const;
/** The same for the Node servers, with the registered redirect URI. */
export const SERVER_ACCESS = { ...TEST_ACCESS, redirectUris: [REDIRECT_URI] } as const;

let shared: BrandworkzEmulator | undefined;

/** One emulator per test file is enough; tests that change state call reset(). */
export function sharedEmulator(): BrandworkzEmulator {
  shared ??= createBrandworkzEmulator({ apiOrigin: ORIGIN, ...TEST_ACCESS });
  return shared;
}

export interface Searcher {
  (params: Record<string, string | number>, init?: { token?: string | null; headers?: Record<string, string> }): Promise<Response>;
}

export function apiUrl(emulator: BrandworkzEmulator, endpoint: string, params: Record<string, string | number> = {}): string {
  const { apiOrigin, apiVersion, clientDb } = emulator.options;
  const url = new URL(`${apiOrigin}/v${apiVersion}/${clientDb}/${endpoint}`);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, String(value));
  return url.href;
}

/** GET an API endpoint through `emulator.handle` with a fresh valid token (or the given one). */
export async function callApi(
  emulator: BrandworkzEmulator,
  endpoint: string,
  params: Record<string, string | number> = {},
  init: { token?: string | null; headers?: Record<string, string>; method?: string } = {},
): Promise<Response> {
  const token = init.token === undefined ? emulator.tokens.issue() : init.token;
  const headers: Record<string, string> = { Origin: APP_ORIGIN, ...init.headers };
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  const response = await emulator.handle(new Request(apiUrl(emulator, endpoint, params), { method: init.method ?? 'GET', headers }));
  if (!response) throw new Error(`emulator did not answer ${endpoint}`);
  return response;
}

export interface SearchBody {
  result: { message: string; code: number };
  searchResult: {
    total: number;
    max_score: number | null;
    hits: Array<{ _id: string; _type: 'asset' | 'folder'; _score: number; _source: Record<string, unknown> }>;
  };
}

export async function search(emulator: BrandworkzEmulator, params: Record<string, string | number>): Promise<SearchBody> {
  const response = await callApi(emulator, 'simpleSearch', params);
  if (response.status !== 200) throw new Error(`simpleSearch ${response.status}: ${await response.text()}`);
  return (await response.json()) as SearchBody;
}

export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  return { verifier, challenge };
}

/** A minimal cookie jar: enough for oidc-provider's interaction and session cookies. */
export class CookieJar {
  readonly #cookies = new Map<string, string>();

  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (/expires=Thu, 01 Jan 1970/i.test(line) || value === '') this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.#cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/** fetch without following redirects, with cookies. */
export async function browserFetch(jar: CookieJar, url: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  const cookie = jar.header();
  if (cookie) headers.set('Cookie', cookie);
  const response = await fetch(url, { ...init, headers, redirect: 'manual' });
  jar.store(response);
  return response;
}

/**
 * Follows redirects like a browser until one leaves `serverOrigin` (the OAuth redirect back to the
 * app) or a page is shown. Returns that redirect URL, or the page's response.
 */
export async function navigate(
  jar: CookieJar,
  serverOrigin: string,
  start: string,
  init: RequestInit = {},
): Promise<{ redirect?: URL; page?: Response; pageUrl: string }> {
  let url = start;
  let response = await browserFetch(jar, url, init);
  for (let hops = 0; hops < 10; hops++) {
    const location = response.headers.get('Location');
    if (response.status < 300 || response.status >= 400 || !location) return { page: response, pageUrl: url };
    const next = new URL(location, url);
    if (next.origin !== serverOrigin) return { redirect: next, pageUrl: url };
    url = next.href;
    response = await browserFetch(jar, url);
  }
  throw new Error('too many redirects');
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
