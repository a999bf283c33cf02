// A look-up made once and shared (discovery, an upload endpoint, a DAM's field list), tried again
// only after it failed.

/** `load`, wrapped so that every call shares its first promise until that fails; the call after a failure loads again. */
export function cachedUntilFailure<A extends unknown[], T>(load: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  let cached: Promise<T> | undefined;
  return (...args) => {
    cached ??= load(...args).catch((error: unknown) => {
      cached = undefined;
      throw error;
    });
    return cached;
  };
}
