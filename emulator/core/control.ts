// /__emulator/…: the control API used by browser end-to-end tests and benchmarks.

import { validateFaultRule } from './faults.js';
import { json } from './http.js';
import type { EmulatorContext, EmulatorModule, Route, RouteRequest } from './routes.js';
import { DEFAULT_TOKEN_SCOPE } from './tokens.js';

function faultState(ctx: EmulatorContext): Record<string, unknown> {
  return {
    latencyMs: ctx.faults.latency,
    tokenLifetimeSec: ctx.faults.tokenLifetime,
    autoApprove: ctx.faults.autoApprove,
    indexingDelayMs: ctx.faults.indexingDelayMs,
    pending: ctx.faults.pending,
  };
}

async function readJson(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (!text.trim()) return {};
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new TypeError('body must be a JSON object');
  return value as Record<string, unknown>;
}

async function postFaults({ request, ctx }: RouteRequest): Promise<Response> {
  try {
    const body = await readJson(request);
    // Validate everything before changing anything.
    const injects = body.inject === undefined ? [] : (Array.isArray(body.inject) ? body.inject : [body.inject]).map(validateFaultRule);
    const { latencyMs, tokenLifetimeSec, autoApprove, indexingDelayMs, clear } = body;
    if (latencyMs !== undefined && (typeof latencyMs !== 'number' || latencyMs < 0)) throw new TypeError('latencyMs must be a non-negative number');
    if (tokenLifetimeSec !== undefined && tokenLifetimeSec !== null && (typeof tokenLifetimeSec !== 'number' || tokenLifetimeSec <= 0)) {
      throw new TypeError('tokenLifetimeSec must be a positive number or null');
    }
    if (autoApprove !== undefined && typeof autoApprove !== 'boolean' && autoApprove !== 'deny') throw new TypeError("autoApprove must be a boolean or 'deny'");
    if (indexingDelayMs !== undefined && (typeof indexingDelayMs !== 'number' || !(indexingDelayMs >= 0))) {
      throw new TypeError('indexingDelayMs must be a non-negative number');
    }
    if (clear === true) ctx.faults.clear();
    for (const rule of injects) ctx.faults.inject(rule);
    if (typeof latencyMs === 'number') ctx.faults.setLatency(latencyMs);
    if (tokenLifetimeSec !== undefined) ctx.faults.setTokenLifetime(tokenLifetimeSec);
    if (typeof autoApprove === 'boolean' || autoApprove === 'deny') ctx.faults.setAutoApprove(autoApprove);
    if (typeof indexingDelayMs === 'number') ctx.faults.setIndexingDelay(indexingDelayMs);
    return json(faultState(ctx));
  } catch (error) {
    return json({ error: 'invalid_request', error_description: (error as Error).message }, 400);
  }
}

async function postTokens({ request, ctx }: RouteRequest): Promise<Response> {
  try {
    const body = await readJson(request);
    const lifetime = body.lifetimeSec;
    if (lifetime !== undefined && (typeof lifetime !== 'number' || lifetime <= 0)) throw new TypeError('lifetimeSec must be a positive number');
    const scope = body.scope ?? DEFAULT_TOKEN_SCOPE;
    if (typeof scope !== 'string' || !/^(?:read|write)(?: (?:read|write))*$/.test(scope)) throw new TypeError("scope must be 'read', 'write' or 'read write'");
    const expiresIn = lifetime ?? ctx.faults.tokenLifetime ?? 1200;
    const token = ctx.tokens.issue({ lifetimeSec: expiresIn, scope });
    return json({ access_token: token, token_type: 'bearer', expires_in: expiresIn, scope, cdb: ctx.options.clientDb });
  } catch (error) {
    return json({ error: 'invalid_request', error_description: (error as Error).message }, 400);
  }
}

const control = (pattern: RegExp, methods: string[], name: string, handle: Route['handle']): Route => ({
  kind: 'control',
  pattern,
  methods,
  endpoint: () => name,
  handle,
});

export const controlModule: EmulatorModule = {
  routes: [
    control(/^\/__emulator\/faults\/?$/, ['GET', 'POST'], 'control:faults', (req) =>
      req.request.method === 'GET' ? json(faultState(req.ctx)) : postFaults(req),
    ),
    control(/^\/__emulator\/reset\/?$/, ['POST'], 'control:reset', ({ ctx }) => {
      ctx.reset();
      return json({ ok: true });
    }),
    control(/^\/__emulator\/requests\/?$/, ['GET', 'DELETE'], 'control:requests', ({ request, ctx }) => {
      if (request.method === 'DELETE') {
        ctx.requests.clear();
        return new Response(null, { status: 204 });
      }
      return json({ entries: ctx.requests.entries });
    }),
    control(/^\/__emulator\/tokens\/?$/, ['POST'], 'control:tokens', postTokens),
    control(/^\/__emulator\/data\/?$/, ['GET'], 'control:data', ({ ctx }) => {
      const { data, options } = ctx;
      return json({
        apiOrigin: options.apiOrigin,
        site: options.site,
        clientDb: options.clientDb,
        apiVersion: options.apiVersion,
        seed: options.seed,
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
      });
    }),
  ],
};
