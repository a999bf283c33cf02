// The picker's reading of a failed sign-in: an OAuth error answer, a closed popup or anything else
// becomes a DamError with a code the picker can explain.
import { DamError } from '../errors.js';

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
