// The Bynder portal emulator core (API v4): answers Web `Request`s with Web `Response`s on the
// portal's own origin, so the Node server and msw share it. No Node-only APIs here.

import { createFaultController, validateFaultRule, type FaultController } from '../faults.js';
import { json, preflight, resolveAllowedOrigins, sleep, withCors } from '../http.js';
import { createRequestLog, type RequestLog } from '../routes.js';
import { createTokenRegistry, type TokenRegistry, type TokenState } from '../tokens.js';
import { bynderError, readRoutes, type ApiRoute } from './api.js';
import { generateBynderData, type BynderData } from './data.js';
import { createBynderDownloads } from './downloads.js';
import { createBynderUploads, type BynderUploadsController, type BynderUploadsOptions } from './uploads.js';

export type { BynderMedia } from './data.js';
export type { BynderUploadsOptions } from './uploads.js';
/** Bynder access tokens last an hour. */
export const BYNDER_TOKEN_LIFETIME_SEC = 3600;

export interface BynderEmulatorOptions {
  /** e.g. 'http://127.0.0.1:4011': the portal origin (API, OAuth on the Node server, images, S3 stand-in). */
  portalOrigin: string;
  /** Default 1. */
  seed?: number;
  /** Default 4000. */
  mediaCount?: number;
  /** Initial auto-approve switch for the Node server's OAuth interaction; default false. */
  autoApprove?: boolean;
  /** Checks a bearer token. Default: the core's own registry (`tokens`); the Node server adds oidc-provider's. */
  verifyToken?: (token: string) => Promise<TokenState>;
  uploads?: BynderUploadsOptions;
  /** Origins whose requests get CORS headers (exact). Default: the page's own origin in a browser (msw), none in Node. */
  allowedOrigins?: readonly string[];
  /** Serve the `/__emulator/*` control routes. Default false. */
  testMode?: boolean;
}

