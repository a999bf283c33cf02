// The core's own bearer-token registry: opaque tokens for msw-backed tests and benchmarks
// (the Node server also accepts oidc-provider's tokens). Each token carries the scope it was issued with.

export type TokenState = 'valid' | 'expired' | 'invalid';

/** A token's state and, when known, its space-separated scope (e.g. `read write`). */
export interface TokenCheck {
  readonly state: TokenState;
  readonly scope?: string | undefined;
}

export interface TokenRegistry {
  /** Mints a token; lifetime defaults to the fault switch's token lifetime, else 1200 s; scope to `read write`. */
  issue(options?: { lifetimeSec?: number; scope?: string }): string;
  expire(token: string): void;
  verify(token: string): TokenState;
  /** `verify` with the token's scope. */
  check(token: string): TokenCheck;
  /** Forgets every issued token. */
  clear(): void;
}

export const DEFAULT_TOKEN_LIFETIME_SEC = 1200;
/** What the documentation's password grant answers (`"scope": "read write"`). */
export const DEFAULT_TOKEN_SCOPE = 'read write';

/** Whether a space-separated scope grants `wanted`. */
export const hasScope = (scope: string | undefined, wanted: string): boolean => (scope ?? '').split(/\s+/).includes(wanted);

export function createTokenRegistry(defaultLifetime: () => number): TokenRegistry {
  const issued = new Map<string, { expiry: number; scope: string }>();
  const verify = (token: string): TokenState => {
    const entry = issued.get(token);
    if (entry === undefined) return 'invalid';
    return Date.now() >= entry.expiry ? 'expired' : 'valid';
  };
  return {
    issue(options = {}) {
      const lifetime = options.lifetimeSec ?? defaultLifetime();
      const bytes = new Uint8Array(24);
      crypto.getRandomValues(bytes);
      const token = `bwz_${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
      issued.set(token, { expiry: Date.now() + lifetime * 1000, scope: options.scope ?? DEFAULT_TOKEN_SCOPE });
      return token;
    },
    expire(token) {
      const entry = issued.get(token);
      if (entry) entry.expiry = 0;
    },
    verify,
    check(token) {
      return { state: verify(token), scope: issued.get(token)?.scope };
    },
    clear() {
      issued.clear();
    },
  };
}
