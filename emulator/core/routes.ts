// The route table seam: each feature (search, categories, CDN, control, later uploads) is a
// module contributing routes and/or versioned API endpoints.

import type { BrandworkzData } from './data.js';
import type { FaultController } from './faults.js';
import type { TokenRegistry } from './tokens.js';

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
  /** Appends an entry (the Node server logs OAuth requests through this). */
  record(method: string, url: URL, endpoint: string): void;
}

/** The request log both emulated DAMs keep (`/__emulator/requests`). */
export function createRequestLog(): RequestLog {
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

export interface ResolvedOptions {
  readonly apiOrigin: string;
  readonly site: string;
  readonly clientDb: string;
  readonly apiVersion: string;
  readonly seed: number;
  readonly assetCount: number;
  readonly autoApprove: boolean;
  /** Origins that get CORS headers (exact match). */
  readonly allowedOrigins: readonly string[];
  /** Whether the `/__emulator/*` control routes exist. */
  readonly testMode: boolean;
}

export interface EmulatorContext {
  readonly options: ResolvedOptions;
  readonly data: BrandworkzData;
  readonly faults: FaultController;
  readonly tokens: TokenRegistry;
  readonly requests: RequestLog;
  reset(): void;
}

export interface RouteRequest {
  readonly request: Request;
  readonly url: URL;
  readonly match: RegExpMatchArray;
  readonly ctx: EmulatorContext;
}

type RouteKind =
  /** `/getAPIURL`: logged, delayed, faultable by name. */
  | 'discovery'
  /** `/v{version}/{clientDb}/…`: logged, delayed, faultable, bearer token required. */
  | 'api'
  /** CDN stand-in and web-UI stand-in pages: logged only. */
  | 'static'
  /** The S3 stand-in behind presigned URLs: logged, faultable by name (never by rules without `endpoint`), no bearer token, not delayed. */
  | 'storage'
  /** `/__emulator/…`: only in test mode; not logged, never delayed or faulted. */
  | 'control';

export interface Route {
  readonly kind: RouteKind;
  readonly pattern: RegExp;
  readonly methods: readonly string[];
  /** The name in the request log and in fault rules. */
  endpoint(url: URL, match: RegExpMatchArray): string;
  handle(req: RouteRequest): Response | Promise<Response>;
  /** The body of an injected fault, when the Brandworkz envelope does not fit (the S3 stand-in answers XML). */
  faultResponse?(status: number): Response;
}

export interface ApiEndpoint {
  /** The path segment after `/v{version}/{clientDb}/`, e.g. `simpleSearch`. */
  readonly name: string;
  readonly methods: readonly string[];
  /** The scope a token needs beyond `read` (uploads and metadata writes need `write`); answered 403 otherwise. */
  readonly scope?: 'write';
  handle(req: RouteRequest): Response | Promise<Response>;
}

export interface EmulatorModule {
  readonly routes?: readonly Route[];
  readonly apiEndpoints?: readonly ApiEndpoint[];
  /** Back to the seeded state (e.g. forget uploads). */
  reset?(): void;
}
