// Sign-in to a DAM with OAuth 2 authorization code + PKCE S256. oidc-client-ts's OidcClient makes the
// request (state, PKCE verifier), checks the answer and exchanges the code and the refresh token; this
// file adds what its UserManager would (it would also bring silent-renew iframes, session monitoring and
// user-info loading we do not use, ~7 KB gzip): a popup (a full-page redirect only when the integrator
// opts in and the picker is not in a frame), the session in sessionStorage (or memory; localStorage only
// on request) under a key bound to the whole sign-in configuration, refresh before expiry and once after
// a 401, and a sign-out that revokes the tokens and reaches every picker of the origin.
import { OidcClient, WebStorageStateStore, type UserProfile } from 'oidc-client-ts';
import { DamError } from './errors.js';
import {
  CALLBACK_SOURCE,
  signInAnswer,
  SIGN_IN_WINDOW_NAME,
  STATE_PREFIX,
  isSignInPopup,
  postAnswerToOpener,
  takeSignInAnswer,
} from '../browser/sign-in-callback.js';
import type { AuthEndpoints, TokenSource } from './types.js';

export { SIGN_IN_WINDOW_NAME } from '../browser/sign-in-callback.js';

export type TokenStorage = 'session' | 'memory' | 'local';

export interface DamAuthOptions {
  /** The provider's name (`brandworkz`, `bynder`): part of the session's key. */
  provider: string;
  endpoints: AuthEndpoints;
  clientId: string;
  redirectUri: string;
  /** A relay that performs code exchange and refresh instead of the DAM's token endpoint. */
  tokenUrl?: string | undefined;
  storage?: TokenStorage;
  /** Sign in with a full-page redirect when the popup is blocked (never inside a frame). */
  signInRedirect?: boolean | undefined;
}

/** Refresh when the token has less than this many seconds left. */
const REFRESH_MARGIN_S = 60;
/** How often the opener looks whether the user closed the popup. */
const POPUP_CLOSED_POLL_MS = 500;
/** How long a sign-out waits for the DAM to revoke the tokens before it goes on without. */
const REVOKE_WAIT_MS = 2000;
/** Where stored sessions live: this prefix, then the configuration they were made under. */
const SESSION_PREFIX = 'dam-picker.user:';
/** The channel on which a sign-out reaches the pickers of other tabs and frames of this origin. */
const SIGN_OUT_CHANNEL = 'dam-picker.auth';

/**
 * How the page goes to the DAM for a redirect sign-in. `location.assign` cannot be replaced (it is
 * unforgeable), so the navigation goes through this object, which tests may override.
 */
export const signInNavigation = {
  assign(url: string): void {
    window.location.assign(url);
  },
};

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

/**
 * The key of a stored session: everything the sign-in was made with, so that a session is only used
 * under that configuration (a refresh token never goes to another token endpoint).
 */
function sessionKey(options: Pick<DamAuthOptions, 'provider' | 'endpoints' | 'clientId' | 'redirectUri' | 'tokenUrl'>): string {
  const tokenEndpoint = options.tokenUrl || options.endpoints.tokenEndpoint;
  return SESSION_PREFIX + JSON.stringify([options.provider, options.endpoints.issuer, options.clientId, tokenEndpoint, options.redirectUri]);
}

export class DamAuth implements TokenSource {
  readonly #client: OidcClient;
  readonly #options: DamAuthOptions;
  readonly #endpoints: AuthEndpoints;
  readonly #store: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  readonly #key: string;
  #session: Session | null = null;
  #refreshing: Promise<string> | undefined;
  readonly #listeners = new Set<() => void>();

