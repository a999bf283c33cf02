// The Bynder portal emulator core (API v4): answers Web `Request`s with Web `Response`s on the
// portal's own origin, so the Node server and msw share it. No Node-only APIs here.

import { createFaultController, type FaultController } from '../faults.js';
import { reasonPhrase, resolveAllowedOrigins } from '../http.js';
import { createPipeline, type PipelineError, type RequestLog } from '../pipeline.js';
import { createTokenRegistry, type TokenCheck, type TokenRegistry, type TokenState } from '../tokens.js';
import { bynderError, readRoutes } from './api.js';
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
  verifyToken?: (token: string) => Promise<TokenState | TokenCheck>;
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
  /** Clears faults (and `pollsBeforeDone`), the request log, issued tokens and upload sessions (saved media stay). */
  reset(): void;
}

/** Bynder's `{ message, statuscode }` for the errors the pipeline answers. */
function bynderPipelineError(error: PipelineError): Response {
  switch (error.kind) {
    case 'method':
      return bynderError(405, reasonPhrase(405));
    case 'fault':
      return bynderError(error.status, reasonPhrase(error.status));
    case 'token':
      return bynderError(401, error.state === 'expired' ? 'The access token provided has expired.' : 'Unauthorized');
    case 'scope':
      return bynderError(403, reasonPhrase(403));
  }
}

/** `pollsBeforeDone` of POST /__emulator/faults: a non-negative integer, or null for the initial value. */
function parsePolls(value: unknown): number | null {
  if (value !== null && (typeof value !== 'number' || !Number.isInteger(value) || value < 0)) {
    throw new TypeError('pollsBeforeDone must be a non-negative integer or null');
  }
  return value;
}

export function createBynderEmulator(options: BynderEmulatorOptions): BynderEmulator {
  const resolved = {
    portalOrigin: new URL(options.portalOrigin).origin,
    seed: options.seed ?? 1,
    mediaCount: options.mediaCount ?? 4000,
    autoApprove: options.autoApprove ?? false,
    allowedOrigins: resolveAllowedOrigins(options.allowedOrigins),
    testMode: options.testMode ?? false,
  };
  const data = generateBynderData({ seed: resolved.seed, mediaCount: resolved.mediaCount, portalOrigin: resolved.portalOrigin });
  const faults = createFaultController(resolved.autoApprove, 0);
  const tokenLifetimeSec = (): number => faults.tokenLifetime ?? BYNDER_TOKEN_LIFETIME_SEC;
  const tokens = createTokenRegistry(tokenLifetimeSec);
  const uploads = createBynderUploads(data, resolved.portalOrigin, options.uploads);

  const pipeline = createPipeline({
    origin: resolved.portalOrigin,
    allowedOrigins: resolved.allowedOrigins,
    testMode: resolved.testMode,
    routes: [...uploads.routes, ...createBynderDownloads(data, resolved.portalOrigin).routes, ...readRoutes(data)],
    faults,
    tokens,
    verifyToken: options.verifyToken ?? (async (token: string) => tokens.verify(token)),
    realm: 'bynder',
    error: bynderPipelineError,
    control: {
      switches: {
        pollsBeforeDone: {
          parse: parsePolls,
          set: (polls: number | null) => uploads.controller.setPollsBeforeDone(polls ?? undefined),
          get: () => uploads.controller.pollsBeforeDone,
          clear: () => uploads.controller.setPollsBeforeDone(undefined),
        },
      },
      tokenLifetimeSec,
      data: () => ({
        portalOrigin: resolved.portalOrigin,
        mediaCount: data.media.length,
        brands: data.brands.map(({ id, name }) => ({ id, name })),
        collections: data.collections.map(({ id, name, mediaIds }) => ({ id, name, count: mediaIds.length })),
      }),
    },
    reset: uploads.reset,
  });

  return {
    options: resolved,
    data,
    faults,
    tokens,
    requests: pipeline.requests,
    uploads: uploads.controller,
    reset: pipeline.reset,
    handle: pipeline.handle,
  };
}
