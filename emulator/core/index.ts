// The Brandworkz DAM emulator core: answers Web `Request`s with Web `Response`s, so the same
// code serves the Node server and msw in the browser. No Node-only APIs here.

import { cdnModule } from './cdn.js';
import { nonNegativeNumber } from './control.js';
import { generateBrandworkzData, type BrandworkzData } from './data.js';
import { discoveryModule } from './discovery.js';
import { embedModule } from './embed.js';
import { createUploadsModule, DEFAULT_INDEXING_DELAY_MS, type UploadsController, type UploadsOptions } from './uploads.js';
import { createFaultController, type FaultController } from './faults.js';
import { documentedError, envelope, faultEnvelope, methodNotAllowed, resolveAllowedOrigins, serviceCallFailed } from './http.js';
import { createPipeline, type PipelineError, type RequestLog, type Route as PipelineRoute, type RouteCall } from './pipeline.js';
import type { ApiEndpoint, EmulatorContext, EmulatorModule, ResolvedOptions, Route } from './routes.js';
import { searchModule } from './search.js';
import { nativeSearchModule } from './native-search.js';
import { createTokenRegistry, DEFAULT_TOKEN_LIFETIME_SEC, DEFAULT_TOKEN_SCOPE, type TokenCheck, type TokenRegistry, type TokenState } from './tokens.js';

export type { EmulatedAsset } from './data.js';
export type { FaultRule } from './faults.js';
export type { TokenCheck } from './tokens.js';
export { generateBrandworkzData } from './data.js';
export { DEFAULT_TOKEN_LIFETIME_SEC } from './tokens.js';
export type { UploadsOptions } from './uploads.js';
export { drain, type StoredObject, type UploadStorage } from './upload-store.js';
export { md5Hex } from './md5.js';

export interface BrandworkzEmulatorOptions {
  /** e.g. 'http://127.0.0.1:4010': where /getAPIURL, the API, /oauth/* and the CDN stand-in are served. */
  apiOrigin: string;
  /** The clientURL accepted by /getAPIURL; default 'demo.brandworkz.com'. (apiOrigin's host is accepted too.) */
  site?: string;
  /** data.client_id of /getAPIURL; default 'brandworkz_demo'. */
  clientDb?: string;
  /** Default '1.6'. */
  apiVersion?: string;
  /** Default 1. */
  seed?: number;
  /** Default 6000. */
  assetCount?: number;
  /** Initial value of the auto-approve switch used by the Node server's OAuth interaction; default false. */
  autoApprove?: boolean;
  /**
   * Checks a bearer token: its state, and its scope when known (a state alone counts as `read write`).
   * Default: the core's own token registry (emulator.tokens). The Node server passes oidc-provider's check.
   */
  verifyToken?: (token: string) => Promise<TokenState | TokenCheck>;
  /** Upload storage (default in memory), chunk size, URL lifetime, initial indexing delay. */
  uploads?: UploadsOptions;
  /**
   * Origins whose requests get CORS headers (exact `scheme://host:port`). Default: the page's own origin
   * when the core runs in a browser (msw), none in Node. Requests without `Origin` are answered as ever.
   */
  allowedOrigins?: readonly string[];
  /** Serve the `/__emulator/*` control routes (tests, benchmarks). Default false: they do not exist. */
  testMode?: boolean;
}

export interface BrandworkzEmulator {
  readonly options: Required<Omit<BrandworkzEmulatorOptions, 'verifyToken' | 'uploads'>>;
  /**
   * Answers a request for an emulator route; `undefined` when the URL is not one (so msw can pass it
   * through; `/__emulator/*` outside test mode is not one). Adds CORS headers for allowed origins; answers preflights.
   */
  handle(request: Request): Promise<Response | undefined>;
  /** Read-only seeded data for tests: assets, folders, root folder GUID, helper lookups. */
  readonly data: BrandworkzData;
  readonly faults: FaultController;
  readonly tokens: TokenRegistry;
  readonly requests: RequestLog;
  /** Uploads made so far, and the size and MD5 of their stored bytes. */
  readonly uploads: UploadsController;
  /** Back to the seeded state: clears faults, request log, issued tokens (and module state such as uploads). */
  reset(): void;
}

/** Stateless feature modules, in matching order; each emulator appends its own uploads module. */
const MODULES: readonly EmulatorModule[] = [discoveryModule, searchModule, nativeSearchModule, cdnModule, embedModule];

/** Which backend service each endpoint belongs to (for "Service endpoint call failed" messages). */
const SERVICES: Record<string, string> = { simpleSearch: 'search', search: 'search', getCategoryInfo: 'categories' };

const API_PATH = /^\/v(\d+(?:\.\d+)*)\/([^/]+)\/([^/]+)\/?$/;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The `data` block of an error envelope for a request to a versioned endpoint. */
const errorDetail = ({ request, endpoint }: Pick<RouteCall, 'request' | 'endpoint'>, rootCause: string) => ({
  rootCause,
  endpointName: endpoint,
  method: request.method.toLowerCase(),
});

/** The documented envelopes for the errors the pipeline answers (see the README). */
function brandworkzError(error: PipelineError, call: RouteCall): Response {
  switch (error.kind) {
    case 'method':
      return API_PATH.test(call.url.pathname)
        ? serviceCallFailed(405, errorDetail(call, `Request method '${call.request.method}' not supported`))
        : methodNotAllowed(call.request);
    case 'fault':
      return envelope({ result: faultEnvelope(error.status) }, error.status);
    case 'token':
      return documentedError('auth');
    case 'scope':
      return documentedError(
        'scope',
        errorDetail(call, `This token's scope is '${error.scope ?? ''}'; /${call.endpoint} needs '${error.needed}'`),
        {},
        'status',
      );
  }
}

