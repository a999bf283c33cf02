// The editor's sign-out reaches every picker of the origin: those of this page directly, those of other
// tabs and frames (and other copies of the script on this page) on the BroadcastChannel `dam-picker.auth`.
// Nothing but the fact goes out: no token, no configuration.

/** The channel on which a sign-out reaches the pickers of other tabs and frames of this origin. */
const SIGN_OUT_CHANNEL = 'dam-picker.auth';

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
export function announceSignOut(): void {
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
