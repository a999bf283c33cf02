// The DAM session, with no DOM: sign-in with OAuth 2 authorization code + PKCE S256, where
// oidc-client-ts's OidcClient makes the request (state, PKCE verifier), checks the answer and exchanges
// the code and the refresh token. This adds what its UserManager would (it would also bring silent-renew
// iframes, session monitoring and user-info loading we do not use, ~7 KB gzip): a popup (a full-page
// redirect only when the integrator opts in and the picker is not in a frame), the session in a store
// under a key bound to the whole sign-in configuration, refresh before expiry and once after a 401, and
// a sign-out that revokes the tokens and reaches every picker of the origin. The page's side comes in
// through `AuthSeams` (src/browser/ has the browser's).
import type { OidcClient, UserProfile } from 'oidc-client-ts';
import { DamError } from '../errors.js';
import type { AuthEndpoints, TokenSource } from '../types.js';
import { revokeTokens } from './revocation.js';
import type { AuthSeams } from './seams.js';
import { signInError } from './sign-in-error.js';

export interface DamAuthOptions {
  /** The provider's name (`brandworkz`, `bynder`): part of the session's key. */
  provider: string;
  endpoints: AuthEndpoints;
  clientId: string;
  redirectUri: string;
  /** A relay that performs code exchange and refresh instead of the DAM's token endpoint. */
  tokenUrl?: string | undefined;
  /** Sign in with a full-page redirect when the popup is blocked (never inside a frame). */
  signInRedirect?: boolean | undefined;
}

/** Refresh when the token has less than this many seconds left. */
const REFRESH_MARGIN_S = 60;
/** How long a sign-out waits for the DAM to revoke the tokens before it goes on without. */
const REVOKE_WAIT_MS = 2000;
/** Where stored sessions live: this prefix, then the configuration they were made under. */
const SESSION_PREFIX = 'dam-picker.user:';

/** The session as stored: the token answer, with the expiry as an epoch second. */
interface Session {
  access_token: string;
  refresh_token?: string | undefined;
  token_type?: string | undefined;
  scope?: string | undefined;
  expires_at?: number | undefined;
}

const now = (): number => Math.floor(Date.now() / 1000);

/**
 * The key of a stored session: everything the sign-in was made with, so that a session is only used
 * under that configuration (a refresh token never goes to another token endpoint).
 */
function sessionKey(options: Pick<DamAuthOptions, 'provider' | 'endpoints' | 'clientId' | 'redirectUri' | 'tokenUrl'>): string {
  const tokenEndpoint = options.tokenUrl || options.endpoints.tokenEndpoint;
  return SESSION_PREFIX + JSON.stringify([options.provider, options.endpoints.issuer, options.clientId, tokenEndpoint, options.redirectUri]);
}

export class DamAuth implements TokenSource {
  /** oidc-client-ts, loaded when a sign-in or a refresh first needs it (a stored, valid session does not). */
  #client: Promise<OidcClient> | undefined;
  readonly #options: DamAuthOptions;
  readonly #endpoints: AuthEndpoints;
  readonly #seams: AuthSeams;
  readonly #key: string;
  #session: Session | null = null;
  #refreshing: Promise<string> | undefined;
  readonly #listeners = new Set<() => void>();
  #stopWatching: (() => void) | undefined;

  constructor(options: DamAuthOptions, seams: AuthSeams) {
    this.#options = options;
    this.#endpoints = options.endpoints;
    this.#seams = seams;
    this.#key = sessionKey(options);
  }

