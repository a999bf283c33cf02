// Connects a picker to its DAM: builds the provider from the attributes, finds
// the sign-in endpoints, restores or starts a sign-in (or uses the host's
// tokenProvider), and reports the state to the host element. The editor's sign-out here, or in any
// other picker of the origin, signs this picker out and has the host drop its selection. Here the
// DOM-free DamAuth meets the browser: its store, popup, redirect and sign-out channel (src/browser/).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DamAuth } from '../../api/auth/session.js';
import { DamError } from '../../api/errors.js';
import { createProvider } from '../../api/providers/index.js';
import { parseFacetFields } from '../../api/filters.js';
import type { DamProvider, TokenSource } from '../../api/types.js';
import { sessionStore, signInStateStore, type TokenStorage } from '../../browser/session-storage.js';
import { browserSignInWindow } from '../../browser/sign-in-window.js';
import { announceSignOut, onSignOut } from '../../browser/sign-out-channel.js';
import type { DamPickerProperties } from './dam-picker.properties.js';

export type SessionStatus = 'unconfigured' | 'connecting' | 'signed-out' | 'signing-in' | 'ready' | 'failed';

export interface SessionConfig {
  provider: string;
  site: string;
  discoveryUrl?: string | undefined;
  clientId?: string | undefined;
  redirectUri?: string | undefined;
  tokenUrl?: string | undefined;
  /** The OAuth scope to ask for; unset: the provider's default (which may depend on `uploads`). */
  scope?: string | undefined;
  /** Whether the picker offers uploads (the Brandworkz default scope then includes `write`). */
  uploads?: boolean | undefined;
  tokenStorage: TokenStorage;
  /** Fall back to a full-page redirect when the popup is blocked (never inside a frame). */
  signInRedirect?: boolean | undefined;
  pageSize: number;
  facetFields?: ReadonlyArray<{ field: string; label: string }> | undefined;
  tokenProvider?: (() => Promise<string>) | undefined;
}

/** The session's part of the picker's options (those marked `session`), normalised: empty means unset. */
export function sessionConfig(options: DamPickerProperties): SessionConfig {
  return {
    provider: options.provider,
    site: options.site,
    discoveryUrl: options.discoveryUrl || undefined,
    clientId: options.clientId || undefined,
    redirectUri: options.redirectUri || undefined,
    tokenUrl: options.tokenUrl || undefined,
    scope: options.scope.trim() || undefined,
    uploads: options.upload,
    tokenStorage: options.tokenStorage,
    signInRedirect: options.signInRedirect,
    pageSize: options.pageSize > 0 ? options.pageSize : 50,
    tokenProvider: options.tokenProvider,
    facetFields: parseFacetFields(options.facetFields),
  };
}

/** The page URL without query and hash: the default redirect URI. */
function defaultRedirectUri(): string {
  const url = new URL(window.location.href);
  url.search = '';
  url.hash = '';
  return url.href;
}

export class PickerSession implements ReactiveController {
  status: SessionStatus = 'unconfigured';
  error: DamError | undefined;
  provider: DamProvider | undefined;
  /** Identifies the DAM and account for cache keys. */
  scope = '';

  readonly #host: ReactiveControllerHost;
  readonly #onError: (error: DamError) => void;
  readonly #onSignedOut: () => void;
  #config: SessionConfig | undefined;
  #auth: DamAuth | undefined;
  #generation = 0;
  #unsubscribe: (() => void) | undefined;
  #stopSignOutListener: (() => void) | undefined;

  /** `onSignedOut`: the editor signed out (here or in another picker of the origin), not a session that expired. */
  constructor(host: ReactiveControllerHost, onError: (error: DamError) => void, onSignedOut: () => void = () => {}) {
    this.#host = host;
    this.#onError = onError;
    this.#onSignedOut = onSignedOut;
    host.addController(this);
  }

