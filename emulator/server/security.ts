// Who may talk to the Node emulators: the CORS origins, the OAuth redirect URIs registered for the
// clients, and their defaults (the `npm start` demo). Both servers (Brandworkz and Bynder) use these.

import type { IncomingMessage } from 'node:http';
import type { KoaContext, Middleware } from 'oidc-provider';
import { normalizeOrigins } from '../core/http.js';

/** What both Node emulators take about who may use them. */
export interface EmulatorAccessOptions {
  /**
   * Origins whose browser requests get CORS answers (API, CDN, OAuth token and revocation endpoints,
   * 404s, preflights), matched exactly. Requests from other origins get no CORS headers (the browser
   * blocks them); requests without `Origin` (server to server) work as ever.
   * Default: the `npm start` demo's, `demoAllowedOrigins()` = http://localhost:5173 and http://127.0.0.1:5174.
   */
  allowedOrigins?: readonly string[];
  /**
   * The OAuth redirect URIs registered for the clients, matched exactly (another port, path or query is
   * refused with an error page, never redirected to). Default: the demo's pages, `demoRedirectUris()`.
   */
  redirectUris?: readonly string[];
  /** Serve the `/__emulator/*` control routes (tests, benchmarks). Default false: they answer 404. */
  testMode?: boolean;
}

/** The access options with their defaults applied and checked. */
export interface Access {
  readonly allowedOrigins: string[];
  readonly redirectUris: string[];
  readonly testMode: boolean;
}

export function resolveAccess(options: EmulatorAccessOptions): Access {
  const redirectUris = normalizeRedirectUris(options.redirectUris ?? demoRedirectUris());
  if (redirectUris.length === 0) throw new TypeError('redirectUris: register at least one redirect URI');
  return {
    allowedOrigins: normalizeOrigins(options.allowedOrigins ?? demoAllowedOrigins()),
    redirectUris,
    testMode: options.testMode ?? false,
  };
}

/** The demo's ports, as `npm start` (scripts/start.mjs) uses them: DEMO_PORT and DIST_PORT. */
export interface DemoPorts {
  /** The demo host pages (Vite): http://localhost:<demoPort>/. Default 5173. */
  demoPort?: number | string;
  /** dist/ served as a CDN and as the picker page's origin: http://127.0.0.1:<distPort>/. Default 5174. */
  distPort?: number | string;
}

function ports({ demoPort, distPort }: DemoPorts = {}): { demo: string; dist: string } {
  return { demo: `http://localhost:${demoPort ?? 5173}`, dist: `http://127.0.0.1:${distPort ?? 5174}` };
}

/** The demo's origins: its host pages (http://localhost:5173) and dist/ (http://127.0.0.1:5174, picker.html). */
export function demoAllowedOrigins(demo: DemoPorts = {}): string[] {
  const { demo: host, dist } = ports(demo);
  return [host, dist];
}

/**
 * The demo's redirect URIs: every demo page that hosts a picker is its own redirect URI (a picker's
 * default is its page URL without query and hash), and dist/'s picker page and callback page.
 */
export function demoRedirectUris(demo: DemoPorts = {}): string[] {
  const { demo: host, dist } = ports(demo);
  return [
    `${host}/`,
    `${host}/script-tag.html`,
    `${host}/react.html`,
    `${host}/vue.html`,
    `${host}/windows.html`,
    `${dist}/picker.html`,
    `${dist}/callback.html`,
  ];
}

/**
 * Checks and normalises redirect URIs: absolute http(s) URLs without fragment, written as the browser
 * writes them (`http://localhost:5173` → `http://localhost:5173/`), so exact matching works.
 */
export function normalizeRedirectUris(uris: readonly string[]): string[] {
  return uris.map((value) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new TypeError(`redirect URI ${JSON.stringify(value)} is not an absolute URL`);
    }
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hash || value.includes('#') || url.username || url.password) {
      throw new TypeError(`redirect URI ${JSON.stringify(value)} must be an http(s) URL without fragment or credentials`);
    }
    return url.href;
  });
}

/** The CORS headers of an answer the OAuth server writes itself (faults, the client_db check): only for an allowed origin. */
export function oauthCorsHeaders(req: IncomingMessage, allowedOrigins: readonly string[], expose?: string): Record<string, string> {
  const origin = req.headers.origin;
  if (!origin || !allowedOrigins.includes(origin)) return { Vary: 'Origin' };
  return { 'Access-Control-Allow-Origin': origin, Vary: 'Origin', ...(expose ? { 'Access-Control-Expose-Headers': expose } : {}) };
}

const CORS_HEADERS = [
  'Access-Control-Allow-Origin',
  'Access-Control-Allow-Credentials',
  'Access-Control-Allow-Methods',
  'Access-Control-Allow-Headers',
  'Access-Control-Expose-Headers',
  'Access-Control-Max-Age',
];

/**
 * oidc-provider answers CORS for any origin on its open endpoints (discovery, JWKS) and on every
 * preflight; `clientBasedCORS` only covers the token, revocation and introspection requests. This
 * middleware (the first one) makes the allowed list hold everywhere: a preflight from another origin
 * gets a bare 204, and any answer to another origin loses its CORS headers.
 */
export function restrictCors(allowedOrigins: readonly string[]): Middleware {
  return async (ctx: KoaContext, next) => {
    const origin = ctx.get('Origin');
    if (!origin || allowedOrigins.includes(origin)) {
      await next();
      return;
    }
    if (ctx.method === 'OPTIONS') {
      ctx.status = 204;
      ctx.set('Vary', 'Origin');
      return;
    }
    await next();
    for (const name of CORS_HEADERS) ctx.remove(name);
  };
}
