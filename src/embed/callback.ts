// The script of dist/callback.html, the recommended redirect URI: hands the sign-in answer to the
// picker that opened this popup (the answer is already out of the address when this runs), and
// otherwise tells the editor the window may be closed. Nothing but the tiny callback module loads here.
import { dropSignInAnswer, postAnswerToOpener } from '../browser/sign-in-callback.js';

/** The opener closes its popup once it has the answer; if that does not happen, say what to do. */
const CLOSE_HINT_DELAY_MS = 3000;

function showCloseHint(): void {
  document.getElementById('signing-in')?.setAttribute('hidden', '');
  document.getElementById('close-hint')?.removeAttribute('hidden');
}

if (postAnswerToOpener()) setTimeout(showCloseHint, CLOSE_HINT_DELAY_MS);
else {
  dropSignInAnswer();
  showCloseHint();
}
