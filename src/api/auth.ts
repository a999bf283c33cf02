// Sign-in to a DAM with OAuth 2 authorization code + PKCE S256, wrapping
// oidc-client-ts: a popup by default, a full-page redirect when the popup is
// blocked; tokens in sessionStorage (or memory; localStorage only on request);
// refresh before expiry and once after a 401.
import { InMemoryWebStorage, UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
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

function storageFor(kind: TokenStorage): Storage {
  if (kind === 'local') return window.localStorage;
  if (kind === 'session') return window.sessionStorage;
  return new InMemoryWebStorage();
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
  readonly #manager: UserManager;
  readonly #endpoints: AuthEndpoints;
  #user: User | null = null;
  #refreshing: Promise<string> | undefined;
  readonly #listeners = new Set<() => void>();

  constructor(options: DamAuthOptions) {
    this.#endpoints = options.endpoints;
    const tokenEndpoint = options.tokenUrl ?? options.endpoints.tokenEndpoint;
    this.#manager = new UserManager({
      authority: options.endpoints.issuer,
      metadata: {
        issuer: options.endpoints.issuer,
        authorization_endpoint: options.endpoints.authorizationEndpoint,
        token_endpoint: tokenEndpoint,
      },
      client_id: options.clientId,
      redirect_uri: options.redirectUri,
      popup_redirect_uri: options.redirectUri,
      response_type: 'code',
      scope: options.endpoints.scope,
      loadUserInfo: false,
      automaticSilentRenew: false,
      monitorSession: false,
      extraQueryParams: options.endpoints.extraAuthParams ?? {},
      extraTokenParams: options.endpoints.extraTokenParams ?? {},
      popupWindowTarget: SIGN_IN_WINDOW_NAME,
      userStore: new WebStorageStateStore({ store: storageFor(options.storage ?? 'session'), prefix: 'dam-picker.' }),
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
        this.#setUser(await this.#manager.signinRedirectCallback());
      } catch (error) {
        throw signInError(error); // a refusal comes back here too when the popup was blocked
      } finally {
        const clean = new URL(window.location.href);
        for (const key of ['code', 'state', 'error', 'error_description', 'session_state', 'iss']) clean.searchParams.delete(key);
        history.replaceState(history.state, '', clean);
      }
      return true;
    }
    const user = await this.#manager.getUser();
    this.#setUser(user && (user.refresh_token || !user.expired) ? user : null);
    return this.#user !== null;
  }

  get signedIn(): boolean {
    return this.#user !== null;
  }

  /** Opens the sign-in popup (or redirects when it is blocked). Call from a user gesture. */
  async signIn(): Promise<void> {
    // Open the named window first, in the click's gesture: null means the popup is blocked.
    const popup = window.open('', SIGN_IN_WINDOW_NAME, 'width=520,height=640');
    if (!popup) {
      await this.#manager.signinRedirect();
      return;
    }
    try {
      this.#setUser(await this.#manager.signinPopup({ popupAbortOnClose: true }));
    } catch (error) {
      throw signInError(error);
    }
  }

  async signOut(): Promise<void> {
    await this.#manager.removeUser();
    this.#setUser(null);
  }

  async getAccessToken(): Promise<string> {
    const user = this.#user;
    if (!user) throw new DamError('unauthorized', 'Not signed in.');
    if ((user.expires_in ?? Infinity) > REFRESH_MARGIN_S) return user.access_token;
    return this.refreshAccessToken();
  }

  refreshAccessToken(): Promise<string> {
    this.#refreshing ??= this.#refresh().finally(() => {
      this.#refreshing = undefined;
    });
    return this.#refreshing;
  }

  /** Called whenever the signed-in state or the user changes. Returns an unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async #refresh(): Promise<string> {
    const previous = this.#user;
    if (!previous?.refresh_token) {
      await this.signOut();
      throw new DamError('unauthorized', 'Your session has expired. Please sign in again.');
    }
    try {
      const user = await this.#manager.signinSilent({ extraTokenParams: this.#endpoints.extraTokenParams ?? {} });
      if (!user) throw new Error('no user');
      // Some DAMs omit refresh_token on refresh: keep the one we have.
      if (!user.refresh_token) {
        user.refresh_token = previous.refresh_token;
        await this.#manager.storeUser(user);
      }
      this.#setUser(user);
      return user.access_token;
    } catch (error) {
      await this.signOut();
      throw new DamError('unauthorized', 'Your session has expired. Please sign in again.', { cause: error });
    }
  }

  async #isRedirectReturn(): Promise<boolean> {
    const params = new URLSearchParams(window.location.search);
    const state = params.get('state');
    if (!state || !(params.has('code') || params.has('error'))) return false;
    return (await this.#manager.settings.stateStore.get(state)) !== null;
  }

  #setUser(user: User | null): void {
    this.#user = user;
    for (const listener of this.#listeners) listener();
  }
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
  const manager = new UserManager({ authority: window.location.origin, client_id: 'dam-picker', redirect_uri: window.location.href });
  await manager.signinPopupCallback(window.location.href);
  return true;
}