  constructor(options: DamAuthOptions) {
    this.#options = options;
    this.#endpoints = options.endpoints;
    this.#store = storageFor(options.storage ?? 'session');
    this.#key = sessionKey(options);
    this.#client = new OidcClient({
      authority: options.endpoints.issuer,
      metadata: {
        issuer: options.endpoints.issuer,
        authorization_endpoint: options.endpoints.authorizationEndpoint,
        token_endpoint: options.tokenUrl || options.endpoints.tokenEndpoint,
      },
      client_id: options.clientId,
      redirect_uri: options.redirectUri,
      response_type: 'code',
      scope: options.endpoints.scope,
      extraQueryParams: options.endpoints.extraAuthParams ?? {},
      extraTokenParams: options.endpoints.extraTokenParams ?? {},
      // PKCE verifier and state: this tab only; the redirect fallback needs them to survive a navigation.
      stateStore: new WebStorageStateStore({ store: window.sessionStorage, prefix: STATE_PREFIX }),
    });
  }

  /** Loads a stored session, if any, and completes a redirect sign-in when this page is its return. */
  async restore(): Promise<boolean> {
    // In our own sign-in popup the opener completes the flow (completeSignInPopup).
    if (isSignInPopup()) return false;
    const answer = signInAnswer();
    if (answer && (await this.#issued(answer))) {
      takeSignInAnswer();
      try {
        await this.#complete(answer);
      } catch (error) {
        throw signInError(error); // a refusal comes back here too after a redirect
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

  /**
   * Opens the sign-in popup. Call from a user gesture. When the browser blocks it, rejects with
   * `popup-blocked` — or, when the integrator opted in and the picker is not inside a frame, takes the
   * whole page to the DAM (a frame must never be navigated away to a sign-in page: clickjacking).
   */
  async signIn(): Promise<void> {
    // Open the named window first, in the click's gesture: null means the popup is blocked.
    const popup = window.open('', SIGN_IN_WINDOW_NAME, 'width=520,height=640');
    if (!popup) {
      if (!this.#options.signInRedirect || window.top !== window.self) {
        throw new DamError('popup-blocked', 'The browser blocked the sign-in window.');
      }
      await this.#client.clearStaleState().catch(() => undefined);
      const request = await this.#client.createSigninRequest({ request_type: 'si:r' });
      signInNavigation.assign(request.url);
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

  /**
   * The editor's sign-out: forgets the session, tells every other picker of this origin (this page,
   * other tabs and frames) to sign out too, and asks the DAM to revoke the tokens where it can. The
   * revocation is waited for briefly; its failure does not stop the sign-out.
   */
  async signOut(options: { announce?: boolean } = {}): Promise<void> {
    const session = this.#session;
    this.#forget();
    if (options.announce ?? true) announceSignOut();
    if (session) await Promise.race([this.#revoke(session), new Promise((resolve) => setTimeout(resolve, REVOKE_WAIT_MS))]);
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

  /**
   * Called whenever the signed-in state or the session changes — also when another tab removes this
   * session from localStorage. Returns an unsubscribe function.
   */
  onChange(listener: () => void): () => void {
    if (this.#listeners.size === 0) window.addEventListener('storage', this.#onStorage);
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
      if (this.#listeners.size === 0) window.removeEventListener('storage', this.#onStorage);
    };
  }

  readonly #onStorage = (event: StorageEvent): void => {
    if (event.key === this.#key && event.newValue === null && event.storageArea === this.#store && this.#session) this.#setSession(null);
  };

  /**
   * RFC 7009: the refresh token (which ends the grant where the DAM ties them), then the access token.
   * A plain form POST: the answer has no body to read (oidc-client-ts's client insists on JSON).
   */
  async #revoke(session: Session): Promise<void> {
    const endpoint = this.#endpoints.revocationEndpoint;
    if (!endpoint) return;
    const tokens: Array<[string, 'refresh_token' | 'access_token']> = [[session.access_token, 'access_token']];
    if (session.refresh_token) tokens.unshift([session.refresh_token, 'refresh_token']);
    for (const [token, hint] of tokens) {
      const body = new URLSearchParams({ token, token_type_hint: hint, client_id: this.#options.clientId });
      const response = await fetch(endpoint, { method: 'POST', body, credentials: 'omit' }).catch((error: unknown) => error);
      if (!(response instanceof Response) || !response.ok)
        console.warn(`[dam-picker] could not revoke the ${hint}:`, response instanceof Response ? response.status : response);
    }
  }

  /** Forgets the session here and in its storage, without telling anyone or revoking anything. */
  #forget(): void {
    this.#store.removeItem(this.#key);
    this.#setSession(null);
  }

  /** Checks the answer in `url` against the state this tab stored, exchanges the code, stores the session. */
  async #complete(url: string): Promise<void> {
    const response = await this.#client.processSigninResponse(url);
    this.#save({
      access_token: response.access_token,
      refresh_token: response.refresh_token,
      token_type: response.token_type,
      scope: response.scope,
      expires_at: response.expires_at,
    });
  }

  async #refresh(): Promise<string> {
    const previous = this.#session;
    if (!previous?.refresh_token) {
      this.#forget();
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
      // An expired session is not the editor's sign-out: nothing is announced or revoked.
      this.#forget();
      throw new DamError('unauthorized', 'Your session has expired. Please sign in again.', { cause: error });
    }
  }

  /**
   * Whether this picker issued the redirect sign-in that `answer` returns from: its state is stored and
   * was made for this issuer, client and redirect URI. Another picker's answer is left for that picker.
   */
  async #issued(answer: string): Promise<boolean> {
    const state = new URL(answer).searchParams.get('state');
    const stored = state ? await this.#client.settings.stateStore.get(state) : null;
    if (!stored) return false;
    try {
      const request = JSON.parse(stored) as Record<string, unknown>;
      return (
        request['authority'] === this.#endpoints.issuer &&
        request['client_id'] === this.#options.clientId &&
        request['redirect_uri'] === this.#options.redirectUri
      );
    } catch {
      return false;
    }
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
 * Runs on every page that loads the picker's script: when this window is our sign-in popup returning
 * from the DAM, hand the answer (already out of the address) to the opener, which checks the `state`
 * against the one it issued and closes the popup.
 */
export async function completeSignInPopup(): Promise<boolean> {
  return postAnswerToOpener();
}

type SignOutListener = () => void;
const signOutListeners = new Set<SignOutListener>();
let signOutChannel: BroadcastChannel | null | undefined;

/** The channel to other tabs and frames of this origin; null where BroadcastChannel is missing. */
function channel(): BroadcastChannel | null {
  if (signOutChannel === undefined) {
    signOutChannel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(SIGN_OUT_CHANNEL) : null;
    signOutChannel?.addEventListener('message', (event: MessageEvent) => {
      if ((event.data as { type?: unknown } | null)?.type === 'sign-out') notifySignOut();
    });
  }
  return signOutChannel;
}

function notifySignOut(): void {
  for (const listener of [...signOutListeners]) listener();
}

/** Tells every picker of this page (other copies of the script too), and of other tabs and frames of this origin. */
function announceSignOut(): void {
  notifySignOut();
  // No token or configuration goes out: every picker that hears it signs out.
  channel()?.postMessage({ type: 'sign-out' });
}

/**
 * Calls `listener` when the editor signs out of any picker of this origin (on this page, in another tab
 * or frame). Returns an unsubscribe function.
 */
export function onSignOut(listener: SignOutListener): () => void {
  channel();
  signOutListeners.add(listener);
  return () => signOutListeners.delete(listener);
}
