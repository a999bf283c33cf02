// What the user reads when something failed: a localised sentence chosen by the DamError's code,
// then the DAM's own words where they help (why a file or a sign-in was refused). The English
// `message` stays for developers (console, `dam-error`).
import { msg, str } from '@lit/localize';
import { DamError } from '../api/errors.js';

export function errorText(error: unknown): string {
  if (!(error instanceof DamError)) return msg('Something went wrong.');
  // The DAM's words are in the DAM's language and direction: isolated (FSI … PDI) so that English text in
  // an Arabic sentence, or the reverse, keeps its own order and its punctuation where it belongs.
  const detail = error.detail ? `\u2068${error.detail}\u2069` : undefined;
  switch (error.code) {
    case 'unauthorized':
      return msg('You are signed out. Sign in again to continue.');
    case 'sign-in-refused':
      return detail ? msg(str`Sign-in was refused: ${detail}`) : msg('Sign-in was refused. Ask your DAM administrator for access.');
    case 'sign-in-failed':
      if (error.signInWindowClosed) return msg('The sign-in window was closed before sign-in finished. Sign in again to continue.');
      return detail ? msg(str`Sign-in did not complete: ${detail}`) : msg('Sign-in did not complete. Try again.');
    case 'popup-blocked':
      return msg('Your browser blocked the sign-in window. Press Sign in again, or allow pop-ups for this site.');
    case 'rate-limited':
      return msg('Too many requests. Wait a moment and try again.');
    case 'service-unavailable':
      return msg('The DAM is not available right now. Try again in a few minutes.');
    case 'invalid-argument':
      return detail
        ? msg(str`The DAM did not accept the request: ${detail}`)
        : msg('The DAM did not accept the request. Check what you entered and try again.');
    case 'configuration':
      return msg('The DAM reported a problem with its own set-up. Ask your DAM administrator.');
    case 'forbidden':
      return detail
        ? msg(str`You do not have permission to do this: ${detail}`)
        : msg('You do not have permission to do this. Ask your DAM administrator for access.');
    case 'not-found':
      return msg('The DAM could not find this item. It may have been moved or deleted.');
    case 'network':
      return msg('The DAM could not be reached. Check your connection and try again.');
    case 'malformed-response':
      return msg('The DAM sent an answer the picker cannot read. Try again; if it keeps happening, tell your administrator.');
    case 'invalid-config':
      return msg('The picker is not set up correctly. Ask the administrator of this site to check its settings.');
    case 'upload-not-allowed':
      return msg(
        'This sign-in does not allow uploads. Ask the administrator of this site to set scope="read write" on the picker (or turn on upload, which asks for it).',
      );
    case 'upload-refused':
      return detail ? msg(str`The DAM refused the file: ${detail}`) : msg('The DAM refused the file.');
    case 'http':
      return detail ? msg(str`The DAM reported an error: ${detail}`) : msg('The DAM reported an error. Try again.');
  }
}
