// The browser's sign-in window for DamAuth: the popup (opened inside the click's gesture, answered by a
// message from the callback page), the full-page redirect, and the answer a redirect comes back with.
import type { SignInPopup, SignInWindow } from '../api/auth/seams.js';
import { CALLBACK_SOURCE, isSignInPopup, postAnswerToOpener, signInAnswer, SIGN_IN_WINDOW_NAME, takeSignInAnswer } from './sign-in-callback.js';

/** How often the opener looks whether the user closed the popup. */
const POPUP_CLOSED_POLL_MS = 500;

/**
 * How the page goes to the DAM for a redirect sign-in. `location.assign` cannot be replaced (it is
 * unforgeable), so the navigation goes through this object, which tests may override.
 */
export const signInNavigation = {
  assign(url: string): void {
    window.location.assign(url);
  },
};

export const browserSignInWindow: SignInWindow = {
  openPopup() {
    const popup = window.open('', SIGN_IN_WINDOW_NAME, 'width=520,height=640');
    return popup && signInPopup(popup);
  },
  isFramed: () => window.top !== window.self,
  redirect: (url) => signInNavigation.assign(url),
  isSignInPopup,
  answer: signInAnswer,
  takeAnswer: () => void takeSignInAnswer(),
};

function signInPopup(popup: Window): SignInPopup {
  return {
    go: (url) => popup.location.replace(url),
    answer: (state) => waitForCallback(popup, state),
    close() {
      if (!popup.closed) popup.close();
    },
  };
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
