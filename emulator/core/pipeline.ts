// The request pipeline both emulated DAMs (Brandworkz, Bynder) answer through: a Web `Request` in, a
// Web `Response` out (or `undefined` for a URL that is not the emulator's, so msw passes it through).
// Steps, in order: origin, the `/__emulator/*` gate, route match, CORS preflight, request log,
// latency, method (405 + Allow), injected fault, bearer token (and scope), handler, CORS headers.
// The control API (control.ts) is one of its route tables.
// What differs per DAM is a parameter: the route table, how an error is rendered, how a token is
// verified. No Node-only APIs here (msw runs it in the browser).

import { controlRoutes, type ControlExtras } from './control.js';
import type { FaultController } from './faults.js';
import { methodNotAllowed, preflight, sleep, withCors } from './http.js';
import { DEFAULT_TOKEN_SCOPE, hasScope, type TokenCheck, type TokenRegistry, type TokenState } from './tokens.js';

/**
 * - `api`: logged, delayed by `latencyMs`, faultable, bearer token required (unless `token: false`);
 *   rules without `endpoint` hit the API routes that need a token.
 * - `public` (images, CDN, S3 stand-ins, web-UI pages): logged, delayed by `publicLatencyMs`, faultable by name only; no token.
 * - `control` (`/__emulator/*`): only in test mode; not logged, delayed or faulted.
 */
type RouteKind = 'api' | 'public' | 'control';

export interface Route {
  readonly kind: RouteKind;
  readonly pattern: RegExp;
  readonly methods: readonly string[];
  /** The name in the request log and in fault rules. */
  readonly endpoint: string | ((url: URL, match: RegExpMatchArray) => string);
  /** An `api` route answered without a bearer token (Brandworkz's `/getAPIURL`). Default true. */
  readonly token?: boolean;
  /** The scope the token needs (a space-separated scope must include it); 403 otherwise. */
  readonly scope?: string;
  /** The answer to an injected fault when the DAM's error body does not fit (an S3 stand-in answers XML). */
  faultResponse?(status: number): Response;
  handle(request: Request, url: URL, match: RegExpMatchArray): Response | Promise<Response>;
}

/** A request as the pipeline hands it to a DAM's error renderer. */
export interface RouteCall {
  readonly request: Request;
  readonly url: URL;
  readonly route: Route;
  /** The route's endpoint name for this request. */
  readonly endpoint: string;
}

/**
 * An error the pipeline answers, for the DAM to render in its own body. The pipeline adds the headers:
 * `Allow` (method), `Retry-After` (fault, when the rule sets it), `WWW-Authenticate` (token, scope).
 */
export type PipelineError =
  | { readonly kind: 'method' }
  | { readonly kind: 'fault'; readonly status: number }
  | { readonly kind: 'token'; readonly state: Exclude<TokenState, 'valid'> }
  | { readonly kind: 'scope'; readonly scope: string | undefined; readonly needed: string };

interface RequestLogEntry {
  method: string;
  path: string;
  endpoint: string;
  query: Record<string, string>;
  time: number;
}

export interface RequestLog {
  readonly entries: ReadonlyArray<RequestLogEntry>;
  clear(): void;
  /** Appends an entry (the Node servers log OAuth requests through this). */
  record(method: string, url: URL, endpoint: string): void;
}

/** The request log of `/__emulator/requests`. */
function createRequestLog(): RequestLog {
  let entries: RequestLogEntry[] = [];
  return {
    get entries() {
      return entries;
    },
    clear() {
      entries = [];
    },
    record(method, url, endpoint) {
      const query: Record<string, string> = {};
      for (const [key, value] of url.searchParams) if (!(key in query)) query[key] = value;
      entries.push({ method, path: url.pathname, endpoint, query, time: Date.now() });
    },
  };
}

export interface PipelineOptions {
  /** The emulated DAM's origin: requests to any other are not the emulator's. */
  readonly origin: string;
  readonly allowedOrigins: readonly string[];
  /** Whether `/__emulator/*` exists. */
  readonly testMode: boolean;
  /** The DAM's routes, in matching order (the first whose pattern matches answers). */
  readonly routes: readonly Route[];
  readonly faults: FaultController;
  readonly tokens: TokenRegistry;
  /** Checks a bearer token; a bare state counts as scope `read write`. */
  verifyToken(token: string): Promise<TokenState | TokenCheck>;
  /** The realm of `WWW-Authenticate` on 401 and 403. */
  readonly realm: string;
  /** The DAM's error body for an error the pipeline answers. */
  error(error: PipelineError, call: RouteCall): Response;
  /** What the control API adds for this DAM: switches, token fields, `/data`. */
  readonly control: ControlExtras;
  /** The DAM's own state back to seeded (uploads); faults, the request log and tokens are cleared here. */
  reset(): void;
}

