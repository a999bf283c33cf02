// Sign-in to a DAM with OAuth 2 authorization code + PKCE S256. oidc-client-ts's OidcClient makes the
// request (state, PKCE verifier), checks the answer and exchanges the code and the refresh token; this
// file adds what its UserManager would (it would also bring silent-renew iframes, session monitoring and
// user-info loading we do not use, ~7 KB gzip): a popup by default, a full-page redirect when the popup
// is blocked, the session in sessionStorage (or memory; localStorage only on request), refresh before
// expiry and once after a 401.
import { OidcClient, WebStorageStateStore, type UserProfile } from 'oidc-client-ts';
import { DamError } from './errors.js';
import type { AuthEndpoints, TokenSource } from './types.js';

export type TokenStorage = 'session' | 'memory' | 'local';

export interface DamAuthOptions {
  endpoints: AuthEndpoints;
  clientId: string;
  redirectUri: string;
  /** A relay that performs code exchange and refresh instead of the DAM's token endpoint. */
  tokenUrl?: string | undefined;
  storage?: TokenStorage;
}

/** The popup window's name: the callback page recognises a sign-in popup by it. */
export const SIGN_IN_WINDOW_NAME = 'dam-picker-signin';
/** Refresh when the token has less than this many seconds left. */
const REFRESH_MARGIN_S = 60;
/** What the sign-in popup posts to its opener. */
const CALLBACK_SOURCE = 'dam-picker-signin';
/** How often the opener looks whether the user closed the popup. */
const POPUP_CLOSED_POLL_MS = 500;

/** The session as stored: the token answer, with the expiry as an epoch second. */
interface Session {
  access_token: string;
  refresh_token?: string | undefined;
  token_type?: string | undefined;
  scope?: string | undefined;
  expires_at?: number | undefined;
}

const now = (): number => Math.floor(Date.now() / 1000);

/** A Storage that lives as long as the page: for `token-storage="memory"`. */
function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

function storageFor(kind: TokenStorage): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  if (kind === 'local') return window.localStorage;
  if (kind === 'session') return window.sessionStorage;
  return memoryStorage();
}

/** Maps an OAuth error or a failed popup to a DamError the picker can show. */
export function signInError(error: unknown): DamError {
  if (error instanceof DamError) return error;
  const { error: oauthError, error_description: description, message } = (error ?? {}) as Record<string, unknown>;
  const detail = typeof description === 'string' && description ? description : undefined;
  if (oauthError === 'access_denied') {
    return new DamError('sign-in-refused', `Sign-in was refused${detail ? `: ${detail}` : '.'}`, { detail, cause: error });
  }
  if (typeof oauthError === 'string') {
    return new DamError('sign-in-failed', `Sign-in failed: ${detail ?? oauthError}`, { detail: detail ?? oauthError, cause: error });
  }
  if (typeof message === 'string' && /popup closed/i.test(message)) {
    return new DamError('sign-in-failed', 'The sign-in window was closed before sign-in finished.', { signInWindowClosed: true, cause: error });
  }
  return new DamError('sign-in-failed', `Sign-in failed${typeof message === 'string' && message ? `: ${message}` : '.'}`, { cause: error });
}

export class DamAuth implements TokenSource {
  readonly #client: OidcClient;
  readonly #endpoints: AuthEndpoints;
  readonly #store: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  readonly #key: string;
  #session: Session | null = null;
  #refreshing: Promise<string> | undefined;
  readonly #listeners = new Set<() => void>();

