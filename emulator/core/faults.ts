// Fault switches: injected error responses, added latency, token lifetime, auto-approval.

export interface FaultRule {
  /** e.g. 'simpleSearch', 'getCategoryInfo', 'getAPIURL', 'token', 'authorize'; absent = any versioned API endpoint. */
  endpoint?: string;
  /** 429, 500, 502, 503 … */
  status: number;
  /** Seconds, sent as Retry-After. */
  retryAfter?: number;
  /** How many requests the fault answers; default 1. */
  times?: number;
  /** Only storage PUTs of this part (`uploadPart` with `partNumber=N`). */
  partNumber?: number;
}

export interface FaultController {
  inject(rule: FaultRule): void;
  setLatency(ms: number): void;
  setPublicLatency(ms: number): void;
  setTokenLifetime(seconds: number | null): void;
  /** How long after `/importAsset` an upload becomes visible to search, in milliseconds (0 = at once). */
  readonly indexingDelayMs: number;
  setIndexingDelay(ms: number): void;
  /** Access-token lifetime override in seconds; null = the default 1200 s. */
  readonly tokenLifetime: number | null;
  /** Added delay of every API and OAuth response, in milliseconds. */
  readonly latency: number;
  /** Added delay of every public response (thumbnails, previews, storage: a CDN or a bucket far away), in milliseconds. */
  readonly publicLatency: number;
  /** Whether the OAuth interaction (login + approval) completes on its own (Node server only): `true` approves, `'deny'` denies, `false` shows the pages. */
  readonly autoApprove: AutoApprove;
  setAutoApprove(mode: AutoApprove): void;
  /** Faults still waiting to fire. */
  readonly pending: ReadonlyArray<Readonly<FaultRule>>;
  /**
   * Consumes one matching fault for a request to `endpoint`, if any. `api` says whether the
   * endpoint is a versioned API endpoint (matched by rules without `endpoint`); `partNumber` is the
   * part a storage PUT carries.
   */
  take(endpoint: string, api: boolean, partNumber?: number): Readonly<FaultRule> | undefined;
  /** Removes faults, latency and the token-lifetime override; auto-approval and the indexing delay go back to their initial values. */
  clear(): void;
}

export function validateFaultRule(rule: unknown): FaultRule {
  if (typeof rule !== 'object' || rule === null) throw new TypeError('fault rule must be an object');
  const { endpoint, status, retryAfter, times, partNumber } = rule as Record<string, unknown>;
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 599) {
    throw new TypeError('fault rule status must be an HTTP status code');
  }
  if (endpoint !== undefined && typeof endpoint !== 'string') throw new TypeError('fault rule endpoint must be a string');
  if (retryAfter !== undefined && (typeof retryAfter !== 'number' || retryAfter < 0)) {
    throw new TypeError('fault rule retryAfter must be a non-negative number of seconds');
  }
  if (times !== undefined && (typeof times !== 'number' || !(times >= 1))) {
    throw new TypeError('fault rule times must be at least 1');
  }
  if (partNumber !== undefined && (typeof partNumber !== 'number' || !Number.isInteger(partNumber) || partNumber < 1)) {
    throw new TypeError('fault rule partNumber must be a positive integer');
  }
  return {
    status,
    ...(endpoint !== undefined ? { endpoint } : {}),
    ...(retryAfter !== undefined ? { retryAfter } : {}),
    ...(times !== undefined ? { times } : {}),
    ...(partNumber !== undefined ? { partNumber } : {}),
  };
}

export type AutoApprove = boolean | 'deny';

export function createFaultController(initialAutoApprove: AutoApprove, initialIndexingDelayMs = 2000): FaultController {
  let rules: Array<FaultRule & { remaining: number }> = [];
  let latency = 0;
  let publicLatency = 0;
  let tokenLifetime: number | null = null;
  let autoApprove = initialAutoApprove;
  let indexingDelayMs = initialIndexingDelayMs;
  return {
    inject(rule) {
      const valid = validateFaultRule(rule);
      rules.push({ ...valid, remaining: valid.times ?? 1 });
    },
    setLatency(ms) {
      if (!(ms >= 0)) throw new TypeError('latency must be a non-negative number of milliseconds');
      latency = ms;
    },
    setPublicLatency(ms) {
      if (!(ms >= 0)) throw new TypeError('public latency must be a non-negative number of milliseconds');
      publicLatency = ms;
    },
    setTokenLifetime(seconds) {
      if (seconds !== null && !(seconds > 0)) throw new TypeError('token lifetime must be a positive number of seconds or null');
      tokenLifetime = seconds;
    },
    get tokenLifetime() {
      return tokenLifetime;
    },
    get indexingDelayMs() {
      return indexingDelayMs;
    },
    setIndexingDelay(ms) {
      if (!(ms >= 0)) throw new TypeError('indexing delay must be a non-negative number of milliseconds');
      indexingDelayMs = ms;
    },
    get latency() {
      return latency;
    },
    get publicLatency() {
      return publicLatency;
    },
    get autoApprove() {
      return autoApprove;
    },
    setAutoApprove(mode) {
      autoApprove = mode;
    },
    get pending() {
      return rules.map(({ remaining, ...rule }) => ({ ...rule, times: remaining }));
    },
    take(endpoint, api, partNumber) {
      const index = rules.findIndex(
        (r) => (r.endpoint === undefined ? api : r.endpoint === endpoint) && (r.partNumber === undefined || r.partNumber === partNumber),
      );
      const rule = rules[index];
      if (!rule) return undefined;
      rule.remaining -= 1;
      if (rule.remaining <= 0) rules.splice(index, 1);
      const { remaining: _remaining, ...fired } = rule;
      return fired;
    },
    clear() {
      rules = [];
      latency = 0;
      publicLatency = 0;
      tokenLifetime = null;
      autoApprove = initialAutoApprove;
      indexingDelayMs = initialIndexingDelayMs;
    },
  };
}
