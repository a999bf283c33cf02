// The core's own bearer-token registry: opaque tokens for msw-backed tests and benchmarks
// (the Node server also accepts oidc-provider's tokens).

export type TokenState = 'valid' | 'expired' | 'invalid';

export interface TokenRegistry {
  /** Mints a token; lifetime defaults to the fault switch's token lifetime, else 1200 s. */
  issue(options?: { lifetimeSec?: number }): string;
  expire(token: string): void;
  verify(token: string): TokenState;
  /** Forgets every issued token. */
  clear(): void;
}

export const DEFAULT_TOKEN_LIFETIME_SEC = 1200;

export function createTokenRegistry(defaultLifetime: () => number): TokenRegistry {
  const expiries = new Map<string, number>();
  return {
    issue(options = {}) {
      const lifetime = options.lifetimeSec ?? defaultLifetime();
      const bytes = new Uint8Array(24);
      crypto.getRandomValues(bytes);
      const token = `bwz_${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
      expiries.set(token, Date.now() + lifetime * 1000);
      return token;
    },
    expire(token) {
      if (expiries.has(token)) expiries.set(token, 0);
    },
    verify(token) {
      const expiry = expiries.get(token);
      if (expiry === undefined) return 'invalid';
      return Date.now() >= expiry ? 'expired' : 'valid';
    },
    clear() {
      expiries.clear();
    },
  };
}
