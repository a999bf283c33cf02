// Waiting between retries, shared by the HTTP client (whole requests) and the upload engine (parts):
// exponential backoff with jitter under a ceiling, and a sleep that an abort signal cuts short.

/** How often and how long to retry. */
export interface RetryPolicy {
  /** Attempts after the first one. */
  retries: number;
  /** First backoff in ms; doubles each time, with jitter. */
  baseDelayMs: number;
  /** Upper bound for one wait (in the HTTP client, also for a server's Retry-After). */
  maxDelayMs: number;
}

/** Waits `ms`; rejects with the signal's reason when it aborts first. Replaced in tests. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/**
 * The wait before retry `attempt` (0 for the first retry): `baseDelayMs · 2^attempt`, of which the
 * upper half is random (so clients that failed together do not retry together), at most `maxDelayMs`.
 */
export function backoffDelay(attempt: number, policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>): number {
  const exponential = policy.baseDelayMs * 2 ** attempt;
  return Math.min(policy.maxDelayMs, exponential / 2 + Math.random() * (exponential / 2));
}

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
