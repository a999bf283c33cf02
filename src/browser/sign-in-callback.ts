// The sign-in answer at the redirect URI, with no dependency so that the minimal callback page
// (dist/callback.html) stays tiny: the answer (`code`, `state`, …) is taken out of the address as
// soon as this module runs, kept here for the sign-in that issued it, and handed to the opener
// when this window is our sign-in popup. The script tag's loader (src/loader/) bundles this module too, so the
// answer lives in one slot per page (on `window`, under a registered symbol) that every copy shares.

/** The popup window's name: the callback page recognises a sign-in popup by it. */
export const SIGN_IN_WINDOW_NAME = 'dam-picker-signin';
/** What the sign-in popup posts to its opener, as `source`. */
export const CALLBACK_SOURCE = 'dam-picker-signin';
/** Where oidc-client-ts keeps each request's state and PKCE verifier (sessionStorage, this prefix + state id). */
export const STATE_PREFIX = 'dam-picker.';
/** The parameters of an authorization answer (RFC 6749 §4.1.2, RFC 9207 `iss`, OpenID `session_state`). */
const ANSWER_PARAMS = ['code', 'state', 'error', 'error_description', 'session_state', 'iss'];

function isAnswer(params: URLSearchParams): boolean {
  return params.has('state') && (params.has('code') || params.has('error'));
}

/** This window is the sign-in popup a picker opened. */
export function isSignInPopup(): boolean {
  return typeof window !== 'undefined' && window.name === SIGN_IN_WINDOW_NAME && !!window.opener;
}

function knownState(state: string): boolean {
  try {
    return window.sessionStorage.getItem(STATE_PREFIX + state) !== null;
  } catch {
    return false; // storage disabled
  }
}

/**
 * Takes our answer out of the address: in our popup, or when this tab issued its `state` (a redirect
 * return), or on the callback page whatever the state (`any`). A host page's own `?code=&state=` (its
 * own sign-in) is left alone. Returns the whole URL.
 */
function capture(any = false): string | undefined {
  if (typeof window === 'undefined') return undefined;
  const url = new URL(window.location.href);
  if (!isAnswer(url.searchParams) || !(any || isSignInPopup() || knownState(url.searchParams.get('state')!))) return undefined;
  const answer = url.href;
  for (const key of ANSWER_PARAMS) url.searchParams.delete(key);
  history.replaceState(history.state, '', url);
  return answer;
}

/** The page's one slot for the answer, shared by the loader's copy of this module and the picker's. */
const SLOT = Symbol.for('dam-picker.sign-in-answer');
type Slot = { answer?: string | undefined };
const slot: Slot = typeof window === 'undefined' ? {} : ((window as unknown as Record<symbol, Slot>)[SLOT] ??= {});
slot.answer ??= capture();

/**
 * The authorization answer this page was loaded with (or that its address carries now), no longer in
 * the address. It stays here until a sign-in that issued its state takes it (`takeSignInAnswer`).
 */
export function signInAnswer(): string | undefined {
  slot.answer ??= capture();
  return slot.answer;
}

/** Forgets the answer once a sign-in has used it. */
export function takeSignInAnswer(): string | undefined {
  const answer = signInAnswer();
  slot.answer = undefined;
  return answer;
}

/**
 * In our sign-in popup: posts the answer to the opener (which checks that it comes from its popup and
 * carries the `state` it issued), only to a window of this origin. Returns whether it did.
 */
export function postAnswerToOpener(): boolean {
  if (!isSignInPopup()) return false;
  const answer = takeSignInAnswer();
  if (!answer) return false;
  (window.opener as Window).postMessage({ source: CALLBACK_SOURCE, url: answer }, window.location.origin);
  return true;
}

/** The callback page outside a popup: nobody will take the answer, so it only leaves the address. */
export function dropSignInAnswer(): void {
  slot.answer ??= capture(true);
  slot.answer = undefined;
}
