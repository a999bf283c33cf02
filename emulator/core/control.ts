// /__emulator/…: the control API of both emulated DAMs (browser end-to-end tests, benchmarks), only in
// test mode. The same routes, checks, errors and answers for both; a DAM adds its own fault switches
// (`switches`), token fields (`token`) and its `/data`.

import { validateFaultRule, type FaultController } from './faults.js';
import { json, jsonError } from './http.js';
import type { RequestLog, Route } from './pipeline.js';
import type { TokenRegistry } from './tokens.js';

/** A setting of `POST /__emulator/faults` beyond the shared ones. */
interface ControlSwitch<T = unknown> {
  /** The value from the request body, checked: throws a TypeError that says what is expected. */
  parse(value: unknown): T;
  set(value: T): void;
  /** The value `GET /__emulator/faults` reports. */
  get(): unknown;
  /** Back to the initial value (`clear: true`, reset), when `FaultController.clear` does not do it. */
  clear?(): void;
}

/** What a DAM adds to the control API. */
export interface ControlExtras {
  /** The DAM's own switches, reported after the shared ones (before `pending`). */
  readonly switches?: Readonly<Record<string, ControlSwitch>>;
  /** The lifetime of a token `POST /__emulator/tokens` mints without `lifetimeSec`. */
  tokenLifetimeSec(): number;
  /** The DAM's own fields of `POST /__emulator/tokens`, beyond `lifetimeSec`. */
  readonly token?: {
    readonly fields: readonly string[];
    /** Mints a token with the body's fields (throws a TypeError on a bad one); `answer` joins the response. */
    issue(lifetimeSec: number, body: Record<string, unknown>): { token: string; answer: Record<string, unknown> };
  };
  /** `GET /__emulator/data`: what the DAM's seeded data looks like. */
  data(): unknown;
}

interface ControlOptions extends ControlExtras {
  readonly faults: FaultController;
  readonly requests: RequestLog;
  readonly tokens: TokenRegistry;
  reset(): void;
  /** `faults.clear()` and the DAM's switches back to their initial values. */
  clearFaults(): void;
}

const invalidRequest = (error: unknown): Response => jsonError(400, 'invalid_request', (error as Error).message);

async function readJson(request: Request, fields: readonly string[]): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (!text.trim()) return {};
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new TypeError('body must be a JSON object');
  const unknown = Object.keys(value).find((key) => !fields.includes(key));
  if (unknown !== undefined) throw new TypeError(`unknown field '${unknown}'; expected ${fields.join(', ')}`);
  return value as Record<string, unknown>;
}

/** The check of a switch that takes a non-negative number. */
export const nonNegativeNumber =
  (name: string) =>
  (value: unknown): number => {
    if (typeof value !== 'number' || !(value >= 0)) throw new TypeError(`${name} must be a non-negative number`);
    return value;
  };

function sharedSwitches(faults: FaultController): Record<string, ControlSwitch> {
  return {
    latencyMs: { parse: nonNegativeNumber('latencyMs'), set: (ms: number) => faults.setLatency(ms), get: () => faults.latency },
    publicLatencyMs: { parse: nonNegativeNumber('publicLatencyMs'), set: (ms: number) => faults.setPublicLatency(ms), get: () => faults.publicLatency },
    tokenLifetimeSec: {
      parse(value) {
        if (value !== null && (typeof value !== 'number' || !(value > 0))) throw new TypeError('tokenLifetimeSec must be a positive number or null');
        return value;
      },
      set: (seconds: number | null) => faults.setTokenLifetime(seconds),
      get: () => faults.tokenLifetime,
    },
    autoApprove: {
      parse(value) {
        if (typeof value !== 'boolean' && value !== 'deny') throw new TypeError("autoApprove must be a boolean or 'deny'");
        return value;
      },
      set: (mode: boolean | 'deny') => faults.setAutoApprove(mode),
      get: () => faults.autoApprove,
    },
  };
}

function faultsRoute(options: ControlOptions): Route['handle'] {
  const switches = { ...sharedSwitches(options.faults), ...options.switches };
  const fields = ['inject', 'clear', ...Object.keys(switches)];
  const state = () => ({ ...Object.fromEntries(Object.entries(switches).map(([name, toggle]) => [name, toggle.get()])), pending: options.faults.pending });
  return async (request) => {
    if (request.method === 'GET') return json(state());
    try {
      const body = await readJson(request, fields);
      // Check everything before changing anything.
      const injects = body.inject === undefined ? [] : (Array.isArray(body.inject) ? body.inject : [body.inject]).map(validateFaultRule);
      if (body.clear !== undefined && typeof body.clear !== 'boolean') throw new TypeError('clear must be a boolean');
      const changes = Object.entries(switches).flatMap(([name, toggle]) => (body[name] === undefined ? [] : [[toggle, toggle.parse(body[name])] as const]));
      if (body.clear === true) options.clearFaults();
      for (const rule of injects) options.faults.inject(rule);
      for (const [toggle, value] of changes) toggle.set(value);
      return json(state());
    } catch (error) {
      return invalidRequest(error);
    }
  };
}

function tokensRoute(options: ControlOptions): Route['handle'] {
  const fields = ['lifetimeSec', ...(options.token?.fields ?? [])];
  return async (request) => {
    try {
      const body = await readJson(request, fields);
      const lifetime = body.lifetimeSec;
      if (lifetime !== undefined && (typeof lifetime !== 'number' || !(lifetime > 0))) throw new TypeError('lifetimeSec must be a positive number');
      const expiresIn = lifetime ?? options.tokenLifetimeSec();
      const { token, answer } = options.token?.issue(expiresIn, body) ?? { token: options.tokens.issue({ lifetimeSec: expiresIn }), answer: {} };
      return json({ access_token: token, token_type: 'bearer', expires_in: expiresIn, ...answer });
    } catch (error) {
      return invalidRequest(error);
    }
  };
}

const control = (path: string, methods: string[], handle: Route['handle']): Route => ({
  kind: 'control',
  pattern: new RegExp(`^/__emulator/${path}/?$`),
  methods,
  endpoint: `control:${path}`,
  handle,
});

/** The control routes: `faults`, `reset`, `requests`, `tokens`, `data` (a DAM's route table may add more). */
export function controlRoutes(options: ControlOptions): Route[] {
  return [
    control('faults', ['GET', 'POST'], faultsRoute(options)),
    control('reset', ['POST'], () => {
      options.reset();
      return json({ ok: true });
    }),
    control('requests', ['GET', 'DELETE'], (request) => {
      if (request.method === 'DELETE') {
        options.requests.clear();
        return new Response(null, { status: 204 });
      }
      return json({ entries: options.requests.entries });
    }),
    control('tokens', ['POST'], tokensRoute(options)),
    control('data', ['GET'], () => json(options.data())),
  ];
}