  hostConnected(): void {
    this.#stopSignOutListener ??= onSignOut(() => void this.#signedOutElsewhere());
    if (this.#config && this.status === 'unconfigured') void this.#start(this.#config);
  }

  hostDisconnected(): void {
    this.#generation++;
    this.#unsubscribe?.();
    this.#stopSignOutListener?.();
    this.#stopSignOutListener = undefined;
    this.status = 'unconfigured';
  }

  /** (Re)connects when anything that identifies the DAM or the sign-in changed. */
  configure(config: SessionConfig): void {
    this.#config = config;
    void this.#start(config);
  }

  /** Starts the sign-in popup; must run inside a click handler. */
  async signIn(): Promise<void> {
    if (!this.#auth) return;
    const generation = this.#generation;
    this.#set('signing-in');
    try {
      await this.#auth.signIn();
      if (generation === this.#generation) this.#set(this.#auth.signedIn ? 'ready' : 'signed-out');
    } catch (error) {
      if (generation !== this.#generation) return;
      const damError = error instanceof DamError ? error : new DamError('sign-in-failed', String(error));
      this.#set('signed-out', damError);
      this.#onError(damError);
    }
  }

  /** The editor's sign-out: every picker of the origin signs out, the tokens are revoked where the DAM can. */
  async signOut(): Promise<void> {
    const auth = this.#auth;
    // First: the session's own change notice must not read as an expired session.
    this.#set('signed-out');
    this.#onSignedOut();
    await auth?.signOut();
  }

  /** Another picker of this origin signed out: so does this one, and its tokens are revoked too. */
  async #signedOutElsewhere(): Promise<void> {
    const auth = this.#auth;
    if (!auth) return;
    this.#onSignedOut();
    if (this.status === 'ready') this.#set('signed-out');
    await auth.signOut({ announce: false });
  }

  /** Tries the connection again after a failure. */
  retry(): void {
    if (this.#config) void this.#start(this.#config);
  }

  get canSignOut(): boolean {
    return this.#auth !== undefined && this.status === 'ready';
  }

  async #start(config: SessionConfig): Promise<void> {
    const generation = ++this.#generation;
    this.#unsubscribe?.();
    this.#auth = undefined;
    this.provider = undefined;
    if (!this.#host || !config.provider || !config.site || (!config.clientId && !config.tokenProvider)) {
      this.#set('unconfigured');
      return;
    }
    const facets = config.facetFields?.map(({ field }) => field).join(',') ?? '';
    this.scope = [config.provider, config.site, config.discoveryUrl ?? '', config.clientId ?? 'host', config.pageSize, facets].join('|');
    const tokens: TokenSource = config.tokenProvider
      ? { getAccessToken: config.tokenProvider, refreshAccessToken: config.tokenProvider }
      : {
          getAccessToken: () => this.#requireAuth().getAccessToken(),
          refreshAccessToken: () => this.#requireAuth().refreshAccessToken(),
        };
    // The adapter's code is a chunk of its own: 'connecting' while it arrives (at once when already loaded).
    let provider: DamProvider;
    try {
      const created = createProvider({ ...config, tokens });
      this.#set('connecting');
      provider = await created;
    } catch (error) {
      if (generation === this.#generation) this.#fail(error);
      return;
    }
    if (generation !== this.#generation) return;
    this.provider = provider;
    if (config.tokenProvider) {
      this.#set('ready');
      return;
    }
    this.#set('connecting');
    try {
      const endpoints = await provider.connect();
      if (generation !== this.#generation) return;
      const auth = new DamAuth(
        {
          endpoints,
          clientId: config.clientId!,
          redirectUri: config.redirectUri || defaultRedirectUri(),
          tokenUrl: config.tokenUrl,
          signInRedirect: config.signInRedirect,
          provider: config.provider,
        },
        { store: sessionStore(config.tokenStorage), stateStore: signInStateStore(), signInWindow: browserSignInWindow, announceSignOut },
      );
      this.#auth = auth;
      this.#unsubscribe = auth.onChange(() => {
        if (generation !== this.#generation) return;
        if (!auth.signedIn && this.status === 'ready') this.#set('signed-out', new DamError('unauthorized', 'Your session has expired. Please sign in again.'));
      });
      const restored = await auth.restore();
      if (generation === this.#generation) this.#set(restored ? 'ready' : 'signed-out');
    } catch (error) {
      if (generation === this.#generation) this.#fail(error);
    }
  }

  #requireAuth(): DamAuth {
    if (!this.#auth) throw new DamError('unauthorized', 'Not signed in.');
    return this.#auth;
  }

  #fail(error: unknown): void {
    const damError = error instanceof DamError ? error : new DamError('sign-in-failed', error instanceof Error ? error.message : String(error));
    this.#set(damError.code === 'sign-in-refused' || damError.code === 'sign-in-failed' ? 'signed-out' : 'failed', damError);
    this.#onError(damError);
  }

  #set(status: SessionStatus, error?: DamError): void {
    this.status = status;
    this.error = error;
    this.#host.requestUpdate();
  }
}