/** The scope a POST /__emulator/tokens asks for: `read`, `write` or both. */
function tokenScope(value: unknown): string {
  const scope = value ?? DEFAULT_TOKEN_SCOPE;
  if (typeof scope !== 'string' || !/^(?:read|write)(?: (?:read|write))*$/.test(scope)) throw new TypeError("scope must be 'read', 'write' or 'read write'");
  return scope;
}

export function createBrandworkzEmulator(options: BrandworkzEmulatorOptions): BrandworkzEmulator {
  const resolved: ResolvedOptions = {
    apiOrigin: new URL(options.apiOrigin).origin,
    site: options.site ?? 'demo.brandworkz.com',
    clientDb: options.clientDb ?? 'brandworkz_demo',
    apiVersion: options.apiVersion ?? '1.6',
    seed: options.seed ?? 1,
    assetCount: options.assetCount ?? 6000,
    autoApprove: options.autoApprove ?? false,
    allowedOrigins: resolveAllowedOrigins(options.allowedOrigins),
    testMode: options.testMode ?? false,
  };
  const data = generateBrandworkzData({
    seed: resolved.seed,
    assetCount: resolved.assetCount,
    apiOrigin: resolved.apiOrigin,
  });
  const faults = createFaultController(resolved.autoApprove, options.uploads?.indexingDelayMs ?? DEFAULT_INDEXING_DELAY_MS);
  const uploads = createUploadsModule(data, options.uploads);
  const modules: readonly EmulatorModule[] = [...MODULES, uploads.module];
  const tokenLifetimeSec = (): number => faults.tokenLifetime ?? DEFAULT_TOKEN_LIFETIME_SEC;
  const tokens = createTokenRegistry(tokenLifetimeSec);
  const ctx: EmulatorContext = { options: resolved, data, faults };
  const withContext = (route: Route): PipelineRoute => ({ ...route, handle: (request, url, match) => route.handle({ request, url, match, ctx }) });

  // The versioned endpoints, `/v{version}/{clientDb}/{name}`; then any other such path: 404 "Service endpoint call failed".
  const prefix = `^/v${escapeRegExp(resolved.apiVersion)}/${escapeRegExp(resolved.clientDb)}/`;
  const endpoints = modules.flatMap((module) => module.apiEndpoints ?? []);
  const endpointRoutes = endpoints.map((endpoint: ApiEndpoint): Route => ({
    kind: 'api',
    pattern: new RegExp(`${prefix}${escapeRegExp(endpoint.name)}/?$`),
    methods: endpoint.methods,
    endpoint: endpoint.name,
    ...(endpoint.scope ? { scope: endpoint.scope } : {}),
    handle: endpoint.handle,
  }));
  const unknownEndpoint: Route = {
    kind: 'api',
    pattern: API_PATH,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH'],
    endpoint: (_url, match) => match[3] ?? '',
    handle({ request, match }) {
      const [, version, clientDb, name = ''] = match;
      const call = { request, endpoint: name };
      if (version !== resolved.apiVersion) {
        return serviceCallFailed(404, errorDetail(call, `Can't find a service with serviceId = ${SERVICES[name] ?? 'api'}-v${version}`));
      }
      if (clientDb !== resolved.clientDb) return serviceCallFailed(404, errorDetail(call, `Unknown client database '${clientDb}'`));
      return serviceCallFailed(404, errorDetail(call, `No endpoint '${name}' in API v${version}`));
    },
  };

  const pipeline = createPipeline({
    origin: resolved.apiOrigin,
    allowedOrigins: resolved.allowedOrigins,
    testMode: resolved.testMode,
    routes: [...modules.flatMap((module) => module.routes ?? []), ...endpointRoutes, unknownEndpoint].map(withContext),
    faults,
    tokens,
    verifyToken: options.verifyToken ?? (async (token: string) => tokens.check(token)),
    realm: 'brandworkz',
    error: brandworkzError,
    control: {
      switches: {
        indexingDelayMs: { parse: nonNegativeNumber('indexingDelayMs'), set: (ms: number) => faults.setIndexingDelay(ms), get: () => faults.indexingDelayMs },
      },
      tokenLifetimeSec,
      token: {
        fields: ['scope'],
        issue(lifetimeSec, body) {
          const scope = tokenScope(body.scope);
          return { token: tokens.issue({ lifetimeSec, scope }), answer: { scope, cdb: resolved.clientDb } };
        },
      },
      data: () => ({
        apiOrigin: resolved.apiOrigin,
        site: resolved.site,
        clientDb: resolved.clientDb,
        apiVersion: resolved.apiVersion,
        seed: resolved.seed,
        assetCount: data.assets.length,
        folderCount: data.folders.length,
        rootFolderGuid: data.rootFolderGuid,
        wideFolderGuid: data.wideFolderGuid,
        emptyFolderGuid: data.emptyFolderGuid,
        deepestFolderGuid: data.deepestFolderGuid,
        hostileAssetGuids: data.hostileAssetGuids,
        hostile: data.hostile,
        metadataFields: data.metadataFields,
        fileTypes: data.fileTypes,
      }),
    },
    reset() {
      for (const module of modules) module.reset?.();
    },
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
