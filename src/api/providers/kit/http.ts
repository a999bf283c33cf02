// The HTTP clients a provider builds: one for the DAM's API (bearer token, retries), and one for
// presigned storage links (no token, none of the page's cookies, no retries: the engine retries parts).
import type { RetryPolicy } from '../../backoff.js';
import { HttpClient, type ErrorDescriber } from '../../http.js';
import type { TokenSource } from '../../types.js';

/** What a provider is given for HTTP: the token source, and the fetch and retry policy tests replace. */
export interface ProviderHttpOptions {
  tokens?: TokenSource | undefined;
  fetch?: typeof fetch | undefined;
  retry?: Partial<RetryPolicy> | undefined;
}

/** A client for the DAM's API, reading its error bodies with `describeError`. */
export function apiClient(options: ProviderHttpOptions, describeError: ErrorDescriber): HttpClient {
  return new HttpClient({
    tokens: options.tokens,
    describeError,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.retry ? { retry: options.retry } : {}),
  });
}

/**
 * A client for presigned storage URLs: never the bearer token (it would go to another origin, and the
 * storage refuses a second authentication), never the page's cookies, and no retries of its own.
 */
export function storageClient(options: Pick<ProviderHttpOptions, 'fetch'>, describeError: ErrorDescriber): HttpClient {
  return new HttpClient({ describeError, ...(options.fetch ? { fetch: options.fetch } : {}), retry: { retries: 0 }, credentials: 'omit' });
}

/** The `<Message>` of an S3-style XML error body, or `undefined`. */
export function storageErrorMessage(body: string): string | undefined {
  return /<Message>([^<]*)<\/Message>/.exec(body)?.[1];
}

/** Hits per request when the integrator does not say. */
const DEFAULT_PAGE_SIZE = 50;

/** The integrator's `page-size` as a whole number from 1 to the DAM's cap. */
export function clampPageSize(pageSize: number | undefined, max: number): number {
  return Math.min(Math.max(1, Math.floor(pageSize ?? DEFAULT_PAGE_SIZE)), max);
}