export interface Pipeline {
  handle(request: Request): Promise<Response | undefined>;
  readonly requests: RequestLog;
  /** Clears faults (and the DAM's switches), the request log, issued tokens, and the DAM's own state. */
  reset(): void;
}

const withHeaders = (response: Response, headers: Record<string, string>): Response => {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
};

export function createPipeline(options: PipelineOptions): Pipeline {
  const { faults, tokens, allowedOrigins } = options;
  const requests = createRequestLog();
  const clearFaults = (): void => {
    faults.clear();
    for (const toggle of Object.values(options.control.switches ?? {})) toggle.clear?.();
  };
  const reset = (): void => {
    clearFaults();
    requests.clear();
    tokens.clear();
    options.reset();
  };
  const routes: readonly Route[] = [...controlRoutes({ ...options.control, faults, requests, tokens, reset, clearFaults }), ...options.routes];

  /** The latency of a route's kind: `latencyMs` for API routes, `publicLatencyMs` for public ones, none for control. */
  const delay = async (route: Route): Promise<void> => {
    const latency = route.kind === 'api' ? faults.latency : route.kind === 'public' ? faults.publicLatency : 0;
    if (latency > 0) await sleep(latency);
  };

  /** The token's answer, or undefined when it may pass. */
  const authenticate = async (call: RouteCall): Promise<Response | undefined> => {
    const header = call.request.headers.get('Authorization') ?? '';
    const token = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
    const checked = token ? await options.verifyToken(token) : 'invalid';
    const { state, scope } = typeof checked === 'string' ? { state: checked, scope: DEFAULT_TOKEN_SCOPE } : checked;
    const challenge = `Bearer realm="${options.realm}"`;
    if (state !== 'valid') return withHeaders(options.error({ kind: 'token', state }, call), { 'WWW-Authenticate': challenge });
    const needed = call.route.scope;
    if (needed === undefined || hasScope(scope, needed)) return undefined;
    return withHeaders(options.error({ kind: 'scope', scope, needed }, call), {
      'WWW-Authenticate': `${challenge}, error="insufficient_scope", scope="${needed}"`,
    });
  };

  const answer = async (request: Request, url: URL, route: Route, match: RegExpMatchArray): Promise<Response> => {
    const endpoint = typeof route.endpoint === 'string' ? route.endpoint : route.endpoint(url, match);
    const call: RouteCall = { request, url, route, endpoint };
    const control = route.kind === 'control';
    if (!control) requests.record(request.method, url, endpoint);
    await delay(route);
    if (!route.methods.includes(request.method)) {
      return withHeaders(control ? methodNotAllowed(request) : options.error({ kind: 'method' }, call), { Allow: route.methods.join(', ') });
    }
    if (control) return route.handle(request, url, match);
    const tokenRequired = route.kind === 'api' && route.token !== false;
    const fault = faults.take(endpoint, tokenRequired, Number(url.searchParams.get('partNumber')) || undefined);
    if (fault) {
      const response = route.faultResponse?.(fault.status) ?? options.error({ kind: 'fault', status: fault.status }, call);
      return fault.retryAfter === undefined ? response : withHeaders(response, { 'Retry-After': String(fault.retryAfter) });
    }
    if (tokenRequired) {
      const denied = await authenticate(call);
      if (denied) return denied;
    }
    return route.handle(request, url, match);
  };

  return {
    requests,
    reset,
    async handle(request) {
      const url = new URL(request.url);
      if (url.origin !== options.origin) return undefined;
      if (!options.testMode && url.pathname.startsWith('/__emulator/')) return undefined;
      for (const route of routes) {
        const match = url.pathname.match(route.pattern);
        if (!match) continue;
        if (request.method === 'OPTIONS') {
          // A preflight crosses the same network as the request it asks for.
          await delay(route);
          return preflight(request, allowedOrigins);
        }
        return withCors(await answer(request, url, route, match), request, allowedOrigins);
      }
      return undefined;
    },
  };
}
