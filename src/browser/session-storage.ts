// Where a browser keeps DamAuth's session — sessionStorage by default, memory, or localStorage on
// request — and each sign-in request's state (sessionStorage: it must survive a redirect). A session
// another document removes from the same storage (its sign-out) is noticed through the `storage` event.
import type { StateStore } from 'oidc-client-ts';
import type { SessionStore } from '../api/auth/seams.js';
import { STATE_PREFIX } from './sign-in-callback.js';

/** The `token-storage` choice. */
export type TokenStorage = 'session' | 'memory' | 'local';

/** A store that lives as long as the page: for `token-storage="memory"`. */
function memoryStore(): SessionStore {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

function webStore(storage: Storage): SessionStore {
  return {
    getItem: (key) => storage.getItem(key),
    setItem: (key, value) => storage.setItem(key, value),
    removeItem: (key) => storage.removeItem(key),
    watchRemoval(key, listener) {
      const onStorage = (event: StorageEvent): void => {
        if (event.key === key && event.newValue === null && event.storageArea === storage) listener();
      };
      window.addEventListener('storage', onStorage);
      return () => window.removeEventListener('storage', onStorage);
    },
  };
}

/** The session's store for a `token-storage` choice. */
export function sessionStore(kind: TokenStorage): SessionStore {
  if (kind === 'local') return webStore(window.localStorage);
  if (kind === 'session') return webStore(window.sessionStorage);
  return memoryStore();
}

/**
 * The sign-in requests' state and PKCE verifiers: this tab only; the redirect sign-in needs them to survive a
 * navigation. What oidc-client-ts's WebStorageStateStore does (keys `dam-picker.<state id>` in sessionStorage),
 * written here so that the picker needs none of oidc-client-ts until a sign-in or a refresh.
 */
export function signInStateStore(): StateStore {
  const store = window.sessionStorage;
  return {
    set: async (key, value) => store.setItem(STATE_PREFIX + key, value),
    get: async (key) => store.getItem(STATE_PREFIX + key),
    remove: async (key) => {
      const value = store.getItem(STATE_PREFIX + key);
      store.removeItem(STATE_PREFIX + key);
      return value;
    },
    getAllKeys: async () =>
      Array.from({ length: store.length }, (_, index) => store.key(index))
        .filter((key): key is string => key?.startsWith(STATE_PREFIX) ?? false)
        .map((key) => key.slice(STATE_PREFIX.length)),
  };
}