  /** The OIDC client (its code is a chunk of its own); a failed load is tried again next time. */
  #oidc(): Promise<OidcClient> {
    const options = this.#options;
    const seams = this.#seams;
    this.#client ??= import('oidc-client-ts').then(
      ({ OidcClient }) =>
        new OidcClient({
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
          stateStore: seams.stateStore,
        }),
      (error: unknown) => {
        this.#client = undefined;
        throw new DamError('network', `Could not load the sign-in code: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
    return this.#client;
  }

  /** Loads a stored session, if any, and completes a redirect sign-in when this page is its return. */
  async restore(): Promise<boolean> {
    const { signInWindow } = this.#seams;
    // In our own sign-in popup the opener completes the flow (completeSignInPopup).
    if (signInWindow.isSignInPopup()) return false;
    const answer = signInWindow.answer();
    if (answer && (await this.#issued(answer))) {
      signInWindow.takeAnswer();
      try {
        await this.#complete(answer);
      } catch (error) {
        throw signInError(error); // a refusal comes back here too after a redirect
      }
      return true;
    }
    const session = this.#read();
    this.#setSession(session && (session.refresh_token || (session.expires_at ?? Infinity) > now()) ? session : null);
    // Signed out: the editor's next step is the sign-in, so its code is fetched now, not after the click.
    if (!this.#session) void this.#oidc().catch(() => undefined);
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
    const { signInWindow } = this.#seams;
    // Open the named window first, in the click's gesture: null means the popup is blocked.
    const popup = signInWindow.openPopup();
    if (!popup) {
      if (!this.#options.signInRedirect || signInWindow.isFramed()) {
        throw new DamError('popup-blocked', 'The browser blocked the sign-in window.');
      }
      await (await this.#oidc()).clearStaleState().catch(() => undefined);
      const request = await (await this.#oidc()).createSigninRequest({ request_type: 'si:r' });
      signInWindow.redirect(request.url);
      return;
    }
    // Requests abandoned earlier (a closed popup, a redirect never returned) leave their state behind.
    await (await this.#oidc()).clearStaleState().catch(() => undefined);
    let stateId: string | undefined;
    try {
      const request = await (await this.#oidc()).createSigninRequest({ request_type: 'si:p' });
      stateId = request.state.id;
      popup.go(request.url);
      await this.#complete(await popup.answer(stateId));
    } catch (error) {
      popup.close();
      if (stateId) await this.#seams.stateStore.remove(stateId).catch(() => undefined);
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
    if (options.announce ?? true) this.#seams.announceSignOut();
    if (session) {
      const revoked = revokeTokens(this.#endpoints.revocationEndpoint, this.#options.clientId, session);
      await Promise.race([revoked, new Promise((resolve) => setTimeout(resolve, REVOKE_WAIT_MS))]);
    }
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
   * session from a store they share. Returns an unsubscribe function.
   */
  onChange(listener: () => void): () => void {
    if (this.#listeners.size === 0) this.#stopWatching = this.#seams.store.watchRemoval?.(this.#key, this.#removedElsewhere);
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
      if (this.#listeners.size === 0) {
        this.#stopWatching?.();
        this.#stopWatching = undefined;
      }
    };
  }

  readonly #removedElsewhere = (): void => {
    if (this.#session) this.#setSession(null);
  };

  /** Forgets the session here and in its store, without telling anyone or revoking anything. */
  #forget(): void {
    this.#seams.store.removeItem(this.#key);
    this.#setSession(null);
  }

  /** Checks the answer in `url` against the state this tab stored, exchanges the code, stores the session. */
  async #complete(url: string): Promise<void> {
    const response = await (await this.#oidc()).processSigninResponse(url);
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
      const response = await (
        await this.#oidc()
      ).useRefreshToken({
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
    const stored = state ? await this.#seams.stateStore.get(state) : null;
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
      const session = JSON.parse(this.#seams.store.getItem(this.#key) ?? 'null') as Session | null;
      return session && typeof session.access_token === 'string' ? session : null;
    } catch {
      return null;
    }
  }

  #save(session: Session): void {
    this.#seams.store.setItem(this.#key, JSON.stringify(session));
    this.#setSession(session);
  }

  #setSession(session: Session | null): void {
    this.#session = session;
    for (const listener of this.#listeners) listener();
  }
}