export interface BynderEmulator {
  readonly options: {
    readonly portalOrigin: string;
    readonly seed: number;
    readonly mediaCount: number;
    readonly autoApprove: boolean;
    readonly allowedOrigins: readonly string[];
    readonly testMode: boolean;
  };
  /**
   * Answers a portal request; `undefined` when the URL is not one (`/__emulator/*` outside test mode is not one).
   * Adds CORS headers for allowed origins; answers preflights.
   */
  handle(request: Request): Promise<Response | undefined>;
  readonly data: BynderData;
  readonly faults: FaultController;
  readonly tokens: TokenRegistry;
  readonly requests: RequestLog;
  readonly uploads: BynderUploadsController;
  /** Clears faults, the request log, issued tokens and upload sessions (saved media stay). */
  reset(): void;
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export function createBynderEmulator(options: BynderEmulatorOptions): BynderEmulator {
  const resolved = {
    portalOrigin: new URL(options.portalOrigin).origin,
    seed: options.seed ?? 1,
    mediaCount: options.mediaCount ?? 4000,
    autoApprove: options.autoApprove ?? false,
    allowedOrigins: resolveAllowedOrigins(options.allowedOrigins),
    testMode: options.testMode ?? false,
  };
  const { allowedOrigins } = resolved;
  const data = generateBynderData({ seed: resolved.seed, mediaCount: resolved.mediaCount, portalOrigin: resolved.portalOrigin });
  const faults = createFaultController(resolved.autoApprove, 0);
  const tokens = createTokenRegistry(() => faults.tokenLifetime ?? BYNDER_TOKEN_LIFETIME_SEC);
  const verifyToken = options.verifyToken ?? (async (token: string) => tokens.verify(token));
  const uploads = createBynderUploads(data, resolved.portalOrigin, options.uploads);
  const routes: ApiRoute[] = [...uploads.routes, ...createBynderDownloads(data, resolved.portalOrigin).routes, ...readRoutes(data)];

  const requests: RequestLog = createRequestLog();

  const reset = (): void => {
    faults.clear();
    requests.clear();
    tokens.clear();
    uploads.reset();
  };

  const control = async (request: Request, url: URL): Promise<Response | undefined> => {
    const name = url.pathname.replace(/^\/__emulator\//, '').replace(/\/$/, '');
    if (name === 'reset' && request.method === 'POST') {
      reset();
      return json({ ok: true });
    }
    if (name === 'requests') {
      if (request.method === 'DELETE') {
        requests.clear();
        return new Response(null, { status: 204 });
      }
      return json({ entries: requests.entries });
    }
    if (name === 'tokens' && request.method === 'POST') {
      return json({ access_token: tokens.issue(), token_type: 'bearer', expires_in: faults.tokenLifetime ?? BYNDER_TOKEN_LIFETIME_SEC });
    }
    if (name === 'faults') {
      if (request.method === 'POST') {
        try {
          const text = await request.text();
          const body = (text.trim() ? JSON.parse(text) : {}) as Record<string, unknown>;
          const rules = body.inject === undefined ? [] : (Array.isArray(body.inject) ? body.inject : [body.inject]).map(validateFaultRule);
          if (body.clear === true) faults.clear();
          for (const rule of rules) faults.inject(rule);
          if (typeof body.latencyMs === 'number') faults.setLatency(body.latencyMs);
          if (body.tokenLifetimeSec !== undefined) faults.setTokenLifetime(body.tokenLifetimeSec as number | null);
          if (typeof body.autoApprove === 'boolean' || body.autoApprove === 'deny') faults.setAutoApprove(body.autoApprove);
          if (body.pollsBeforeDone !== undefined) uploads.controller.setPollsBeforeDone(body.pollsBeforeDone as number | undefined);
        } catch (error) {
          return json({ error: 'invalid_request', error_description: (error as Error).message }, 400);
        }
      }
      return json({ latencyMs: faults.latency, tokenLifetimeSec: faults.tokenLifetime, autoApprove: faults.autoApprove, pending: faults.pending });
    }
    if (name === 'data') {
      return json({
        portalOrigin: resolved.portalOrigin,
        mediaCount: data.media.length,
        brands: data.brands.map(({ id, name: brandName }) => ({ id, name: brandName })),
        collections: data.collections.map(({ id, name: collectionName, mediaIds }) => ({ id, name: collectionName, count: mediaIds.length })),
      });
    }
    return undefined;
  };

  const answer = async (request: Request, url: URL, route: ApiRoute, match: RegExpMatchArray): Promise<Response> => {
    requests.record(request.method, url, route.endpoint);
    if (route.api && faults.latency > 0) await sleep(faults.latency);
    if (!route.methods.includes(request.method)) {
      return bynderError(405, 'Method Not Allowed', { Allow: route.methods.join(', ') });
    }
    const fault = faults.take(route.endpoint, route.api);
    if (fault) {
      return bynderError(
        fault.status,
        REASONS[fault.status] ?? `HTTP ${fault.status}`,
        fault.retryAfter !== undefined ? { 'Retry-After': String(fault.retryAfter) } : {},
      );
    }
    if (route.api) {
      const token = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('Authorization') ?? '')?.[1];
      const state = token ? await verifyToken(token) : 'invalid';
      if (state !== 'valid') {
        return bynderError(401, state === 'expired' ? 'The access token provided has expired.' : 'Unauthorized', {
          'WWW-Authenticate': 'Bearer realm="bynder"',
        });
      }
    }
    return route.handle(request, url, match);
  };

  return {
    options: resolved,
    data,
    faults,
    tokens,
    requests,
    uploads: uploads.controller,
    reset,
    async handle(request) {
      const url = new URL(request.url);
      if (url.origin !== resolved.portalOrigin) return undefined;
      if (url.pathname.startsWith('/__emulator/')) {
        if (!resolved.testMode) return undefined;
        if (request.method === 'OPTIONS') return preflight(request, allowedOrigins);
        const response = await control(request, url);
        return response && withCors(response, request, allowedOrigins);
      }
      for (const route of routes) {
        const match = url.pathname.match(route.pattern);
        if (!match) continue;
        if (request.method === 'OPTIONS') return preflight(request, allowedOrigins);
        return withCors(await answer(request, url, route, match), request, allowedOrigins);
      }
      return undefined;
    },
  };
}
