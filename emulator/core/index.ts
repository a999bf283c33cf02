// The Brandworkz DAM emulator core: answers Web `Request`s with Web `Response`s, so the same
// code serves the Node server and msw in the browser. No Node-only APIs here.

import { cdnModule } from './cdn.js';
import { controlModule } from './control.js';
import { generateBrandworkzData, type BrandworkzData } from './data.js';
import { discoveryModule } from './discovery.js';
import { embedModule } from './embed.js';
import { createUploadsModule, DEFAULT_INDEXING_DELAY_MS, type UploadsController, type UploadsOptions } from './uploads.js';
import { createFaultController, type FaultController } from './faults.js';
import { documentedError, envelope, faultEnvelope, json, preflight, resolveAllowedOrigins, serviceCallFailed, sleep, withCors } from './http.js';
import { createRequestLog, type ApiEndpoint, type EmulatorContext, type EmulatorModule, type RequestLog, type ResolvedOptions, type Route } from './routes.js';
import { searchModule } from './search.js';
import { nativeSearchModule } from './native-search.js';
import {
  createTokenRegistry,
  DEFAULT_TOKEN_LIFETIME_SEC,
  DEFAULT_TOKEN_SCOPE,
  hasScope,
  type TokenCheck,
  type TokenRegistry,
  type TokenState,
} from './tokens.js';

export type { EmulatedAsset } from './data.js';
export type { FaultRule } from './faults.js';
export type { TokenCheck, TokenState } from './tokens.js';
export { generateBrandworkzData } from './data.js';
export { withCors } from './http.js';
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
const MODULES: readonly EmulatorModule[] = [discoveryModule, searchModule, nativeSearchModule, cdnModule, embedModule, controlModule];

/** Which backend service each endpoint belongs to (for "Service endpoint call failed" messages). */
const SERVICES: Record<string, string> = { simpleSearch: 'search', search: 'search', getCategoryInfo: 'categories' };

const API_PATH = /^\/v(\d+(?:\.\d+)*)\/([^/]+)\/([^/]+)\/?$/;

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
  const tokens = createTokenRegistry(() => faults.tokenLifetime ?? DEFAULT_TOKEN_LIFETIME_SEC);
  const verifyToken = options.verifyToken ?? (async (token: string) => tokens.check(token));

  const requests: RequestLog = createRequestLog();

  const apiEndpoints = new Map<string, ApiEndpoint>();
  const routes: Route[] = [];
  for (const module of modules) {
    for (const endpoint of module.apiEndpoints ?? []) apiEndpoints.set(endpoint.name, endpoint);
    // Outside test mode the control routes do not exist (the Node server answers 404).
    routes.push(...(module.routes ?? []).filter((route) => resolved.testMode || route.kind !== 'control'));
  }

  const ctx: EmulatorContext = {
    options: resolved,
    data,
    faults,
    tokens,
    requests,
    reset() {
      faults.clear();
      requests.clear();
      tokens.clear();
      for (const module of modules) module.reset?.();
    },
  };

  const apiRoute: Route = {
    kind: 'api',
    pattern: API_PATH,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH'],
    endpoint: (_url, match) => match[3] ?? '',
    async handle(req) {
      const [, version, clientDb, name = ''] = req.match;
      const method = req.request.method.toLowerCase();
      const detail = (rootCause: string) => ({ rootCause, endpointName: name, method });
      if (version !== resolved.apiVersion) {
        return serviceCallFailed(404, detail(`Can't find a service with serviceId = ${SERVICES[name] ?? 'api'}-v${version}`));
      }
      if (clientDb !== resolved.clientDb) return serviceCallFailed(404, detail(`Unknown client database '${clientDb}'`));
      const endpoint = apiEndpoints.get(name);
      if (!endpoint) return serviceCallFailed(404, detail(`No endpoint '${name}' in API v${version}`));
      if (!endpoint.methods.includes(req.request.method)) {
        return serviceCallFailed(405, detail(`Request method '${req.request.method}' not supported`));
      }
      const scope = scopes.get(req.request);
      if (endpoint.scope && !hasScope(scope, endpoint.scope)) {
        const cause = `This token's scope is '${scope ?? ''}'; /${name} needs '${endpoint.scope}'`;
        return documentedError(
          'scope',
          detail(cause),
          { 'WWW-Authenticate': `Bearer realm="brandworkz", error="insufficient_scope", scope="${endpoint.scope}"` },
          'status',
        );
      }
      return endpoint.handle(req);
    },
  };
  routes.push(apiRoute);

  const match = (url: URL): { route: Route; match: RegExpMatchArray } | undefined => {
    for (const route of routes) {
      const m = url.pathname.match(route.pattern);
      if (m) return { route, match: m };
    }
    return undefined;
  };

  /** The scope of each authenticated API request's token, for the endpoint's check. */
  const scopes = new WeakMap<Request, string | undefined>();
  const authenticate = async (request: Request): Promise<Response | undefined> => {
    const header = request.headers.get('Authorization') ?? '';
    const token = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
    const checked = token ? await verifyToken(token) : 'invalid';
    const { state, scope } = typeof checked === 'string' ? { state: checked, scope: DEFAULT_TOKEN_SCOPE } : checked;
    if (state === 'valid') {
      scopes.set(request, scope);
      return undefined;
    }
    return documentedError('auth', undefined, { 'WWW-Authenticate': 'Bearer realm="brandworkz"' });
  };

  const answer = async (request: Request, url: URL, route: Route, m: RegExpMatchArray): Promise<Response> => {
    const endpoint = route.endpoint(url, m);
    if (route.kind !== 'control') requests.record(request.method, url, endpoint);
    const delayed = route.kind === 'api' || route.kind === 'discovery';
    if (delayed && faults.latency > 0) await sleep(faults.latency);
    if (route.kind !== 'api' && !route.methods.includes(request.method)) {
      return json({ error: 'method_not_allowed', error_description: `${request.method} is not supported here` }, 405, {
        Allow: route.methods.join(', '),
      });
    }
    if (route.kind === 'storage') {
      const fault = faults.take(endpoint, false, Number(url.searchParams.get('partNumber')) || undefined);
      if (fault && route.faultResponse) return route.faultResponse(fault.status);
    }
    if (delayed) {
      const fault = faults.take(endpoint, route.kind === 'api');
      if (fault) {
        return envelope(
          { result: faultEnvelope(fault.status) },
          fault.status,
          fault.retryAfter !== undefined ? { 'Retry-After': String(fault.retryAfter) } : {},
        );
      }
    }
    if (route.kind === 'api') {
      const denied = await authenticate(request);
      if (denied) return denied;
    }
    return route.handle({ request, url, match: m, ctx });
  };

  return {
    options: resolved,
    data,
    faults,
    tokens,
    requests,
    uploads: uploads.controller,
    reset: ctx.reset,
    async handle(request) {
      const url = new URL(request.url);
      if (url.origin !== resolved.apiOrigin) return undefined;
      const found = match(url);
      if (!found) return undefined;
      if (request.method === 'OPTIONS') return preflight(request, resolved.allowedOrigins);
      const response = await answer(request, url, found.route, found.match);
      return withCors(response, request, resolved.allowedOrigins);
    },
  };
}
