// What the token session needs from the page it runs in, as small interfaces: somewhere to keep the
// session and each sign-in request's state, a window to sign in through, and a way to tell the other
// pickers of the origin about a sign-out. The browser's implementations are in src/browser/.
import type { StateStore } from 'oidc-client-ts';

/** Where the session is kept (sessionStorage, localStorage or memory): a key-value store. */
export interface SessionStore extends Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  /**
   * Calls `listener` when another document removes `key` from this same store (another tab signs out
   * of a localStorage session); returns how to stop. A store no other document shares has none.
   */
  watchRemoval?(key: string, listener: () => void): () => void;
}

/** An open sign-in popup. */
export interface SignInPopup {
  /** Sends the popup to the authorization request. */
  go(url: string): void;
  /**
   * The URL the popup returns to with the answer for `state`, taken only from this popup; the popup is
   * closed once answered. Rejects (`Popup closed by user`) when the user closes it first.
   */
  answer(state: string): Promise<string>;
  /** Closes the popup if it is still open. */
  close(): void;
}

/** The window a sign-in goes through: a popup, or the whole page (the redirect sign-in). */
export interface SignInWindow {
  /** Opens the sign-in popup, still empty, inside the user's gesture; null when the browser blocked it. */
  openPopup(): SignInPopup | null;
  /** Whether the page is inside a frame, which must never be navigated away to a sign-in page (clickjacking). */
  isFramed(): boolean;
  /** Takes the whole page to the authorization request. */
  redirect(url: string): void;
  /** Whether this window is itself a picker's sign-in popup: its opener completes the sign-in. */
  isSignInPopup(): boolean;
  /** The authorization answer (a URL) this page came back with from a redirect sign-in, if any. */
  answer(): string | undefined;
  /** Forgets that answer once a sign-in has used it. */
  takeAnswer(): void;
}

/** The page's side of a `DamAuth`. */
export interface AuthSeams {
  store: SessionStore;
  /** Each sign-in request's state and PKCE verifier: this tab only, and they must survive a redirect. */
  stateStore: StateStore;
  signInWindow: SignInWindow;
  /** Tells every picker of the origin (this page, other tabs and frames) that the editor signed out. */
  announceSignOut(): void;
}
