// The Brandworkz route table seam: each feature (discovery, search, CDN, uploads) is a module
// contributing routes and/or versioned API endpoints, answered through the shared pipeline.

import type { BrandworkzData } from './data.js';
import type { FaultController } from './faults.js';
import type { Route as PipelineRoute } from './pipeline.js';

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
}

export interface RouteRequest {
  readonly request: Request;
  readonly url: URL;
  readonly match: RegExpMatchArray;
  readonly ctx: EmulatorContext;
}

/** A pipeline route whose handler also gets the emulator's context. */
export interface Route extends Omit<PipelineRoute, 'handle'> {
  handle(req: RouteRequest): Response | Promise<Response>;
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
