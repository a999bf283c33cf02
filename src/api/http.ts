// The one place that talks HTTP: bearer tokens (one refresh after a 401),
// bounded retries with backoff for 429/502/503/504 and network failures
// (honouring Retry-After), abort signals, and JSON parsing. Providers map
// vendor error bodies through `describeError`.
import { abortableSleep, backoffDelay, type RetryPolicy, type Sleep } from './backoff.js';
import { DamError, isAbortError, type DamErrorCode } from './errors.js';
import type { TokenSource } from './types.js';

const defaultRetryPolicy: RetryPolicy = { retries: 3, baseDelayMs: 300, maxDelayMs: 10_000 };

export interface HttpRequest {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: BodyInit;
  /** Send `Authorization: Bearer` from the token source (default true). */
  auth?: boolean;
  signal?: AbortSignal | undefined;
}

/** Turns an error response body into a message and a vendor code; the provider knows the envelope. */
export type ErrorDescriber = (status: number, body: unknown) => { message?: string; damCode?: number };

export interface HttpClientOptions {
  tokens?: TokenSource | undefined;
  fetch?: typeof fetch;
  retry?: Partial<RetryPolicy>;
  describeError?: ErrorDescriber;
  /** Waits between retries; replaced in tests. */
  sleep?: Sleep;
  /** Cookies and HTTP auth of the page: `omit` for presigned storage links (default: the browser's `same-origin`). */
  credentials?: RequestCredentials;
}

const RETRYABLE_STATUS = new Set([408, 429, 502, 503, 504]);

function codeForStatus(status: number): DamErrorCode {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 400 || status === 422) return 'invalid-argument';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'service-unavailable';
  return 'http';
}

/** Seconds or an HTTP date, as in RFC 9110; `undefined` when absent or unreadable. */
function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export class HttpClient {
  readonly #tokens: TokenSource | undefined;
  readonly #fetch: typeof fetch;
  readonly #retry: RetryPolicy;
  readonly #describe: ErrorDescriber;
  readonly #sleep: Sleep;
  readonly #credentials: RequestCredentials | undefined;

  constructor(options: HttpClientOptions = {}) {
    this.#tokens = options.tokens;
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#retry = { ...defaultRetryPolicy, ...options.retry };
    this.#describe = options.describeError ?? (() => ({}));
    this.#sleep = options.sleep ?? abortableSleep;
    this.#credentials = options.credentials;
  }

  /** Sends the request and returns the parsed JSON body of a 2xx answer; throws DamError otherwise. */
  async json(request: HttpRequest): Promise<unknown> {
    const response = await this.send(request);
    const body = await readBody(response);
    if (typeof body !== 'object' || body === null) {
      throw new DamError('malformed-response', 'The DAM sent a response that is not JSON.', { status: response.status });
    }
    return body;
  }

  /** Sends the request with auth and retries; returns a 2xx Response or throws DamError. */
  async send(request: HttpRequest): Promise<Response> {
    const useAuth = request.auth !== false && this.#tokens !== undefined;
    let token = useAuth ? await this.#tokens.getAccessToken() : undefined;
    let refreshed = false;
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await this.#fetch(request.url, {
          method: request.method ?? 'GET',
          headers: { Accept: 'application/json', ...request.headers, ...(token ? { Authorization: `Bearer ${token}` } : {}) },
          body: request.body ?? null,
          signal: request.signal ?? null,
          ...(this.#credentials ? { credentials: this.#credentials } : {}),
        });
      } catch (error) {
        if (isAbortError(error) || request.signal?.aborted) throw error;
        if (attempt < this.#retry.retries) {
          await this.#sleep(backoffDelay(attempt, this.#retry), request.signal);
          continue;
        }
        throw new DamError('network', 'The DAM could not be reached. Check your connection and try again.', {
          retryable: true,
          cause: error,
        });
      }
      if (token) await this.#refuseRedirectElsewhere(request.url, response);
      if (response.ok) return response;

      if (response.status === 401 && useAuth && !refreshed) {
        refreshed = true;
        await response.body?.cancel();
        token = await this.#tokens.refreshAccessToken();
        attempt--; // a refresh is not a retry
        continue;
      }
      if (RETRYABLE_STATUS.has(response.status) && attempt < this.#retry.retries) {
        const wait = parseRetryAfter(response.headers.get('Retry-After')) ?? backoffDelay(attempt, this.#retry);
        await response.body?.cancel();
        await this.#sleep(Math.min(wait, this.#retry.maxDelayMs), request.signal);
        continue;
      }
      throw await this.#errorFrom(response);
    }
  }

  /**
   * A call with the bearer token follows redirects (`redirect: 'follow'`, so a DAM may move an endpoint
   * within its own origin), but an answer from another origin is never used: the browser drops the
   * Authorization header on a cross-origin redirect, and this makes sure that origin's answer does not
   * pass for the DAM's. `manual` would hide even same-origin targets (an opaque redirect).
   */
  async #refuseRedirectElsewhere(requested: string, response: Response): Promise<void> {
    if (!response.redirected || !response.url) return;
    const origin = (url: string) => new URL(url, globalThis.location?.href).origin;
    if (origin(response.url) === origin(requested)) return;
    await response.body?.cancel();
    throw new DamError('http', `The DAM redirected a request to another origin (${origin(response.url)}); the answer was not used.`);
  }

  async #errorFrom(response: Response): Promise<DamError> {
    // An HTML error page (a proxy's, a gateway's) is not words for the user: only JSON or plain text count.
    const html = /html/i.test(response.headers.get('Content-Type') ?? '');
    const body = html ? undefined : await readBody(response).catch(() => undefined);
    const described = this.#describe(response.status, body);
    const code = codeForStatus(response.status);
    const fallback = `The DAM answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`;
    return new DamError(code, described.message || fallback, {
      status: response.status,
      detail: described.message,
      ...(described.damCode !== undefined ? { damCode: described.damCode } : {}),
      retryable: RETRYABLE_STATUS.has(response.status) || response.status >= 500,
    });
  }
}