  constructor(options: DamAuthOptions) {
    this.#endpoints = options.endpoints;
    this.#store = storageFor(options.storage ?? 'session');
    this.#key = `dam-picker.user:${options.endpoints.issuer}:${options.clientId}`;
    this.#client = new OidcClient({
      authority: options.endpoints.issuer,
      metadata: {
        issuer: options.endpoints.issuer,
        authorization_endpoint: options.endpoints.authorizationEndpoint,
        token_endpoint: options.tokenUrl ?? options.endpoints.tokenEndpoint,
      },
      client_id: options.clientId,
      redirect_uri: options.redirectUri,
      response_type: 'code',
      scope: options.endpoints.scope,
      extraQueryParams: options.endpoints.extraAuthParams ?? {},
      extraTokenParams: options.endpoints.extraTokenParams ?? {},
      // PKCE verifier and state: this tab only; the redirect fallback needs them to survive a navigation.
      stateStore: new WebStorageStateStore({ store: window.sessionStorage, prefix: 'dam-picker.' }),
    });
  }

  /** Loads a stored session, if any, and completes a redirect sign-in when this page is its return. */
  async restore(): Promise<boolean> {
    // In our own sign-in popup the opener completes the flow (completeSignInPopup).
    if (window.name === SIGN_IN_WINDOW_NAME && window.opener) return false;
    if (await this.#isRedirectReturn()) {
      try {
        await this.#complete(window.location.href);
      } catch (error) {
        throw signInError(error); // a refusal comes back here too when the popup was blocked
      } finally {
        const clean = new URL(window.location.href);
        for (const key of ['code', 'state', 'error', 'error_description', 'session_state', 'iss']) clean.searchParams.delete(key);
        history.replaceState(history.state, '', clean);
      }
      return true;
    }
    const session = this.#read();
    this.#setSession(session && (session.refresh_token || (session.expires_at ?? Infinity) > now()) ? session : null);
    return this.#session !== null;
  }

  get signedIn(): boolean {
    return this.#session !== null;
  }

  /** Opens the sign-in popup (or redirects when it is blocked). Call from a user gesture. */
  async signIn(): Promise<void> {
    // Open the named window first, in the click's gesture: null means the popup is blocked.
    const popup = window.open('', SIGN_IN_WINDOW_NAME, 'width=520,height=640');
    if (!popup) {
      const request = await this.#client.createSigninRequest({ request_type: 'si:r' });
      window.location.assign(request.url);
      return;
    }
    // Requests abandoned earlier (a closed popup, a redirect never returned) leave their state behind.
    await this.#client.clearStaleState().catch(() => undefined);
    let stateId: string | undefined;
    try {
      const request = await this.#client.createSigninRequest({ request_type: 'si:p' });
      stateId = request.state.id;
      popup.location.replace(request.url);
      await this.#complete(await waitForCallback(popup, stateId));
    } catch (error) {
      if (!popup.closed) popup.close();
      if (stateId) await this.#client.settings.stateStore.remove(stateId).catch(() => undefined);
      throw signInError(error);
    }
  }

  async signOut(): Promise<void> {
    this.#store.removeItem(this.#key);
    this.#setSession(null);
  }

  async getAccessToken(): Promise<string> {
    const session = this.#session;
    if (!session) throw new DamError('unauthorized', 'Not signed in.');
    if ((session.expires_at ?? Infinity) - now() > REFRESH_MARGIN_S) return session.access_token;
    return this.refreshAccessToken();
  }

  refreshAccessToken(): Promise<string> {
    this.#refreshing ??= this.#refresh().finally(() => {
      this.#refreshing = undefined;
    });
    return this.#refreshing;
  }

  /** Called whenever the signed-in state or the session changes. Returns an unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Checks the answer in `url` against the state this tab stored, exchanges the code, stores the session. */
  async #complete(url: string): Promise<void> {
    const response = await this.#client.processSigninResponse(url);
    this.#save({ access_token: response.access_token, refresh_token: response.refresh_token, token_type: response.token_type, scope: response.scope, expires_at: response.expires_at });
  }

  async #refresh(): Promise<string> {
    const previous = this.#session;
    if (!previous?.refresh_token) {
      await this.signOut();
      throw new DamError('unauthorized', 'Your session has expired. Please sign in again.');
    }
    try {
      const response = await this.#client.useRefreshToken({
        state: { refresh_token: previous.refresh_token, scope: previous.scope, session_state: null, profile: {} as UserProfile },
        extraTokenParams: this.#endpoints.extraTokenParams ?? {},
      });
      // Some DAMs omit refresh_token on refresh: keep the one we have.
      this.#save({
        access_token: response.access_token,
        refresh_token: response.refresh_token ?? previous.refresh_token,
        token_type: response.token_type,
        scope: response.scope,
        expires_at: response.expires_at,
      });
      return response.access_token;
    } catch (error) {
      await this.signOut();
      throw new DamError('unauthorized', 'Your session has expired. Please sign in again.', { cause: error });
    }
  }

  async #isRedirectReturn(): Promise<boolean> {
    const params = new URLSearchParams(window.location.search);
    const state = params.get('state');
    if (!state || !(params.has('code') || params.has('error'))) return false;
    return (await this.#client.settings.stateStore.get(state)) !== null;
  }

  #read(): Session | null {
    try {
      const session = JSON.parse(this.#store.getItem(this.#key) ?? 'null') as Session | null;
      return session && typeof session.access_token === 'string' ? session : null;
    } catch {
      return null;
    }
  }

  #save(session: Session): void {
    this.#store.setItem(this.#key, JSON.stringify(session));
    this.#setSession(session);
  }

  #setSession(session: Session | null): void {
    this.#session = session;
    for (const listener of this.#listeners) listener();
  }
}

/**
 * Waits for our sign-in popup to post back the URL it returned to: only a message from that window, from
 * this page's origin (the redirect URI's), for the `state` this request issued. Rejects when the user
 * closes the window first.
 */
function waitForCallback(popup: Window, state: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stop = (): void => {
      window.removeEventListener('message', onMessage);
      clearInterval(closed);
    };
    const onMessage = (event: MessageEvent): void => {
      const data = event.data as { source?: unknown; url?: unknown } | null;
      if (event.source !== popup || event.origin !== window.location.origin || data?.source !== CALLBACK_SOURCE || typeof data.url !== 'string') return;
      if (new URL(data.url).searchParams.get('state') !== state) return;
      stop();
      popup.close();
      resolve(data.url);
    };
    const closed = setInterval(() => {
      if (!popup.closed) return;
      stop();
      reject(new Error('Popup closed by user'));
    }, POPUP_CLOSED_POLL_MS);
    window.addEventListener('message', onMessage);
  });
}

/**
 * Runs on every page that loads the picker's script: when this window is our
 * sign-in popup returning from the DAM, hand the answer to the opener (which
 * checks the `state` against the one it issued) and close.
 */
export async function completeSignInPopup(): Promise<boolean> {
  if (typeof window === 'undefined' || window.name !== SIGN_IN_WINDOW_NAME || !window.opener) return false;
  const params = new URLSearchParams(window.location.search);
  if (!params.has('state') || !(params.has('code') || params.has('error'))) return false;
  // Only to a window of our own origin; the opener also checks that the message comes from its popup.
  (window.opener as Window).postMessage({ source: CALLBACK_SOURCE, url: window.location.href }, window.location.origin);
  return true;
}
